import { Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import type { Language } from '../../../shared/i18n';
import type { RatingScheme } from '../../../shared/workflow/rating-scheme';
import type { ScoreItem } from '../../../shared/workflow/stage-data';
import { ScoreCard } from '../workflow/scoring/ScoreCard';
import type { Slot } from '../workflow/scoring/score-items';
import type { CitationState } from '../workflow/scoring/usePassages';
import type { PackageDeterminant } from './review-model';

/** One determinant of the package: what it covers, its evidence passages, a score card per phase. */
export function DeterminantSection({
  determinant,
  slots,
  ratingOf,
  scheme,
  lang,
  groupOptions,
  citations,
  onChange,
  onOpenSource,
}: {
  determinant: PackageDeterminant;
  slots: Slot[];
  ratingOf: (slot: Slot) => ScoreItem | undefined;
  scheme: RatingScheme;
  lang: Language;
  groupOptions: { value: string; label: string }[];
  citations: Map<number, CitationState>;
  onChange: (slot: Slot, patch: Partial<ScoreItem>) => void;
  onOpenSource: (id: number) => void;
}) {
  const { t } = useTranslation();
  const name = () => determinant.name;
  const evidence = determinant.evidence;
  return (
    <Flex vertical gap={8} data-testid="review-determinant" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
      <Flex align="baseline" gap={8} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {determinant.name}
        </Typography.Title>
        {determinant.category && <Tag>{determinant.category}</Tag>}
      </Flex>
      {determinant.description && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {determinant.description}
        </Typography.Paragraph>
      )}
      {evidence.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('review.noEvidence')}
        </Typography.Text>
      ) : (
        <Collapse
          size="small"
          items={[
            {
              key: 'evidence',
              label: t('review.evidence', { count: evidence.length }),
              children: (
                <Flex vertical gap={8}>
                  {evidence.map((p) => (
                    <div key={p.id}>
                      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Paragraph>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('review.citation', { document: p.documentTitle, section: p.section || '—', start: p.lineStart, end: p.lineEnd })}
                      </Typography.Text>
                    </div>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      )}
      {slots.map((slot) => (
        <ScoreCard
          key={slot.key}
          slot={slot}
          label={itemLabel(slot, name, lang)}
          item={ratingOf(slot)}
          scheme={scheme}
          lang={lang}
          groupOptions={groupOptions}
          evidenceIds={evidence.map((p) => p.id)}
          citations={citations}
          readOnly={false}
          onChange={onChange}
          onOpenSource={onOpenSource}
        />
      ))}
    </Flex>
  );
}
