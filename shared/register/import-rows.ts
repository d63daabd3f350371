/**
 * Importing a register file, after its bytes have become a table of text cells: which row is
 * the header, which column feeds which field, and what is wrong with each data row. Pure (no
 * Node or DOM APIs), so the rules can be tested row by row and read in one place.
 *
 * Rules:
 * - Headers and values are matched after folding: NFKC (full-width → half-width), lower case,
 *   whitespace removed; for headers also a "*" (required marker), a trailing "(…)" note and a
 *   trailing colon, so "＊ 名称（必填）：" is 名称.
 * - The header is the first of the first five non-empty rows that maps at least two known
 *   columns, the title among them: a title row such as "2025年台账" above it is skipped.
 * - A data row whose recognised cells are all empty is ignored (templates often carry 序号
 *   numbers down empty rows).
 * - A row is imported only when it has no errors. A duplicate (same title, department and
 *   year, compared folded) is an error against an earlier row that is itself imported, or
 *   against an item already in the register.
 * - Cells exported with a formula guard ("'=…") are read back without it (formula-guard.ts).
 */
import { unguardFormula } from './formula-guard';
import {
  CATEGORY_NAMES_ZH,
  REGISTER_CATEGORIES,
  REGISTER_LIMITS,
  REGISTER_STATUSES,
  RegisterItemFields,
  STATUS_NAMES_ZH,
  effectiveStatus,
  type ImportRow,
  type RegisterCategory,
  type RegisterStatus,
} from './register';

export const IMPORT_FIELDS = ['title', 'category', 'department', 'year', 'status', 'exemptReason', 'note', 'assessmentNumber'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column headers recognised for each field (compared folded, see normalizeLabel). */
export const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  title: ['标题', '名称', '文件名称', '政策名称', '项目名称', '事项名称', 'title'],
  category: ['类别', '类型', '分类', '文件类别', 'category'],
  department: ['部门', '起草部门', '责任部门', '牵头部门', '起草单位', 'department'],
  year: ['年度', '年份', 'year'],
  status: ['状态', '评价状态', 'status'],
  exemptReason: ['豁免理由', '豁免原因', '豁免说明', 'exempt reason'],
  note: ['备注', '说明', 'note'],
  // Not a bare 编号: registers use it for serial or document numbers (文号).
  assessmentNumber: ['评价编号', 'assessment number'],
};

/** Words people write for a category, besides its Chinese name and its id. */
const CATEGORY_ALIASES: Record<RegisterCategory, readonly string[]> = {
  normative: ['行政规范性文件'],
  'major-policy': ['重大政策', '公共政策'],
  plan: ['规划', '中长期规划', '专项规划'],
  'major-project': ['重大工程项目', '重大项目', '政府投资项目', '工程项目'],
  other: [],
};

/** Words people write for a status, besides its Chinese name and its id. An empty cell is 未评价. */
const STATUS_ALIASES: Record<RegisterStatus, readonly string[]> = {
  'not-assessed': ['未提交', '待评价'],
  'in-progress': ['进行中', '已提交'],
  signed: ['已完成', '已评价'],
  exempt: ['免于评价', '免评'],
};

/** At most this many data rows per file: far beyond a city's yearly register. */
export const MAX_IMPORT_ROWS = 10_000;
/** Rows searched for the header (a title row or two may sit above it). */
const HEADER_SCAN_ROWS = 5;

/** Each field's name in messages, the CLI and export headers. */
export const FIELD_NAMES: Record<ImportField, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'Title' },
  category: { zh: '类别', en: 'Category' },
  department: { zh: '起草部门', en: 'Department' },
  year: { zh: '年度', en: 'Year' },
  status: { zh: '状态', en: 'Status' },
  exemptReason: { zh: '豁免理由', en: 'Exemption reason' },
  note: { zh: '备注', en: 'Note' },
  assessmentNumber: { zh: '评价编号', en: 'Assessment number' },
};

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** A header cell folded for matching (see the module comment). */
export function normalizeLabel(s: string): string {
  return fold(s).replace(/\*/g, '').replace(/:$/, '').replace(/\(.*\)$/, '');
}

function aliasMap<K extends string>(extra: Record<K, readonly string[]>, names: (key: K) => readonly string[]): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(extra) as K[]) for (const alias of [...names(key), ...extra[key]]) map.set(fold(alias), key);
  return map;
}

const HEADERS = new Map(IMPORT_FIELDS.flatMap((f) => HEADER_ALIASES[f].map((a) => [normalizeLabel(a), f] as const)));
const CATEGORIES = aliasMap(CATEGORY_ALIASES, (c) => [c, CATEGORY_NAMES_ZH[c]]);
const STATUSES = aliasMap(STATUS_ALIASES, (s) => [s, STATUS_NAMES_ZH[s]]);

export function parseCategory(raw: string): RegisterCategory | null {
  return CATEGORIES.get(fold(raw)) ?? null;
}

/** An empty cell means 未评价 (nothing recorded yet). */
export function parseStatus(raw: string): RegisterStatus | null {
  const key = fold(raw);
  return key === '' ? 'not-assessed' : (STATUSES.get(key) ?? null);
}

/** 2025, "2025年", "2025.0" (a number cell), " 2025 " → 2025; anything else, or out of range, → null. */
export function parseYear(raw: string): number | null {
  // 2025, 2025.0 (a spreadsheet number), 2025年, 2025年度, or 2025-01-01 (a cell typed as a date
  // and formatted to show the year only).
  const m = /^(\d{4})(?:\.0+|-\d{2}-\d{2})?$/.exec(raw.normalize('NFKC').trim().replace(/\s*年度?$/, ''));
  if (!m) return null;
  const year = Number(m[1]);
  return year >= REGISTER_LIMITS.minYear && year <= REGISTER_LIMITS.maxYear ? year : null;
}

/** How assessment numbers are compared: HIA-2025-001 whatever the case or width. */
export function normalizeAssessmentNumber(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase();
}

/** What makes two register items the same: title, department and year, compared folded. */
export function registerKey(title: string, department: string, year: number): string {
  return `${fold(title)}\u0001${fold(department)}\u0001${year}`;
}

/** One sheet (or a CSV file) as text cells; row i is spreadsheet row i + 1. */
export type TextTable = readonly (readonly string[])[];

export interface HeaderMatch {
  /** 0-based index of the header row in the table. */
  index: number;
  /** The field each column feeds, or null for a column that is ignored. */
  fields: readonly (ImportField | null)[];
  /** Which file column fed which field (the preview shows it). */
  columns: Partial<Record<ImportField, string>>;
  /** Non-empty headers we did not recognise, or that repeat a field already mapped. */
  ignoredColumns: string[];
}

function matchHeader(cells: readonly string[], index: number): HeaderMatch {
  const fields: (ImportField | null)[] = [];
  const columns: Partial<Record<ImportField, string>> = {};
  const ignoredColumns: string[] = [];
  for (const cell of cells) {
    const label = cell.trim();
    const field = HEADERS.get(normalizeLabel(label));
    if (field && columns[field] === undefined) {
      columns[field] = label;
      fields.push(field);
    } else {
      if (label !== '') ignoredColumns.push(label);
      fields.push(null);
    }
  }
  return { index, fields, columns, ignoredColumns };
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** The header row (see the module comment), or null when the table has none we recognise. */
export function findHeader(table: TextTable): HeaderMatch | null {
  let scanned = 0;
  for (let i = 0; i < table.length && scanned < HEADER_SCAN_ROWS; i++) {
    const cells = table[i]!;
    if (isBlank(cells)) continue;
    scanned++;
    const match = matchHeader(cells, i);
    if (match.columns.title !== undefined && Object.keys(match.columns).length >= 2) return match;
  }
  return null;
}

export interface DataRow {
  /** Spreadsheet row number (1-based; the header has its own). */
  row: number;
  /** Trimmed cells of the recognised columns. */
  cells: Partial<Record<ImportField, string>>;
}

/** The rows below the header that have something in a recognised column. */
export function dataRows(table: TextTable, header: HeaderMatch): DataRow[] {
  const out: DataRow[] = [];
  for (let i = header.index + 1; i < table.length; i++) {
    const raw = table[i]!;
    const cells: Partial<Record<ImportField, string>> = {};
    let any = false;
    header.fields.forEach((field, col) => {
      if (field === null) return;
      const value = unguardFormula((raw[col] ?? '').trim()).trim();
      cells[field] = value;
      if (value !== '') any = true;
    });
    if (any) out.push({ row: i + 1, cells });
  }
  return out;
}

/** An assessment an import row names by number, as the database knows it. */
export interface AssessmentCandidate {
  id: string;
  number: string;
  everSigned: boolean;
  /** Title of the register item already linked to it, or null. */
  linkedItemTitle: string | null;
}

export interface ImportLookups {
  /** By normalizeAssessmentNumber. */
  assessment(number: string): AssessmentCandidate | null;
  /** Whether an item with this registerKey is already in the register. */
  inRegister(key: string): boolean;
}

export interface CheckedRow {
  preview: ImportRow;
  /** The assessment to link when the row is imported. */
  assessmentId: string | null;
}

/** Longest cell text the preview carries back to the UI. */
const PREVIEW_CELL = 500;
const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
const zhList = (values: readonly string[]): string => values.join('、');

function acceptedCategories(): { zh: string; en: string } {
  const names = REGISTER_CATEGORIES.map((c) => CATEGORY_NAMES_ZH[c]);
  return { zh: zhList(names), en: `${names.join(', ')} (or ${REGISTER_CATEGORIES.join(', ')})` };
}

function acceptedStatuses(): { zh: string; en: string } {
  const names = REGISTER_STATUSES.map((s) => STATUS_NAMES_ZH[s]);
  return { zh: `${zhList(names)}（空为未评价）`, en: `${names.join(', ')} (or ${REGISTER_STATUSES.join(', ')}; empty means 未评价)` };
}

/** Checks the rows in file order; each row's errors and warnings are bilingual sentences. */
export function checkRows(rows: readonly DataRow[], header: HeaderMatch, lookups: ImportLookups): CheckedRow[] {
  const firstRowOfKey = new Map<string, number>();
  const firstRowOfAssessment = new Map<string, number>();
  return rows.map((r) => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const col = (f: ImportField): string => header.columns[f] ?? FIELD_NAMES[f].zh;
    const value = (f: ImportField): string => r.cells[f] ?? '';

    /** A required text field: present, not empty, not too long. */
    const text = (f: 'title' | 'department', max: number): string | null => {
      const v = value(f);
      if (header.columns[f] === undefined) errors.push(missingColumn(f));
      else if (v === '')
        errors.push(
          `「${col(f)}」为空（如为合并单元格，请取消合并并逐行填写） / ${FIELD_NAMES[f].en} (column "${col(f)}") is empty (if cells are merged, unmerge them and fill every row)`,
        );
      else if (v.length > max) errors.push(tooLong(f, col(f), v.length, max));
      else return v;
      return null;
    };
    const optional = (f: 'exemptReason' | 'note', max: number): string => {
      const v = value(f);
      if (v.length > max) errors.push(tooLong(f, col(f), v.length, max));
      return v;
    };

    const title = text('title', REGISTER_LIMITS.title);
    const department = text('department', REGISTER_LIMITS.department);

    let category: RegisterCategory | null = null;
    if (header.columns.category === undefined) errors.push(missingColumn('category'));
    else {
      category = parseCategory(value('category'));
      if (category === null) errors.push(unknownValue('category', col('category'), value('category'), acceptedCategories()));
    }

    let year: number | null = null;
    if (header.columns.year === undefined) errors.push(missingColumn('year'));
    else {
      year = parseYear(value('year'));
      if (year === null) {
        const v = clip(value('year'));
        errors.push(
          `「${col('year')}」列的值「${v}」不是有效年度，应为 ${REGISTER_LIMITS.minYear}–${REGISTER_LIMITS.maxYear} 之间的年份，如 2025 / ` +
            `"${v}" in column "${col('year')}" is not a valid year; expected a year from ${REGISTER_LIMITS.minYear} to ${REGISTER_LIMITS.maxYear}, e.g. 2025`,
        );
      }
    }

    const status = parseStatus(value('status'));
    if (status === null) errors.push(unknownValue('status', col('status'), value('status'), acceptedStatuses()));
    const exemptReason = optional('exemptReason', REGISTER_LIMITS.reason);
    const note = optional('note', REGISTER_LIMITS.note);
    if (status === 'exempt' && exemptReason === '') {
      errors.push('状态为「豁免」，但未填写豁免理由 / The status is 豁免 (exempt) but no reason is given');
    }

    const { found, assessment } = linkedAssessment(value('assessmentNumber'), col('assessmentNumber'), lookups, firstRowOfAssessment, errors);
    if (assessment && status !== null && value('status') !== '') {
      const shown = effectiveStatus(status, assessment);
      if (shown !== status) {
        warnings.push(
          `已关联评价 ${assessment.number}，状态以评价为准（${STATUS_NAMES_ZH[shown]}），文件中的「${clip(value('status'))}」未采用 / ` +
            `Linked to assessment ${assessment.number}: its status (${shown}) is used, not "${clip(value('status'))}" from the file`,
        );
      }
    }

    const key = title !== null && department !== null && year !== null ? registerKey(title, department, year) : null;
    if (key !== null) {
      const earlier = firstRowOfKey.get(key);
      if (earlier !== undefined) {
        errors.push(`与第 ${earlier} 行重复（标题、起草部门、年度相同） / Duplicates row ${earlier} (same title, department and year)`);
      } else if (lookups.inRegister(key)) {
        errors.push('台账中已有标题、起草部门、年度相同的条目 / Already in the register (an item with the same title, department and year)');
      }
    }

    let item: RegisterItemFields | null = null;
    if (errors.length === 0) {
      // The contract's own schema has the last word (e.g. text with broken characters).
      const parsed = RegisterItemFields.safeParse({ title, category, department, year, status, exemptReason, note });
      if (parsed.success) item = parsed.data;
      else errors.push(...parsed.error.issues.map((i) => i.message));
    }
    if (item !== null) {
      firstRowOfKey.set(key!, r.row);
      if (assessment) firstRowOfAssessment.set(assessment.id, r.row);
    }
    // The preview shows cells, it does not need a 20 MB one: long values are cut for display.
    const cells = Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v.length > PREVIEW_CELL ? `${v.slice(0, PREVIEW_CELL - 1)}…` : v])) as Record<string, string>;
    return {
      preview: { row: r.row, cells, item, assessmentNumber: found?.number ?? null, errors, warnings },
      assessmentId: item !== null && assessment ? assessment.id : null,
    };
  });
}

/** The assessment a row names (`found`), and whether it can be linked (`assessment`). */
function linkedAssessment(
  raw: string,
  column: string,
  lookups: ImportLookups,
  firstRowOfAssessment: ReadonlyMap<string, number>,
  errors: string[],
): { found: AssessmentCandidate | null; assessment: AssessmentCandidate | null } {
  if (raw === '') return { found: null, assessment: null };
  const found = lookups.assessment(normalizeAssessmentNumber(raw));
  if (found === null) {
    errors.push(`「${column}」列的评价编号「${clip(raw)}」在本数据库中不存在 / Assessment number "${clip(raw)}" (column "${column}") is not in this database`);
    return { found, assessment: null };
  }
  if (found.linkedItemTitle !== null) {
    const t = clip(found.linkedItemTitle);
    errors.push(`评价 ${found.number} 已关联台账条目「${t}」 / Assessment ${found.number} is already linked to the register item "${t}"`);
    return { found, assessment: null };
  }
  const earlier = firstRowOfAssessment.get(found.id);
  if (earlier !== undefined) {
    errors.push(`评价编号 ${found.number} 已用于第 ${earlier} 行 / Assessment number ${found.number} is already used in row ${earlier}`);
    return { found, assessment: null };
  }
  return { found, assessment: found };
}

function missingColumn(f: ImportField): string {
  return `文件中没有「${FIELD_NAMES[f].zh}」列 / The file has no ${FIELD_NAMES[f].en.toLowerCase()} column`;
}

function tooLong(f: ImportField, column: string, length: number, max: number): string {
  return `「${column}」超过 ${max} 字（现为 ${length} 字） / ${FIELD_NAMES[f].en} (column "${column}") is longer than ${max} characters (${length})`;
}

function unknownValue(f: ImportField, column: string, raw: string, accepted: { zh: string; en: string }): string {
  const v = clip(raw);
  if (raw === '') return `「${column}」为空，可填：${accepted.zh} / ${FIELD_NAMES[f].en} (column "${column}") is empty; accepted: ${accepted.en}`;
  return `「${column}」列的值「${v}」无法识别，可填：${accepted.zh} / Unknown ${FIELD_NAMES[f].en.toLowerCase()} "${v}" in column "${column}"; accepted: ${accepted.en}`;
}
