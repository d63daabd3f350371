/**
 * The register's items, links to assessments and coverage settings through the contract, on
 * real SQLite files: every write audited (old → new), effective status from a linked
 * assessment (signed once → 已签发, even while revised), the register never deleting an
 * assessment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, type DemoResult } from '../../../electron/demo/build-demo';
import type { Core } from '../../../electron/core';
import type { RegisterItemFields } from '../../../shared/register/register';
import { client, counts, fileInput, refusal, useCores } from './helpers';

const newCore = useCores();

const fields = (over: Partial<RegisterItemFields> = {}): RegisterItemFields => ({
  title: '关于加快推进城市更新的实施意见',
  category: 'normative',
  department: '市住房和城乡建设局',
  year: 2025,
  status: 'not-assessed',
  exemptReason: '',
  note: '',
  ...over,
});

const lastAudit = (core: Core) => core.audit.list(undefined, 1)[0]!;

describe('register items', () => {
  it('create, update and delete, each audited with what changed', async () => {
    const { core } = await newCore();
    const call = client(core);
    const created = await call('register/save', { fields: fields() });
    expect(created).toMatchObject({ ...fields(), recordedStatus: 'not-assessed', assessment: null });
    expect(lastAudit(core)).toMatchObject({ action: 'register.create', assessmentId: null, actor: 'tester', detail: { itemId: created.id, title: created.title } });

    const updated = await call('register/save', { id: created.id, fields: fields({ status: 'exempt', exemptReason: '仅涉及内部程序' }) });
    expect(updated).toMatchObject({ status: 'exempt', exemptReason: '仅涉及内部程序' });
    expect(lastAudit(core)).toMatchObject({
      action: 'register.update',
      detail: { itemId: created.id, changes: [{ path: 'status', old: 'not-assessed', new: 'exempt' }, { path: 'exemptReason', old: '', new: '仅涉及内部程序' }] },
    });

    expect(await call('register/delete', { id: created.id })).toEqual({ id: created.id });
    expect(lastAudit(core)).toMatchObject({ action: 'register.delete', detail: { itemId: created.id, title: created.title, link: null } });
    expect(await call('register/list', {})).toEqual([]);
    expect((await refusal(core, 'register/delete', { id: created.id })).code).toBe('NOT_FOUND');
    expect(core.audit.verify().ok).toBe(true);
  });

  it('refuses an exemption without a reason and a second item with the same title, department and year', async () => {
    const { core } = await newCore();
    expect((await refusal(core, 'register/save', { fields: fields({ status: 'exempt' }) })).code).toBe('INVALID_INPUT');
    await client(core)('register/save', { fields: fields() });
    const before = await counts(core);
    const error = await refusal(core, 'register/save', { fields: fields({ title: ' 关于加快推进城市更新的实施意见 ', category: 'other' }) });
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('台账中已有') });
    expect(await counts(core)).toEqual(before);
    // Another year is another item.
    await client(core)('register/save', { fields: fields({ year: 2026 }) });
  });

  it('lists by year, category, department, status and search text', async () => {
    const { core } = await newCore();
    const call = client(core);
    await call('register/save', { fields: fields() });
    await call('register/save', { fields: fields({ title: '城市轨道交通线网规划', category: 'plan', department: '市发展和改革委员会', status: 'in-progress' }) });
    await call('register/save', { fields: fields({ title: '旧城改造 50%_补助办法', year: 2024, note: '备注含 100%' }) });
    const titles = async (filter: object) => (await call('register/list', filter)).map((i) => i.title);
    expect(await titles({})).toEqual(['关于加快推进城市更新的实施意见', '城市轨道交通线网规划', '旧城改造 50%_补助办法']);
    expect(await titles({ year: 2024 })).toEqual(['旧城改造 50%_补助办法']);
    expect(await titles({ category: 'plan' })).toEqual(['城市轨道交通线网规划']);
    expect(await titles({ department: '市发展和改革委员会' })).toEqual(['城市轨道交通线网规划']);
    expect(await titles({ status: 'in-progress' })).toEqual(['城市轨道交通线网规划']);
    expect(await titles({ search: '50%_' })).toEqual(['旧城改造 50%_补助办法']); // literal, not a LIKE pattern
    expect(await titles({ search: '100%' })).toEqual(['旧城改造 50%_补助办法']); // the note counts
    expect(await titles({ search: "'; DROP TABLE register_item; --" })).toEqual([]);
  });
});

describe('assessments and the register', () => {
  it('start-assessment registers the item as an assessment of the right type and links it, once', async () => {
    const { core } = await newCore();
    const call = client(core);
    const kinds = { normative: 'policy', 'major-policy': 'policy', plan: 'plan', 'major-project': 'project', other: 'policy' } as const;
    for (const [category, kind] of Object.entries(kinds)) {
      const item = await call('register/save', { fields: fields({ title: `事项 ${category}`, category: category as keyof typeof kinds }) });
      const { item: linked, assessmentId } = await call('register/start-assessment', { id: item.id });
      const assessment = await call('assessment/get', { id: assessmentId });
      expect(assessment).toMatchObject({ title: item.title, department: item.department, kind });
      expect(linked).toMatchObject({ status: 'in-progress', recordedStatus: 'not-assessed', assessment: { id: assessmentId, number: assessment.number, everSigned: false } });
      const [mine, created] = core.audit.list(undefined, 2);
      expect(mine).toMatchObject({ action: 'register.start-assessment', assessmentId, detail: { itemId: item.id, new: { assessmentId, number: assessment.number } } });
      expect(created).toMatchObject({ action: 'assessment.create', assessmentId });
      const again = await refusal(core, 'register/start-assessment', { id: item.id });
      expect(again).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(assessment.number) });
    }
    expect(await call('register/unregistered', {})).toEqual([]);
  });

  it('link, refuse a link to an assessment linked elsewhere, unlink; deleting an item keeps its assessment', async () => {
    const { core } = await newCore();
    const call = client(core);
    const a = await call('assessment/create', { title: '评价甲', kind: 'policy', department: '市卫健委', contact: '', draftText: '' });
    const b = await call('assessment/create', { title: '评价乙', kind: 'plan', department: '市卫健委', contact: '', draftText: '' });
    const one = await call('register/save', { fields: fields({ title: '条目一', status: 'exempt', exemptReason: '程序性' }) });
    const two = await call('register/save', { fields: fields({ title: '条目二' }) });
    expect((await call('register/unregistered', {})).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());

    const linked = await call('register/link', { id: one.id, assessmentId: a.id });
    expect(linked).toMatchObject({ status: 'in-progress', recordedStatus: 'exempt', assessment: { id: a.id, number: a.number } });
    expect(lastAudit(core)).toMatchObject({ action: 'register.link', assessmentId: a.id, detail: { itemId: one.id, old: null, new: { assessmentId: a.id, number: a.number } } });
    expect((await call('register/unregistered', {})).map((s) => s.id)).toEqual([b.id]);

    const before = await counts(core);
    const conflict = await refusal(core, 'register/link', { id: two.id, assessmentId: a.id });
    expect(conflict).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('「条目一」') });
    expect((await refusal(core, 'register/link', { id: two.id, assessmentId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    // Saving a new item with a link that is refused saves nothing (one transaction).
    expect((await refusal(core, 'register/save', { fields: fields({ title: '条目三' }), linkTo: a.id })).code).toBe('CONFLICT');
    expect(await counts(core)).toEqual(before);

    // Linking to what it is already linked to changes nothing and audits nothing.
    await call('register/link', { id: one.id, assessmentId: a.id });
    expect(await counts(core)).toEqual(before);

    const unlinked = await call('register/link', { id: one.id, assessmentId: null });
    expect(unlinked).toMatchObject({ status: 'exempt', assessment: null });
    expect(lastAudit(core)).toMatchObject({ action: 'register.link', assessmentId: a.id, detail: { old: { assessmentId: a.id }, new: null } });

    await call('register/link', { id: two.id, assessmentId: b.id });
    await call('register/delete', { id: two.id });
    expect(lastAudit(core)).toMatchObject({ action: 'register.delete', assessmentId: b.id, detail: { link: { assessmentId: b.id, number: b.number } } });
    expect(await call('assessment/get', { id: b.id })).toMatchObject({ id: b.id });

    // Deleting the assessment unlinks the item (ON DELETE SET NULL), never deletes it.
    await call('register/link', { id: one.id, assessmentId: a.id });
    await call('assessment/delete', { id: a.id });
    expect(await call('register/list', {})).toEqual([expect.objectContaining({ id: one.id, assessment: null, status: 'exempt' })]);
  });
});

describe('effective status of a signed assessment (the demo)', () => {
  let core: Core;
  let demo: DemoResult;
  beforeAll(async () => {
    // Closed by useCores after this block's one test.
    ({ core } = await newCore());
    demo = await buildDemo(core);
  }, 120_000);

  it('signed → 已签发, in the list, in coverage and on import; still 已签发 while revised', async () => {
    const call = client(core);
    const item = await call('register/save', { fields: fields({ title: '城市轨道交通建设规划', category: 'plan' }) });
    expect((await call('register/link', { id: item.id, assessmentId: demo.assessmentId })).status).toBe('signed');
    expect((await call('coverage/get', { year: 2025 })).overall).toMatchObject({ total: 1, signed: 1, submitted: 1, share: 1 });

    // Revising the signed assessment (version 2, not yet signed) keeps it signed once.
    await call('signoff/reopen', { id: demo.assessmentId, reason: '根据反馈修订' });
    const [listed] = await call('register/list', {});
    expect(listed).toMatchObject({ status: 'signed', assessment: { status: 'active', version: 2, everSigned: true } });

    // An import naming the assessment: linked elsewhere → error; once free → linked, with a warning.
    const csv = `标题,类别,起草部门,年度,状态,评价编号\r\n另一个规划,发展规划,市发改委,2025,未评价,${demo.number}\r\n`;
    const preview = await call('register/preview-import', fileInput('r.csv', csv));
    expect(preview.rows[0]!.errors).toEqual([expect.stringContaining('已关联台账条目「城市轨道交通建设规划」')]);
    await call('register/delete', { id: item.id });
    const ok = await call('register/preview-import', fileInput('r.csv', csv));
    expect(ok.rows[0]).toMatchObject({ errors: [], assessmentNumber: demo.number, warnings: [expect.stringContaining('状态以评价为准（已签发）')] });
    expect(await call('register/import', fileInput('r.csv', csv))).toMatchObject({ imported: 1 });
    const [imported] = await call('register/list', {});
    expect(imported).toEqual(expect.objectContaining({ title: '另一个规划', status: 'signed', recordedStatus: 'not-assessed' }));
    // The import's entry names each item; the link shows in the assessment's own trail.
    expect(core.audit.list(undefined, 2000).find((e) => e.action === 'register.import')!.detail).toMatchObject({
      items: [{ row: 2, itemId: imported!.id, title: '另一个规划', assessmentId: demo.assessmentId }],
    });
    expect(core.audit.list(demo.assessmentId, 2000).find((e) => e.action === 'register.link' && (e.detail as { itemId: string }).itemId === imported!.id)).toMatchObject({
      detail: { old: null, new: { assessmentId: demo.assessmentId, number: demo.number }, source: { fileName: 'r.csv', row: 2 } },
    });
    expect(core.audit.verify().ok).toBe(true);
  });
});

describe('coverage settings', () => {
  it('defaults from the seeds; save and reset are audited; the counting rule applies', async () => {
    const { core } = await newCore();
    const call = client(core);
    const defaults = await call('coverage/settings', {});
    expect(defaults.exemptInDenominator).toBe(false);
    expect(defaults.targets.map((t) => t.id)).toEqual(['hz-fyp-overall-40', 'hz-health-fyp-overall-50', 'hz-fyp-plans-projects-80']);

    await call('register/save', { fields: fields({ title: '甲', status: 'signed' }) });
    await call('register/save', { fields: fields({ title: '乙', status: 'exempt', exemptReason: '程序性' }) });
    expect((await call('coverage/get', { year: 2025 })).overall).toMatchObject({ base: 1, share: 1 });

    const mine = { exemptInDenominator: true, targets: [{ ...defaults.targets[0]!, minShare: 0.6 }, { id: 'mine', label: '本区目标', categories: ['plan' as const], minShare: 0.3, targetYear: 2026, source: null }] };
    expect(await call('coverage/save-settings', mine)).toEqual(mine);
    expect(lastAudit(core)).toMatchObject({ action: 'coverage.settings', assessmentId: null, detail: { old: defaults, new: mine } });
    expect(await call('coverage/settings', {})).toEqual(mine);
    const report = await call('coverage/get', { year: 2025 });
    expect(report).toMatchObject({ exemptInDenominator: true, overall: { base: 2, share: 0.5 } });
    expect(report.targets.map((t) => [t.target.id, t.met])).toEqual([['hz-fyp-overall-40', false], ['mine', null]]);

    const before = await counts(core);
    const duplicate = await refusal(core, 'coverage/save-settings', { ...mine, targets: [mine.targets[1], mine.targets[1]] });
    expect(duplicate).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('mine') });
    expect(await counts(core)).toEqual(before);

    expect(await call('coverage/reset-settings', {})).toEqual(defaults);
    expect(lastAudit(core)).toMatchObject({ action: 'coverage.reset', detail: { old: mine } });
    expect(await call('coverage/settings', {})).toEqual(defaults);
  });
});
