/**
 * Typed errors that cross the contract. The renderer translates `code` with i18n
 * (errors.<code>); `message` carries the detail in both Chinese and English so that
 * the CLI and logs are readable without the renderer.
 */
export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'UNAUTHORIZED',
  'DB_TOO_NEW',
  'BAD_FILE',
  'INTERNAL',
  /** Client side only: the host could not be reached. */
  'NETWORK',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable detail, e.g. zod issue paths for INVALID_INPUT. */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
