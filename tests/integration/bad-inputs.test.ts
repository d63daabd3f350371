/**
 * The bad-input corpus (tests/fixtures/bad/README.md) through the contract, as the renderer
 * would send it: every refusal is a typed error with a Chinese and an English message, the core
 * keeps answering, and a hash of every table's rows is the same before and after. Input that
 * only looks hostile (script tags, SQL) is valid and must be stored and read back literally.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { importEvidenceDocument } from '../../electron/evidence/import-document';
import { encodePackage } from '../../electron/panel/package-codec';
import type { Result } from '../../shared/contract';
import { useTempDir } from '../support/temp-dir';

const BAD = path.resolve('tests/fixtures/bad');
const DRAFT = fs.readFileSync('tests/fixtures/documents/draft.utf8.txt', 'utf8');
const tempDir = useTempDir();
let core: Core;
let dbPath: string;
let id: string; // an assessment at the scoring stage, with a panel member
let memberId: string;

const call = async <T = unknown>(channel: string, input: unknown): Promise<T> => {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
};
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const item = (over: Record<string, unknown> = {}) => ({ determinantId: 'noise-vibration', phase: 'all', direction: 'negative', likelihood: 3, severity: 2, ...over });

/** Every table's rows (FTS shadow tables included), hashed: any change anywhere shows. */
function snapshot(): Record<string, string> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
    return Object.fromEntries(
      tables.map((t) => {
        // An unchanged table reads back in the same order, so rows are hashed as they come.
        const hash = createHash('sha256');
        let count = 0;
        for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate() as Iterable<unknown[]>) {
          count += 1;
          for (const v of row) hash.update(Buffer.isBuffer(v) ? v : `${typeof v}:${String(v)}`).update('\u0001');
        }
        return [t, `${count}:${hash.digest('hex').slice(0, 16)}`];
      }),
    );
  } finally {
    db.close();
  }
}

/** Runs the calls, expecting each refused with `code` and a bilingual message; the DB must not change. */
async function expectAllRefused(cases: [label: string, channel: string, input: unknown, code: string][]) {
  const before = snapshot();
  for (const [label, channel, input, code] of cases) {
    const r: Result<unknown> = await core.dispatch(channel, input);
    expect(r.ok, label).toBe(false);
    if (r.ok) continue;
    expect(r.error.code, `${label}: ${r.error.message}`).toBe(code);
    expect(r.error.message, label).toMatch(/\p{Script=Han}.* \/ .*[A-Za-z]{3,}/su);
    expect(r.error.message, label).not.toMatch(/\.\.[\\/]/);
  }
  expect(snapshot()).toEqual(before);
}

beforeAll(async () => {
  dbPath = path.join(fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'hia-bad-')), 'hia.db');
  core = await createCore({ dbPath, host: 'web' });
  ({ id } = await call<{ id: string }>('assessment/create', { title: '城市轨道交通建设规划', kind: 'plan', department: '发改委', draftText: DRAFT }));
  const answers = Object.fromEntries(Array.from({ length: 10 }, (_, q) => [String(q + 1), { answer: 'no', suggested: 'no', reason: '', note: '' }]));
  await call('workflow/advance', { id });
  await call('workflow/save', { id, stage: 'screening', data: { answers, impactLevel: 'mild', fullAssessment: true, note: '' } });
  await call('workflow/advance', { id });
  await call('workflow/save', { id, stage: 'scoping', data: { determinants: [{ id: 'noise-vibration', origin: 'suggested' }], groups: [], phases: [] } });
  await call('workflow/advance', { id });
  await call('workflow/save', { id, stage: 'scoring', data: { items: [item()] } });
  const panel = await call<{ members: { id: string }[] }>('panel/save-member', { id, member: { name: '张专家', role: 'leader' } });
  memberId = panel.members[0]!.id;
  await call('evidence/import', { fileName: 'draft.utf8.txt', dataBase64: b64(DRAFT) });
}, 60_000);
afterAll(() => {
  core.close();
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
});

describe('evidence/import of bad files', () => {
  const files: [name: string, reason: string][] = [
    ['truncated.docx', 'corrupt-docx'],
    ['damaged-xml.docx', 'corrupt-docx'],
    ['zip-not-docx.docx', 'corrupt-docx'],
    ['text-named.docx', 'corrupt-docx'],
    ['encrypted.pdf', 'encrypted-pdf'],
    ['image-only.pdf', 'image-only-pdf'],
    ['fake.pdf', 'corrupt-pdf'],
    ['binary.txt', 'binary'],
    ['mixed-encodings.txt', 'bad-encoding'],
    ['empty.txt', 'empty'],
    ['whitespace-only.txt', 'no-text'],
  ];

  it('refuses each with its reason, under plain and path-like names, changing nothing', async () => {
    const cases: [string, string, unknown, string][] = [];
    for (const [name] of files) {
      for (const fileName of [name, `../../${name}`, `C:\\Users\\x\\..\\..\\${name}`, `\u202e${name}`]) {
        cases.push([fileName, 'evidence/import', { fileName, dataBase64: b64(fs.readFileSync(path.join(BAD, name))) }, 'BAD_FILE']);
      }
    }
    await expectAllRefused(cases);
    for (const [name, reason] of files) {
      const r = await core.dispatch('evidence/import', { fileName: `../../${name}`, dataBase64: b64(fs.readFileSync(path.join(BAD, name))) });
      expect(r, name).toMatchObject({ ok: false, error: { details: { reason } } });
      if (!r.ok) expect(r.error.message).toContain(`「${name}」`); // the base name only
    }
  });

  it('refuses a 50 MB text by its size, in the contract and in the file reader', async () => {
    const file = path.join(tempDir(), 'huge.txt');
    const line = Buffer.from('施工噪声和扬尘控制要求，夜间施工须经许可。\n');
    fs.writeFileSync(file, Buffer.concat(Array.from({ length: Math.ceil((50 * 1024 * 1024) / line.length) }, () => line)));
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    await expectAllRefused([['50 MB', 'evidence/import', { fileName: 'huge.txt', dataBase64: b64(bytes) }, 'INVALID_INPUT']]);
    const r = await core.dispatch('evidence/import', { fileName: 'huge.txt', dataBase64: b64(bytes) });
    expect(JSON.stringify(r)).toMatch(/文件过大（上限 20 MB） \/ File too large \(20 MB max\)/);
    // The CLI and drag-and-drop read files directly: the reader refuses by size with BAD_FILE.
    await expect(importEvidenceDocument(core.evidence, bytes, 'huge.txt')).rejects.toMatchObject({
      code: 'BAD_FILE',
      details: { reason: 'too-large' },
      message: expect.stringMatching(/「huge\.txt」过大（50 MB），超过 20 MB 的上限.* \/ .*too large \(50 MB\); the limit is 20 MB/),
    });
    // Just over the limit passes the transport check and is refused by the reader, by size.
    const over = bytes.subarray(0, 20 * 1024 * 1024 + 1);
    await expectAllRefused([['20 MB + 1', 'evidence/import', { fileName: 'over.txt', dataBase64: b64(over) }, 'BAD_FILE']]);
  }, 60_000);

  it('refuses malformed requests: not base64, empty or overlong names', async () => {
    const ok = b64(DRAFT);
    await expectAllRefused([
      ['not base64', 'evidence/import', { fileName: 'a.txt', dataBase64: '%%% not base64 %%%' }, 'INVALID_INPUT'],
      ['empty name', 'evidence/import', { fileName: '  ', dataBase64: ok }, 'INVALID_INPUT'],
      ['long name', 'evidence/import', { fileName: `${'长'.repeat(256)}.txt`, dataBase64: ok }, 'INVALID_INPUT'],
      ['no data', 'evidence/import', { fileName: 'a.txt' }, 'INVALID_INPUT'],
      ['title too long', 'evidence/import', { fileName: 'a.txt', dataBase64: ok, title: 'x'.repeat(201) }, 'INVALID_INPUT'],
    ]);
  });
});

describe('assessment fields', () => {
  const valid = { title: '控烟条例', kind: 'policy', department: '卫健委' };

  it('refuses oversized, missing and mistyped fields on create and update, changing nothing', async () => {
    await expectAllRefused([
      ['title 201', 'assessment/create', { ...valid, title: '题'.repeat(201) }, 'INVALID_INPUT'],
      ['blank title', 'assessment/create', { ...valid, title: ' \t\u3000 ' }, 'INVALID_INPUT'],
      ['department 101', 'assessment/create', { ...valid, department: '部'.repeat(101) }, 'INVALID_INPUT'],
      ['contact 101', 'assessment/create', { ...valid, contact: 'c'.repeat(101) }, 'INVALID_INPUT'],
      ['draft 1e6+1', 'assessment/create', { ...valid, draftText: 'x'.repeat(1_000_001) }, 'INVALID_INPUT'],
      ['kind', 'assessment/create', { ...valid, kind: 'law' }, 'INVALID_INPUT'],
      ['title number', 'assessment/create', { ...valid, title: 42 }, 'INVALID_INPUT'],
      ['extra key', 'assessment/create', { ...valid, status: 'signed' }, 'INVALID_INPUT'],
      ['__proto__', 'assessment/create', JSON.parse('{"title":"t","kind":"plan","department":"d","__proto__":{"polluted":1}}'), 'INVALID_INPUT'],
      ['array', 'assessment/create', [valid], 'INVALID_INPUT'],
      ['update 201', 'assessment/update', { id, changes: { title: '题'.repeat(201) } }, 'INVALID_INPUT'],
      ['update blank', 'assessment/update', { id, changes: { department: '' } }, 'INVALID_INPUT'],
      ['bad id', 'assessment/update', { id: "1' OR '1'='1", changes: {} }, 'INVALID_INPUT'],
      ['stale', 'assessment/update', { id, changes: { contact: 'x' }, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' }, 'CONFLICT'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores script tags, SQL and control characters literally and reads them back identically', async () => {
    const hostile = {
      title: `<script>alert("x")</script>'); DROP TABLE assessment;--`,
      kind: 'project',
      department: `" OR 1=1 -- <img src=x onerror=alert(1)>`,
      contact: '100% a_b \\ ../../x',
      draftText: `${fs.readFileSync(path.join(BAD, 'script-and-sql.txt'), 'utf8')}\u0000NUL \u202e RTL 😷 ${'<b>'.repeat(1000)}`,
    };
    const created = await call<typeof hostile & { id: string }>('assessment/create', hostile);
    expect(created).toMatchObject(hostile);
    expect(await call('assessment/get', { id: created.id })).toMatchObject(hostile);
    // LIKE wildcards in a search are literal: '_' matches no title, instead of every one.
    const found = await call<{ id: string }[]>('assessment/list', { search: '_' });
    expect(found.map((a) => a.id)).toEqual([]);
    expect((await call<{ id: string }[]>('assessment/list', { search: 'DROP TABLE' })).map((a) => a.id)).toEqual([created.id]);
    await call('assessment/delete', { id: created.id });
  });

  // Regression: zod 4 applied the fields' .default('') inside .partial(), so an update naming
  // only the title erased contact and draft text (fixed with AssessmentChanges).
  it('keeps the fields an update does not name', async () => {
    const a = await call<{ id: string }>('assessment/create', { ...valid, contact: '王五', draftText: '草案正文' });
    const updated = await call('assessment/update', { id: a.id, changes: { title: '新标题' } });
    expect(updated).toMatchObject({ title: '新标题', contact: '王五', draftText: '草案正文' });
    await call('assessment/delete', { id: a.id });
  });

  // Regression: a lone UTF-16 surrogate was silently stored as U+FFFD.
  it('refuses text with lone surrogates rather than altering it', async () => {
    await expectAllRefused([['lone surrogate', 'assessment/create', { ...valid, title: 'x\ud800y' }, 'INVALID_INPUT']]);
  });
});

describe('workflow/save with invalid scores', () => {
  it('refuses non-integer, out-of-range, mistyped and oversized scores, changing nothing', async () => {
    const scoring = (items: unknown) => ({ id, stage: 'scoring', data: { items } });
    const cases: [string, string, unknown, string][] = [0, -1, 2.5, '3', NaN, Infinity, 11, 1e308, true, [3], { v: 3 }].map((v) => [
      `likelihood ${String(v)}`,
      'workflow/save',
      scoring([item({ likelihood: v })]),
      'INVALID_INPUT',
    ]);
    cases.push(
      ['severity 0', 'workflow/save', scoring([item({ severity: 0 })]), 'INVALID_INPUT'],
      ['601 items', 'workflow/save', scoring(Array.from({ length: 601 }, () => item())), 'INVALID_INPUT'],
      ['51 evidence', 'workflow/save', scoring([item({ evidence: Array.from({ length: 51 }, (_, i) => i + 1) })]), 'INVALID_INPUT'],
      ['rationale 5001', 'workflow/save', scoring([item({ rationale: 'r'.repeat(5001) })]), 'INVALID_INPUT'],
      ['direction', 'workflow/save', scoring([item({ direction: 'catastrophic' })]), 'INVALID_INPUT'],
      ['phase', 'workflow/save', scoring([item({ phase: 'forever' })]), 'INVALID_INPUT'],
      ['empty determinant', 'workflow/save', scoring([item({ determinantId: '' })]), 'INVALID_INPUT'],
      ['extra key', 'workflow/save', scoring([item({ weight: 99 })]), 'INVALID_INPUT'],
      ['items not array', 'workflow/save', scoring('all of them'), 'INVALID_INPUT'],
      ['data null', 'workflow/save', { id, stage: 'scoring', data: null }, 'INVALID_INPUT'],
      ['unknown stage', 'workflow/save', { id, stage: 'signoff', data: {} }, 'INVALID_INPUT'],
      ['201 determinants', 'workflow/save', { id, stage: 'scoping', data: { determinants: Array.from({ length: 201 }, (_, i) => ({ id: `d${i}`, origin: 'added' })) } }, 'INVALID_INPUT'],
      ['panel 601', 'panel/save-ratings', { id, memberId, items: Array.from({ length: 601 }, () => item()) }, 'INVALID_INPUT'],
      ['panel 2.5', 'panel/save-ratings', { id, memberId, items: [item({ severity: 2.5 })] }, 'INVALID_INPUT'],
    );
    await expectAllRefused(cases);
    const view = await call<{ data: { scoring: { items: unknown[] } } }>('workflow/get', { id });
    expect(view.data.scoring.items).toEqual([expect.objectContaining({ likelihood: 3, severity: 2 })]);
  });

  // Regression: ratings 6–10 passed the schema (which allows longer scales) although the
  // scheme's scales are 1–5; saves now check the scheme.
  it('refuses ratings above the rating scheme (likelihood 6 on a 1–5 scale)', async () => {
    await expectAllRefused([
      ['likelihood 6', 'workflow/save', { id, stage: 'scoring', data: { items: [item({ likelihood: 6 })] } }, 'INVALID_INPUT'],
      ['panel severity 10', 'panel/save-ratings', { id, memberId, items: [item({ severity: 10 })] }, 'INVALID_INPUT'],
    ]);
  });
});

describe('review packages that are not what they claim', () => {
  it('refuses bad files on import and open, changing nothing', async () => {
    const read = (name: string) => fs.readFileSync(path.join(BAD, name), 'utf8');
    const names = ['not-json.hiapkg', 'truncated-response.hiapkg', 'tampered-response.hiapkg', 'request-not-response.hiapkg', 'newer-format.hiapkg', 'other-json.hiapkg'];
    const member = { id: memberId, name: '张专家', organisation: '', field: '', role: 'leader' as const };
    const response = (ratings: unknown[], assessmentId = id) =>
      encodePackage({
        format: 'hia-review-package', schemaVersion: 1, type: 'response', packageId: crypto.randomUUID(), requestId: crypto.randomUUID(),
        assessmentId, assessmentNumber: 'HIA-X', assessmentVersion: 1, round: 1, member, createdAt: new Date().toISOString(),
        content: { ratings, comment: '' },
      });
    await expectAllRefused([
      ...names.map((n): [string, string, unknown, string] => [n, 'panel/import-response', { id, content: read(n) }, 'BAD_FILE']),
      ...names.map((n): [string, string, unknown, string] => [`open ${n}`, 'review/open', { content: read(n) }, 'BAD_FILE']),
      ['binary', 'panel/import-response', { id, content: fs.readFileSync(path.join(BAD, 'binary.txt')).toString('latin1') }, 'BAD_FILE'],
      ['likelihood 0', 'panel/import-response', { id, content: response([item({ likelihood: 0 })]) }, 'BAD_FILE'],
      ['other assessment', 'panel/import-response', { id, content: response([item()], crypto.randomUUID()) }, 'BAD_FILE'],
      ['outside scope', 'panel/import-response', { id, content: response([item({ determinantId: 'air-quality' })]) }, 'BAD_FILE'],
      ['empty', 'panel/import-response', { id, content: '' }, 'INVALID_INPUT'],
      ['20 MB + 1', 'panel/import-response', { id, content: 'x'.repeat(20 * 1024 * 1024 + 1) }, 'INVALID_INPUT'],
    ]);
  });
});

describe('after all of it', () => {
  it('imports hostile-looking text literally under a path-like name, and the core still answers', async () => {
    const bytes = fs.readFileSync(path.join(BAD, 'script-and-sql.txt'));
    const doc = await call<{ id: string; fileName: string }>('evidence/import', { fileName: '../../evil/script-and-sql.txt', dataBase64: b64(bytes) });
    expect(doc.fileName).toBe('script-and-sql.txt');
    expect(core.evidence.store.sourceText(doc.id)).toBe(bytes.toString('utf8'));
    expect(await core.dispatch('app/info', {})).toMatchObject({ ok: true });
    expect(core.audit.verify()).toMatchObject({ ok: true });
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
