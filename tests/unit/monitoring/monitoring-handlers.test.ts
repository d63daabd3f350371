import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoCore, type DemoCore } from '../../support/demo-core';
import type { Core } from '../../../electron/core';
import type { DemoResult } from '../../../electron/demo/build-demo';
import type { Channel } from '../../../shared/channels';
import type { ChannelInput } from '../../../shared/contract';
import type { AuditEntry } from '../../../electron/audit/audit-log';
import { localDate, resignWith, SPORTS_AREA } from './resign';

/**
 * Follow-up monitoring through the contract on a real SQLite file: the indicator catalogue,
 * what an assessment follows before and after sign-off, recording and removing values, and the
 * audit trail. The signed assessment is the demo, built through the contract as the UI does.
 */

const demoCore = useDemoCore('hia-monitoring-');
let dbPath: string;
let core: Core;
let demo: DemoResult;
let call: DemoCore['call'];

beforeAll(() => {
  ({ dbPath, core, demo, call } = demoCore());
});

async function refused<C extends Channel>(channel: C, input: ChannelInput<C>) {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} was accepted`);
  return r.error;
}

const today = () => localDate(new Date());
const tomorrow = () => localDate(new Date(Date.now() + 24 * 3600 * 1000));

function signedRow(id: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT * FROM signed_version WHERE assessment_id = ? ORDER BY version').all(id);
  } finally {
    db.close();
  }
}

const entries = (id: string, action: string): AuditEntry[] => core.audit.list(id, 1000).filter((e) => e.action === action);

/** An assessment scoped to air quality and noise with two indicators picked, not signed. */
async function scopedDraft(indicatorIds: string[]): Promise<string> {
  const a = await call('assessment/create', { title: '城区道路改造工程', kind: 'project', department: '市建委', draftText: '对城区主干道进行拓宽改造，施工期约两年，涉及夜间施工、渣土运输和临时交通组织。' });
  await call('workflow/advance', { id: a.id });
  const answers = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), { answer: 'no' as const, suggested: 'no' as const, reason: '', note: '' }]));
  await call('workflow/save', { id: a.id, stage: 'screening', data: { answers, impactLevel: 'mild', fullAssessment: true, note: '' } });
  await call('workflow/advance', { id: a.id });
  await call('workflow/save', {
    id: a.id,
    stage: 'scoping',
    data: {
      determinants: [
        { id: 'air-quality', origin: 'added', evidence: [], indicators: indicatorIds.slice(0, 1), note: '' },
        { id: 'noise-vibration', origin: 'added', evidence: [], indicators: indicatorIds.slice(1), note: '' },
      ],
      groups: [],
      phases: ['construction'],
    },
  });
  return a.id;
}

describe('indicators/catalogue', () => {
  it('lists all 503 seed indicators with their context, quote and source line', async () => {
    const list = await call('indicators/catalogue', {});
    expect(list).toHaveLength(503);
    const air = list.find((i) => i.id === '001-L50-1')!;
    expect(air).toMatchObject({ name: expect.any(String), document: '001', lineStart: 50, kind: expect.stringMatching(/target|review|status/), quote: expect.stringContaining('91. 3%') });
    expect(air.documentTitle).not.toBe('001');
    expect(air.category.length).toBeGreaterThan(0);
  });

  it('counts the assessments whose current scoping picked each indicator', async () => {
    const demoPicks = (await call('workflow/get', { id: demo.assessmentId })).data.scoping.determinants.flatMap((d) => d.indicators);
    expect(demoPicks.length).toBeGreaterThan(0);
    const before = new Map((await call('indicators/catalogue', {})).map((i) => [i.id, i.usedBy]));
    for (const id of demoPicks) expect(before.get(id), id).toBeGreaterThanOrEqual(1);
    const picked = [demoPicks[0]!, '001-L50-1'];
    await scopedDraft(picked);
    const after = new Map((await call('indicators/catalogue', {})).map((i) => [i.id, i.usedBy]));
    expect(after.get(picked[0]!)).toBe(before.get(picked[0]!)! + 1);
    expect(after.get('001-L50-1')).toBe(before.get('001-L50-1')! + 1);
  });
});

describe('before sign-off', () => {
  it('shows the indicators picked in scoping, without recording', async () => {
    const id = await scopedDraft(['001-L50-1', '001-L162']);
    const view = await call('monitoring/get', { id });
    expect(view).toMatchObject({ assessmentId: id, signedVersion: null, canRecord: false });
    expect(view.indicators.map((i) => i.indicator.id)).toEqual(['001-L50-1', '001-L162']);
    expect(view.indicators[0]!.determinants).toEqual(['空气质量']);
    expect(view.indicators[1]!.progress.status).toBe('no-data');

    const auditBefore = core.audit.list(id, 1000).length;
    const error = await refused('monitoring/record', { id, observation: { indicatorId: '001-L50-1', observedOn: today(), value: '92' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/签发后才能登记监测值 \/ .*after sign-off/);
    expect(core.audit.list(id, 1000)).toHaveLength(auditBefore);
  });

  it('refuses an unknown assessment', async () => {
    expect((await refused('monitoring/get', { id: '00000000-0000-4000-8000-000000000001' })).code).toBe('NOT_FOUND');
  });
});

describe('after sign-off (the demo)', () => {
  it('follows the signed version’s indicators, with the determinants that chose them', async () => {
    const view = await call('monitoring/get', { id: demo.assessmentId });
    const snapshot = core.signOff.signed(demo.assessmentId).snapshot;
    expect(view).toMatchObject({ signedVersion: 1, canRecord: true });
    expect(view.indicators.map((i) => i.indicator.id)).toEqual(snapshot.indicators.map((i) => i.id));
    for (const i of view.indicators) {
      expect(i.determinants.length, i.indicator.id).toBeGreaterThan(0);
      expect(i.indicator.quote.length).toBeGreaterThan(0);
      expect(i.observations).toEqual([]);
      expect(i.progress.status).toBe('no-data');
    }
  });

  it('follows the newest signed version once a revision is signed', async () => {
    const id = demo.assessmentId;
    const version = await resignWith((c, i) => call(c as Channel, i as never), id, { [SPORTS_AREA.determinant]: [SPORTS_AREA.indicator] });
    expect(version).toBe(2);
    const view = await call('monitoring/get', { id });
    expect(view).toMatchObject({ signedVersion: 2, canRecord: true });
    const sports = view.indicators.find((i) => i.indicator.id === SPORTS_AREA.indicator)!;
    expect(sports.determinants).toEqual(['身体活动与体育设施']);
    expect(sports.progress).toMatchObject({ baselineValue: SPORTS_AREA.baseline, targetValue: SPORTS_AREA.target, direction: 'increase', status: 'no-data' });
  });

  it('records values with dates and shows progress toward the target', async () => {
    const id = demo.assessmentId;
    const rowsBefore = signedRow(id);
    const { indicators } = await call('monitoring/get', { id });
    const target = indicators.find((i) => i.indicator.id === SPORTS_AREA.indicator)!;
    const toward = '2.53';
    const beyond = '2.7';
    const first = await call('monitoring/record', { id, observation: { indicatorId: target.indicator.id, observedOn: '2024-12-31', value: toward, note: '年度统计公报' } });
    expect(first.indicators.find((i) => i.indicator.id === target.indicator.id)!.progress).toMatchObject({ kind: 'numeric', status: 'improving', fraction: expect.closeTo(0.5, 5) });
    const view = await call('monitoring/record', { id, observation: { indicatorId: target.indicator.id, observedOn: today(), value: `${beyond}m2` } });
    const followed = view.indicators.find((i) => i.indicator.id === target.indicator.id)!;
    expect(followed.observations.map((o) => o.value)).toEqual([toward, `${beyond}m2`]);
    expect(followed.observations[0]!.note).toBe('年度统计公报');
    expect(followed.progress).toMatchObject({ kind: 'numeric', status: 'achieved', latestOn: today(), latestValue: 2.7 });
    expect(followed.progress.fraction).toBeCloseTo((2.7 - 2.46) / (2.6 - 2.46));

    const recorded = entries(id, 'monitoring.record');
    expect(recorded).toHaveLength(2);
    expect(recorded[0]!.detail).toMatchObject({
      version: 2,
      indicatorId: target.indicator.id,
      indicator: target.indicator.name,
      changes: [
        { path: 'observedOn', old: null, new: today() },
        { path: 'value', old: null, new: `${beyond}m2` },
        { path: 'note', old: null, new: '' },
      ],
    });
    // Values are recorded beside the signed version, which stays exactly as signed.
    expect(signedRow(id)).toEqual(rowsBefore);
    expect(core.signOff.findByFingerprint(demo.fingerprint)).toMatchObject({ intact: true });
    expect(core.assessments.get(id).status).toBe('signed');
  });

  it('refuses a date in the future, an indicator the signed version does not follow, and a bad value', async () => {
    const id = demo.assessmentId;
    const { indicators } = await call('monitoring/get', { id });
    const indicatorId = indicators[0]!.indicator.id;
    const count = core.audit.list(id, 1000).length;

    const future = await refused('monitoring/record', { id, observation: { indicatorId, observedOn: tomorrow(), value: '1' } });
    expect(future).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/不能晚于今天 \/ .*future/) });
    const unknown = await refused('monitoring/record', { id, observation: { indicatorId: '001-L50-1', observedOn: today(), value: '1' } });
    expect(unknown.code).toBe('NOT_FOUND');
    expect((await refused('monitoring/record', { id, observation: { indicatorId, observedOn: today(), value: '  ' } })).code).toBe('INVALID_INPUT');
    expect((await refused('monitoring/record', { id, observation: { indicatorId, observedOn: '2025-02-30', value: '1' } })).code).toBe('INVALID_INPUT');
    expect(core.audit.list(id, 1000)).toHaveLength(count);
  });

  it('removes a value only with a reason, keeping the old value in the audit trail', async () => {
    const id = demo.assessmentId;
    const view = await call('monitoring/get', { id });
    const withValues = view.indicators.find((i) => i.observations.length > 0)!;
    const first = withValues.observations[0]!;

    expect((await refused('monitoring/remove', { id, observationId: first.id, reason: '   ' })).code).toBe('INVALID_INPUT');
    expect((await refused('monitoring/remove', { id, observationId: '00000000-0000-4000-8000-000000000002', reason: '录入错误' })).code).toBe('NOT_FOUND');

    const after = await call('monitoring/remove', { id, observationId: first.id, reason: '录入错误，数值取自草稿统计' });
    const followed = after.indicators.find((i) => i.indicator.id === withValues.indicator.id)!;
    expect(followed.observations.map((o) => o.id)).not.toContain(first.id);
    expect(followed.observations).toHaveLength(withValues.observations.length - 1);

    const removed = entries(id, 'monitoring.remove');
    expect(removed).toHaveLength(1);
    expect(removed[0]!.detail).toMatchObject({
      version: 2,
      observationId: first.id,
      indicatorId: withValues.indicator.id,
      reason: '录入错误，数值取自草稿统计',
      changes: [
        { path: 'observedOn', old: first.observedOn, new: null },
        { path: 'value', old: first.value, new: null },
        { path: 'note', old: first.note, new: null },
      ],
    });
    expect(core.audit.verify()).toMatchObject({ ok: true });
  });

  it('continues on the signed version while a new version is being revised', async () => {
    const id = demo.assessmentId;
    const signedIds = core.signOff.signed(id).snapshot.indicators.map((i) => i.id);
    await call('signoff/reopen', { id, reason: '补充站点周边规划内容' });
    // The revision changes its scoping picks; follow-up stays with what was signed.
    const wf = await call('workflow/get', { id });
    const scoping = { ...wf.data.scoping, determinants: wf.data.scoping.determinants.map((d) => ({ ...d, indicators: [] })) };
    await call('workflow/save', { id, stage: 'scoping', data: scoping });

    const view = await call('monitoring/get', { id });
    expect(view).toMatchObject({ signedVersion: 2, canRecord: true });
    expect(view.indicators.map((i) => i.indicator.id)).toEqual(signedIds);
    const recorded = await call('monitoring/record', { id, observation: { indicatorId: signedIds[0]!, observedOn: today(), value: '1' } });
    expect(recorded.indicators[0]!.observations.length).toBeGreaterThan(0);
  });
});
