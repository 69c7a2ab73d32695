import { loadConfig } from '../../common/config';
import { createLogger, type Logger } from '../../common/logger';
import { loadSeed } from '../../crawlers/seed';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../../store/testing';
import { startHub, type HubHandle } from '../app';
import { FIXTURES } from './fixtures';
import { PROGRAM_FIXTURES } from './program-fixtures';

export interface TestHub {
  hub: HubHandle;
  store: TestStore;
  /** Subgraph names in the order the query plans called them since the last reset. */
  fetches: string[];
  /** POSTs one operation; `headers` adds request headers (Authorization, X-API-Key …). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  /** Load the bundled Seoul open data too. */
  seed?: boolean;
  /** Load PROGRAM_FIXTURES (programmes and the facilities that run them) too. */
  programs?: boolean;
  /** Serve this database (e.g. one a test crawled the simulator into) instead of a fresh one with FIXTURES; closed with the hub. */
  store?: TestStore;
  /** Settings on top of the test defaults (e.g. OIDC_*). */
  env?: Record<string, string>;
  /** The hub's logger (default: silent). */
  logger?: Logger;
}

/** A single-process hub on its own test database, loaded with FIXTURES (and the bundled Seoul data if asked), on a free port. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const store = options.store ?? (await createTestStore());
  if (options.seed) await loadSeed(store);
  if (!options.store) await upsertRecords(store, FIXTURES);
  if (options.programs) await upsertRecords(store, PROGRAM_FIXTURES);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', LOG_LEVEL: 'silent', ...options.env });
  const fetches: string[] = [];
  const hub = await startHub(config, { logger: options.logger ?? createLogger('silent'), store, onSubgraphFetch: (name) => fetches.push(name) });
  await hub.ready;
  return {
    hub,
    store,
    fetches,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as any };
    },
    async close() {
      await hub.close();
      await store.close();
    },
  };
}
