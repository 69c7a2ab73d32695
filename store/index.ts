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
}

/** Opens the store named by the config (DESIGN contract 7) and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPgStore({ connectionString: options.databaseUrl })
    : await openPgliteStore(options.dataDir, { loadDataDir: options.pgliteFrom });
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
