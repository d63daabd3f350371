import path from 'node:path';
import { AssessmentRepository } from './assessment/repository';
import { openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { APP_NAME, APP_VERSION } from './app-info';
import { EvidenceEngine } from './evidence/engine';
import { evidenceHandlers } from './evidence/evidence-handlers';
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
  const { db } = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const assessments = new AssessmentRepository(db, options.clock);
  const evidence = new EvidenceEngine(db, seedData);
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
  };

  return {
    dispatch: createDispatcher(handlers),
    handlers,
    assessments,
    evidence,
    dbPath,
    close: () => db.close(),
  };
}
