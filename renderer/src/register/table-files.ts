import { downloadBase64 } from '../files/download';

import { TABLE_FORMATS, type TableFormat } from '../../../shared/register/register';

export { TABLE_FORMATS, type TableFormat };
export const TABLE_ACCEPT = '.csv,.xlsx';

const MIME: Record<TableFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Saves a register file the core produced (export or template). */
export function downloadTable(file: { fileName: string; dataBase64: string }, format: TableFormat): void {
  downloadBase64(file.fileName, file.dataBase64, MIME[format]);
}
