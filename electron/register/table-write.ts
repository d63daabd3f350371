/**
 * Rows → a CSV or XLSX file that Excel and WPS on Chinese Windows open correctly:
 * - CSV: UTF-8 with a BOM (without it Excel reads UTF-8 as GBK and shows mojibake), CRLF
 *   line ends, quoted where a cell holds a comma, quote, line break or edge space;
 * - XLSX: one sheet, bold header row kept in view, numbers as numbers.
 * Text cells go through the formula guard in both (shared/register/formula-guard.ts).
 */
import Papa from 'papaparse';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { guardFormula } from '../../shared/register/formula-guard';
import type { TableFormat } from './table-file';

export type OutCell = string | number;

export interface OutTable {
  header: readonly string[];
  rows: readonly (readonly OutCell[])[];
  /** Column widths in characters, for XLSX. */
  widths?: readonly number[];
  sheetName: string;
}

export async function writeTable(format: TableFormat, table: OutTable): Promise<Buffer> {
  return format === 'csv' ? writeCsv(table) : writeXlsx(table);
}

function writeCsv(table: OutTable): Buffer {
  const text = (c: OutCell) => (typeof c === 'number' ? String(c) : guardFormula(c));
  const body = Papa.unparse([table.header.map(text), ...table.rows.map((r) => r.map(text))], { newline: '\r\n' });
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}

/**
 * XLSX cells are written as shared strings, never with a formula element, so "=…" stays text
 * on opening and needs no visible "'" (checked in tests/unit/register/register-import.test.ts).
 */
async function writeXlsx(table: OutTable): Promise<Buffer> {
  const cell = (c: OutCell): Cell => (typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String });
  const data: Cell[][] = [
    table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...table.rows.map((r) => r.map(cell)),
  ];
  return writeXlsxFile(data, {
    sheet: table.sheetName,
    stickyRowsCount: 1,
    columns: table.widths?.map((width) => ({ width })),
  }).toBuffer();
}
