import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startSimulator, type Simulator } from '../../simulator/server';
import { createTestStore, type TestStore } from '../../store/testing';
import { fileSnapshots } from './snapshot-writer';

/**
 * Sites crawled side by side (issue 22): each run refiles only its own site's
 * changed records and those editors changed meanwhile, so the day's history
 * after the runs must be exactly what one full filing of the same catalogue
 * gives — no site's or editor's change left out.
 */
let store: TestStore;
let sim: Simulator;
let sites: SiteConfig[];
// Three sites whose records change between crawls (facilities and programmes), and one whose records do not.
const SITES = ['childcare-openapi', 'family-center', 'gangbuk-ccic', 'kinder-openapi'];

beforeAll(async () => {
  store = await createTestStore();
  sim = await startSimulator({ seed: 42, only: SITES, latencyScale: 0, calm: true });
  const urls = Object.fromEntries(SITES.map((id) => [id, sim.site(id).baseUrl]));
  sites = withBaseUrls(loadRegistry(), urls).filter((s) => SITES.includes(s.id));
});
afterAll(async () => {
  await sim?.close();
  await store?.close();
});

const crawlAll = (day: string) => Promise.all(sites.map((site) => crawlSite(store, site, adapterFor(site), { politeness: false, workers: 4, snapshotDay: day })));
/** The day's filed rows of every kind, one string per row. */
const history = async (day: string) => {
  const facilities = await store.query<{ id: string; v: number[] }>(`select f.facility_id as id, d.v from stats.facility_day d join stats.facility f using (fkey) where d.day = $1 order by 1`, [day]);
  const policies = await store.query<{ id: string; active: boolean; open: boolean | null }>(`select policy_id as id, active, open from stats.policy_day where day = $1 order by 1`, [day]);
  const programs = await store.query<{ id: string; active: boolean; status: string | null }>(`select program_id as id, active, status from stats.program_day where day = $1 order by 1`, [day]);
  return [
    ...facilities.rows.map((r) => `F ${r.id} ${r.v.map(Number).join(',')}`),
    ...policies.rows.map((r) => `P ${r.id} ${r.active} ${r.open}`),
    ...programs.rows.map((r) => `G ${r.id} ${r.active} ${r.status}`),
  ];
};

test('after sites crawled side by side, the day history equals a full filing of the catalogue', async () => {
  for (const run of await crawlAll('2026-04-01')) expect(run.status).toBe('succeeded');
  // The sites change, then all are crawled again the same day: the day is already filed, so each run refiles its own.
  sim.advance();
  sim.advance();
  const { rows: last } = await store.query<{ id: number }>(`select coalesce(max(id), 0)::int as id from ingest.crawl_run`);
  const crawling = crawlAll('2026-04-01');
  // While they run, an editor corrects a kindergarten's capacity (a record no crawl here rewrites).
  const running = async () =>
    (await store.query<{ site_id: string }>(`select site_id from ingest.crawl_run where id > $1 and status = 'running'`, [last[0]!.id])).rows.map((r) => r.site_id).sort();
  const deadline = Date.now() + 10_000;
  while ((await running()).length < SITES.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const { rows } = await store.query<{ id: string }>(
    `select r.id from catalog.record r join catalog.source_record s on s.record_id = r.id where s.site_id = 'kinder-openapi' and r.kind = 'FACILITY' order by r.id limit 1`,
  );
  await store.query(`insert into curation.record_state (record_id, fields, capacity) values ($1, '{capacity}', 321)`, [rows[0]!.id]);
  // The edit is committed while the sites that write are still crawling: their filings come after it.
  expect(await running()).toEqual(expect.arrayContaining(['childcare-openapi', 'family-center', 'gangbuk-ccic']));
  const again = await crawling;
  const written = Object.fromEntries(again.map((run, i) => [sites[i]!.id, run.recordsWritten]));
  for (const id of ['childcare-openapi', 'family-center', 'gangbuk-ccic']) expect(written[id]).toBeGreaterThan(0);
  expect(written['kinder-openapi']).toBe(0);

  await fileSnapshots(store, { day: '2026-04-02' });
  const full = await history('2026-04-02');
  expect(full.length).toBeGreaterThan(50);
  expect(full.find((row) => row.startsWith(`F ${rows[0]!.id} `))).toMatch(/^F \S+ 1,321,/);
  // The refiled day holds the same rows and figures as the full filing.
  expect(await history('2026-04-01')).toEqual(full);
});
