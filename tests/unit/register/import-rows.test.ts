import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '../../../shared/register/formula-guard';
import {
  HEADER_ALIASES,
  IMPORT_FIELDS,
  checkRows,
  dataRows,
  findHeader,
  normalizeLabel,
  parseCategory,
  parseStatus,
  parseYear,
  registerKey,
  type AssessmentCandidate,
  type ImportLookups,
  type TextTable,
} from '../../../shared/register/import-rows';
import { CATEGORY_NAMES_ZH, REGISTER_CATEGORIES, REGISTER_STATUSES, STATUS_NAMES_ZH } from '../../../shared/register/register';

const HEADER = ['标题', '类别', '起草部门', '年度', '状态', '豁免理由', '备注', '评价编号'];
const GOOD = ['关于推进城市绿道建设的实施意见', '规范性文件', '市园林文化局', '2025', '未评价', '', '', ''];

const NO_LOOKUPS: ImportLookups = { assessment: () => null, inRegister: () => false };

/** Checks data rows under HEADER (row 1), so the first data row is row 2. */
function check(rows: string[][], lookups: ImportLookups = NO_LOOKUPS, header: string[] = HEADER) {
  const table: TextTable = [header, ...rows];
  const match = findHeader(table)!;
  return checkRows(dataRows(table, match), match, lookups).map((r) => r.preview);
}
const row = (changes: Record<number, string>) => GOOD.map((c, i) => changes[i] ?? c);

describe('header mapping', () => {
  it('every alias maps to its field, however it is written', () => {
    for (const field of IMPORT_FIELDS) {
      for (const alias of HEADER_ALIASES[field]) {
        const header = findHeader(field === 'title' ? [[alias, '年度']] : [['标题', alias]]);
        expect(header?.fields, alias).toEqual(field === 'title' ? ['title', 'year'] : ['title', field]);
      }
    }
    expect(normalizeLabel('＊ 名称（必填）：')).toBe('名称');
    expect(normalizeLabel('ＴＩＴＬＥ')).toBe('title');
    expect(normalizeLabel(' Exempt  Reason ')).toBe('exemptreason');
  });

  it('skips a title row and blank rows above the header, within the first five non-empty rows', () => {
    const header = findHeader([['2025年健康影响评价台账'], [], ['', ''], ['制表单位：市卫健委'], ['序号', '事项名称', '牵头部门', '年份']]);
    expect(header).toMatchObject({ index: 4, columns: { title: '事项名称', department: '牵头部门', year: '年份' }, ignoredColumns: ['序号'] });
    const late = [['a'], ['b'], ['c'], ['d'], ['e'], ['标题', '年度']];
    expect(findHeader(late)).toBeNull();
  });

  it('needs a title column and one more known column', () => {
    expect(findHeader([['标题', '金额']])).toBeNull();
    expect(findHeader([['类别', '部门', '年度']])).toBeNull();
    expect(findHeader([['Title', 'Year']])).not.toBeNull();
  });

  it('a repeated field keeps its first column; the second is ignored', () => {
    const header = findHeader([['名称', '项目名称', '部门']])!;
    expect(header.fields).toEqual(['title', null, 'department']);
    expect(header.ignoredColumns).toEqual(['项目名称']);
  });

  it('ignores rows with nothing in a recognised column and counts rows as the spreadsheet does', () => {
    const table: TextTable = [['台账'], ['序号', '标题', '类别'], ['1', '', ''], ['2', 'A', '其他'], [], ['3', ' B ', '其他']];
    const header = findHeader(table)!;
    expect(dataRows(table, header)).toEqual([
      { row: 4, cells: { title: 'A', category: '其他' } },
      { row: 6, cells: { title: 'B', category: '其他' } },
    ]);
  });
});

describe('value aliases', () => {
  it('categories: names, ids and the usual other words', () => {
    for (const c of REGISTER_CATEGORIES) {
      expect(parseCategory(CATEGORY_NAMES_ZH[c])).toBe(c);
      expect(parseCategory(` ${c.toUpperCase()} `)).toBe(c);
    }
    expect(parseCategory('行政规范性文件')).toBe('normative');
    expect(['重大政策', '公共政策'].map(parseCategory)).toEqual(['major-policy', 'major-policy']);
    expect(['规划', '中长期规划', '专项规划'].map(parseCategory)).toEqual(['plan', 'plan', 'plan']);
    expect(['重大工程项目', '重大项目', '政府投资项目', '工程项目'].map(parseCategory)).toEqual(Array(4).fill('major-project'));
    expect(['文件', '', '通知'].map(parseCategory)).toEqual([null, null, null]);
  });

  it('statuses: names, ids, the usual other words, and empty as 未评价', () => {
    for (const s of REGISTER_STATUSES) {
      expect(parseStatus(STATUS_NAMES_ZH[s])).toBe(s);
      expect(parseStatus(s)).toBe(s);
    }
    expect(['未提交', '待评价', '', '  '].map(parseStatus)).toEqual(Array(4).fill('not-assessed'));
    expect(['评价中', '进行中', '已提交'].map(parseStatus)).toEqual(Array(3).fill('in-progress'));
    expect(['已签发', '已完成', '已评价'].map(parseStatus)).toEqual(Array(3).fill('signed'));
    expect(['豁免', '免于评价', '免评'].map(parseStatus)).toEqual(Array(3).fill('exempt'));
    expect(parseStatus('暂缓')).toBeNull();
  });

  it('years', () => {
    expect(['2025', '2025年', '2025.0', '2025 ', '２０２５', '2025 年'].map(parseYear)).toEqual(Array(6).fill(2025));
    expect(['1999', '2101', '20255', '二〇二五', '2025.5', '', 'abc', '25'].map(parseYear)).toEqual(Array(8).fill(null));
    expect([parseYear('2000'), parseYear('2100')]).toEqual([2000, 2100]);
  });
});

describe('row checks', () => {
  it('a good row becomes the item it describes', () => {
    const [r] = check([row({ 1: '发展规划', 4: '评价中', 6: '备注文字' })]);
    expect(r).toMatchObject({
      row: 2,
      errors: [],
      warnings: [],
      assessmentNumber: null,
      item: { title: GOOD[0], category: 'plan', department: '市园林文化局', year: 2025, status: 'in-progress', exemptReason: '', note: '备注文字' },
    });
    expect(r!.cells).toMatchObject({ title: GOOD[0], category: '发展规划', year: '2025' });
  });

  it('each kind of error, in Chinese and English, naming the column and value', () => {
    const cases: [Record<number, string>, RegExp][] = [
      [{ 0: '' }, /「标题」为空（.*合并单元格.*） \/ Title \(column "标题"\) is empty/],
      [{ 0: '长'.repeat(201) }, /超过 200 字（现为 201 字） \/ .*longer than 200/],
      [{ 1: '文件' }, /「类别」列的值「文件」无法识别，可填：规范性文件、重大公共政策、发展规划、政府投资重大工程项目、其他 \/ Unknown category "文件" in column "类别"; accepted: .*normative/],
      [{ 1: '' }, /「类别」为空，可填：.* \/ Category .* is empty; accepted/],
      [{ 2: '' }, /「起草部门」为空.* \/ Department/],
      [{ 2: '部'.repeat(101) }, /超过 100 字/],
      [{ 3: '二〇二五' }, /「年度」列的值「二〇二五」不是有效年度，应为 2000–2100 之间的年份.* \/ .*not a valid year/],
      [{ 3: '1999' }, /「1999」不是有效年度/],
      [{ 4: '暂缓' }, /「状态」列的值「暂缓」无法识别.*空为未评价.* \/ Unknown status "暂缓"/],
      [{ 4: '豁免' }, /未填写豁免理由 \/ .*no reason/],
      [{ 5: '理'.repeat(1001) }, /超过 1000 字/],
      [{ 6: '注'.repeat(2001) }, /超过 2000 字/],
      [{ 7: 'HIA-2025-999' }, /评价编号「HIA-2025-999」在本数据库中不存在 \/ Assessment number "HIA-2025-999"/],
    ];
    for (const [changes, message] of cases) {
      const [r] = check([row(changes)]);
      expect(r!.item, String(message)).toBeNull();
      expect(r!.errors.join('\n')).toMatch(message);
      for (const e of r!.errors) expect(e, 'bilingual').toMatch(/[\u4e00-\u9fff].* \/ ["A-Z]/);
    }
  });

  it('collects every error of a row', () => {
    const [r] = check([row({ 0: '', 1: 'x', 3: 'y' })]);
    expect(r!.errors).toHaveLength(3);
  });

  it('names a column that is missing from the file', () => {
    const [r] = check([['A', '2025']], NO_LOOKUPS, ['标题', '年度']);
    expect(r!.errors).toEqual([
      '文件中没有「起草部门」列 / The file has no department column',
      '文件中没有「类别」列 / The file has no category column',
    ]);
  });

  it('an exemption with its reason is fine; so is a missing status column', () => {
    expect(check([row({ 4: '免于评价', 5: '程序性文件' })])[0]!.item).toMatchObject({ status: 'exempt', exemptReason: '程序性文件' });
    expect(check([['A', '其他', '甲局', '2025']], NO_LOOKUPS, ['标题', '类别', '部门', '年度'])[0]!.item).toMatchObject({ status: 'not-assessed' });
  });

  it('duplicates: against an earlier imported row (compared folded) and against the register', () => {
    const rows = check([row({}), row({ 0: ` ${GOOD[0]} `, 3: '2025年' }), row({ 0: '关于推进城市绿道建设的实施意见 ', 2: '市园林文化局', 3: '2024' })]);
    expect(rows.map((r) => r.errors)).toEqual([[], ['与第 2 行重复（标题、起草部门、年度相同） / Duplicates row 2 (same title, department and year)'], []]);

    // A row rejected for another reason does not make a later copy a duplicate.
    const [bad, fixed] = check([row({ 1: '文件' }), row({})]);
    expect(bad!.item).toBeNull();
    expect(fixed!.errors).toEqual([]);

    const key = registerKey(GOOD[0]!, GOOD[2]!, 2025);
    const [inRegister] = check([row({})], { assessment: () => null, inRegister: (k) => k === key });
    expect(inRegister!.errors).toEqual(['台账中已有标题、起草部门、年度相同的条目 / Already in the register (an item with the same title, department and year)']);
  });

  describe('assessment numbers', () => {
    const candidates: Record<string, AssessmentCandidate> = {
      'HIA-2025-001': { id: '00000000-0000-4000-8000-000000000001', number: 'HIA-2025-001', everSigned: true, linkedItemTitle: null },
      'HIA-2025-002': { id: '00000000-0000-4000-8000-000000000002', number: 'HIA-2025-002', everSigned: false, linkedItemTitle: '另一条目' },
    };
    const lookups: ImportLookups = { assessment: (n) => candidates[n] ?? null, inRegister: () => false };

    it('links a known assessment (any case or width) and warns when its status overrides the file', () => {
      const rows = check([row({ 7: 'ｈｉａ-2025-001', 4: '未评价' }), row({ 0: 'B', 7: 'HIA-2025-001' })], lookups);
      expect(rows[0]).toMatchObject({ assessmentNumber: 'HIA-2025-001', errors: [], item: { status: 'not-assessed' } });
      expect(rows[0]!.warnings).toEqual([
        '已关联评价 HIA-2025-001，状态以评价为准（已签发），文件中的「未评价」未采用 / Linked to assessment HIA-2025-001: its status (signed) is used, not "未评价" from the file',
      ]);
      // The same assessment cannot be linked twice.
      expect(rows[1]!.errors).toEqual(['评价编号 HIA-2025-001 已用于第 2 行 / Assessment number HIA-2025-001 is already used in row 2']);
    });

    it('no warning when the file agrees or is silent', () => {
      expect(check([row({ 7: 'HIA-2025-001', 4: '已签发' })], lookups)[0]!.warnings).toEqual([]);
      expect(check([row({ 7: 'HIA-2025-001', 4: '' })], lookups)[0]!.warnings).toEqual([]);
    });

    it('refuses an assessment linked to another item', () => {
      const [linkedElsewhere] = check([row({ 7: 'HIA-2025-002' })], lookups);
      expect(linkedElsewhere!.assessmentNumber).toBe('HIA-2025-002'); // found, though not linkable
      expect(linkedElsewhere!.errors).toEqual([
        '评价 HIA-2025-002 已关联台账条目「另一条目」 / Assessment HIA-2025-002 is already linked to the register item "另一条目"',
      ]);
    });
  });

  it('reads formula-guarded cells back as they were', () => {
    const [r] = check([row({ 0: "'=1+1 规划", 6: "'@note" })]);
    expect(r!.item).toMatchObject({ title: '=1+1 规划', note: '@note' });
  });
});

describe('formula guard', () => {
  it('prefixes cells a spreadsheet could run, and only those', () => {
    expect(['=1+1', '+86', '-5', '@SUM(A1)', '\tx', '\rx'].map(guardFormula)).toEqual(["'=1+1", "'+86", "'-5", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['规划', 'a=b', "'quoted", ''].map(guardFormula)).toEqual(['规划', 'a=b', "'quoted", '']);
    for (const s of ['=1+1', '-5', '规划', "'quoted"]) expect(unguardFormula(guardFormula(s))).toBe(s);
  });
});

describe('review fixes', () => {
  it('reads a year typed as a date, or written 2025年度', () => {
    expect(parseYear('2025-01-01')).toBe(2025);
    expect(parseYear('2025年度')).toBe(2025);
    expect(parseYear('2025 年')).toBe(2025);
    expect(parseYear('25')).toBeNull();
  });

  it('ignores a 编号 column (serial or document numbers) rather than failing every row', () => {
    const header = findHeader([['编号', '标题', '类别', '起草部门', '年度']])!;
    expect(header.columns.assessmentNumber).toBeUndefined();
    expect(header.ignoredColumns).toEqual(['编号']);
  });

  it('hints at merged cells when a required cell is empty', () => {
    expect(check([row({ 2: '' })])[0]!.errors[0]).toMatch(/合并单元格/);
  });
});
