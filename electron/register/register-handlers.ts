import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import type { AssessmentRepository } from '../assessment/repository';
import type { AuditLog } from '../audit/audit-log';
import { AppError } from '../../shared/errors';

type RegisterChannels =
  | 'register/list'
  | 'register/save'
  | 'register/delete'
  | 'register/link'
  | 'register/start-assessment'
  | 'register/unregistered'
  | 'register/preview-import'
  | 'register/import'
  | 'register/export'
  | 'register/template'
  | 'coverage/get'
  | 'coverage/settings'
  | 'coverage/save-settings'
  | 'coverage/reset-settings';

export interface RegisterDeps {
  db: Database.Database;
  assessments: AssessmentRepository;
  audit: AuditLog;
  seedsDir: string;
  clock: () => Date;
}

const todo = (): never => {
  throw new AppError('INTERNAL', '尚未实现 / Not implemented yet');
};

/** The register's and the coverage dashboard's contract handlers. (Being built.) */
export function registerHandlers(_deps: RegisterDeps): Pick<Handlers, RegisterChannels> {
  return {
    'register/list': todo,
    'register/save': todo,
    'register/delete': todo,
    'register/link': todo,
    'register/start-assessment': todo,
    'register/unregistered': todo,
    'register/preview-import': todo,
    'register/import': todo,
    'register/export': todo,
    'register/template': todo,
    'coverage/get': todo,
    'coverage/settings': todo,
    'coverage/save-settings': todo,
    'coverage/reset-settings': todo,
  };
}
