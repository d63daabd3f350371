import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import type { AuditLog } from '../audit/audit-log';
import type { EvidenceEngine } from '../evidence/engine';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { SignOff } from '../panel/sign-off';
import { indicatorCatalogue } from './indicator-catalogue';
import { Monitoring } from './monitoring-service';
import { ObservationStore } from './observation-store';

type MonitoringChannels = 'indicators/catalogue' | 'monitoring/get' | 'monitoring/record' | 'monitoring/remove';

export interface MonitoringDeps {
  db: Database.Database;
  evidence: EvidenceEngine;
  workflow: WorkflowStore;
  signOff: SignOff;
  audit: AuditLog;
  clock: () => Date;
}

/** The indicator catalogue's and follow-up monitoring's contract handlers. */
export function monitoringHandlers(deps: MonitoringDeps): Pick<Handlers, MonitoringChannels> {
  const store = new ObservationStore(deps.db, deps.audit, deps.clock);
  const monitoring = new Monitoring(deps, store, deps.clock);
  return {
    'indicators/catalogue': () => indicatorCatalogue(deps.db, deps.evidence),
    'monitoring/get': ({ id }) => monitoring.view(id),
    'monitoring/record': ({ id, observation }) => monitoring.record(id, observation),
    'monitoring/remove': ({ id, observationId, reason }) => monitoring.remove(id, observationId, reason),
  };
}
