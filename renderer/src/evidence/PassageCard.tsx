import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassageResult } from '../../../shared/evidence/search-result';
import { HighlightedText } from './HighlightedText';

const PREVIEW = 240;

/** One evidence passage with its highlighted words and exact citation. */
export function PassageCard({
  passage,
  determinantName,
  onOpenSource,
}: {
  passage: PassageResult;
  determinantName: (id: string) => string;
  onOpenSource: (id: number) => void;
}) {
  const { t } = useTranslation();
  const s = passage.source;
  // Long passages (table rows of the appendix run to hundreds of lines) are cut at a fixed
  // length, keeping the first highlight visible; antd's measured ellipsis fails on them.
  const [expanded, setExpanded] = useState(false);
  const cut = expanded ? passage.text.length : Math.max(PREVIEW, (passage.highlights[0]?.end ?? 0) + 40);
  const shown = passage.text.slice(0, cut);
  return (
    <Card size="small" data-testid="passage" style={{ marginBottom: 8 }}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <HighlightedText text={shown} spans={passage.highlights.filter((h) => h.end <= cut)} />
        {cut < passage.text.length && (
          <Button type="link" size="small" onClick={() => setExpanded(true)}>
            …{t('evidence.more')}
          </Button>
        )}
      </Typography.Paragraph>
      <Space size={[4, 4]} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('evidence.citation', { document: s.documentTitle, section: s.section || '—', start: s.lineStart, end: s.lineEnd })}
        </Typography.Text>
        {passage.determinants.slice(0, 4).map((d) => (
          <Tag key={d} bordered={false} color="green">
            {determinantName(d)}
          </Tag>
        ))}
        <Button size="small" type="link" onClick={() => onOpenSource(passage.id)}>
          {t('evidence.openSource')}
        </Button>
      </Space>
    </Card>
  );
}
