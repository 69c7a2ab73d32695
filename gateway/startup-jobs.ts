import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import type { Store } from '../store';
import { groupUngroupedPolicies } from '../store/catalog/policy-groups';
import type { CrawlStatus } from '../crawlers/scheduler';
import { loadRegistry, withBaseUrls } from '../crawlers/sites/load-registry';
import type { SiteConfig } from '../crawlers/core/adapter';
import { useSimulatedRegistry } from '../subgraphs/welfare/registry';
import { indexAll, startIndexer } from '../subgraphs/search/indexer';
import { startSender } from '../subgraphs/apply/sender';
import { startRetention } from '../subgraphs/welfare/retention';

/**
 * Data jobs run when the hub starts on its own database: the bundled Seoul
 * open data (idempotent: unchanged rows cost no writes, so a restart is
 * cheap), the one-time grouping of policies an older crawl left
 * ungrouped, and the search index. The hub is ready after these.
 */
export async function runStartupJobs(config: Config, store: Store, logger: Logger): Promise<void> {
  if (config.LOAD_SEED) {
    const started = Date.now();
    // Loaded when used: the seed loader, the crawler and the simulator (HTML parsing and sanitising with them) are
    // a good part of the process's memory, and a hub started without them (LOAD_SEED / CRAWL_ON_START off) never needs them.
    // `require`, not `import()`: the hub runs under tsx's CommonJS hook (package.json start), which leaves `import()` to Node's ESM loader.
    const { loadSeed } = require('../crawlers/seed') as typeof import('../crawlers/seed');
    const result = await loadSeed(store, { onProgress: (message) => logger.info(message) });
    logger.info({ ...result.total, ms: Date.now() - started }, 'seed data loaded');
  }
  // A database crawled before policies were grouped still holds their duplicates: merged once, here.
  const grouped = await store.transaction((tx) => groupUngroupedPolicies(tx));
  if (grouped) logger.info({ sources: grouped }, 'policy sources of an older crawl grouped');
  const started = Date.now();
  const indexed = await indexAll(store);
  logger.info({ indexed, ms: Date.now() - started }, 'search index up to date');
}

/**
 * In simulator mode the crawl runs without politeness delays, which is only
 * right on loopback: a registered site the simulator does not serve would be
 * fetched at its production URL at full speed. It is skipped, with a line
 * saying so (crawl it with `npm run crawl -- --site <id> --target production`,
 * which keeps the registry's politeness).
 */
export function simulatedSitesOnly(sites: SiteConfig[], served: Record<string, string>, log: Pick<Logger, 'warn'>): SiteConfig[] {
  const skipped = sites.filter((s) => !served[s.id]);
  for (const s of skipped) {
    log.warn({ site: s.id, baseUrl: s.baseUrl }, '시뮬레이터에 없는 사이트는 시작 수집에서 건너뜁니다 (운영 URL에 정중함 없이 요청하지 않도록) / site not served by the simulator: skipped by the start-up crawl (its production URL is never fetched without politeness)');
  }
  return withBaseUrls(sites.filter((s) => served[s.id]), served);
}

export interface BackgroundJobs {
  stop(): Promise<void>;
  /** Crawl jobs by state (null when crawling is off). */
  crawl(): Promise<CrawlStatus | null>;
}

/**
 * Work that runs for as long as the hub does: the search indexer, the
 * notification sender of the apply outbox and, when
 * CRAWL_ON_START is on, the crawl of every registered site (the simulated
 * twins by default, started here on loopback), then on each site's schedule.
 * Records reach search within a second of being written.
 */
export async function startBackgroundJobs(config: Config, store: Store, logger: Logger): Promise<BackgroundJobs> {
  const stopIndexer = startIndexer(store, logger);
  // Notifications written to the apply outbox are delivered (SMS, webhooks) by this process too.
  const stopSender = startSender(store, config, logger);
  // Welfare recommendations past their retention period lose what identifies a person (issue 19).
  const stopRetention = startRetention(store, config.WELFARE_RETENTION_DAYS, logger);
  const stopLocal = async (): Promise<void> => {
    await stopRetention();
    await stopSender();
    await stopIndexer();
  };
  if (!config.CRAWL_ON_START) return { stop: stopLocal, crawl: async () => null };

  const { crawlStatus, enqueueCrawl, startCrawlSchedule, startCrawlWorker } = require('../crawlers/scheduler') as typeof import('../crawlers/scheduler');
  const { startSimulator } = require('../simulator/server') as typeof import('../simulator/server');
  let sites = loadRegistry();
  const simulator = config.CRAWL_TARGET === 'simulator' ? await startSimulator({ seed: config.SIMULATOR_SEED }) : null;
  const log = logger.child({ job: 'crawl' });
  if (simulator) sites = simulatedSitesOnly(sites, Object.fromEntries(simulator.sites.map((s) => [s.id, s.baseUrl])), log);
  // The welfare subgraph's resident registry is the simulator's too, unless WELFARE_REGISTRY_URL names one.
  if (simulator && !config.WELFARE_REGISTRY_URL) useSimulatedRegistry(simulator.registry.baseUrl);
  const stopWorker = startCrawlWorker({
    db: store,
    sites,
    logger: log,
    // The simulated sites are on loopback: no politeness delays needed (robots.txt Disallow still holds).
    crawl: { politeness: config.CRAWL_TARGET !== 'simulator', workers: 4 },
    onRun: (s) => log.info({ site: s.siteId, status: s.status, pages: s.pages, records: s.records, written: s.recordsWritten, ms: s.durationMs }, 'site crawled'),
  });
  for (const site of sites) await enqueueCrawl(store, site.id, 'start-up');
  log.info({ sites: sites.length, target: config.CRAWL_TARGET }, 'crawl of every site enqueued');
  const stopSchedule = config.CRAWL_SCHEDULE ? startCrawlSchedule(store, sites, log) : () => undefined;
  return {
    crawl: () => crawlStatus(store),
    async stop() {
      stopSchedule();
      await stopWorker();
      await stopLocal();
      if (simulator && !config.WELFARE_REGISTRY_URL) useSimulatedRegistry(null);
      await simulator?.close();
    },
  };
}
