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
  'evidence/import',
  'evidence/remove',
  'taxonomy/get',
  'evidence/indicators',
  'workflow/get',
  'workflow/save',
  'workflow/advance',
  'workflow/screening-suggestion',
  'workflow/reference',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
