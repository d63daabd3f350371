import type { TFunction } from 'i18next';
import { isErrorCode } from '../../shared/errors';
import { ApiError } from './api/client';

/** A message for the user in the current language, with the host's bilingual detail after it. */
export function describeError(t: TFunction, err: unknown): string {
  if (err instanceof ApiError && isErrorCode(err.payload.code)) {
    const summary = t(`errors.${err.payload.code}`);
    return err.payload.message ? `${summary}（${err.payload.message}）` : summary;
  }
  return err instanceof Error ? err.message : String(err);
}
