import path from 'node:path';
import { AssessmentRepository } from './assessment/repository';
import { openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { APP_NAME, APP_VERSION } from './app-info';

export interface CoreOptions {
  dbPath: string;
  host: 'electron' | 'web';
  nativeBinding?: string;
  clock?: () => Date;
}

export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  assessments: AssessmentRepository;
  dbPath: string;
  close(): void;
}

/**
 * Builds the Node-only core: the database and every service behind the contract. The
 * Electron shell, the browser-mode host, the CLI and the tests all start here.
 */
export function createCore(options: CoreOptions): Core {
  const dbPath = options.dbPath === ':memory:' ? ':memory:' : path.resolve(options.dbPath);
  const { db } = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const assessments = new AssessmentRepository(db, options.clock);

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
  };

  return {
    dispatch: createDispatcher(handlers),
    handlers,
    assessments,
    dbPath,
    close: () => db.close(),
  };
}
