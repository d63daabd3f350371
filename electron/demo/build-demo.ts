import type { Channel } from '../../shared/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { proposedFinal } from '../../shared/panel/aggregate';
import { deriveConclusion, rankInScope, suggestRecommendations } from '../../shared/workflow/recommend';
import type { ScoreItem, StageDataOf } from '../../shared/workflow/stage-data';
import type { IndicatorOut } from '../../shared/evidence/evidence-contract';
import { createCore, type Core } from '../core';
import { RAIL_PANEL, RAIL_PLAN } from './rail-draft';

/** Calls the contract exactly as the renderer does, failing loudly on a refused call. */
function client(core: Core) {
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  };
}

/** How each expert rates: the third expert sees the noise impact very differently (divergence). */
function expertRating(expert: number, item: ScoreItem, determinantIndex: number): ScoreItem {
  const positive = ['walkability-active-travel', 'physical-activity', 'accessibility-age-friendly'].includes(item.determinantId);
  const base = positive ? { direction: 'positive' as const, likelihood: 4, severity: 3 } : { direction: 'negative' as const, likelihood: 3 + (determinantIndex % 2), severity: 3 };
  const divergent = expert === 2 && item.determinantId === 'noise-vibration';
  return {
    ...item,
    ...(divergent
      ? { direction: 'uncertain' as const, likelihood: 1, severity: 1 }
      : { ...base, likelihood: Math.min(5, base.likelihood + (expert === 1 ? 1 : 0)) }),
    extent: 2,
    duration: item.phase === 'construction' ? 3 : 4,
    frequency: 4,
    rationale: divergent ? '已有降噪措施，影响有限。' : positive ? '轨道交通改善出行条件，促进步行与公共交通。' : '施工与运营期间存在持续暴露，需采取减缓措施。',
  };
}

export interface DemoResult {
  assessmentId: string;
  number: string;
  fingerprint: string;
  determinants: number;
}

/**
 * Builds the sample assessment through the contract, the same calls the UI makes: register,
 * screen, scope, a three-expert panel exchanging review packages with experts' own copies of
 * the app (one divergent), the leader's finals, recommendations, conclusion, sign-off.
 */
export async function buildDemo(core: Core, seedsDir?: string): Promise<DemoResult> {
  const call = client(core);
  const a = await call('assessment/create', RAIL_PLAN);
  const id = a.id;

  // 初筛: take the suggestions, as a person confirming each would.
  await call('workflow/advance', { id });
  const suggestion = await call('workflow/screening-suggestion', { id });
  const answers = Object.fromEntries(Object.entries(suggestion.answers).map(([q, v]) => [q, { ...v, answer: v.suggested }]));
  await call('workflow/save', { id, stage: 'screening', data: { answers, impactLevel: suggestion.impactLevel, fullAssessment: true, note: '' } });
  await call('workflow/advance', { id });

  // 范围界定: the suggested determinants with their evidence, indicators chosen for follow-up.
  const screen = suggestion.screen;
  const wanted = ['noise-vibration', 'air-quality', 'road-traffic-safety', 'walkability-active-travel', 'accessibility-age-friendly', 'occupational-health', 'psychosocial-stress', 'physical-activity'];
  const ids = [...new Set([...screen.determinants.map((d) => d.id).filter((x) => wanted.includes(x)), ...wanted])];
  const indicators = await call('evidence/indicators', { determinantIds: ids });
  const scoping: StageDataOf<'scoping'> = {
    determinants: ids.map((d) => ({
      id: d,
      origin: screen.determinants.some((s) => s.id === d) ? ('suggested' as const) : ('added' as const),
      evidence: screen.determinants.find((s) => s.id === d)?.evidence.slice(0, 2) ?? [],
      indicators: followUpPick(indicators, d),
      note: '',
    })),
    groups: ['older-people', 'children', 'disabled', 'nearby-residents', 'outdoor-gig-workers'],
    phases: ['construction', 'operation'],
  };
  await call('workflow/save', { id, stage: 'scoping', data: scoping });
  await call('workflow/advance', { id });

  // 专家组: three experts score independently in their own copies of the app, via packages.
  let panel = await call('panel/get', { id });
  for (const m of RAIL_PANEL) panel = await call('panel/save-member', { id, member: m });
  for (const [e, member] of panel.members.entries()) {
    const request = await call('panel/export-request', { id, memberId: member.id });
    const expertApp = await createCore({ dbPath: ':memory:', host: 'web', seedsDir, actor: () => member.name });
    try {
      const ex = client(expertApp);
      const task = await ex('review/open', { content: request.content });
      const ratings = task.ratings.map((r) => expertRating(e, r, ids.indexOf(r.determinantId)));
      await ex('review/save', { packageId: task.request.packageId, ratings });
      const response = await ex('review/export', { packageId: task.request.packageId, comment: `${member.name}的独立评分。` });
      await call('panel/import-response', { id, content: response.content });
    } finally {
      expertApp.close();
    }
  }

  // The leader consolidates: the proposed final per item, with a note where divergent.
  panel = await call('panel/get', { id });
  for (const item of panel.aggregation) {
    const final = proposedFinal(item);
    const note = item.divergent ? '经专家组讨论，采纳多数专家意见；夜间施工噪声影响需重点控制。' : '';
    await call('panel/set-final', { id, final, note });
  }
  await call('panel/save-opinion', {
    id,
    opinion: '专家组认为，该规划总体上有利于改善居民出行和促进身体活动，但施工期噪声、扬尘、交通安全和施工人员职业健康存在较高风险；运营期振动噪声需持续监测。建议修改完善后出台。',
  });
  await call('workflow/advance', { id });

  // 建议: the first library suggestion for every impact, as adopted in the UI.
  const ref = await call('workflow/reference', {});
  const wf = await call('workflow/get', { id });
  const { ranked } = rankInScope(ref.ratingScheme, wf.data.scoring, wf.data.scoping, 'project');
  const recs = suggestRecommendations(ranked, wf.data.scoping, ref.mitigations, 'project');
  const items = recs.flatMap((s, i) =>
    s.entries.slice(0, 1).map((e) => ({ id: `rec-${i + 1}`, determinantId: s.determinantId, kind: s.kind, text: e.text, libraryId: e.id })),
  );
  await call('workflow/save', { id, stage: 'recommendations', data: { items } });
  await call('workflow/advance', { id });

  // 结论: the derived judgement and reasons, confirmed.
  const taxonomy = await call('taxonomy/get', {});
  const names = new Map(taxonomy.categories.flatMap((c) => c.determinants.map((d) => [d.id, d.name] as const)));
  const conclusion = deriveConclusion(ranked, ref.ratingScheme, (d) => names.get(d) ?? d);
  await call('workflow/save', { id, stage: 'conclusion', data: { judgement: conclusion.judgement, reasons: conclusion.reasons } });

  const today = new Date().toISOString().slice(0, 10);
  const signed = await call('signoff/sign', {
    id,
    leader: { name: RAIL_PANEL[0]!.name, date: today, comment: '同意专家组意见。' },
    approver: { name: '杭州市卫生健康委员会 张明', date: today, comment: '同意备案。' },
  });
  return { assessmentId: id, number: a.number, fingerprint: signed.fingerprint, determinants: ids.length };
}

/**
 * The indicator a careful official would follow for a determinant: a current target (not a
 * past plan's review row), preferably one with a baseline to measure progress from.
 */
function followUpPick(indicators: IndicatorOut[], determinantId: string): string[] {
  const targets = indicators.filter((i) => i.determinants.includes(determinantId) && i.kind === 'target' && i.target !== null);
  const best = targets.find((i) => i.baseline !== null) ?? targets[0];
  return best ? [best.id] : [];
}
