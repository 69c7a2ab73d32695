import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import type { Store } from '../store';
import { loadSeed } from '../crawlers/seed';

/**
 * Data jobs run when the hub starts on its own database: today the bundled
 * Seoul open data (idempotent: unchanged rows cost no writes, so a restart is
 * cheap). The simulator crawl joins here once the site adapters exist.
 */
export async function runStartupJobs(config: Config, store: Store, logger: Logger): Promise<void> {
  if (!config.LOAD_SEED) return;
  const started = Date.now();
  const result = await loadSeed(store, { onProgress: (message) => logger.info(message) });
  logger.info({ ...result.total, ms: Date.now() - started }, 'seed data loaded');
}
