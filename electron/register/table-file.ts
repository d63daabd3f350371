/**
 * A register file's bytes → tables of text cells (one per sheet), or BAD_FILE.
 *
 * The content decides the format, the extension only breaks ties: a ZIP holding
 * xl/workbook.xml is XLSX whatever its name; anything else named .xlsx is refused (a text file
 * renamed); CSV (or .txt/.tsv, or no extension) is decoded with the app's text decoder — UTF-8
 * with or without BOM, UTF-16 with BOM, GBK/GB18030 as Excel on Chinese Windows writes — and
 * split by papaparse (comma, or tab for Excel's "Unicode text"). Other files are refused.
 *
 * Cells become strings here so the import rules see one kind of value: XLSX numbers print
 * plainly (2025 → "2025"), dates as yyyy-mm-dd, booleans as 是/否. Row i of a table is
 * spreadsheet row i + 1: empty rows are kept (and later ignored) so row numbers in messages
 * are the ones Excel shows. For CSV a record is a row (a quoted cell may span lines).
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { TextTable } from '../../shared/register/import-rows';
import { decodeText } from '../files/decode-text';
import { displayName, extensionOf, fileErrors } from '../files/file-errors';
import { looksLikeZip, readZipDirectory } from '../files/zip-directory';
import { registerFileErrors } from './register-file-errors';

import type { TableFormat } from '../../shared/register/register';
export type { TableFormat };

export interface TableFile {
  /** The display name (no folders), as messages and the preview show it. */
  name: string;
  format: TableFormat;
  sheets: TextTable[];
}

/** The contract caps uploads near 20 MB (TableFileInput); the CLI reads files directly. */
const MAX_BYTES = 20 * 1024 * 1024;
const CSV_EXTENSIONS = new Set(['csv', 'txt', 'tsv', '']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);
/** Declared uncompressed size above which an XLSX is refused unread (a "zip bomb"). */
const MAX_XLSX_EXPANDED = 200 * 1024 * 1024;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<TableFile> {
  const name = displayName(fileName);
  const ext = extensionOf(name);
  if (bytes.byteLength === 0) throw fileErrors.empty(name);
  if (bytes.byteLength > MAX_BYTES) throw fileErrors.tooLarge(name, bytes.byteLength, MAX_BYTES);
  if (looksLikeZip(bytes)) return { name, format: 'xlsx', sheets: await readXlsx(bytes, name) };
  if (OLE2.every((b, i) => bytes[i] === b)) throw registerFileErrors.legacyXls(name);
  if (XLSX_EXTENSIONS.has(ext)) throw registerFileErrors.notXlsx(name);
  if (ext === 'xls' || ext === 'et') throw registerFileErrors.legacyXls(name);
  if (!CSV_EXTENSIONS.has(ext)) throw registerFileErrors.notTable(name);
  return { name, format: 'csv', sheets: [readCsv(bytes, name)] };
}

async function readXlsx(bytes: Uint8Array, name: string): Promise<TextTable[]> {
  const entries = readZipDirectory(bytes);
  if (entries === null) throw registerFileErrors.corruptXlsx(name);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw registerFileErrors.notTable(name);
  const expanded = entries.reduce((sum, e) => sum + (Number.isNaN(e.uncompressedSize) ? MAX_XLSX_EXPANDED : e.uncompressedSize), 0);
  if (expanded > MAX_XLSX_EXPANDED) throw registerFileErrors.corruptXlsx(name);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw registerFileErrors.corruptXlsx(name, err);
  }
  return sheets.map((s) => s.data.map((row) => row.map(cellText)));
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

function readCsv(bytes: Uint8Array, name: string): TextTable {
  const { text } = decodeText(bytes, name);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw registerFileErrors.badQuotes(name, (quote.row ?? 0) + 1);
  return parsed.data;
}

/**
 * Comma unless the first lines have more tabs than commas (Excel's "Unicode text" export is
 * tab-separated). papaparse's own guess gives up on one-column files and is swayed by text.
 */
function delimiterOf(text: string): ',' | '\t' {
  const head = text.split('\n', 6).join('\n');
  const count = (c: string) => head.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}
