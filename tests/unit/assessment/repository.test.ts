import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { AppError } from '../../../shared/errors';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const draft = {
  title: '关于推进城市轨道交通建设的实施方案',
  kind: 'plan' as const,
  department: '市发展和改革委员会',
  contact: '',
  draftText: '施工期间加强噪声与扬尘管控。',
};

function fixedClock(start = Date.parse('2026-01-01T08:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('assessment repository (real SQLite file)', () => {
  it('creates, lists, updates and deletes, and keeps data across a restart', async () => {
    const dbPath = path.join(tempDir(), 'hia.db');
    const core = await createCore({ dbPath, host: 'web', clock: fixedClock() });
    const created = core.assessments.create(draft);
    expect(created).toMatchObject({ ...draft, createdAt: '2026-01-01T08:00:01.000Z' });
    expect(core.assessments.list()).toEqual([expect.objectContaining({ id: created.id, draftLength: draft.draftText.length })]);
    core.close();

    const reopened = await createCore({ dbPath, host: 'web', clock: fixedClock(Date.parse('2026-02-01T00:00:00.000Z')) });
    expect(reopened.assessments.get(created.id)).toEqual(created);
    const updated = reopened.assessments.update(created.id, { title: '修改后的标题' }, created.updatedAt);
    expect(updated.title).toBe('修改后的标题');
    expect(updated.draftText).toBe(draft.draftText);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(reopened.assessments.delete(created.id)).toEqual({ id: created.id });
    expect(reopened.assessments.list()).toEqual([]);
    reopened.close();
  });

  it('refuses a stale update (CONFLICT) and keeps the newer save', async () => {
    const core = await createCore({ dbPath: ':memory:', host: 'web', clock: fixedClock() });
    const a = core.assessments.create(draft);
    const first = core.assessments.update(a.id, { contact: '张三' }, a.updatedAt);
    expect(() => core.assessments.update(a.id, { contact: '李四' }, a.updatedAt)).toThrow(AppError);
    expect(core.assessments.get(a.id).contact).toBe(first.contact);
    core.close();
  });

  it('rejects an update that would make the record invalid, leaving it unchanged', async () => {
    const core = await createCore({ dbPath: ':memory:', host: 'web' });
    const a = core.assessments.create(draft);
    expect(() => core.assessments.update(a.id, { title: '   ' })).toThrow();
    expect(core.assessments.get(a.id)).toEqual(a);
    core.close();
  });

  it('treats search text literally: quotes, wildcards and SQL are data', async () => {
    const core = await createCore({ dbPath: ':memory:', host: 'web' });
    core.assessments.create({ ...draft, title: "100%_达标 '; DROP TABLE assessment; --" });
    core.assessments.create({ ...draft, title: '另一个方案' });
    expect(core.assessments.list('%').map((r) => r.title)).toEqual(["100%_达标 '; DROP TABLE assessment; --"]);
    expect(core.assessments.list('_')).toHaveLength(1);
    expect(core.assessments.list("'; DROP TABLE assessment; --")).toHaveLength(1);
    expect(core.assessments.list('发展和改革')).toHaveLength(2);
    expect(core.assessments.list('不存在')).toHaveLength(0);
    core.close();
  });

  it('reports NOT_FOUND for a missing id on get, update and delete', async () => {
    const core = await createCore({ dbPath: ':memory:', host: 'web' });
    const id = '00000000-0000-4000-8000-000000000000';
    for (const f of [() => core.assessments.get(id), () => core.assessments.update(id, {}), () => core.assessments.delete(id)]) {
      expect(f).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
    core.close();
  });
});
