import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCoreThread } from '../../electron/core-thread';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const entry = new URL('../../bin/core-worker-tsx.js', import.meta.url);

describe('core in a worker thread', () => {
  it('answers contract calls through the same dispatcher and keeps data on disk', async () => {
    const dbPath = path.join(tempDir(), 'hia.db');
    const core = await startCoreThread(entry, { dbPath, host: 'web' });
    const created = await core.dispatch('assessment/create', { title: '绿道建设规划', kind: 'plan', department: '园文局' });
    expect(created).toMatchObject({ ok: true });
    const [search, bad] = await Promise.all([
      core.dispatch('evidence/search', { query: '控烟' }),
      core.dispatch('assessment/create', { title: '' }),
    ]);
    expect(search).toMatchObject({ ok: true, value: { passages: expect.any(Array) } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await core.close();
    expect(fs.existsSync(dbPath)).toBe(true);
    const again = await startCoreThread(entry, { dbPath, host: 'web' });
    const list = await again.dispatch('assessment/list', {});
    expect(list).toMatchObject({ ok: true, value: [{ title: '绿道建设规划' }] });
    await again.close();
  });

  it('reports a database it cannot open as a typed error', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'hia.db');
    const first = await startCoreThread(entry, { dbPath, host: 'web' });
    await first.close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(dbPath);
    raw.pragma('user_version = 999');
    raw.close();
    await expect(startCoreThread(entry, { dbPath, host: 'web' })).rejects.toMatchObject({ code: 'DB_TOO_NEW' });
  });
});
