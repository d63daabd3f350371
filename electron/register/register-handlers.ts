import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import type { AssessmentRepository } from '../assessment/repository';
import type { AuditLog } from '../audit/audit-log';
import { computeCoverage } from '../../shared/register/coverage';
import { CoverageSettingsStore } from './coverage-settings';
import { exportCoverage } from './coverage-export';
import { exportRegister, registerTemplate } from './register-export';
import { RegisterImporter } from './register-import';
import { RegisterStore } from './register-store';

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
  | 'coverage/reset-settings'
  | 'coverage/export';

export interface RegisterDeps {
  db: Database.Database;
  assessments: AssessmentRepository;
  audit: AuditLog;
  seedsDir: string;
  clock: () => Date;
}

const bytesOf = (dataBase64: string): Buffer => Buffer.from(dataBase64, 'base64');
const fileOut = ({ fileName, bytes }: { fileName: string; bytes: Buffer }) => ({ fileName, dataBase64: bytes.toString('base64') });

/** The register's and the coverage dashboard's contract handlers. */
export function registerHandlers(deps: RegisterDeps): Pick<Handlers, RegisterChannels> {
  const store = new RegisterStore(deps.db, deps.assessments, deps.audit, deps.clock);
  const importer = new RegisterImporter(deps.db, store, deps.audit);
  const settings = new CoverageSettingsStore(deps.db, deps.audit, deps.seedsDir, deps.clock);
  return {
    'register/list': (filter) => store.list(filter),
    'register/save': ({ id, fields, linkTo }) => store.save(id, fields, linkTo),
    'register/delete': ({ id }) => store.delete(id),
    'register/link': ({ id, assessmentId }) => store.link(id, assessmentId),
    'register/start-assessment': ({ id }) => store.startAssessment(id),
    'register/unregistered': () => store.unregistered(),
    'register/preview-import': ({ fileName, dataBase64 }) => importer.preview(bytesOf(dataBase64), fileName),
    'register/import': ({ fileName, dataBase64 }) => importer.import(bytesOf(dataBase64), fileName),
    'register/export': async ({ format, filter }) => fileOut(await exportRegister(store.list(filter), format, filter?.year)),
    'register/template': async ({ format }) => fileOut(await registerTemplate(format, deps.clock().getFullYear())),
    'coverage/get': ({ year }) => computeCoverage(store.coverageItems(), settings.get(), year ?? null),
    'coverage/export': async ({ year, format }) => fileOut(await exportCoverage(computeCoverage(store.coverageItems(), settings.get(), year ?? null), format)),
    'coverage/settings': () => settings.get(),
    'coverage/save-settings': (input) => settings.save(input),
    'coverage/reset-settings': () => settings.reset(),
  };
}
