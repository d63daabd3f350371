/** Shared helpers for the document-reader tests: fixture bytes and error inspection. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { AppError } from '../../../shared/errors';

const dir = new URL('../../fixtures/documents/', import.meta.url);

export const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(name, dir)));

/** The reference text every good fixture must reproduce. */
export const reference = (): string => fixture('draft.utf8.txt').toString('utf8');

/** All whitespace removed: formats differ in line wrapping and spacing, not in characters. */
export const squash = (s: string): string => s.replace(/\s+/gu, '');

export const nonEmptyLines = (s: string): number => s.split('\n').filter((l) => l.trim() !== '').length;

const HAN = /\p{Script=Han}/u;

/** Awaits a rejection and checks it is a well-formed bilingual BAD_FILE error. */
export async function expectBadFile(promise: Promise<unknown>, reason: string, shownName?: string): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe('BAD_FILE');
  expect(appError.details).toEqual({ reason });
  const [zh, en, ...rest] = appError.message.split(' / ');
  expect(rest.join(' / '), 'message is "<Chinese> / <English>"').not.toMatch(HAN);
  expect(zh).toMatch(HAN);
  const englishWithoutName = (en ?? '').replace(shownName ?? '\u0000', '');
  expect(englishWithoutName).toMatch(/[A-Za-z]{4,}/);
  expect(englishWithoutName, 'the English half has no Chinese').not.toMatch(HAN);
  if (shownName !== undefined) {
    expect(zh).toContain(shownName);
    expect(en).toContain(shownName);
  }
  // No file content: no replacement characters or control characters from raw bytes.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  expect(appError.message).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  return appError;
}
