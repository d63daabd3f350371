import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import type { AuditLog } from '../audit/audit-log';
import type { EvidenceEngine } from '../evidence/engine';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { SignOff } from '../panel/sign-off';
import { AppError } from '../../shared/errors';

type MonitoringChannels = 'indicators/catalogue' | 'monitoring/get' | 'monitoring/record' | 'monitoring/remove';

export interface MonitoringDeps {
  db: Database.Database;
  evidence: EvidenceEngine;
  workflow: WorkflowStore;
  signOff: SignOff;
  audit: AuditLog;
  clock: () => Date;
}

const todo = (): never => {
  throw new AppError('INTERNAL', '尚未实现 / Not implemented yet');
};

/** The indicator catalogue's and follow-up monitoring's contract handlers. (Being built.) */
export function monitoringHandlers(_deps: MonitoringDeps): Pick<Handlers, MonitoringChannels> {
  return {
    'indicators/catalogue': todo,
    'monitoring/get': todo,
    'monitoring/record': todo,
    'monitoring/remove': todo,
  };
}
