import { Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CitationState } from './usePassages';

const EXCERPT = 90;

/**
 * The passages cited for a determinant in scoping, to cite (tick) for this rating, each with
 * its exact source (document, section, lines) and a link to the source lines.
 */
export function EvidenceChoice({
  subject,
  ids,
  chosen,
  citations,
  disabled,
  onChange,
  onOpenSource,
}: {
  subject: string;
  ids: readonly number[];
  chosen: readonly number[];
  citations: Map<number, CitationState>;
  disabled: boolean;
  onChange: (ids: number[]) => void;
  onOpenSource: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (ids.length === 0) {
    return <Typography.Text type="secondary">{t('scoring.noEvidence')}</Typography.Text>;
  }
  return (
    <Checkbox.Group
      aria-label={`${subject} ${t('scoring.evidence')}`}
      value={[...chosen]}
      disabled={disabled}
      // Keep the scoping order, whatever order the boxes were ticked in.
      onChange={(v) => onChange(ids.filter((id) => (v as number[]).includes(id)))}
      style={{ display: 'flex', flexDirection: 'column', gap: 6, width: '100%' }}
    >
      {ids.map((id) => {
        const c = citations.get(id) ?? 'loading';
        return (
          <Flex key={id} align="flex-start" gap={4} data-testid="score-evidence">
            <Checkbox value={id} styles={{ icon: { alignSelf: 'flex-start', marginTop: 3 } }}>
              {c === 'loading' ? (
                <Typography.Text type="secondary">{t('scoring.loadingEvidence')}</Typography.Text>
              ) : c === 'missing' ? (
                <Typography.Text type="secondary">{t('scoring.evidenceMissing', { id })}</Typography.Text>
              ) : (
                <span>
                  <Typography.Text style={{ fontSize: 13 }}>
                    {c.text.length > EXCERPT ? `${c.text.slice(0, EXCERPT)}…` : c.text}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('scoring.citation', { document: c.document, section: c.section || '—', start: c.lineStart, end: c.lineEnd })}
                  </Typography.Text>
                </span>
              )}
            </Checkbox>
            {c !== 'loading' && c !== 'missing' && (
              <Button type="link" size="small" style={{ flex: 'none', padding: 0 }} onClick={() => onOpenSource(id)}>
                {t('scoring.openSource')}
              </Button>
            )}
          </Flex>
        );
      })}
    </Checkbox.Group>
  );
}
