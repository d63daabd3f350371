import path from 'node:path';
import { AssessmentRepository } from './assessment/repository';
import { openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { APP_NAME, APP_VERSION } from './app-info';
import { EvidenceEngine } from './evidence/engine';
import { evidenceHandlers } from './evidence/evidence-handlers';
import { WorkflowStore } from './assessment/workflow-store';
import { loadWorkflowReference } from './assessment/workflow-reference';
import { suggestScreening } from '../shared/workflow/screening-suggest';
import { DEFAULT_SEEDS_DIR, loadSeedData } from './evidence/seed-data';
import { ensureSeedEvidence } from './evidence/seed-loader';

export interface CoreOptions {
  dbPath: string;
  host: 'electron' | 'web';
  nativeBinding?: string;
  clock?: () => Date;
  /** The seeds folder (curated data and source documents); defaults to the project's seeds/. */
  seedsDir?: string;
}

export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  assessments: AssessmentRepository;
  evidence: EvidenceEngine;
  workflow: WorkflowStore;
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
  const [seedData, reference] = await Promise.all([loadSeedData(seedsDir), loadWorkflowReference(seedsDir)]);
  const { db } = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const assessments = new AssessmentRepository(db, options.clock);
  const evidence = new EvidenceEngine(db, seedData);
  const workflow = new WorkflowStore(db, assessments, (id) => evidence.determinant(id)?.name ?? id, options.clock);
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
  };

  return {
    dispatch: createDispatcher(handlers),
    handlers,
    assessments,
    evidence,
    workflow,
    dbPath,
    close: () => db.close(),
  };
}
