import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../../electron/evidence/seed-data';
import { MitigationLibrarySchema, type MitigationLibrary } from '../../../shared/workflow/mitigation-library';
import { RatingSchemeSchema } from '../../../shared/workflow/rating-scheme';
import { deriveConclusion, rankInScope, suggestRecommendations, summariseImpacts } from '../../../shared/workflow/recommend';
import { rankImpacts } from '../../../shared/workflow/scoring';
import type { Direction, ScoreItem } from '../../../shared/workflow/stage-data';

const seedJson = (file: string): unknown => JSON.parse(readFileSync(path.join(DEFAULT_SEEDS_DIR, file), 'utf8'));
const scheme = RatingSchemeSchema.parse(seedJson('rating-scheme.json'));
const realLibrary = MitigationLibrarySchema.parse(seedJson('mitigations.json'));

const NAMES: Record<string, string> = {
  'air-quality': '空气质量',
  'noise-vibration': '噪声与振动',
  'green-space': '绿地与开放空间',
  'physical-activity': '身体活动与体育设施',
  'road-traffic-safety': '道路交通安全',
  'drinking-water': '饮用水安全',
  injury: '伤害',
};
const nameOf = (id: string) => NAMES[id] ?? id;

/** matrix[severity-1][likelihood-1]: (L5,S5) 极高, (L4,S3) 高, (L2,S3) 中, (L1,S1) 低. */
const RISK = { veryHigh: [5, 5], high: [4, 3], medium: [2, 3], low: [1, 1] } as const;

function item(
  determinantId: string,
  direction: Direction,
  risk: keyof typeof RISK,
  opts: { phase?: ScoreItem['phase']; spread?: number } = {},
): ScoreItem {
  const [likelihood, severity] = RISK[risk];
  const s = opts.spread ?? 3;
  return {
    determinantId,
    phase: opts.phase ?? 'all',
    direction,
    likelihood,
    severity,
    extent: s,
    duration: s,
    frequency: s,
    groups: [],
    rationale: '',
    evidence: [],
  };
}

const scope = (...ids: string[]) => ({ determinants: ids.map((id) => ({ id, origin: 'added' as const, evidence: [], indicators: [], note: '' })) });

const LIB: MitigationLibrary = {
  schemaVersion: 1,
  entries: [
    { id: 'noise-night', determinants: ['noise-vibration'], kind: 'mitigation', title: '夜间施工', text: '夜间禁止施工。', appliesTo: ['policy', 'plan', 'project'], phases: ['construction'], source: { practice: 'GB 12523-2011' } },
    { id: 'noise-barrier', determinants: ['noise-vibration'], kind: 'mitigation', title: '声屏障', text: '设置声屏障。', appliesTo: ['project'], phases: ['operation'], source: { practice: 'GB 3096-2008' } },
    { id: 'multi', determinants: ['air-quality', 'noise-vibration'], kind: 'mitigation', title: '监测', text: '设置监测设备。', appliesTo: ['policy', 'project'], source: { practice: '常用做法' } },
    { id: 'air-dust', determinants: ['air-quality'], kind: 'mitigation', title: '扬尘', text: '六个百分百。', appliesTo: ['policy', 'project'], source: { practice: '常用做法' } },
    { id: 'air-plan-only', determinants: ['air-quality'], kind: 'mitigation', title: '规划', text: '规划防护距离。', appliesTo: ['plan'], source: { practice: '常用做法' } },
    { id: 'green-more', determinants: ['green-space'], kind: 'enhancement', title: '增绿', text: '增加绿地。', appliesTo: ['policy', 'plan', 'project'], source: { practice: '常用做法' } },
    { id: 'green-keep', determinants: ['green-space'], kind: 'mitigation', title: '补绿', text: '占补平衡。', appliesTo: ['policy', 'plan', 'project'], source: { practice: '常用做法' } },
    { id: 'pa-slow', determinants: ['physical-activity'], kind: 'enhancement', title: '慢行', text: '同步建设慢行系统与健身设施。', appliesTo: ['policy'], source: { practice: '常用做法' } },
  ],
};

describe('suggestRecommendations', () => {
  it('positive impacts only → enhancement entries only', () => {
    const ranked = rankImpacts(scheme, [item('green-space', 'positive', 'high'), item('physical-activity', 'positive', 'medium')]);
    const out = suggestRecommendations(ranked, scope('green-space', 'physical-activity'), LIB, 'policy');
    expect(out.map((s) => [s.determinantId, s.kind])).toEqual([
      ['green-space', 'enhancement'],
      ['physical-activity', 'enhancement'],
    ]);
    expect(out.flatMap((s) => s.entries.map((e) => e.kind))).toEqual(['enhancement', 'enhancement']);
    expect(out[0]!.entries.map((e) => e.id)).toEqual(['green-more']);
  });

  it('orders mitigations by priority rank, then enhancements; entries naming the determinant first', () => {
    const ranked = rankImpacts(scheme, [
      item('green-space', 'positive', 'medium'),
      item('noise-vibration', 'uncertain', 'medium', { spread: 2 }),
      item('air-quality', 'negative', 'high', { spread: 4 }),
      item('drinking-water', 'none', 'low'),
    ]);
    const out = suggestRecommendations(ranked, scope('noise-vibration', 'air-quality', 'green-space', 'drinking-water'), LIB, 'policy');
    expect(out.map((s) => `${s.kind}:${s.determinantId}:${s.rank}`)).toEqual([
      'mitigation:air-quality:1',
      'mitigation:noise-vibration:2',
      'enhancement:green-space:null',
    ]);
    expect(out[0]!.risk?.id).toBe('high');
    expect(out[0]!.entries.map((e) => e.id)).toEqual(['multi', 'air-dust']);
    expect(out[1]!.direction).toBe('uncertain');
    // For a policy, phases do not filter; appliesTo does (the project-only barrier is left out).
    expect(out[1]!.entries.map((e) => e.id)).toEqual(['noise-night', 'multi']);
  });

  it('filters by assessment type', () => {
    const ranked = rankImpacts(scheme, [item('air-quality', 'negative', 'medium')]);
    expect(suggestRecommendations(ranked, scope('air-quality'), LIB, 'plan')[0]!.entries.map((e) => e.id)).toEqual(['air-plan-only']);
  });

  it('filters project entries by the phases that need them, and lists a determinant under both kinds', () => {
    const ranked = rankImpacts(scheme, [
      item('noise-vibration', 'negative', 'high', { phase: 'operation' }),
      item('green-space', 'negative', 'medium', { phase: 'construction' }),
      item('green-space', 'positive', 'high', { phase: 'operation' }),
    ]);
    const out = suggestRecommendations(ranked, scope('noise-vibration', 'green-space'), LIB, 'project');
    const noise = out.find((s) => s.determinantId === 'noise-vibration')!;
    expect(noise.entries.map((e) => e.id)).toEqual(['noise-barrier', 'multi']);
    expect(out.filter((s) => s.determinantId === 'green-space').map((s) => [s.kind, s.entries.map((e) => e.id)])).toEqual([
      ['mitigation', ['green-keep']],
      ['enhancement', ['green-more']],
    ]);
    const construction = suggestRecommendations(rankImpacts(scheme, [item('noise-vibration', 'negative', 'high', { phase: 'construction' })]), scope('noise-vibration'), LIB, 'project');
    expect(construction[0]!.entries.map((e) => e.id)).toEqual(['noise-night', 'multi']);
  });

  it('falls back to other phases\' entries when none fits the phase rated', () => {
    const lib: MitigationLibrary = { schemaVersion: 1, entries: LIB.entries.filter((e) => e.id === 'noise-night') };
    const ranked = rankImpacts(scheme, [item('noise-vibration', 'negative', 'high', { phase: 'operation' })]);
    expect(suggestRecommendations(ranked, scope('noise-vibration'), lib, 'project')[0]!.entries.map((e) => e.id)).toEqual(['noise-night']);
  });

  it('groups the phases of one determinant under its best-ranked item and flags out-of-scope ratings', () => {
    const ranked = rankImpacts(scheme, [
      item('noise-vibration', 'negative', 'medium', { phase: 'operation', spread: 1 }),
      item('noise-vibration', 'uncertain', 'veryHigh', { phase: 'construction', spread: 5 }),
    ]);
    const [s] = suggestRecommendations(ranked, scope(), LIB, 'project');
    expect(s!.items.map((r) => r.item.phase)).toEqual(['construction', 'operation']);
    expect(s!.rank).toBe(1);
    expect(s!.risk?.id).toBe('very-high');
    expect(s!.direction).toBe('negative'); // any negative phase makes the determinant negative
    expect(s!.inScope).toBe(false);
  });

  it('offers real library wording for the rail-construction example', () => {
    const ranked = rankImpacts(scheme, [item('noise-vibration', 'negative', 'high', { phase: 'construction' }), item('physical-activity', 'positive', 'medium', { phase: 'operation' })]);
    const out = suggestRecommendations(ranked, scope('noise-vibration', 'physical-activity'), realLibrary, 'project');
    expect(out[0]!.entries.map((e) => e.id)).toContain('construction-night-noise');
    expect(out[0]!.entries.every((e) => !e.phases || e.phases.includes('construction'))).toBe(true);
    expect(out[1]!.entries.map((e) => e.title)).toContain('同步建设慢行系统与健身设施');
  });
});

describe('deriveConclusion', () => {
  const derive = (...items: ScoreItem[]) => deriveConclusion(rankImpacts(scheme, items), scheme, nameOf);

  it('positive-only → issue as drafted, naming the positive impacts', () => {
    const c = derive(item('green-space', 'positive', 'high'), item('physical-activity', 'positive', 'medium'));
    expect(c.judgement).toBe('issue-as-drafted');
    expect(c.drivers).toEqual([]);
    expect(c.reasons).toContain('未发现中风险及以上的负面或不确定健康影响');
    expect(c.reasons).toContain('绿地与开放空间、身体活动与体育设施具有正面健康影响');
    expect(c.reasons).toMatch(/可按原稿出台。$/);
  });

  it('a very-high negative impact → postpone or major revision', () => {
    const c = derive(item('air-quality', 'negative', 'veryHigh'), item('noise-vibration', 'uncertain', 'medium'), item('green-space', 'positive', 'high'));
    expect(c.judgement).toBe('postpone-or-major-revision');
    expect(c.drivers).toEqual(['air-quality']);
    expect(c.reasons).toContain('存在极高风险的负面健康影响：空气质量（极高风险）');
    expect(c.reasons).toContain('另有噪声与振动（中风险，不确定）');
  });

  it('three determinants with high negative impacts → postpone; two → revise', () => {
    const three = derive(item('air-quality', 'negative', 'high'), item('noise-vibration', 'negative', 'high'), item('injury', 'negative', 'high'));
    expect(three.judgement).toBe('postpone-or-major-revision');
    expect(three.reasons).toContain('共有3项健康影响因素的负面影响达到高风险及以上');
    expect(three.drivers.sort()).toEqual(['air-quality', 'injury', 'noise-vibration']);
    const two = derive(item('air-quality', 'negative', 'high'), item('noise-vibration', 'negative', 'high'));
    expect(two.judgement).toBe('revise-then-issue');
  });

  it('counts a determinant once across project phases', () => {
    const c = derive(
      item('noise-vibration', 'negative', 'high', { phase: 'construction' }),
      item('noise-vibration', 'negative', 'high', { phase: 'operation' }),
      item('air-quality', 'negative', 'high', { phase: 'construction' }),
    );
    expect(c.judgement).toBe('revise-then-issue');
    expect(c.reasons.match(/噪声与振动/g)).toHaveLength(1);
  });

  it('an uncertain medium impact → revise then issue, naming it', () => {
    const c = derive(item('road-traffic-safety', 'uncertain', 'medium'), item('air-quality', 'negative', 'low'));
    expect(c.judgement).toBe('revise-then-issue');
    expect(c.drivers).toEqual(['road-traffic-safety']);
    expect(c.reasons).toBe('道路交通安全（中风险，不确定）存在中风险及以上的负面或不确定健康影响。建议按所提建议修改完善相关内容、落实减缓措施后出台。');
  });

  it('uncertain very-high does not postpone on its own (the rule names negative impacts)', () => {
    expect(derive(item('air-quality', 'uncertain', 'veryHigh')).judgement).toBe('revise-then-issue');
  });

  it('low negative impacts only → issue as drafted, asking to watch them', () => {
    const c = derive(item('air-quality', 'negative', 'low'), item('drinking-water', 'none', 'low'));
    expect(c.judgement).toBe('issue-as-drafted');
    expect(c.reasons).toContain('空气质量的不利影响风险较低');
  });

  it('mentions impacts that are not yet rated', () => {
    const unrated = { ...item('injury', 'negative', 'low'), likelihood: null };
    const c = derive(unrated);
    expect(c.reasons).toContain('伤害尚有影响未完成可能性或严重程度评定');
  });
});

describe('summariseImpacts', () => {
  it('counts impacts by direction and risk level and lists the top-ranked ones', () => {
    const ranked = rankImpacts(scheme, [
      item('air-quality', 'negative', 'high', { spread: 5 }),
      item('noise-vibration', 'negative', 'medium'),
      item('injury', 'uncertain', 'low'),
      item('green-space', 'positive', 'high'),
      item('drinking-water', 'none', 'low'),
      { ...item('road-traffic-safety', 'negative', 'low'), severity: null },
    ]);
    const s = summariseImpacts(ranked, scheme, 2);
    expect(s.total).toBe(6);
    expect(s.byDirection.negative).toEqual({ total: 3, byRisk: { low: 0, medium: 1, high: 1, 'very-high': 0 }, unrated: 1 });
    expect(s.byDirection.positive.byRisk.high).toBe(1);
    expect(s.byDirection.uncertain.byRisk.low).toBe(1);
    expect(s.byDirection.none).toEqual({ total: 1, byRisk: { low: 0, medium: 0, high: 0, 'very-high': 0 }, unrated: 0 });
    expect(s.top.map((r) => r.item.determinantId)).toEqual(['air-quality', 'noise-vibration']);
  });
});

describe('rankInScope', () => {
  it('ranks only what is still in scope and keeps left-over items unranked', () => {
    const scoring = {
      items: [
        item('air-quality', 'negative', 'medium'),
        item('noise-vibration', 'negative', 'veryHigh'),
        item('green-space', 'negative', 'high', { phase: 'construction' }),
      ],
    };
    const { ranked, stale } = rankInScope(scheme, scoring, { ...scope('air-quality', 'green-space'), phases: [] }, 'policy');
    expect(ranked.map((r) => [r.item.determinantId, r.rank])).toEqual([['air-quality', 1]]);
    expect(stale.map((r) => [r.item.determinantId, r.rank])).toEqual([
      ['noise-vibration', null],
      ['green-space', null],
    ]);
    const project = rankInScope(scheme, scoring, { ...scope('air-quality', 'green-space'), phases: ['construction'] }, 'project');
    expect(project.ranked.map((r) => r.item.determinantId)).toEqual(['green-space']);
  });
});
