/**
 * Importing and exporting the register through the contract, on real SQLite files: a
 * generated 200-row register with 15 bad rows in three encodings and as XLSX, refused files,
 * atomicity, the export → import round trip, the formula guard, and the 10,000-row time.
 */
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { STATUS_NAMES_ZH, type RegisterCategory, type RegisterStatus } from '../../../shared/register/register';
import { REGISTER_CATEGORIES } from '../../../shared/register/register';
import { HEADER, csvGbk, csvUtf8Bom, generateRegister, toCsv, xlsx, type GeneratedRow } from '../../fixtures/register/generate-register';
import { client, counts, fileInput, refusal, useCores } from './helpers';

const newCore = useCores();
const generated = generateRegister(200);
const good = generated.rows.filter((r) => r.bad === null);
const bad = generated.rows.filter((r) => r.bad !== null);

/** Coverage counted straight from what the generator meant, not through the importer. */
function expectedCounts(rows: readonly GeneratedRow[]) {
  const n = (s: RegisterStatus) => rows.filter((r) => r.status === s).length;
  const submitted = n('in-progress') + n('signed');
  const base = rows.length - n('exempt');
  return { total: rows.length, notAssessed: n('not-assessed'), inProgress: n('in-progress'), signed: n('signed'), exempt: n('exempt'), submitted, base, share: base === 0 ? null : submitted / base };
}

const FORMATS: [string, string, () => Promise<Buffer> | Buffer][] = [
  ['UTF-8 CSV with BOM', 'register.csv', () => csvUtf8Bom(generated.table)],
  ['UTF-8 CSV without BOM', 'register.csv', () => Buffer.from(toCsv(generated.table), 'utf8')],
  ['GBK CSV (Excel on Chinese Windows)', '台账.csv', () => csvGbk(generated.table)],
  ['UTF-16 tab-separated (Excel "Unicode text")', 'register.txt', () =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(generated.table.map((r) => r.join('\t')).join('\r\n'), 'utf16le')])],
  ['XLSX', 'register.xlsx', () => xlsx(generated.table)],
];

describe('importing a 200-row register with 15 bad rows', () => {
  it.each(FORMATS)('%s: preview, import, then coverage for 2025 matches a count by hand', async (_label, name, bytes) => {
    const { core } = await newCore();
    const call = client(core);
    const file = fileInput(name, await bytes());
    const before = await counts(core);

    const preview = await call('register/preview-import', file);
    expect(preview).toMatchObject({ valid: 185, invalid: 15, ignoredColumns: ['序号'] });
    expect(preview.columns).toEqual({
      title: '名称', category: '文件类别', department: '牵头部门', year: '年度', status: '评价状态', exemptReason: '豁免原因', note: '备注', assessmentNumber: '评价编号',
    });
    expect(preview.rows.map((r) => r.row)).toEqual(generated.rows.map((r) => r.row));
    for (const r of bad) {
      const checked = preview.rows.find((p) => p.row === r.row)!;
      expect(checked.item, `row ${r.row}`).toBeNull();
      expect(checked.errors.join('\n'), `row ${r.row}`).toContain(r.bad);
    }
    for (const r of good) {
      const checked = preview.rows.find((p) => p.row === r.row)!;
      expect(checked.errors, `row ${r.row}`).toEqual([]);
      expect(checked.item, `row ${r.row}`).toMatchObject({ category: r.category, department: r.department, year: r.year, status: r.status });
    }
    expect(await counts(core)).toEqual(before); // a preview writes nothing

    const result = await call('register/import', file);
    expect(result).toMatchObject({ imported: 185, skipped: 15 });
    expect(result.rejected.map((r) => r.row)).toEqual(bad.map((r) => r.row));
    expect(await counts(core)).toEqual({ items: 185, audit: before.audit + 1 });
    const [entry] = core.audit.list(undefined, 1);
    expect(entry).toMatchObject({ action: 'register.import', assessmentId: null, detail: { imported: 185, rejected: 15, rejectedRows: bad.map((r) => r.row) } });

    const report = await call('coverage/get', { year: 2025 });
    const y2025 = good.filter((r) => r.year === 2025);
    expect(report.overall).toEqual(expectedCounts(y2025));
    for (const c of REGISTER_CATEGORIES) {
      expect(report.byCategory.find((b) => b.category === c), c).toMatchObject(expectedCounts(y2025.filter((r) => r.category === (c as RegisterCategory))));
    }
    for (const d of report.byDepartment) expect(d, d.department).toMatchObject(expectedCounts(y2025.filter((r) => r.department === d.department)));
    expect(report.byYear.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    for (const y of report.byYear) expect(y).toMatchObject(expectedCounts(good.filter((r) => r.year === y.year)));
    // The seeds' 40% target for everything in 2025.
    const overall40 = report.targets.find((t) => t.target.id === 'hz-fyp-overall-40')!;
    expect(overall40.met).toBe(expectedCounts(y2025).share! >= 0.4);
  });

  it('the same rows come out of every format', async () => {
    const { core } = await newCore();
    const call = client(core);
    const items = [];
    for (const [, name, bytes] of FORMATS) {
      const preview = await call('register/preview-import', fileInput(name, await bytes()));
      items.push(preview.rows.map((r) => [r.row, r.item, r.errors]));
    }
    for (const other of items.slice(1)) expect(other).toEqual(items[0]);
  });

  it('imports a second time as nothing: every row is already in the register or was bad', async () => {
    const { core } = await newCore();
    const call = client(core);
    const file = fileInput('register.csv', csvUtf8Bom(generated.table));
    await call('register/import', file);
    const audit = (await counts(core)).audit;
    const again = await call('register/import', file);
    expect(again).toMatchObject({ imported: 0, skipped: 200 });
    expect(again.rejected.find((r) => r.row === good[0]!.row)!.errors).toEqual([expect.stringContaining('台账中已有')]);
    expect(await counts(core)).toEqual({ items: 185, audit }); // nothing written, nothing audited
  });
});

describe('refused files write nothing', () => {
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  const cases: [string, string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['binary junk', 'junk.csv', () => junk, /二进制/],
    ['an empty file', 'empty.csv', () => Buffer.alloc(0), /空的/],
    ['a CSV without a header', 'no-header.csv', () => Buffer.from('关于某事,规范性文件,市某局,2025\n另一件,其他,市某局,2025\n'), /找不到表头/],
    ['a header and no rows', 'header-only.csv', () => Buffer.from('标题,类别,起草部门,年度\r\n,,,\r\n'), /没有数据行/],
    ['an .xlsx that is really text', 'text.xlsx', () => Buffer.from('标题,类别\n某,其他\n'), /扩展名是 \.xlsx，但内容不是 Excel/],
    ['a truncated .xlsx', 'cut.xlsx', async () => (await xlsx(generated.table)).subarray(0, 1500), /已损坏或不完整/],
    ['a Word document', 'draft.docx', () => Buffer.from('PK\u0003\u0004 not a workbook'), /已损坏|不是 CSV/],
    ['a PDF', 'report.pdf', () => Buffer.from('%PDF-1.7\n...'), /不是 CSV 或 XLSX/],
    ['a legacy .xls', 'old.xls', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /旧版 Excel/],
    ['an unmatched quote', 'quote.csv', () => Buffer.from('标题,类别\r\n"未闭合,其他\r\n'), /引号不成对/],
    ['more than 10,000 rows', 'huge.csv', () => Buffer.from(`标题,类别,起草部门,年度\n${Array.from({ length: 10_001 }, (_, i) => `第${i}项,其他,市某局,2025`).join('\n')}`), /10001 行数据，超过每次导入 10000 行/],
  ];

  it.each(cases)('%s → BAD_FILE', async (_label, name, bytes, message) => {
    const { core } = await newCore();
    await client(core)('register/save', { fields: { title: '已有条目', category: 'other', department: '市某局', year: 2025, status: 'not-assessed', exemptReason: '', note: '' } });
    const before = await counts(core);
    for (const channel of ['register/preview-import', 'register/import'] as const) {
      const error = await refusal(core, channel, fileInput(name, await bytes()));
      expect(error.code, channel).toBe('BAD_FILE');
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/ \/ [A-Z"]/); // bilingual
    }
    expect(await counts(core)).toEqual(before);
  });
});

describe('an import is one transaction', () => {
  it('a failure on row 150 leaves no row and no audit entry behind', async () => {
    const { core, dbPath } = await newCore();
    const before = await counts(core);
    // A trigger stands in for any failure mid-insert (disk full, a constraint we missed).
    const side = new Database(dbPath);
    side.exec(`CREATE TRIGGER fail_on_row BEFORE INSERT ON register_item WHEN new.title = '关于推进第150项工作的实施意见'
               BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);
    side.close();
    // The dispatcher logs the SQLite error (stderr) and answers INTERNAL.
    const error = await refusal(core, 'register/import', fileInput('register.csv', csvUtf8Bom(generated.table)));
    expect(error.code).toBe('INTERNAL');
    expect(await counts(core)).toEqual(before);
  });
});

describe('export', () => {
  const fields = (over: Record<string, unknown>) => ({ category: 'normative', department: '市卫健委', year: 2025, status: 'not-assessed', exemptReason: '', note: '', ...over }) as never;

  it('exports what imports back: into a new register the same items, into the same one nothing', async () => {
    const { core } = await newCore();
    const call = client(core);
    await call('register/import', fileInput('register.csv', csvUtf8Bom(generated.table)));
    const items = await call('register/list', {});
    const shape = (list: typeof items) => list.map((i) => [i.title, i.category, i.department, i.year, i.status, i.exemptReason, i.note]);

    for (const format of ['csv', 'xlsx'] as const) {
      const out = await call('register/export', { format });
      expect(out.fileName).toBe(`健康影响评价台账.${format}`);
      const again = await call('register/preview-import', out);
      expect(again).toMatchObject({ valid: 0, invalid: 185 });
      expect(again.rows.every((r) => r.errors.length === 1 && r.errors[0]!.startsWith('台账中已有'))).toBe(true);

      const { core: fresh } = await newCore();
      expect(await client(fresh)('register/import', out)).toMatchObject({ imported: 185, skipped: 0 });
      expect(shape(await client(fresh)('register/list', {}))).toEqual(shape(items));
    }
  });

  it('filters by year and names the file after it', async () => {
    const { core } = await newCore();
    const call = client(core);
    await call('register/import', fileInput('register.csv', csvUtf8Bom(generated.table)));
    const out = await call('register/export', { format: 'xlsx', filter: { year: 2024 } });
    expect(out.fileName).toBe('健康影响评价台账-2024.xlsx');
    const [sheet] = await readXlsxFile(Buffer.from(out.dataBase64, 'base64'));
    expect(sheet!.data[0]).toEqual(['标题', '类别', '起草部门', '年度', '状态', '豁免理由', '评价编号', '备注']);
    expect(sheet!.data.slice(1).every((r) => r[3] === 2024)).toBe(true);
    expect(sheet!.data.length - 1).toBe(good.filter((r) => r.year === 2024).length);
  });

  it('CSV: UTF-8 with BOM, CRLF, quoted where needed; formulas guarded in CSV, plain text in XLSX; both read back the same', async () => {
    const { core } = await newCore();
    const call = client(core);
    await call('register/save', { fields: fields({ title: '=HYPERLINK("http://x","点我")', note: '@SUM(A1)' }) });
    await call('register/save', { fields: fields({ title: '关于"十四五",规划的意见', note: '-5\n第二行' }) });
    await call('register/save', { fields: fields({ title: '+86 热线', status: 'exempt', exemptReason: '程序性文件' }) });

    const csv = Buffer.from((await call('register/export', { format: 'csv' })).dataBase64, 'base64');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.startsWith('标题,类别,起草部门,年度,状态,豁免理由,评价编号,备注\r\n')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")",规范性文件,市卫健委,2025,未评价,,,'@SUM(A1)\r\n`);
    expect(text).toContain(`"关于""十四五"",规划的意见",规范性文件,市卫健委,2025,未评价,,,"'-5\n第二行"\r\n`);
    expect(text).toContain(`'+86 热线,规范性文件,市卫健委,2025,${STATUS_NAMES_ZH.exempt},程序性文件,,\r\n`);

    const xlsxOut = await call('register/export', { format: 'xlsx' });
    const xlsxBytes = Buffer.from(xlsxOut.dataBase64, 'base64');
    const [sheet] = await readXlsxFile(xlsxBytes);
    expect(sheet!.data.map((r) => r[0])).toEqual(['标题', '=HYPERLINK("http://x","点我")', '关于"十四五",规划的意见', '+86 热线']);
    // Text cells only (shared strings): no cell of the sheet carries a formula.
    const sheetXml = strFromU8(unzipSync(new Uint8Array(xlsxBytes))['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toMatch(/<f[ >]/);

    const { core: fresh } = await newCore();
    for (const out of [{ fileName: 'r.csv', dataBase64: csv.toString('base64') }, xlsxOut]) {
      const preview = await client(fresh)('register/preview-import', out);
      expect(preview.rows.map((r) => [r.item?.title, r.item?.note])).toEqual([
        ['=HYPERLINK("http://x","点我")', '@SUM(A1)'],
        ['关于"十四五",规划的意见', '-5\n第二行'],
        ['+86 热线', ''],
      ]);
    }
  });

  it('the template has the columns and one example row that imports', async () => {
    const { core } = await newCore(() => new Date('2026-03-01T00:00:00Z'));
    const call = client(core);
    for (const format of ['csv', 'xlsx'] as const) {
      const template = await call('register/template', { format });
      expect(template.fileName).toBe(`健康影响评价台账-导入模板.${format}`);
      const preview = await call('register/preview-import', template);
      expect(preview).toMatchObject({ valid: 1, invalid: 0, ignoredColumns: [] });
      expect(preview.rows[0]!.item).toMatchObject({ category: 'normative', year: 2026, status: 'not-assessed' });
    }
  });
});

describe('speed', () => {
  it('imports 10,000 rows well within a few seconds', async () => {
    const { core } = await newCore();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`关于推进第${i}项工作的实施意见`, ['规范性文件', '发展规划', '其他'][i % 3]!, `市第${i % 40}局`, String(2020 + (i % 6)), ['未评价', '评价中', '已签发', ''][i % 4]!]);
    const file = fileInput('big.csv', csvUtf8Bom([HEADER.slice(1, 6), ...rows]));
    const started = performance.now();
    const result = await client(core)('register/import', file);
    const ms = performance.now() - started;
    expect(result).toMatchObject({ imported: 10_000, skipped: 0 });
    console.log(`register import: 10,000 rows in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(5_000);
    const report = await client(core)('coverage/get', { year: null });
    expect(report.overall).toMatchObject({ total: 10_000, submitted: 5_000 });
  });
});
