import type { SiteConfig } from '../../crawlers/core/adapter';
import type { CrawlSummary } from '../../crawlers/core/run-types';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startSimulator, type Simulator } from '../../simulator/server';
import { createTestStore, type TestStore } from '../../store/testing';
import { startTestHub, type TestHub } from './hub';

/** A test hub serving what it crawled from some simulated sites, and the simulator to tick. */
export interface CrawledHub extends TestHub {
  sim: Simulator;
  sites: SiteConfig[];
  /** Crawls one of the sites again (politeness off, 4 workers). */
  crawl(siteId: string): Promise<CrawlSummary>;
  /** POSTs one operation and returns its data; GraphQL errors throw. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Starts the simulator (seed 42, tick 0, only `siteIds`, no latency, calm),
 * a hub on a fresh test database (`prepare` may load more into it first) and
 * crawls every site into it; a crawl that does not succeed fails the start.
 */
export async function startCrawledHub(siteIds: readonly string[], options: { prepare?(store: TestStore): Promise<void> } = {}): Promise<CrawledHub> {
  const store = await createTestStore();
  const sim = await startSimulator({ seed: 42, only: [...siteIds], latencyScale: 0, calm: true });
  let hub: TestHub | null = null;
  try {
    await options.prepare?.(store);
    hub = await startTestHub({ store });
    const sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).filter((s) => siteIds.includes(s.id));
    const served = hub;
    const crawl = (siteId: string) => {
      const site = sites.find((s) => s.id === siteId);
      if (!site) throw new Error(`${siteId} is not one of the simulated sites of this hub`);
      return crawlSite(served.store, site, adapterFor(site), { politeness: false, workers: 4 });
    };
    for (const site of sites) {
      const { status } = await crawl(site.id);
      if (status !== 'succeeded') throw new Error(`the crawl of ${site.id} ended ${status}`);
    }
    return {
      ...served,
      sim,
      sites,
      crawl,
      async ok(query, variables = {}) {
        const r = await served.gql(query, variables);
        if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
        return r.body.data;
      },
      async close() {
        await served.close();
        await sim.close();
      },
    };
  } catch (error) {
    await (hub ? hub.close() : store.close());
    await sim.close();
    throw error;
  }
}
