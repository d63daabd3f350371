import type { Migration } from './types';
import { assessments } from './001-assessments';
import { evidence } from './002-evidence';
import { workflow } from './003-workflow';
import { panelSignoffAudit } from './004-panel-signoff-audit';
import { registerMonitoring } from './005-register-monitoring';

/** Every schema step in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [assessments, evidence, workflow, panelSignoffAudit, registerMonitoring];

export type { Migration } from './types';
