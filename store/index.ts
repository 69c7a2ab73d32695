import { join } from 'node:path';
import { migrate } from './migrate';
import { openPgStore } from './pg-driver';
import { openPgliteStore } from './pglite-driver';
import type { Store } from './types';

export type { Store, Queryable, Tx, QueryResult, DriverName } from './types';
export { migrate } from './migrate';

export interface OpenStoreOptions {
  /** PostgreSQL URL; when absent the embedded PGlite store is used. */
  databaseUrl?: string;
  /** Directory for PGlite files; undefined = in-memory (tests only). */
  dataDir?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** PGlite only: start from these database files instead of an empty cluster (tests, store/testing). */
  pgliteFrom?: Blob;
  /** PGlite only: shared_buffers (PGLITE_SHARED_BUFFERS). */
  pgliteSharedBuffers?: string;
}

/** Where the embedded database of a data directory lives: one place for the hub and every CLI. */
export function embeddedDataDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * The store a configuration names: PostgreSQL at DATABASE_URL, else the
 * embedded PGlite of DATA_DIR. Every process and CLI opens it through here,
 * so `npm run crawl` writes where `npm start` reads (they once disagreed: the
 * crawler wrote DATA_DIR itself and the hub read DATA_DIR/pglite, and the
 * hub showed none of the crawled records and no error).
 */
export function configuredStore(config: { DATABASE_URL?: string; dataDir: string; PGLITE_SHARED_BUFFERS?: string }, options: { migrate?: boolean } = {}): Promise<Store> {
  return openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : embeddedDataDir(config.dataDir), pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS, ...options });
}

/** Opens the store named by the config (DESIGN contract 7) and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPgStore({ connectionString: options.databaseUrl })
    : await openPgliteStore(options.dataDir, { loadDataDir: options.pgliteFrom, sharedBuffers: options.pgliteSharedBuffers });
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}
