/**
 * Why a register file (CSV or XLSX) is refused, one bilingual BAD_FILE message each. Like
 * electron/files/file-errors.ts (which covers empty, too large, binary and badly encoded
 * files, reused as they are): names are display names, content is never quoted, parser
 * messages go to `cause` only.
 */
import { AppError } from '../../shared/errors';
import { MAX_IMPORT_ROWS } from '../../shared/register/import-rows';

export type RegisterFileReason = 'not-a-table' | 'legacy-xls' | 'corrupt-xlsx' | 'not-xlsx' | 'no-header' | 'no-rows' | 'too-many-rows' | 'bad-quotes';

function badFile(reason: RegisterFileReason, zh: string, en: string, cause?: unknown): AppError {
  const error = new AppError('BAD_FILE', `${zh} / ${en}`, { reason });
  if (cause !== undefined) error.cause = cause;
  return error;
}

const SAVE_AS_ZH = '请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入。';
const SAVE_AS_EN = 'Save it as .xlsx or .csv in Excel or WPS and import again.';

export const registerFileErrors = {
  notTable: (name: string) =>
    badFile('not-a-table', `「${name}」不是 CSV 或 XLSX 表格。${SAVE_AS_ZH}`, `"${name}" is not a CSV or XLSX table. ${SAVE_AS_EN}`),

  legacyXls: (name: string) =>
    badFile(
      'legacy-xls',
      `「${name}」是旧版 Excel 表格（.xls）或设有打开密码的表格，无法读取。请取消密码，或另存为 .xlsx 后再导入。`,
      `"${name}" is a legacy Excel workbook (.xls) or a password-protected one and cannot be read. Remove the password or save it as .xlsx, then import again.`,
    ),

  corruptXlsx: (name: string, cause?: unknown) =>
    badFile(
      'corrupt-xlsx',
      `无法读取 Excel 表格「${name}」：文件已损坏或不完整（可能下载或复制时被中断）。请用 Excel 或 WPS 打开确认，${SAVE_AS_ZH}`,
      `Cannot read the Excel workbook "${name}": the file is damaged or incomplete (perhaps an interrupted download or copy). Open it in Excel or WPS to check; ${SAVE_AS_EN}`,
      cause,
    ),

  notXlsx: (name: string) =>
    badFile(
      'not-xlsx',
      `文件「${name}」的扩展名是 .xlsx，但内容不是 Excel 表格（可能是改了扩展名的文本或其他文件）。${SAVE_AS_ZH}`,
      `"${name}" is named .xlsx but is not an Excel workbook (perhaps a text or other file renamed). ${SAVE_AS_EN}`,
    ),

  noHeader: (name: string) =>
    badFile(
      'no-header',
      `在「${name}」前 5 行中找不到表头：需要“标题”（或名称、文件名称、政策名称、项目名称）列，以及类别、起草部门、年度等至少一个其他列。可下载导入模板对照。`,
      `No header row found in the first 5 rows of "${name}": it needs a title column (标题, 名称…) and at least one more known column (类别, 起草部门, 年度…). Compare with the import template.`,
    ),

  noRows: (name: string) =>
    badFile('no-rows', `「${name}」有表头，但没有数据行。`, `"${name}" has a header but no data rows.`),

  tooManyRows: (name: string, rows: number) =>
    badFile(
      'too-many-rows',
      `「${name}」有 ${rows} 行数据，超过每次导入 ${MAX_IMPORT_ROWS} 行的上限。请拆分为几个文件分别导入。`,
      `"${name}" has ${rows} data rows, more than the ${MAX_IMPORT_ROWS} allowed in one import. Split it into several files.`,
    ),

  badQuotes: (name: string, row: number) =>
    badFile(
      'bad-quotes',
      `「${name}」第 ${row} 行的引号不成对，无法可靠地分列。请用 Excel 或 WPS 打开检查后另存为 .csv 或 .xlsx。`,
      `Row ${row} of "${name}" has an unmatched quote, so its columns cannot be told apart. Open it in Excel or WPS, check, and save it as .csv or .xlsx again.`,
    ),
};
