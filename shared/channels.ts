/**
 * The names of every contract channel. Kept apart from the zod schemas so the Electron
 * preload can allow-list channels without bundling the schemas; `contract.ts` is typed so
 * that it must define exactly these channels.
 */
export const CHANNELS = [
  'app/info',
  'assessment/list',
  'assessment/get',
  'assessment/create',
  'assessment/update',
  'assessment/delete',
  'evidence/search',
  'evidence/screen',
  'evidence/documents',
  'evidence/passage-context',
  'evidence/passages',
  'evidence/import',
  'evidence/remove',
  'taxonomy/get',
  'evidence/indicators',
  'workflow/get',
  'workflow/save',
  'workflow/advance',
  'workflow/screening-suggestion',
  'workflow/reference',
  'panel/get',
  'panel/save-member',
  'panel/remove-member',
  'panel/save-ratings',
  'panel/second-round',
  'panel/set-final',
  'panel/save-opinion',
  'panel/export-request',
  'panel/import-response',
  'review/open',
  'review/list',
  'review/get',
  'review/save',
  'review/export',
  'signoff/sign',
  'signoff/reopen',
  'signoff/versions',
  'feedback/list',
  'feedback/record',
  'audit/list',
  'audit/verify',
  'report/build',
  'files/read-text',
  'backup/create',
  'backup/list',
  'backup/validate',
  'backup/restore',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
