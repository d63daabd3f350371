import { Alert, Flex, Progress, Space, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankImpacts } from '../../../../shared/workflow/scoring';
import type { ScoreItem } from '../../../../shared/workflow/stage-data';
import { SourceDrawer } from '../../evidence/SourceDrawer';
import { useTaxonomy } from '../../evidence/useTaxonomy';
import { itemLabel } from '../../../../shared/charts/risk-matrix';
import { PanelTab } from '../../panel/PanelTab';
import { ScoreCard } from '../scoring/ScoreCard';
import { ScoringSummary } from '../scoring/ScoringSummary';
import { asLanguage, isComplete, itemsBySlot, namers, scopeSlots, slotKey, upsert, type Slot } from '../scoring/score-items';
import { usePassages } from '../scoring/usePassages';
import type { StageProps } from '../stage-props';

/**
 * 评估打分: per determinant in scope (and per phase for projects) the direction, the five
 * ratings of the scheme, affected groups, rationale and cited evidence; at the top the risk
 * matrix, the priority overview and the ranking, derived live (shared/workflow/scoring.ts).
 */
export function ScoringStage({ view, reference, data, onChange, readOnly }: StageProps<'scoring'>) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const taxonomy = useTaxonomy();
  const scheme = reference.ratingScheme;
  const [source, setSource] = useState<number | null>(null);

  const names = useMemo(() => namers(taxonomy, lang), [taxonomy, lang]);
  const slots = useMemo(() => scopeSlots(view), [view]);
  const bySlot = useMemo(() => itemsBySlot(data), [data]);
  const scoping = view.data.scoping;
  const groupOptions = useMemo(() => scoping.groups.map((g) => ({ value: g, label: names.group(g) })), [scoping.groups, names]);
  const evidenceOf = useMemo(() => new Map(scoping.determinants.map((d) => [d.id, d.evidence])), [scoping.determinants]);
  const citations = usePassages([...scoping.determinants.flatMap((d) => d.evidence), ...data.items.flatMap((i) => i.evidence)]);

  // Only the items of the current scope count (an item of a determinant removed in scoping stays
  // stored, in case it is added back, but is not shown or ranked).
  const ranked = useMemo(
    () => rankImpacts(scheme, slots.flatMap((s) => bySlot.get(s.key) ?? [])),
    [scheme, slots, bySlot],
  );

  // A stable handler for the memoised cards, always applied to the latest data.
  const latest = useRef({ data, onChange });
  latest.current = { data, onChange };
  const change = useCallback((slot: Slot, patch: Partial<ScoreItem>) => {
    const next = { items: upsert(latest.current.data.items, slot, patch) };
    latest.current = { ...latest.current, data: next };
    latest.current.onChange(next);
  }, []);

  if (slots.length === 0) return <Alert type="warning" showIcon message={t('scoring.emptyScope')} />;
  const done = slots.filter((s) => isComplete(bySlot.get(s.key))).length;

  const scores = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0, flex: '1 1 480px' }}>
          {t('scoring.intro')}
        </Typography.Paragraph>
        <Space>
          <Typography.Text data-testid="scoring-progress">{t('scoring.progress', { done, total: slots.length })}</Typography.Text>
          <Progress type="circle" size={36} percent={Math.round((100 * done) / slots.length)} showInfo={false} />
        </Space>
      </Flex>
      <ScoringSummary scheme={scheme} ranked={ranked} names={names.determinant} lang={lang} title={view.assessment.title} />
      {slots.map((slot) => (
        <ScoreCard
          key={slot.key}
          slot={slot}
          label={itemLabel(slot, names.determinant, lang)}
          item={bySlot.get(slotKey(slot.determinantId, slot.phase))}
          scheme={scheme}
          lang={lang}
          groupOptions={groupOptions}
          evidenceIds={evidenceOf.get(slot.determinantId) ?? []}
          citations={citations}
          readOnly={readOnly}
          onChange={change}
          onOpenSource={setSource}
        />
      ))}
      <SourceDrawer passageId={source} onClose={() => setSource(null)} />
    </Space>
  );

  // 影响评分 (the assessment's scores) and 专家组评审 (the panel whose finals set those scores).
  return (
    <Tabs
      items={[
        { key: 'scores', label: t('panel.tabScores'), children: scores },
        { key: 'panel', label: t('panel.tab'), children: <PanelTab view={view} reference={reference} readOnly={readOnly} /> },
      ]}
    />
  );
}
