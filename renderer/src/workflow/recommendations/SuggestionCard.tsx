import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isDocumentSource, type MitigationEntry } from '../../../../shared/workflow/mitigation-library';

/** Where a library entry comes from: a seed document line (quote on hover) or a practice note. */
export function SourceNote({ entry, documentTitle }: { entry: MitigationEntry; documentTitle: (id: string) => string }) {
  const { t } = useTranslation();
  const s = entry.source;
  if (!isDocumentSource(s)) {
    return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('recommendations.sourcePractice', { practice: s.practice })}</Typography.Text>;
  }
  const text =
    s.lineEnd !== undefined
      ? t('recommendations.sourceDocumentRange', { document: documentTitle(s.document), line: s.line, end: s.lineEnd })
      : t('recommendations.sourceDocument', { document: documentTitle(s.document), line: s.line });
  return (
    <Tooltip title={`“${s.quote}”`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}

/** One library entry offered for a determinant, with 采用 (or 已采用 once taken). */
export function SuggestionCard({
  entry,
  adopted,
  readOnly,
  onAdopt,
  documentTitle,
}: {
  entry: MitigationEntry;
  adopted: boolean;
  readOnly: boolean;
  onAdopt: () => void;
  documentTitle: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="library-suggestion"
      style={{
        border: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
        borderRadius: 8,
        padding: '8px 12px',
        background: adopted ? 'var(--ant-color-fill-quaternary, #fafafa)' : undefined,
      }}
    >
      <Flex justify="space-between" align="flex-start" gap="small">
        <Typography.Text strong>{entry.title}</Typography.Text>
        {adopted ? (
          <Tag icon={<CheckOutlined />} color="success" style={{ marginInlineEnd: 0, flex: 'none' }}>
            {t('recommendations.adopted')}
          </Tag>
        ) : (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<PlusOutlined />}
            disabled={readOnly}
            onClick={onAdopt}
            aria-label={t('recommendations.adoptLabel', { title: entry.title })}
            style={{ flex: 'none' }}
          >
            {t('recommendations.adopt')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph style={{ margin: '4px 0' }}>{entry.text}</Typography.Paragraph>
      <SourceNote entry={entry} documentTitle={documentTitle} />
    </div>
  );
}
