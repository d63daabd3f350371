import type { Migration } from './types';
import { assessments } from './001-assessments';

/** Every schema step in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [assessments];

export type { Migration } from './types';
