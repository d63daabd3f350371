/**
 * A user's file → plain text, for importing documents into the evidence base and draft
 * policies into an assessment. One entry point for every format, so both imports accept and
 * refuse exactly the same files with the same messages.
 *
 * Takes bytes, not a path: the caller (IPC, browser-mode upload, CLI) already holds them, and
 * a path from the renderer must never be opened blindly. Every refusal is an
 * AppError('BAD_FILE', '<中文> / <English>') (file-errors.ts); any other exception is a bug.
 * Nothing here writes anywhere, so a refused file leaves the evidence index unchanged as long
 * as callers read before they write.
 *
 * The work is CPU-bound (PDF parsing especially); callers that must keep a UI responsive run
 * it off the main thread and forward onProgress.
 */
import { AppError } from '../../shared/errors';
import { decodeText, type TextEncoding } from './decode-text';
import { displayName, fileErrors } from './file-errors';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { planRead, type DocumentFormat } from './sniff-format';

export type { DocumentFormat } from './sniff-format';
export type { TextEncoding } from './decode-text';

export interface ReadDocumentOptions {
  /** Largest file accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Called with 0…1 as the file is read (per page for PDF); always ends with 1 on success. */
  onProgress?: (fraction: number) => void;
}

export interface ReadDocumentResult {
  /** The text, LF line ends, one paragraph (or table row, cells TAB-separated) per line. */
  text: string;
  format: DocumentFormat;
  /** For txt and md: the encoding that was detected. */
  encoding?: TextEncoding;
  /** For pdf: number of pages. */
  pages?: number;
  /** Bilingual notes on what was skipped or guessed (pictures, empty pages, odd extension…). */
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadDocumentOptions = {},
): Promise<ReadDocumentResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new AppError('INVALID_INPUT', `maxBytes 必须是正数 / maxBytes must be a positive number`);
  }
  const name = displayName(fileName);
  if (bytes.byteLength === 0) throw fileErrors.empty(name);
  if (bytes.byteLength > maxBytes) throw fileErrors.tooLarge(name, bytes.byteLength, maxBytes);

  const plan = planRead(bytes, name);
  options.onProgress?.(0);
  let result: ReadDocumentResult;
  switch (plan.format) {
    case 'txt':
    case 'md': {
      const decoded = decodeText(bytes, name);
      result = { text: decoded.text, format: plan.format, encoding: decoded.encoding, warnings: [...plan.warnings, ...decoded.warnings] };
      break;
    }
    case 'docx': {
      const docx = await readDocx(bytes, name, plan.zipEntries);
      result = { text: docx.text, format: 'docx', warnings: [...plan.warnings, ...docx.warnings] };
      break;
    }
    case 'pdf': {
      const pdf = await readPdf(bytes, name, options.onProgress);
      result = { text: pdf.text, format: 'pdf', pages: pdf.pages, warnings: [...plan.warnings, ...pdf.warnings] };
      break;
    }
  }
  if (result.text.trim() === '') throw fileErrors.noText(name);
  options.onProgress?.(1);
  return result;
}
