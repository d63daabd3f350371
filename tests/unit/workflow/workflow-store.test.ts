import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
let core: Core;
let dbPath: string;

beforeEach(async () => {
  dbPath = path.join(tempDir(), 'hia.db');
  core = await createCore({ dbPath, host: 'web' });
});
afterEach(() => core.close());

const DRAFT = '为加快城市轨道交通建设，施工期间严格控制施工噪声和扬尘，保障行人和非机动车通行安全。';

function newAssessment(kind: 'policy' | 'project' = 'policy') {
  return core.assessments.create({ title: '地铁建设方案', kind, department: '发改委', contact: '', draftText: DRAFT });
}

function answeredScreening() {
  const answers = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [String(i + 1), { answer: 'no', suggested: 'no', reason: '', note: '' }]),
  );
  return { answers, impactLevel: 'mild', fullAssessment: true, note: '' };
}

describe('workflow store (real SQLite file)', () => {
  it('starts at registration and refuses saves to stages not reached', () => {
    const a = newAssessment();
    const view = core.workflow.view(a.id);
    expect(view.assessment.stage).toBe('registration');
    expect(view.data.screening.answers).toEqual({});
    expect(() => core.workflow.save(a.id, 'screening', answeredScreening())).toThrow(/尚未进入/);
  });

  it('advances only when the stage validates, keeps saves across a restart', async () => {
    const a = newAssessment();
    core.workflow.advance(a.id);
    const incomplete = core.workflow.save(a.id, 'screening', { answers: {}, impactLevel: null, fullAssessment: null, note: '半成品' });
    expect(incomplete.problems.screening.length).toBeGreaterThan(0);
    expect(() => core.workflow.advance(a.id)).toThrow(/尚未完成/);
    core.workflow.save(a.id, 'screening', answeredScreening());
    core.close();

    core = await createCore({ dbPath, host: 'web' });
    const reopened = core.workflow.view(a.id);
    expect(reopened.data.screening.impactLevel).toBe('mild');
    expect(reopened.problems.screening).toEqual([]);
    expect(core.workflow.advance(a.id).assessment.stage).toBe('scoping');
    // Revisiting an earlier stage is allowed and does not move the furthest stage back.
    expect(core.workflow.save(a.id, 'screening', { ...answeredScreening(), note: '复核' }).assessment.stage).toBe('scoping');
  });

  it('rejects invalid stage data and leaves the saved data as it was', () => {
    const a = newAssessment();
    core.workflow.advance(a.id);
    core.workflow.save(a.id, 'screening', answeredScreening());
    for (const bad of [{ answers: { 11: {} } }, { answers: {}, impactLevel: 'catastrophic' }, 'not an object', null]) {
      expect(() => core.workflow.save(a.id, 'screening', bad)).toThrow();
    }
    expect(core.workflow.view(a.id).data.screening.impactLevel).toBe('mild');
  });

  it('requires phases for projects and names determinants in messages', () => {
    const a = newAssessment('project');
    core.workflow.advance(a.id);
    core.workflow.save(a.id, 'screening', answeredScreening());
    core.workflow.advance(a.id);
    const v = core.workflow.save(a.id, 'scoping', { determinants: [{ id: 'noise-vibration', origin: 'suggested' }], groups: [], phases: [] });
    expect(v.problems.scoping.join()).toMatch(/设计\/施工\/运营/);
    const ok = core.workflow.save(a.id, 'scoping', { determinants: [{ id: 'noise-vibration', origin: 'suggested' }], groups: [], phases: ['construction'] });
    expect(ok.problems.scoping).toEqual([]);
    expect(ok.problems.scoring.join()).toContain('噪声与振动（施工）');
  });

  it('refuses any change to a signed assessment, through the store and the contract', async () => {
    const a = newAssessment();
    core.workflow.advance(a.id);
    core.close();
    const raw = new Database(dbPath);
    raw.prepare("UPDATE assessment SET status = 'signed' WHERE id = ?").run(a.id);
    raw.close();
    core = await createCore({ dbPath, host: 'web' });
    expect(() => core.workflow.save(a.id, 'screening', answeredScreening())).toThrow(/锁定/);
    const viaContract = await core.dispatch('assessment/update', { id: a.id, changes: { title: '改' } });
    expect(viaContract).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('suggests screening answers with reasons from the evidence base', async () => {
    const a = newAssessment();
    const r = await core.dispatch('workflow/screening-suggestion', { id: a.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { answers: Record<string, { answer: null; suggested: string; reason: string }> };
    expect(Object.keys(v.answers)).toHaveLength(10);
    expect(Object.values(v.answers).every((x) => x.answer === null)).toBe(true);
    expect(v.answers['3']!.suggested).not.toBe('no');
    expect(v.answers['3']!.reason).toMatch(/道路交通安全|伤害/);
  });
});
