import { startSimulator, type Simulator } from '../../simulator/server';
import { createTestStore, type TestStore } from '../../store/testing';
import { crawlSites } from '../crawl-all';
import { adapterFor, loadRegistry, withBaseUrls } from '../sites';
import { ParsePool } from './parse-pool';
import { crawlSite } from './runner';

/**
 * With politeness off a crawl parses pages in worker threads (parse-pool.ts).
 * Where a page is parsed must never change what it yields: the same sites
 * crawled with every page parsed in a worker and with every page parsed on
 * the crawl's thread give the same source records. The sites cover a
 * declarative config, CP949 HTML with POST paging, CSV bytes in CP949 and
 * an XML open API.
 */
const SITES = ['gangbuk-ccic', 'seoul-childcare-portal', 'postpartum-localdata', 'kinder-openapi'];
/** The one site with more pages than the runs' request cap (maxRequests 400). */
const CAPPED = 'seoul-childcare-portal';
let sim: Simulator;
let inWorkers: TestStore;
let here: TestStore;
beforeAll(async () => {
  sim = await startSimulator({ seed: 42, only: SITES });
  [inWorkers, here] = await Promise.all([createTestStore(), createTestStore()]);
});
afterAll(async () => {
  await Promise.all([inWorkers?.close(), here?.close()]);
  await sim?.close();
});

const sources = async (db: TestStore) =>
  (await db.query<{ site_id: string; source_key: string; content_hash: string }>(`select site_id, source_key, content_hash from catalog.source_record order by 1, 2`)).rows;

test('pages parsed in worker threads yield exactly the records parsed on the crawl thread', async () => {
  const sites = withBaseUrls(loadRegistry(), Object.fromEntries(SITES.map((id) => [id, sim.site(id).baseUrl]))).filter((s) => SITES.includes(s.id));
  const pool = new ParsePool(1);
  try {
    const results = await crawlSites(inWorkers, sites, { politeness: false, parsePool: pool, parseHereFirst: 0, maxRequests: 400 });
    expect(results.map((r) => r.status)).toEqual(SITES.map(() => 'succeeded'));
    const parsed = results.reduce((n, r) => n + r.parsed, 0);
    expect(parsed).toBeGreaterThan(50);
    // Every parsed page went through a worker.
    expect(pool.answered).toBe(parsed);
  } finally {
    await pool.close();
  }
  for (const site of sites) {
    const r = await crawlSite(here, site, adapterFor(site), { politeness: false, maxRequests: 400 });
    expect(r.status).toBe('succeeded');
  }
  const a = await sources(inWorkers);
  const b = await sources(here);
  expect(a.length).toBeGreaterThan(50);
  expect(new Set(a.map((r) => r.site_id))).toEqual(new Set(SITES));
  // The small sites are crawled whole both ways: the same records, exactly.
  const small = (rows: typeof a) => rows.filter((r) => r.site_id !== CAPPED);
  expect(small(a)).toEqual(small(b));
  // The portal twin has thousands of pages, more than the request cap: which of them a capped run reaches first
  // depends on timing (sites side by side against one at a time), so only the pages both runs reached are compared.
  const key = (r: (typeof a)[number]) => `${r.site_id}\u0000${r.source_key}`;
  const there = new Map(b.filter((r) => r.site_id === CAPPED).map((r) => [key(r), r.content_hash]));
  const both = a.filter((r) => r.site_id === CAPPED && there.has(key(r)));
  expect(both.length).toBeGreaterThan(50);
  expect(both.filter((r) => there.get(key(r)) !== r.content_hash)).toEqual([]);
});

test('a pool whose worker is gone: the crawl parses on its own thread and still succeeds', async () => {
  const site = withBaseUrls(loadRegistry(), { 'gangbuk-ccic': sim.site('gangbuk-ccic').baseUrl }).find((s) => s.id === 'gangbuk-ccic')!;
  const pool = new ParsePool(1);
  await pool.close();
  const db = await createTestStore();
  try {
    const [result] = await crawlSites(db, [site], { politeness: false, parsePool: pool, parseHereFirst: 0 });
    expect(result!.status).toBe('succeeded');
    expect(result!.parsed).toBeGreaterThan(0);
    expect(pool.answered).toBe(0);
  } finally {
    await db.close();
  }
});
