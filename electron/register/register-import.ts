/**
 * Importing a register file: preview (the checked rows, nothing written) and import (the same
 * bytes parsed again and checked against the database inside the transaction that inserts
 * the valid rows, so a change between preview and import cannot slip a duplicate in). One
 * import is one transaction and one audit entry; a refused file (BAD_FILE) writes nothing.
 */
import type Database from 'better-sqlite3';
import type { ImportPreview, ImportResult } from '../../shared/register/register';
import { MAX_IMPORT_ROWS, checkRows, dataRows, findHeader, type CheckedRow, type DataRow, type HeaderMatch } from '../../shared/register/import-rows';
import type { AuditLog } from '../audit/audit-log';
import type { RegisterStore } from './register-store';
import { registerFileErrors } from './register-file-errors';
import { readTableFile, type TableFile } from './table-file';

interface ParsedFile {
  file: TableFile;
  header: HeaderMatch;
  rows: DataRow[];
}

/** The first sheet with a recognisable header, and its data rows. */
async function parseFile(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  const file = await readTableFile(bytes, fileName);
  for (const sheet of file.sheets) {
    const header = findHeader(sheet);
    if (header === null) continue;
    const rows = dataRows(sheet, header);
    if (rows.length === 0) throw registerFileErrors.noRows(file.name);
    if (rows.length > MAX_IMPORT_ROWS) throw registerFileErrors.tooManyRows(file.name, rows.length);
    return { file, header, rows };
  }
  throw registerFileErrors.noHeader(file.name);
}

const isValid = (r: CheckedRow): boolean => r.preview.item !== null;

export class RegisterImporter {
  constructor(
    private readonly db: Database.Database,
    private readonly store: RegisterStore,
    private readonly audit: AuditLog,
  ) {}

  async preview(bytes: Uint8Array, fileName: string): Promise<ImportPreview> {
    const { file, header, rows } = await parseFile(bytes, fileName);
    const checked = checkRows(rows, header, this.store.importLookups());
    const valid = checked.filter(isValid).length;
    return {
      fileName: file.name,
      format: file.format,
      columns: Object.fromEntries(Object.entries(header.columns).filter((e): e is [string, string] => e[1] !== undefined)),
      ignoredColumns: header.ignoredColumns,
      rows: checked.map((r) => r.preview),
      valid,
      invalid: checked.length - valid,
    };
  }

  async import(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
    const { file, header, rows } = await parseFile(bytes, fileName);
    return this.db.transaction(() => {
      const checked = checkRows(rows, header, this.store.importLookups());
      const accepted = checked.filter(isValid);
      const rejected = checked.filter((r) => !isValid(r)).map((r) => ({ row: r.preview.row, errors: r.preview.errors }));
      if (accepted.length > 0) {
        const ids = this.store.insertMany(accepted.map((r) => ({ fields: r.preview.item!, assessmentId: r.assessmentId })));
        // What was imported, row by row, so the trail can answer "where did this item come from".
        this.audit.append(null, 'register.import', {
          fileName: file.name,
          format: file.format,
          imported: accepted.length,
          rejected: rejected.length,
          rejectedRows: rejected.map((r) => r.row),
          items: accepted.map((r, i) => ({ row: r.preview.row, itemId: ids[i], title: r.preview.item!.title, assessmentId: r.assessmentId })),
        });
        // A row that names an assessment links it: that shows in the assessment's own trail too.
        accepted.forEach((r, i) => {
          if (r.assessmentId === null) return;
          this.audit.append(r.assessmentId, 'register.link', {
            itemId: ids[i],
            title: r.preview.item!.title,
            old: null,
            new: { assessmentId: r.assessmentId, number: r.preview.assessmentNumber },
            source: { fileName: file.name, row: r.preview.row },
          });
        });
      }
      return { imported: accepted.length, skipped: rejected.length, rejected };
    })();
  }
}
