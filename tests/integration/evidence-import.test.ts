import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { useTempDir } from '../support/temp-dir';

const FIXTURES = path.resolve('tests/fixtures/documents');
const base64 = (name: string) => fs.readFileSync(path.join(FIXTURES, name)).toString('base64');
let core: Core;

beforeAll(async () => {
  core = await createCore({ dbPath: ':memory:', host: 'web' });
});
afterAll(() => core.close());

describe('importing documents into the evidence base (through the contract)', () => {
  it('imports a GBK text so its passages are searchable and cited', async () => {
    const r = await core.dispatch('evidence/import', { fileName: 'draft.gbk.txt', dataBase64: base64('draft.gbk.txt') });
    expect(r).toMatchObject({ ok: true, value: { origin: 'import', format: 'txt' } });
    if (!r.ok) return;
    const doc = r.value as { id: string; passageCount: number };
    expect(doc.passageCount).toBeGreaterThan(5);
    const hits = core.evidence.search('渣土车辆 密闭运输').passages.filter((p) => p.source.document === doc.id);
    expect(hits.length).toBeGreaterThan(0);
    // The citation points at lines of the imported text that contain the passage.
    const source = core.evidence.store.sourceText(doc.id).split('\n');
    const cited = source.slice(hits[0]!.source.lineStart - 1, hits[0]!.source.lineEnd).join('');
    expect(cited).toContain('渣土');
  });

  it('refuses the same document again in another format (DOCX, PDF), changing nothing', async () => {
    const before = core.evidence.store.passageCount();
    for (const name of ['draft.docx', 'draft.pdf', 'draft.utf16le.txt']) {
      const r = await core.dispatch('evidence/import', { fileName: name, dataBase64: base64(name) });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/已在证据库中/) } });
    }
    expect(core.evidence.store.passageCount()).toBe(before);
  });

  it('refuses bad files with a bilingual message and leaves the index unchanged', async () => {
    const before = core.evidence.store.passageCount();
    const docs = core.evidence.store.listDocuments().length;
    for (const name of ['corrupt.docx', 'encrypted.pdf', 'image-only.pdf', 'not-really.txt', 'empty.txt', 'mixed-invalid.txt']) {
      const r = await core.dispatch('evidence/import', { fileName: `../../${name}`, dataBase64: base64(name) });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
      if (!r.ok) {
        expect(r.error.message, name).toMatch(/[\u4e00-\u9fff][\s\S]* \/ \W?[A-Za-z]/);
        expect(r.error.message).not.toContain('../');
      }
    }
    expect(core.evidence.store.passageCount()).toBe(before);
    expect(core.evidence.store.listDocuments()).toHaveLength(docs);
  });

  it('removes an imported document but never a seed', async () => {
    const imported = core.evidence.store.listDocuments().find((d) => d.origin === 'import')!;
    expect(await core.dispatch('evidence/remove', { id: '001' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('evidence/remove', { id: imported.id })).toMatchObject({ ok: true });
    expect(core.evidence.search('渣土车辆 密闭运输').passages.some((p) => p.source.document === imported.id)).toBe(false);
  });
});

describe('hia evidence and hia screen on files', () => {
  const tempDir = useTempDir();

  it('imports, lists and removes from the command line, and screens any format alike', () => {
    const db = path.join(tempDir(), 'hia.db');
    const hia = (...args: string[]) => execFileSync(process.execPath, ['bin/hia.js', '--db', db, ...args], { encoding: 'utf8' });
    const [imported] = JSON.parse(hia('evidence', 'import', path.join(FIXTURES, 'draft.docx'), '--json')) as { ok: boolean; id: string }[];
    expect(imported!.ok).toBe(true);
    const listed = JSON.parse(hia('evidence', 'list', '--json')) as { id: string }[];
    expect(listed.map((d) => d.id)).toContain(imported!.id);
    expect(hia('evidence', 'remove', imported!.id)).toContain(imported!.id);

    const screens = ['draft.utf8.txt', 'draft.gbk.txt', 'draft.docx', 'draft.pdf'].map(
      (f) => JSON.parse(hia('screen', path.join(FIXTURES, f), '--json')) as { determinants: { id: string }[] },
    );
    const ids = screens.map((s) => s.determinants.map((d) => d.id).join(','));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toContain('noise-vibration');
  });
});
