import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirFor } from '../../../electron/backup/backup';
import { backupHandlers, resolveBackupName } from '../../../electron/backup/backup-handlers';
import { restoringDispatch } from '../../../electron/backup/restore-host';
import { createCore, type Core } from '../../../electron/core';
import { startCoreThread, type CoreThread } from '../../../electron/core-thread';
import { openDatabase } from '../../../electron/db/connection';
import { useTempDir } from '../../support/temp-dir';
import { TITLES, copyDb, useTemplateDb } from './helpers';

const tempDir = useTempDir();
const template = useTemplateDb();

describe('backup contract handlers', () => {
  it('create, list and validate backups in the backups folder only', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = backupDirFor(dbPath);
    const h = backupHandlers({ db: () => db, backupDir: dir });
    const made = h['backup/create']();
    expect(made).toMatchObject({ reason: 'manual', bytes: expect.any(Number) });
    expect(h['backup/list']()).toEqual([expect.objectContaining({ file: made.file, reason: 'manual' })]);
    expect(h['backup/validate']({ file: path.basename(made.file) })).toMatchObject({ ok: true, assessments: 2 });
    expect(h['backup/validate']({ file: made.file })).toMatchObject({ ok: true });
    for (const file of ['../hia.db', dbPath, '/etc/passwd', path.join(dir, 'notes.txt'), `${dir}/../backups/../hia.db`]) {
      expect(() => h['backup/validate']({ file }), file).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    }
    expect(() => h['backup/restore']()).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    db.close();
  });

  it('resolves a name inside the folder and nothing outside it', () => {
    const dir = tempDir();
    expect(resolveBackupName(dir, 'hia-2026-01-01T00-00-00-000Z-manual.db')).toBe(path.join(dir, 'hia-2026-01-01T00-00-00-000Z-manual.db'));
    expect(() => resolveBackupName(dir, '../hia-2026-01-01T00-00-00-000Z-manual.db')).toThrow(/backups folder/);
  });
});

describe('restore through the host (core closed, restored, started again)', () => {
  async function hostFor(dbPath: string) {
    let core: Core = await createCore({ dbPath, host: 'web' });
    const events: string[] = [];
    const dispatch = restoringDispatch({
      dispatch: () => core.dispatch,
      closeCore: async () => {
        events.push('close');
        core.close();
      },
      startCore: async () => {
        events.push('start');
        core = await createCore({ dbPath, host: 'web' });
      },
      dbPath,
      backupDir: backupDirFor(dbPath),
    });
    return { dispatch, events, core: () => core };
  }

  it('brings back the backed-up data; calls made during the restore wait and see the new data', async () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const made = backupHandlers({ db: () => db, backupDir: backupDirFor(dbPath) })['backup/create']();
    db.close();
    const host = await hostFor(dbPath);
    await host.dispatch('assessment/create', { title: '备份之后登记的', kind: 'plan', department: '规划局' });
    const [restored, listed] = await Promise.all([
      host.dispatch('backup/restore', { file: path.basename(made.file) }),
      host.dispatch('assessment/list', {}),
    ]);
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: made.file, assessments: 2, preRestoreFile: expect.stringContaining('pre-restore') } });
    expect(listed).toMatchObject({ ok: true });
    const titles = (listed as { value: { title: string }[] }).value.map((a) => a.title).sort();
    expect(titles).toEqual([...TITLES].sort());
    expect(host.events).toEqual(['close', 'start']);
    host.core().close();
  });

  it('refuses a bad or outside file, and the app keeps working on its database', async () => {
    const dbPath = copyDb(template(), tempDir());
    const host = await hostFor(dbPath);
    for (const input of [{ file: '../hia.db' }, { file: 'hia-2026-01-01T00-00-00-000Z-manual.db' }, {}, null]) {
      const r = await host.dispatch('backup/restore', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(['BAD_FILE', 'INVALID_INPUT']).toContain(r.error.code);
    }
    expect(await host.dispatch('assessment/list', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ title: TITLES[0] })]) });
    // A refused restore of a missing backup closed and restarted the core, nothing else.
    expect(host.events).toEqual(['close', 'start']);
    host.core().close();
  });

  it('works with the core in a worker thread, as the desktop app and browser mode run it', async () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const made = backupHandlers({ db: () => db, backupDir: backupDirFor(dbPath) })['backup/create']();
    db.close();
    const entry = new URL('../../../bin/core-worker-tsx.js', import.meta.url);
    let thread: CoreThread = await startCoreThread(entry, { dbPath, host: 'web' });
    const dispatch = restoringDispatch({
      dispatch: () => thread.dispatch,
      closeCore: () => thread.close(),
      startCore: async () => {
        thread = await startCoreThread(entry, { dbPath, host: 'web' });
      },
      dbPath,
      backupDir: backupDirFor(dbPath),
    });
    await dispatch('assessment/create', { title: '备份之后登记的', kind: 'plan', department: '规划局' });
    expect(await dispatch('backup/restore', { file: made.file })).toMatchObject({ ok: true });
    const listed = await dispatch('assessment/list', {});
    expect(listed.ok && (listed.value as { title: string }[]).map((a) => a.title).sort()).toEqual([...TITLES].sort());
    await thread.close();
  }, 30_000);
});
