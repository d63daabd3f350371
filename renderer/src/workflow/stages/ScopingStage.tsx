import { Alert, App, Button, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDataOf } from '../../../../shared/workflow/stage-data';
import { SourceDrawer } from '../../evidence/SourceDrawer';
import { determinantNamer, useTaxonomy } from '../../evidence/useTaxonomy';
import { DeterminantCard } from '../scoping/DeterminantCard';
import { DeterminantTree } from '../scoping/DeterminantTree';
import { GroupPicker, PhasePicker } from '../scoping/ScopeGroups';
import { useScopingEvidence } from '../scoping/useScopingEvidence';
import type { StageProps } from '../stage-props';

type Scoping = StageDataOf<'scoping'>;

/**
 * 范围界定: the determinants and population groups in scope (and a project's phases), each
 * determinant with the evidence linking it to the draft and the indicators to follow up. On
 * first open the evidence base's suggestions for the draft are filled in; the person removes,
 * adds and adjusts.
 */
export function ScopingStage({ view, data, onChange, readOnly }: StageProps<'scoping'>) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const taxonomy = useTaxonomy();
  const en = i18n.language === 'en';
  const ev = useScopingEvidence(
    view.assessment.draftText,
    data.determinants.map((d) => d.id),
    data.determinants.flatMap((d) => d.evidence),
  );
  const [sourceId, setSourceId] = useState<number | null>(null);
  const [searching, setSearching] = useState<ReadonlySet<string>>(new Set());

  // Async results (suggestions, evidence of an added determinant) apply to the latest data,
  // so edits made meanwhile are kept; consecutive updates compose before the next render.
  const latest = useRef({ data, onChange });
  useEffect(() => {
    latest.current = { data, onChange };
  });
  const apply = useCallback(
    (fn: (current: Scoping) => Scoping) => {
      if (readOnly) return;
      const next = fn(latest.current.data);
      latest.current = { ...latest.current, data: next };
      latest.current.onChange(next);
    },
    [readOnly],
  );

  const screen = ev.screen.kind === 'done' ? ev.screen.result : null;
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !screen) return;
    prefilled.current = true;
    if (latest.current.data.determinants.length > 0) return;
    apply((cur) => ({
      ...cur,
      determinants: screen.determinants.slice(0, 200).map((d) => ({
        id: d.id,
        origin: 'suggested' as const,
        evidence: d.evidence.slice(0, 50),
        indicators: [],
        note: '',
      })),
      groups: cur.groups.length > 0 ? cur.groups : screen.groups.map((g) => g.id).slice(0, 50),
    }));
  }, [screen, apply]);

  const catalogue = useMemo(() => {
    const m = new Map<string, { name: string; category: string; terms: string[] }>();
    for (const c of taxonomy?.categories ?? []) {
      for (const d of c.determinants) m.set(d.id, { name: en ? d.nameEn : d.name, category: en ? c.nameEn : c.name, terms: d.terms });
    }
    return m;
  }, [taxonomy, en]);
  const found = useMemo(() => new Map(screen?.determinants.map((d) => [d.id, d]) ?? []), [screen]);
  const nameOf = (id: string) => catalogue.get(id)?.name ?? found.get(id)?.name ?? id;
  const topScore = Math.max(0, ...(screen?.determinants.map((d) => d.score) ?? []));
  const ranked = data.determinants
    .map((entry, index) => ({ entry, index, score: found.get(entry.id)?.score ?? -1 }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.entry);

  async function add(id: string) {
    if (latest.current.data.determinants.some((d) => d.id === id)) return;
    const evidence = found.get(id)?.evidence.slice(0, 50) ?? [];
    apply((cur) => ({ ...cur, determinants: [...cur.determinants, { id, origin: 'added', evidence, indicators: [], note: '' }] }));
    void message.success(t('scoping.added', { name: nameOf(id) }));
    if (evidence.length > 0) return;
    setSearching((s) => new Set(s).add(id));
    try {
      const zhName = taxonomy?.categories.flatMap((c) => c.determinants).find((d) => d.id === id)?.name ?? nameOf(id);
      const ids = await ev.findEvidence(id, zhName);
      apply((cur) => ({
        ...cur,
        determinants: cur.determinants.map((d) => (d.id === id && d.evidence.length === 0 ? { ...d, evidence: ids } : d)),
      }));
    } catch {
      // No evidence found is shown as such; the determinant stays in scope.
    } finally {
      setSearching((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
    }
  }

  const remove = (id: string) => apply((cur) => ({ ...cur, determinants: cur.determinants.filter((d) => d.id !== id) }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {ev.screen.kind === 'error' && (
        <Alert
          type="error"
          showIcon
          title={t('scoping.screenFailed')}
          description={ev.screen.message}
          action={
            <Button size="small" onClick={ev.retry}>
              {t('scoping.retry')}
            </Button>
          }
        />
      )}
      {screen && <Alert type={screen.relevant ? 'info' : 'success'} showIcon title={t(screen.relevant ? 'scoping.intro' : 'scoping.noPathway')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Spin spinning={ev.screen.kind === 'loading'} description={t('scoping.analysing')}>
            <Space orientation="vertical" size="middle" style={{ width: '100%', minHeight: 160 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('scoping.chosenTitle', { count: data.determinants.length })}
              </Typography.Title>
              {ranked.length === 0 && ev.screen.kind !== 'loading' && <Empty description={t('scoping.none')} />}
              {ranked.map((entry, i) => (
                <DeterminantCard
                  key={entry.id}
                  rank={i + 1}
                  entry={entry}
                  name={nameOf(entry.id)}
                  category={catalogue.get(entry.id)?.category ?? found.get(entry.id)?.category ?? ''}
                  found={found.get(entry.id)}
                  topScore={topScore}
                  passages={
                    ev.screen.kind === 'loading' || searching.has(entry.id)
                      ? null
                      : entry.evidence.flatMap((id) => ev.passages.get(id) ?? [])
                  }
                  indicators={ev.indicators && ev.indicators.filter((x) => x.determinants.includes(entry.id))}
                  determinantName={determinantNamer(taxonomy)}
                  readOnly={readOnly}
                  onRemove={() => remove(entry.id)}
                  onChange={(next) => apply((cur) => ({ ...cur, determinants: cur.determinants.map((d) => (d.id === next.id ? next : d)) }))}
                  onOpenSource={setSourceId}
                />
              ))}
            </Space>
          </Spin>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {view.assessment.kind === 'project' && (
              <PhasePicker value={data.phases} readOnly={readOnly} onChange={(phases) => apply((cur) => ({ ...cur, phases }))} />
            )}
            {taxonomy ? (
              <>
                <GroupPicker
                  groups={taxonomy.groups}
                  mentioned={new Map(screen?.groups.map((g) => [g.id, g.terms]) ?? [])}
                  value={data.groups}
                  readOnly={readOnly}
                  onChange={(groups) => apply((cur) => ({ ...cur, groups }))}
                />
                <DeterminantTree
                  taxonomy={taxonomy}
                  chosen={new Set(data.determinants.map((d) => d.id))}
                  readOnly={readOnly}
                  onAdd={(id) => void add(id)}
                  onRemove={remove}
                />
              </>
            ) : (
              <Spin />
            )}
          </Space>
        </Col>
      </Row>
      <SourceDrawer passageId={sourceId} onClose={() => setSourceId(null)} />
    </Space>
  );
}
