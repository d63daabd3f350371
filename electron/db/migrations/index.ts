import type { Migration } from './types';
import { assessments } from './001-assessments';
import { evidence } from './002-evidence';
import { workflow } from './003-workflow';
import { panelSignoffAudit } from './004-panel-signoff-audit';

/** Every schema step in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [assessments, evidence, workflow, panelSignoffAudit];

export type { Migration } from './types';
