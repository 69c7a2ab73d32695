import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import type { Store } from '../store';
import { loadSeed } from '../crawlers/seed';
import { indexAll, startIndexer } from '../subgraphs/search/indexer';

/**
 * Data jobs run when the hub starts on its own database: today the bundled
 * Seoul open data (idempotent: unchanged rows cost no writes, so a restart is
 * cheap). The simulator crawl joins here once the site adapters exist.
 */
export async function runStartupJobs(config: Config, store: Store, logger: Logger): Promise<void> {
  if (config.LOAD_SEED) {
    const started = Date.now();
    const result = await loadSeed(store, { onProgress: (message) => logger.info(message) });
    logger.info({ ...result.total, ms: Date.now() - started }, 'seed data loaded');
  }
  const started = Date.now();
  const indexed = await indexAll(store);
  logger.info({ indexed, ms: Date.now() - started }, 'search index up to date');
}

/** Work that runs for as long as the hub does; returns the function that stops it. */
export function startBackgroundJobs(store: Store, logger: Logger): () => Promise<void> {
  return startIndexer(store, logger);
}
