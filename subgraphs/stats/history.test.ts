import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startSimulator, type Simulator } from '../../simulator/server';
import { createTestStore, type TestStore } from '../../store/testing';
import { DAY } from './layout';

/**
 * History (issue 20): a crawl that wrote records files one compact row per
 * facility for its day; a second crawl the same day replaces it (upsert),
 * another day adds a row; the values are the catalogue's at that time.
 */
let store: TestStore;
let sim: Simulator;
let site: SiteConfig;
// 유치원알리미 publishes per-age classes (만3–5세), the figures the compact row keeps per age.
const SITE = 'kinder-openapi';

beforeAll(async () => {
  store = await createTestStore();
  sim = await startSimulator({ seed: 42, only: [SITE], latencyScale: 0, calm: true });
  site = withBaseUrls(loadRegistry(), { [SITE]: sim.site(SITE).baseUrl }).find((s) => s.id === SITE)!;
});
afterAll(async () => {
  await sim?.close();
  await store?.close();
});

const crawl = (day: string) => crawlSite(store, site, adapterFor(site), { politeness: false, workers: 4, snapshotDay: day });
const rows = async (day: string) =>
  (await store.query<{ facility_id: string; v: number[] }>(`select f.facility_id, d.v from stats.facility_day d join stats.facility f using (fkey) where d.day = $1 order by 1`, [day])).rows;

test('a crawl files one row per facility and day; the same day again upserts, the next day adds', async () => {
  expect((await crawl('2026-03-02')).status).toBe('succeeded');
  const first = await rows('2026-03-02');
  const { rows: facilities } = await store.query<{ id: string; capacity: number | null; enrolled: number | null; attrs: any }>(
    `select id, capacity, enrolled, attrs from catalog.effective_record where kind = 'FACILITY' and published and merged_into is null order by id`,
  );
  expect(first.map((r) => r.facility_id)).toEqual(facilities.map((f) => f.id));
  expect(first.length).toBeGreaterThan(5);
  // Values are the record's: totals and the per-age classes where the source gives them.
  const withAges = facilities.find((f) => Array.isArray(f.attrs.ageClasses) && f.attrs.ageClasses.length > 0)!;
  expect(withAges).toBeDefined();
  const v = first.find((r) => r.facility_id === withAges.id)!.v.map(Number);
  expect(v[DAY.status - 1]).toBe(1);
  expect(v[DAY.capacity - 1]).toBe(withAges.capacity ?? -1);
  expect(v[DAY.enrolled - 1]).toBe(withAges.enrolled ?? -1);
  for (const c of withAges.attrs.ageClasses) {
    expect(v[DAY.enrolledAge(c.age) - 1]).toBe(c.enrolled);
    expect(v[DAY.capacityAge(c.age) - 1]).toBe(c.capacity ?? -1);
  }

  sim.advance();
  await crawl('2026-03-02');
  expect((await rows('2026-03-02')).length).toBe(first.length);
  const total = async () => Number((await store.query<{ n: string }>('select count(*) as n from stats.facility_day')).rows[0]!.n);
  expect(await total()).toBe(first.length);

  sim.advance();
  await crawl('2026-03-03');
  expect((await rows('2026-03-03')).length).toBe(first.length);
  expect(await total()).toBe(2 * first.length);
});
