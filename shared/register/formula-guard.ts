/**
 * Spreadsheet formula injection (CSV injection): a cell that starts with = + - @ (or a tab or
 * carriage return, which some programs skip before looking for those) may run as a formula
 * when an exported CSV is opened in Excel or WPS. CSV exports prefix such cells with "'",
 * which spreadsheets show as text; imports take that prefix off again, so an exported file
 * imports back to the same values. (XLSX stores text as shared strings, which never run.)
 */

const TRIGGER = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

/** The cell as it is safe to write into a CSV or XLSX file. */
export function guardFormula(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of guardFormula, for cells read from a file. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
