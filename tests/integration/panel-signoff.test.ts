import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { buildDemo, type DemoResult } from '../../electron/demo/build-demo';
import { encodePackage } from '../../electron/panel/package-codec';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

async function demoCore() {
  const dbPath = path.join(fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'hia-panel-')), 'hia.db');
  const core = await createCore({ dbPath, host: 'web' });
  const demo = await buildDemo(core);
  return { core, demo, dbPath };
}

let core: Core;
let demo: DemoResult;
let dbPath: string;

beforeAll(async () => {
  ({ core, demo, dbPath } = await demoCore());
}, 60_000);

describe('expert panel through review packages (the demo assessment)', () => {
  it('has three experts, one divergent on noise, flagged with the rule that fired', () => {
    const view = core.panel.view(demo.assessmentId);
    expect(view.members).toHaveLength(3);
    expect(view.members.filter((m) => m.role === 'leader')).toHaveLength(1);
    const noise = view.aggregation.filter((a) => a.determinantId === 'noise-vibration');
    expect(noise.length).toBeGreaterThan(0);
    for (const n of noise) {
      expect(n.ratings).toHaveLength(3);
      expect(n.divergent).toBe(true);
      expect(n.divergenceReason).toMatch(/意见不一|相差/);
      expect(n.final).not.toBeNull();
    }
    const calm = view.aggregation.filter((a) => a.determinantId === 'walkability-active-travel');
    for (const c of calm) expect(c.divergent).toBe(false);
    expect(demo.determinants).toBeGreaterThanOrEqual(8);
  });

  it('signed the assessment with a fingerprint of its canonical snapshot', () => {
    expect(demo.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const found = core.signOff.findByFingerprint(demo.fingerprint);
    expect(found).toMatchObject({ assessmentId: demo.assessmentId, version: 1, intact: true });
    expect(core.assessments.get(demo.assessmentId).status).toBe('signed');
  });

  it('refuses edits of the signed assessment through the contract', async () => {
    const id = demo.assessmentId;
    for (const [channel, input] of [
      ['assessment/update', { id, changes: { title: '偷偷改标题' } }],
      ['workflow/save', { id, stage: 'conclusion', data: { judgement: 'issue-as-drafted', reasons: '改' } }],
      ['panel/save-opinion', { id, opinion: '改' }],
      ['assessment/delete', { id }],
    ] as const) {
      const r = await core.dispatch(channel, input);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  });

  it('refuses direct SQL changes to a signed version and its content', () => {
    const db = new Database(dbPath);
    const id = demo.assessmentId;
    expect(() => db.prepare("UPDATE assessment SET title = 'x' WHERE id = ?").run(id)).toThrow(/locked/);
    expect(() => db.prepare("UPDATE assessment_stage SET data = '{}' WHERE assessment_id = ?").run(id)).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM expert_rating WHERE assessment_id = ?').run(id)).toThrow(/locked/);
    expect(() => db.prepare("UPDATE signed_version SET snapshot = '{}' WHERE assessment_id = ?").run(id)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM signed_version WHERE assessment_id = ?').run(id)).toThrow(/immutable/);
    db.close();
  });

  it('detects an edited or deleted audit entry with hia audit verify', async () => {
    expect(core.audit.verify()).toMatchObject({ ok: true });
    const copy = path.join(tempDir(), 'tampered.db');
    core.close();
    fs.copyFileSync(dbPath, copy);
    for (const ext of ['-wal', '-shm']) if (fs.existsSync(dbPath + ext)) fs.copyFileSync(dbPath + ext, copy + ext);
    core = await createCore({ dbPath, host: 'web' });
    const db = new Database(copy);
    db.exec('DROP TRIGGER audit_log_append_only_update');
    db.prepare("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3").run();
    db.close();
    const { execFileSync } = await import('node:child_process');
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, ['bin/hia.js', '--db', copy, 'audit', 'verify'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      const e = err as { status: number; stdout: string };
      code = e.status;
      out = e.stdout;
    }
    expect(code).not.toBe(0);
    expect(out).toMatch(/第 ?3|#3|seq 3/);
  });

  it('refuses a review request for a signed assessment', async () => {
    const memberId = core.panel.members(demo.assessmentId)[0]!.id;
    expect(await core.dispatch('panel/export-request', { id: demo.assessmentId, memberId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('reopening starts version 2 and keeps version 1 signed and verifiable', async () => {
    const { core: c, demo: d, dbPath } = await demoCore();
    const r = await c.dispatch('signoff/reopen', { id: d.assessmentId, reason: '起草部门补充了站点周边规划内容' });
    expect(r).toMatchObject({ ok: true, value: { version: 2 } });
    const a = c.assessments.get(d.assessmentId);
    expect(a).toMatchObject({ version: 2, status: 'active' });
    expect(c.signOff.findByFingerprint(d.fingerprint)).toMatchObject({ version: 1, intact: true });
    expect(await c.dispatch('assessment/update', { id: d.assessmentId, changes: { contact: '新联系人' } })).toMatchObject({ ok: true });
    // Version 1 stays on file: the assessment can no longer be deleted, in the app or by SQL.
    expect(await c.dispatch('assessment/delete', { id: d.assessmentId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    c.close();
    const raw = new Database(dbPath);
    expect(() => raw.prepare('DELETE FROM assessment WHERE id = ?').run(d.assessmentId)).toThrow(/signed versions cannot be deleted/);
    raw.close();
  }, 60_000);
});

/** An assessment scoped to one determinant, with one panel member and their review request. */
async function scopedRequest(c: Core): Promise<{ id: string; memberId: string; request: string }> {
  const call = async (channel: string, input: unknown) => c.dispatch(channel, input);
  const a = (await c.dispatch('assessment/create', { title: '垃圾焚烧发电厂项目', kind: 'policy', department: '城管局', draftText: '新建垃圾焚烧发电厂，日处理生活垃圾3000吨，烟气排放执行国家标准，周边设置防护距离。' })) as { ok: true; value: { id: string } };
  const id = a.value.id;
  await call('workflow/advance', { id });
  await call('workflow/save', {
    id,
    stage: 'screening',
    data: { answers: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), { answer: 'no', suggested: 'no', reason: '', note: '' }])), impactLevel: 'mild', fullAssessment: true, note: '' },
  });
  await call('workflow/advance', { id });
  await call('workflow/save', { id, stage: 'scoping', data: { determinants: [{ id: 'air-quality', origin: 'suggested' }], groups: [], phases: [] } });
  await call('workflow/advance', { id });
  const panel = (await call('panel/save-member', { id, member: { name: '专家甲', role: 'leader' } })) as { ok: true; value: { members: { id: string }[] } };
  const memberId = panel.value.members[0]!.id;
  const req = (await call('panel/export-request', { id, memberId })) as { ok: true; value: { content: string } };
  return { id, memberId, request: req.value.content };
}

describe('review packages refused with a reason, changing nothing', () => {
  it('refuses tampered, truncated, wrong-assessment, wrong-version and duplicate responses', async () => {
    const c = await createCore({ dbPath: path.join(tempDir(), 'p.db'), host: 'web' });
    const call = async (channel: string, input: unknown) => c.dispatch(channel, input);
    const { id, request } = await scopedRequest(c);
    const expert = await createCore({ dbPath: ':memory:', host: 'web' });
    const task = (await expert.dispatch('review/open', { content: request })) as { ok: true; value: { request: { packageId: string }; ratings: unknown[] } };
    const pkgId = task.value.request.packageId;
    const rated = task.value.ratings.map((r) => ({ ...(r as object), direction: 'negative', likelihood: 4, severity: 3 }));
    await expert.dispatch('review/save', { packageId: pkgId, ratings: rated });
    const resp = (await expert.dispatch('review/export', { packageId: pkgId, comment: '' })) as { ok: true; value: { content: string } };
    expert.close();
    const good = resp.value.content;
    const parsed = JSON.parse(good) as Record<string, unknown>;
    const auditBefore = c.audit.list(undefined, 2000).length;

    const cases: [string, string, RegExp][] = [
      ['tampered', good.replace('"likelihood": 4', '"likelihood": 5'), /校验|changed/],
      ['truncated', good.slice(0, good.length / 2), /不完整|incomplete/],
      ['not a package', '{"hello": 1}', /不是/],
      ['a request, not a response', request, /不是专家评审结果/],
      ['wrong assessment', encodePackage({ ...parsed, sha256: undefined, assessmentId: '00000000-0000-4000-8000-000000000009' } as never), /另一项评价/],
      ['wrong version', encodePackage({ ...parsed, sha256: undefined, assessmentVersion: 2 } as never), /第 2 版/],
      ['newer format', encodePackage({ ...parsed, sha256: undefined, schemaVersion: 99 } as never), /更新版本/],
    ];
    for (const [name, content, message] of cases) {
      const r = await call('panel/import-response', { id, content });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
      if (!r.ok) expect(r.error.message, name).toMatch(message);
    }
    expect(c.panel.ratings(id)).toEqual([]);
    expect(c.audit.list(undefined, 2000).length).toBe(auditBefore);

    expect(await call('panel/import-response', { id, content: good })).toMatchObject({ ok: true, value: { ratings: 1 } });
    const dup = await call('panel/import-response', { id, content: good });
    expect(dup).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringMatching(/已经导入/) } });
    expect(c.panel.ratings(id)).toHaveLength(1);
    c.close();
  }, 60_000);
});

describe("the expert's overall comment", () => {
  it('is saved with the task, survives a restart, and travels in the response', async () => {
    const c = await createCore({ dbPath: path.join(tempDir(), 'office.db'), host: 'web' });
    const { id, request } = await scopedRequest(c);
    const expertDb = path.join(tempDir(), 'expert.db');
    let expert = await createCore({ dbPath: expertDb, host: 'web' });
    const task = (await expert.dispatch('review/open', { content: request })) as { ok: true; value: { request: { packageId: string }; ratings: object[]; comment: string } };
    const packageId = task.value.request.packageId;
    expect(task.value.comment).toBe('');
    const comment = '建议补充焚烧厂周边 3 公里内学校和养老机构的分布。';
    expect(await expert.dispatch('review/save', { packageId, comment })).toMatchObject({ ok: true, value: { comment } });
    // Saving scores alone leaves the comment as it was.
    const rated = task.value.ratings.map((r) => ({ ...r, direction: 'negative', likelihood: 3, severity: 3 }));
    expect(await expert.dispatch('review/save', { packageId, ratings: rated })).toMatchObject({ ok: true, value: { comment } });
    expert.close();

    expert = await createCore({ dbPath: expertDb, host: 'web' });
    expect(await expert.dispatch('review/get', { packageId })).toMatchObject({ ok: true, value: { comment } });
    const resp = (await expert.dispatch('review/export', { packageId, comment: comment + '（终稿）' })) as { ok: true; value: { content: string } };
    expect(await expert.dispatch('review/get', { packageId })).toMatchObject({ ok: true, value: { comment: comment + '（终稿）' } });
    expert.close();
    expect(JSON.parse(resp.value.content)).toMatchObject({ content: { comment: comment + '（终稿）' } });
    expect(await c.dispatch('panel/import-response', { id, content: resp.value.content })).toMatchObject({ ok: true });
    c.close();
  }, 60_000);
});
