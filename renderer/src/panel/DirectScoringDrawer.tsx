import { Alert, App, Button, Drawer, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import type { ScoreItem } from '../../../shared/workflow/stage-data';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import { call } from '../api/client';
import { describeError } from '../errors';
import { SourceDrawer } from '../evidence/SourceDrawer';
import { useTaxonomy } from '../evidence/useTaxonomy';
import { ScoreCard } from '../workflow/scoring/ScoreCard';
import { asLanguage, emptyItem, isComplete, namers, scopeSlots, slotKey, upsert, type Slot } from '../workflow/scoring/score-items';
import { usePassages } from '../workflow/scoring/usePassages';
import type { WorkflowReference } from '../workflow/stage-props';
import type { Member, PanelView } from './usePanel';

/** The member's latest rating of each item, as plain score items. */
function ratingsOf(panel: PanelView, memberId: string): ScoreItem[] {
  return panel.aggregation.flatMap((a) =>
    a.ratings.filter((r) => r.memberId === memberId).map(({ memberId: _m, round: _r, ...item }) => item),
  );
}

/**
 * 现场评分: one expert's independent scores entered on this machine, one score card per item of
 * the sheet (in round 2 only the divergent items), saved with panel/save-ratings.
 */
export function DirectScoringDrawer({
  member,
  view,
  reference,
  panel,
  onClose,
  onSaved,
}: {
  member: Member | null;
  view: WorkflowViewOut;
  reference: WorkflowReference;
  panel: PanelView;
  onClose: () => void;
  onSaved: (panel: PanelView) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const lang = asLanguage(i18n.language);
  const taxonomy = useTaxonomy();
  const names = useMemo(() => namers(taxonomy, lang), [taxonomy, lang]);
  const [items, setItems] = useState<ScoreItem[]>([]);
  const [saving, setSaving] = useState(false);
  const [source, setSource] = useState<number | null>(null);
  const round = panel.state.round;
  const memberId = member?.id;

  // Start from the member's latest ratings each time the drawer opens for a member.
  useEffect(() => {
    if (memberId) setItems(ratingsOf(panel, memberId));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another member is opened
  }, [memberId]);

  const slots = useMemo(() => {
    const all = scopeSlots(view);
    if (round < 2) return all;
    const divergent = new Set(panel.aggregation.filter((a) => a.divergent).map((a) => slotKey(a.determinantId, a.phase)));
    return all.filter((s) => divergent.has(s.key));
  }, [view, round, panel.aggregation]);
  const scoping = view.data.scoping;
  const evidenceOf = useMemo(() => new Map(scoping.determinants.map((d) => [d.id, d.evidence])), [scoping.determinants]);
  const citations = usePassages(scoping.determinants.flatMap((d) => d.evidence));
  const groupOptions = useMemo(() => scoping.groups.map((g) => ({ value: g, label: names.group(g) })), [scoping.groups, names]);
  const change = useCallback((slot: Slot, patch: Partial<ScoreItem>) => setItems((xs) => upsert(xs, slot, patch)), []);

  async function save() {
    if (!member) return;
    const bySlot = new Map(items.map((i) => [slotKey(i.determinantId, i.phase), i]));
    const inSheet = slots.map((s) => bySlot.get(s.key) ?? emptyItem(s));
    const complete = inSheet.filter((i) => isComplete(i));
    if (complete.length === 0) {
      void message.warning(t('panel.direct.nothing'));
      return;
    }
    setSaving(true);
    try {
      onSaved(await call('panel/save-ratings', { id: view.assessment.id, memberId: member.id, items: complete }));
      void message.success(t('panel.direct.saved', { name: member.name, count: complete.length }));
      if (complete.length < inSheet.length) void message.warning(t('panel.direct.skipped', { count: inSheet.length - complete.length }));
      onClose();
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open={member !== null}
      onClose={onClose}
      size={920}
      title={
        <Space>
          {t('panel.direct.title', { name: member?.name ?? '' })}
          <Tag>{t('panel.round', { round })}</Tag>
        </Space>
      }
      extra={
        <Space>
          <Button onClick={onClose}>{t('panel.direct.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('panel.direct.save')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('panel.direct.intro')}
        </Typography.Paragraph>
        {round > 1 && <Alert type="info" showIcon title={t('panel.direct.round2Intro')} />}
        {slots.map((slot) => (
          <ScoreCard
            key={slot.key}
            slot={slot}
            label={itemLabel(slot, names.determinant, lang)}
            item={items.find((i) => i.determinantId === slot.determinantId && i.phase === slot.phase)}
            scheme={reference.ratingScheme}
            lang={lang}
            groupOptions={groupOptions}
            evidenceIds={evidenceOf.get(slot.determinantId) ?? []}
            citations={citations}
            readOnly={false}
            onChange={change}
            onOpenSource={setSource}
          />
        ))}
      </Space>
      <SourceDrawer passageId={source} onClose={() => setSource(null)} />
    </Drawer>
  );
}
