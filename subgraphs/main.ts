// First: limits heap growth before the rest of the hub loads (see the module).
import '../common/limit-heap-growth';
import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { configuredStore } from '../store';
import { SUBGRAPHS, SUBGRAPH_NAMES } from './list';
import { serveSubgraph } from './serve';
import { startIndexer } from './search/indexer';

/**
 * `npm run start:subgraph -- <name>`: one subgraph as its own process, for
 * distributed mode (DESIGN contract 5). Port: PORT if set, else
 * SUBGRAPH_BASE_PORT + the subgraph's offset in subgraphs/list.ts.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) {
    console.error(`사용법 / usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
    process.exit(2);
  }
  let config;
  try {
    config = loadConfig({ ...process.env, PORT: process.env.PORT ?? String(0) });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const port = process.env.PORT ? config.PORT : config.SUBGRAPH_BASE_PORT + entry.port;
  const logger = createLogger(config.LOG_LEVEL, `subgraph-${entry.name}`);
  const store = await configuredStore(config);
  const served = await serveSubgraph({ name: entry.name, store, host: config.HOST, port, logger, maxBodyBytes: config.MAX_BODY_BYTES });
  // The search subgraph keeps its own index fresh; run it wherever that subgraph runs.
  const stopIndexer = entry.name === 'search' ? startIndexer(store, logger) : async () => undefined;
  logger.info({ url: served.url, subgraph: entry.name }, 'subgraph listening');
  console.log(`subgraph ${entry.name} listening on ${served.url}`);
  const shutdown = () => {
    void served.close().then(stopIndexer).then(() => store.close()).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main().catch((error) => {
  console.error(`시작하지 못했습니다 / Could not start: ${(error as Error).message}`);
  process.exit(1);
});
