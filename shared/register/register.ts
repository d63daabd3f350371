/**
 * 台账 (the HIA register): every policy, plan or project a department drafts, whether or not it
 * is assessed, so coverage against the seeds' targets can be counted. Schemas only.
 */
import { z } from 'zod';
import type { AssessmentKind } from '../assessment';

/** 规范性文件 / 重大公共政策 / 发展规划 / 政府投资重大工程项目 / 其他. */
export const REGISTER_CATEGORIES = ['normative', 'major-policy', 'plan', 'major-project', 'other'] as const;
export type RegisterCategory = (typeof REGISTER_CATEGORIES)[number];

/** 未评价 / 评价中 / 已签发 / 豁免. Exempt items carry a reason. */
export const REGISTER_STATUSES = ['not-assessed', 'in-progress', 'signed', 'exempt'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** The assessment type a register category is assessed as: 规划 and 项目 as such, the rest as 政策. */
export const KIND_OF_CATEGORY: Record<RegisterCategory, AssessmentKind> = {
  normative: 'policy',
  'major-policy': 'policy',
  plan: 'plan',
  'major-project': 'project',
  other: 'policy',
};

/**
 * The other way, to prefill a register item from an assessment: 政策 is most often a 规范性文件,
 * and the person can change it (e.g. to 重大公共政策) before saving.
 */
export const CATEGORY_OF_KIND: Record<AssessmentKind, RegisterCategory> = {
  policy: 'normative',
  plan: 'plan',
  project: 'major-project',
};

/** Chinese names as they appear in the UI, in imported files and in exports. */
export const CATEGORY_NAMES_ZH: Record<RegisterCategory, string> = {
  normative: '规范性文件',
  'major-policy': '重大公共政策',
  plan: '发展规划',
  'major-project': '政府投资重大工程项目',
  other: '其他',
};
export const STATUS_NAMES_ZH: Record<RegisterStatus, string> = {
  'not-assessed': '未评价',
  'in-progress': '评价中',
  signed: '已签发',
  exempt: '豁免',
};

/** Register files: CSV (UTF-8, UTF-16 or GBK, as Excel and WPS save it) or XLSX. */
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const REGISTER_LIMITS = { title: 200, department: 100, reason: 1000, note: 2000, minYear: 2000, maxYear: 2100 } as const;

/**
 * A department as one spelling, so coverage groups it once: full-width letters and digits
 * folded (ＸＸ局 → XX局), runs of spaces made one, and spaces between Chinese characters dropped
 * (市 卫健委 → 市卫健委). English names keep their single spaces.
 */
export function normalizeDepartment(raw: string): string {
  return raw
    // Only full-width letters and digits: full-width brackets are what Chinese names use.
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=\S)|(?<=\S) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '');
}

const wellFormed = (s: z.ZodString) =>
  s.refine((v) => v.isWellFormed(), '文本含有无效字符（不完整的 Unicode 代理对） / Text contains invalid characters (lone surrogates)');

/** What a person enters for one register item (also one valid imported row). */
export const RegisterItemFields = z
  .strictObject({
    title: wellFormed(z.string().trim().min(1).max(REGISTER_LIMITS.title)),
    category: z.enum(REGISTER_CATEGORIES),
    department: wellFormed(z.string().trim().min(1).max(REGISTER_LIMITS.department)).transform(normalizeDepartment),
    year: z.number().int().min(REGISTER_LIMITS.minYear).max(REGISTER_LIMITS.maxYear),
    /** Ignored while an assessment is linked: the assessment's state decides then. */
    status: z.enum(REGISTER_STATUSES).default('not-assessed'),
    exemptReason: wellFormed(z.string().trim().max(REGISTER_LIMITS.reason)).default(''),
    note: wellFormed(z.string().trim().max(REGISTER_LIMITS.note)).default(''),
  })
  .refine((f) => f.status !== 'exempt' || f.exemptReason.length > 0, {
    message: '豁免须说明理由 / An exemption needs a reason',
    path: ['exemptReason'],
  });
export type RegisterItemFields = z.infer<typeof RegisterItemFields>;
export type RegisterItemFieldsInput = z.input<typeof RegisterItemFields>;

/** The assessment an item is linked to, as the register shows it. */
export const LinkedAssessment = z.strictObject({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  status: z.enum(['active', 'signed']),
  version: z.number().int().min(1),
  /** True when some version has been signed (even if it is being revised now). */
  everSigned: z.boolean(),
});
export type LinkedAssessment = z.infer<typeof LinkedAssessment>;

export const RegisterItem = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  category: z.enum(REGISTER_CATEGORIES),
  department: z.string(),
  year: z.number().int(),
  /** Effective status: derived from the linked assessment when there is one (see effectiveStatus). */
  status: z.enum(REGISTER_STATUSES),
  /** The status as entered or imported, kept for when no assessment is linked. */
  recordedStatus: z.enum(REGISTER_STATUSES),
  exemptReason: z.string(),
  note: z.string(),
  assessment: LinkedAssessment.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RegisterItem = z.infer<typeof RegisterItem>;

/**
 * A linked assessment decides the status: signed at least once → 已签发, otherwise 评价中.
 * Without one, the recorded status stands (e.g. items assessed on paper before the app).
 */
export function effectiveStatus(recorded: RegisterStatus, assessment: Pick<LinkedAssessment, 'everSigned'> | null): RegisterStatus {
  if (assessment === null) return recorded;
  return assessment.everSigned ? 'signed' : 'in-progress';
}

export const RegisterFilter = z.strictObject({
  year: z.number().int().optional(),
  category: z.enum(REGISTER_CATEGORIES).optional(),
  department: z.string().max(REGISTER_LIMITS.department).optional(),
  status: z.enum(REGISTER_STATUSES).optional(),
  search: z.string().trim().max(200).optional(),
  /** The item linked to this assessment (the assessment page shows it). */
  assessmentId: z.uuid().optional(),
});
export type RegisterFilter = z.infer<typeof RegisterFilter>;

/** One row of an import file after checking: the item it would create, or why it cannot. */
export const ImportRow = z.strictObject({
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int().min(1),
  /** The raw cells by our field name, for the preview table. */
  cells: z.record(z.string(), z.string()),
  item: RegisterItemFields.nullable(),
  /** The assessment number in the file, when given and found. */
  assessmentNumber: z.string().nullable(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportPreview = z.strictObject({
  fileName: z.string(),
  format: z.enum(TABLE_FORMATS),
  /** Which file column fed which field, e.g. { title: '名称', year: '年度' }. */
  columns: z.record(z.string(), z.string()),
  /** File columns we did not recognise (ignored). */
  ignoredColumns: z.array(z.string()),
  rows: z.array(ImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const TableFileInput = z.strictObject({
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64. 20 MB is far beyond any register. */
  dataBase64: z.string().max(28_000_000),
});

export const ImportResult = z.strictObject({
  imported: z.number().int(),
  skipped: z.number().int(),
  /** Rows not imported, with their reasons (the preview's errors). */
  rejected: z.array(z.strictObject({ row: z.number().int(), errors: z.array(z.string()) })),
});
export type ImportResult = z.infer<typeof ImportResult>;
