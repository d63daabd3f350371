import path from 'node:path';
import { AssessmentRepository } from './assessment/repository';
import { openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import os from 'node:os';
import { APP_NAME, APP_VERSION } from './app-info';
import { AuditLog } from './audit/audit-log';
import type { Signature, Snapshot } from '../shared/snapshot/snapshot';
import { EvidenceEngine } from './evidence/engine';
import { evidenceHandlers } from './evidence/evidence-handlers';
import { WorkflowStore } from './assessment/workflow-store';
import { loadWorkflowReference } from './assessment/workflow-reference';
import { suggestScreening } from '../shared/workflow/screening-suggest';
import { PanelStore } from './panel/panel-store';
import { ReviewPackages } from './panel/review-packages';
import { SignOff } from './panel/sign-off';
import { FeedbackStore } from './panel/feedback';
import { buildSnapshot } from './snapshot/build-snapshot';
import { panelHandlers } from './panel/panel-handlers';
import { readDocument } from './files/read-document';
import { backupDirFor } from './backup/backup';
import { backupHandlers } from './backup/backup-handlers';
import { startBackupSchedule } from './backup/backup-schedule';
import { DEFAULT_SEEDS_DIR, loadSeedData } from './evidence/seed-data';
import { ensureSeedEvidence } from './evidence/seed-loader';
import { registerHandlers } from './register/register-handlers';
import { monitoringHandlers } from './monitoring/monitoring-handlers';

export interface CoreOptions {
  dbPath: string;
  host: 'electron' | 'web';
  nativeBinding?: string;
  clock?: () => Date;
  /** Who is acting, for the audit trail; defaults to the operating-system user. */
  actor?: () => string;
  /** Take a daily backup (the desktop app and `hia web`); off for the CLI and tests. */
  backupSchedule?: boolean;
  /** Where backups go; defaults to backups/ beside the database. */
  backupDir?: string;
  /** The seeds folder (curated data and source documents); defaults to the project's seeds/. */
  seedsDir?: string;
}

export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  assessments: AssessmentRepository;
  evidence: EvidenceEngine;
  workflow: WorkflowStore;
  audit: AuditLog;
  panel: PanelStore;
  packages: ReviewPackages;
  signOff: SignOff;
  feedback: FeedbackStore;
  /** The current (unsigned) snapshot of an assessment, e.g. for a draft report. */
  snapshot: (assessmentId: string, signatures: Signature[], at: string) => Snapshot;
  dbPath: string;
  close(): void;
}

/**
 * Builds the Node-only core: the database and every service behind the contract. The
 * Electron shell, the browser-mode host, the CLI and the tests all start here.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const dbPath = options.dbPath === ':memory:' ? ':memory:' : path.resolve(options.dbPath);
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const seedData = await loadSeedData(seedsDir);
  const reference = await loadWorkflowReference(seedsDir, seedData.taxonomy);
  const { db } = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const audit = new AuditLog(db, options.actor ?? defaultActor(options.host), options.clock);
  const assessments = new AssessmentRepository(db, audit, options.clock);
  const backupDir = options.backupDir ?? (dbPath === ':memory:' ? path.join(os.tmpdir(), 'hia-memory-backups') : backupDirFor(dbPath));
  const evidence = new EvidenceEngine(db, seedData);
  const workflow = new WorkflowStore(db, assessments, (id) => evidence.determinant(id)?.name ?? id, audit, reference.ratingScheme, options.clock);
  const panel = new PanelStore(db, assessments, workflow, reference.ratingScheme, audit, options.clock);
  const packages = new ReviewPackages(db, workflow, panel, evidence, audit, reference.ratingScheme, options.clock);
  const snapshot = (id: string, signatures: Signature[], at: string) => buildSnapshot({ workflow, panel, evidence, reference }, id, signatures, at);
  const signOff = new SignOff(db, assessments, workflow, snapshot, audit, options.clock);
  const feedback = new FeedbackStore(db, signOff, audit, options.clock);
  try {
    await ensureSeedEvidence(evidence.store, seedsDir, seedData);
  } catch (err) {
    db.close();
    throw err;
  }

  const handlers: Handlers = {
    'app/info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      schemaVersion: migrations.length,
      dataPath: dbPath,
      host: options.host,
    }),
    'assessment/list': ({ search }) => assessments.list(search),
    'assessment/get': ({ id }) => assessments.get(id),
    'assessment/create': (fields) => assessments.create(fields),
    'assessment/update': ({ id, changes, expectedUpdatedAt }) => assessments.update(id, changes, expectedUpdatedAt),
    'assessment/delete': ({ id }) => assessments.delete(id),
    ...evidenceHandlers(evidence),
    'workflow/get': ({ id }) => workflow.view(id),
    'workflow/save': ({ id, stage, data }) => workflow.save(id, stage, data),
    'workflow/advance': ({ id }) => workflow.advance(id),
    'workflow/screening-suggestion': ({ id }) => {
      const screen = evidence.screen(assessments.get(id).draftText);
      const questionsOf = (d: string) => evidence.determinant(d)?.screeningQuestions ?? [];
      return { ...suggestScreening(reference.screeningForm, screen, questionsOf), screen };
    },
    'workflow/reference': () => reference,
    'files/read-text': async ({ fileName, dataBase64 }) => {
      const r = await readDocument(Buffer.from(dataBase64, 'base64'), fileName);
      return { text: r.text, format: r.format, encoding: r.encoding ?? null, pages: r.pages ?? null, warnings: r.warnings };
    },
    'report/build': async ({ id, version }) => {
      // Loaded on first use: the report stack (docx, ECharts) is large and most sessions
      // never build a report.
      const { reportFor } = await import('./report/report-for');
      const r = await reportFor(core, id, version);
      return { fileName: r.fileName, dataBase64: r.bytes.toString('base64'), signed: r.signed, version: r.version };
    },
    ...backupHandlers({ db: () => db, backupDir, nativeBinding: options.nativeBinding, now: options.clock }),
    ...panelHandlers({ panel, packages, signOff, feedback, audit, snapshot, clock: options.clock ?? (() => new Date()) }),
    ...registerHandlers({ db, assessments, audit, seedsDir, clock: options.clock ?? (() => new Date()) }),
    ...monitoringHandlers({ db, evidence, workflow, signOff, audit, clock: options.clock ?? (() => new Date()) }),
  };

  const schedule = options.backupSchedule && dbPath !== ':memory:' ? startBackupSchedule(() => (db.open ? db : null), backupDir) : null;
  // Handlers that need the assembled core (the report) reach it when called, not now.
  const core: Core = {
    dispatch: createDispatcher(handlers),
    handlers,
    assessments,
    evidence,
    workflow,
    audit,
    panel,
    packages,
    signOff,
    feedback,
    snapshot,
    dbPath,
    close: () => {
      schedule?.stop();
      db.close();
    },
  };
  return core;
}

/** The OS account and where the change came from: there are no app logins on a desktop tool. */
function defaultActor(host: CoreOptions['host']): () => string {
  let name = 'unknown';
  try {
    name = os.userInfo().username;
  } catch {
    // Some sandboxes have no user database; the audit trail still records the host.
  }
  return () => `${name}@${host}`;
}
