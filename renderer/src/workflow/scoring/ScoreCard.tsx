import { Card, Checkbox, Col, Flex, Input, Radio, Row, Space, Tag, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { textOn } from '../../../../shared/charts/risk-matrix';
import type { Language } from '../../../../shared/i18n';
import { SCALE_NAMES, type RatingScheme } from '../../../../shared/workflow/rating-scheme';
import { maxPriorityScore, priorityScore, riskLevel } from '../../../../shared/workflow/scoring';
import { DIRECTIONS, type ScoreItem } from '../../../../shared/workflow/stage-data';
import { EvidenceChoice } from './EvidenceChoice';
import { FIELD_LABEL_WIDTH, RatingField } from './RatingField';
import { directionPatch, emptyItem, type Slot } from './score-items';
import type { CitationState } from './usePassages';

export interface ScoreCardProps {
  slot: Slot;
  /** Determinant name, with the phase for projects. */
  label: string;
  item: ScoreItem | undefined;
  scheme: RatingScheme;
  lang: Language;
  /** Groups chosen in scoping, as checkbox options. */
  groupOptions: { value: string; label: string }[];
  /** Passages cited for the determinant in scoping. */
  evidenceIds: readonly number[];
  citations: Map<number, CitationState>;
  readOnly: boolean;
  onChange: (slot: Slot, patch: Partial<ScoreItem>) => void;
  onOpenSource: (passageId: number) => void;
}

/** The derived result beside the card title: risk level (coloured) and priority score. */
function Derived({ item, scheme, lang }: { item: ScoreItem; scheme: RatingScheme; lang: Language }) {
  const { t } = useTranslation();
  const d = item.direction;
  if (d === null) return <Tag data-testid="risk-tag">{t('scoring.notRated')}</Tag>;
  if (d === 'none') return <Tag data-testid="risk-tag">{t('scoring.directions.none')}</Tag>;
  const level = riskLevel(scheme, item.likelihood, item.severity);
  const score = priorityScore(scheme, item);
  return (
    <Space size={4}>
      {d === 'positive' ? (
        <Tag color="blue" data-testid="risk-tag">
          {t('scoring.chart.positive')}
        </Tag>
      ) : level ? (
        <Tag data-testid="risk-tag" style={{ background: level.color, color: textOn(level.color), border: 'none' }}>
          {t('scoring.riskTag', { level: lang === 'en' ? level.labelEn : level.label })}
        </Tag>
      ) : (
        <Tag data-testid="risk-tag">{t('scoring.notRated')}</Tag>
      )}
      <Typography.Text type="secondary" data-testid="priority" style={{ fontSize: 12 }}>
        {t('scoring.priorityOf', { score: score ?? '—', max: maxPriorityScore(scheme) })}
      </Typography.Text>
    </Space>
  );
}

/** Scoring of one determinant (and phase): direction, five ratings, groups, rationale, evidence. */
export const ScoreCard = memo(function ScoreCard(p: ScoreCardProps) {
  const { t } = useTranslation();
  const item = p.item ?? emptyItem(p.slot);
  const set = (patch: Partial<ScoreItem>) => p.onChange(p.slot, patch);
  const subject = p.label;
  const rated = item.direction !== null && item.direction !== 'none';
  // Keep groups and passages chosen earlier visible even if scoping dropped them, so they can be unticked.
  const groupOptions = [
    ...p.groupOptions,
    ...item.groups.filter((g) => !p.groupOptions.some((o) => o.value === g)).map((g) => ({ value: g, label: g })),
  ];
  const evidenceIds = [...p.evidenceIds, ...item.evidence.filter((id) => !p.evidenceIds.includes(id))];

  return (
    <Card
      size="small"
      data-testid="score-card"
      role="group"
      aria-label={subject}
      title={subject}
      extra={<Derived item={item} scheme={p.scheme} lang={p.lang} />}
    >
      <Row gutter={[24, 12]}>
        <Col xs={24} lg={13}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Flex align="center" gap={8} wrap>
              <Typography.Text strong style={{ width: FIELD_LABEL_WIDTH, flex: 'none' }}>
                {t('scoring.direction')}
              </Typography.Text>
              <Radio.Group
                aria-label={`${subject} ${t('scoring.direction')}`}
                optionType="button"
                buttonStyle="solid"
                size="small"
                disabled={p.readOnly}
                value={item.direction}
                onChange={(e) => set(directionPatch(e.target.value as ScoreItem['direction']))}
                options={DIRECTIONS.map((d) => ({ value: d, label: t(`scoring.directions.${d}`) }))}
              />
            </Flex>
            {rated &&
              SCALE_NAMES.map((scale) => (
                <RatingField
                  key={scale}
                  scheme={p.scheme}
                  scale={scale}
                  subject={subject}
                  value={item[scale]}
                  lang={p.lang}
                  disabled={p.readOnly}
                  onChange={(v) => set({ [scale]: v })}
                />
              ))}
            {item.direction === 'none' && <Typography.Text type="secondary">{t('scoring.noneNote')}</Typography.Text>}
          </Space>
        </Col>
        <Col xs={24} lg={11}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <div>
              <Typography.Text strong>{t('scoring.groups')}</Typography.Text>
              <div style={{ marginTop: 4 }}>
                {groupOptions.length === 0 ? (
                  <Typography.Text type="secondary">{t('scoring.noGroups')}</Typography.Text>
                ) : (
                  <Checkbox.Group
                    aria-label={`${subject} ${t('scoring.groups')}`}
                    options={groupOptions}
                    value={item.groups}
                    disabled={p.readOnly}
                    onChange={(v) => set({ groups: groupOptions.map((o) => o.value).filter((g) => v.includes(g)) })}
                  />
                )}
              </div>
            </div>
            <div>
              <Typography.Text strong>{t('scoring.rationale')}</Typography.Text>
              <Input.TextArea
                aria-label={`${subject} ${t('scoring.rationale')}`}
                style={{ marginTop: 4 }}
                value={item.rationale}
                maxLength={5000}
                autoSize={{ minRows: 2, maxRows: 8 }}
                placeholder={t('scoring.rationalePlaceholder')}
                disabled={p.readOnly}
                onChange={(e) => set({ rationale: e.target.value })}
              />
            </div>
            <div>
              <Typography.Text strong>{t('scoring.evidence')}</Typography.Text>
              <div style={{ marginTop: 4 }}>
                <EvidenceChoice
                  subject={subject}
                  ids={evidenceIds}
                  chosen={item.evidence}
                  citations={p.citations}
                  disabled={p.readOnly}
                  onChange={(evidence) => set({ evidence })}
                  onOpenSource={p.onOpenSource}
                />
              </div>
            </div>
          </Space>
        </Col>
      </Row>
    </Card>
  );
});
