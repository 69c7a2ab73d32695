import { mkdirSync } from 'node:fs';
import { PGlite, types, type Extension } from '@electric-sql/pglite';

// The contrib entry points are declared only through package "exports",
// which TypeScript's CommonJS resolution does not read; the value is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
import { acquireDirLock } from './dir-lock';
import { Listeners } from './listeners';
import type { QueryResult, Store, Tx } from './types';

export interface PgliteOptions {
  /** Start from these database files (a `dumpPgliteStore` tarball) instead of running initdb. */
  loadDataDir?: Blob;
}

/** The PGlite instance behind each store this driver opened (for dumpPgliteStore). */
const instances = new WeakMap<Store, PGlite>();

/**
 * The database files of a PGlite store as an uncompressed tarball: tests
 * start from a migrated copy (store/testing) instead of paying initdb (about
 * 4 s of WASM) per test file.
 */
export async function dumpPgliteStore(store: Store): Promise<Blob> {
  const db = instances.get(store);
  if (!db) throw new Error('dumpPgliteStore: not a PGlite store');
  return db.dumpDataDir('none');
}

/**
 * Embedded Postgres (WASM) so `npm start` works on a machine with Node alone.
 * PGlite is a single connection: its own mutex serialises statements, and a
 * transaction holds the connection until it ends.
 *
 * @param dataDir a directory for the database files, or undefined for in-memory (tests).
 */
export async function openPgliteStore(dataDir?: string, options: PgliteOptions = {}): Promise<Store> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? acquireDirLock(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create({
      dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
      // Dates stay ISO strings on both drivers ('2025-02-19'), never local-time Date objects.
      parsers: { [types.DATE]: (value: string) => value },
    });
  } catch (error) {
    release();
    throw error;
  }
  const listeners = new Listeners();

  const run = async <Row>(q: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> => {
    listeners.emit(sql, params);
    const result = await q.query<Row>(sql, params as unknown[] | undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };

  const store: Store = {
    driver: 'pglite',
    query: (sql, params) => run(db, sql, params),
    // PGlite plans in-process with no round trip to save: TransactionOptions.prepare does not apply.
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      return db.transaction(async (inner) => fn({ query: (sql, params) => run(inner, sql, params) }));
    },
    async exec(sql) {
      listeners.emit(sql, undefined);
      await db.exec(sql);
    },
    onQuery: (listener) => listeners.add(listener),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
  instances.set(store, db);
  return store;
}
