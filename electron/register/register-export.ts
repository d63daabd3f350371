/**
 * The register as a CSV or XLSX file, and the import template. Columns carry the import's own
 * header names and Chinese values (the effective status), so an exported file imports back:
 * every row is then reported as already in the register.
 */
import { CATEGORY_NAMES_ZH, STATUS_NAMES_ZH, type RegisterItem } from '../../shared/register/register';
import { FIELD_NAMES, type ImportField } from '../../shared/register/import-rows';
import type { TableFormat } from './table-file';
import { writeTable, type OutCell } from './table-write';

/** Export columns in order, with widths in characters; headers are the fields' Chinese names. */
const COLUMN_WIDTHS: readonly { field: ImportField; width: number }[] = [
  { field: 'title', width: 50 },
  { field: 'category', width: 22 },
  { field: 'department', width: 24 },
  { field: 'year', width: 8 },
  { field: 'status', width: 10 },
  { field: 'exemptReason', width: 30 },
  { field: 'assessmentNumber', width: 16 },
  { field: 'note', width: 30 },
];
export const EXPORT_COLUMNS = COLUMN_WIDTHS.map((c) => ({ ...c, header: FIELD_NAMES[c.field].zh }));

const FILE_STEM = '健康影响评价台账';

function valueOf(item: RegisterItem, field: ImportField): OutCell {
  switch (field) {
    case 'title':
      return item.title;
    case 'category':
      return CATEGORY_NAMES_ZH[item.category];
    case 'department':
      return item.department;
    case 'year':
      return item.year;
    case 'status':
      return STATUS_NAMES_ZH[item.status];
    case 'exemptReason':
      return item.exemptReason;
    case 'assessmentNumber':
      return item.assessment?.number ?? '';
    case 'note':
      return item.note;
  }
}

async function tableFile(format: TableFormat, rows: OutCell[][], stem: string): Promise<{ fileName: string; bytes: Buffer }> {
  const bytes = await writeTable(format, {
    header: EXPORT_COLUMNS.map((c) => c.header),
    rows,
    widths: EXPORT_COLUMNS.map((c) => c.width),
    sheetName: '台账',
  });
  return { fileName: `${stem}.${format}`, bytes };
}

/** File name 健康影响评价台账-2025.xlsx for one year, 健康影响评价台账.xlsx otherwise. */
export function exportRegister(items: readonly RegisterItem[], format: TableFormat, year?: number): Promise<{ fileName: string; bytes: Buffer }> {
  return tableFile(
    format,
    items.map((item) => EXPORT_COLUMNS.map((c) => valueOf(item, c.field))),
    year === undefined ? FILE_STEM : `${FILE_STEM}-${year}`,
  );
}

/** The header row and one example row that shows how each column is filled. */
export function registerTemplate(format: TableFormat, year: number): Promise<{ fileName: string; bytes: Buffer }> {
  const example: Record<ImportField, OutCell> = {
    title: '关于加快推进城市公园绿地建设的实施意见',
    category: CATEGORY_NAMES_ZH.normative,
    department: '市园林文化局',
    year,
    status: STATUS_NAMES_ZH['not-assessed'],
    exemptReason: '',
    assessmentNumber: '',
    note: '示例行，导入前请删除；状态为“豁免”时须填写豁免理由',
  };
  return tableFile(format, [EXPORT_COLUMNS.map((c) => example[c.field])], `${FILE_STEM}-导入模板`);
}
