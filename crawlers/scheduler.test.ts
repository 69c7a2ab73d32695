import { createLogger } from '../common/logger';
import { startSimulator, type Simulator } from '../simulator/server';
import { openStore, type Store } from '../store';
import { createTestStore, type TestStore } from '../store/testing';
import type { SiteConfig } from './core/adapter';
import { crawlStatus, enqueueCrawl, startCrawlWorker } from './scheduler';
import { loadRegistry, withBaseUrls } from './sites';

/**
 * Issue 4 scheduling: jobs are rows, unique while pending; several workers
 * (each with its own database connections, as separate processes would have)
 * share the sites and never crawl one site twice at the same time.
 */
const SITES = ['gangnam-health', 'family-center', 'youth-culture-house', 'songpa-health'];
let sim: Simulator;
let db: TestStore;
let second: Store;
let sites: SiteConfig[];

beforeAll(async () => {
  sim = await startSimulator({ seed: 42, only: SITES });
  db = await createTestStore();
  // On PostgreSQL the second worker gets its own pool, like a second process; PGlite is one process by nature.
  second = db.databaseUrl ? await openStore({ databaseUrl: db.databaseUrl, migrate: false }) : db;
  sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).filter((s) => SITES.includes(s.id));
});
afterAll(async () => {
  if (second && second !== db) await second.close();
  await db?.close();
  await sim?.close();
});

interface JobRow {
  id: number;
  site_id: string;
  state: string;
  started_at: Date;
  finished_at: Date;
}

async function waitFor(predicate: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('two workers share the sites, a site is never crawled by both at once, and a job is unique while pending', async () => {
  for (const s of SITES) expect(await enqueueCrawl(db, s, 'test')).toBe(true);
  // Unique while pending: a second enqueue of a waiting site adds nothing.
  expect(await enqueueCrawl(db, SITES[0]!, 'test again')).toBe(false);

  const ranBy: Record<string, string[]> = { a: [], b: [] };
  const logger = createLogger('silent', 'test');
  const worker = (name: 'a' | 'b', store: Store) =>
    startCrawlWorker({ db: store as never, sites, logger, parallel: 3, crawl: { politeness: false, workers: 2 }, onRun: (s) => ranBy[name]!.push(s.siteId) });
  const stopA = worker('a', db);
  const stopB = worker('b', second);
  try {
    // While the first crawls run, every site is enqueued again: those jobs must wait for their site.
    await waitFor(async () => (await crawlStatus(db)).running > 0, 10_000);
    for (const s of SITES) await enqueueCrawl(db, s, 'schedule');
    await waitFor(async () => {
      const status = await crawlStatus(db);
      return status.pending === 0 && status.running === 0;
    }, 60_000);
  } finally {
    await stopA();
    await stopB();
  }

  const jobs = (await db.query<JobRow>(`select id, site_id, state, started_at, finished_at from ingest.crawl_job order by site_id, started_at`)).rows;
  expect(jobs.every((j) => j.state === 'done')).toBe(true);
  for (const s of SITES) {
    const ofSite = jobs.filter((j) => j.site_id === s);
    expect(ofSite.length).toBeGreaterThanOrEqual(1);
    // No two jobs of one site overlap in time.
    for (let i = 1; i < ofSite.length; i++) {
      expect(new Date(ofSite[i]!.started_at).getTime()).toBeGreaterThanOrEqual(new Date(ofSite[i - 1]!.finished_at).getTime());
    }
  }
  // Every job ran exactly once, and both workers took a share.
  expect(ranBy.a!.length + ranBy.b!.length).toBe(jobs.length);
  expect(ranBy.a!.length).toBeGreaterThan(0);
  expect(ranBy.b!.length).toBeGreaterThan(0);
  // The crawl runs of one site never overlap either.
  const runs = (await db.query<{ site_id: string; started_at: Date; finished_at: Date }>(
    `select site_id, started_at, finished_at from ingest.crawl_run order by site_id, started_at`,
  )).rows;
  for (let i = 1; i < runs.length; i++) {
    if (runs[i]!.site_id !== runs[i - 1]!.site_id) continue;
    expect(new Date(runs[i]!.started_at).getTime()).toBeGreaterThanOrEqual(new Date(runs[i - 1]!.finished_at).getTime());
  }
}, 90_000);
