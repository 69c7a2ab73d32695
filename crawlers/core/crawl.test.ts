import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/server';
import { SITE_DEFS } from '../../simulator/sites';
import { inspectedCentres } from '../../simulator/sites/inspections';
import { worldAt, worldDiff } from '../../simulator/world';
import { embeddedDataDir, openStore } from '../../store';
import { createTestStore, type TestStore } from '../../store/testing';
import { crawlSites } from '../crawl-all';
import { adapterFor, loadRegistry, withBaseUrls } from '../sites';
import type { SiteConfig } from './adapter';
import { crawlSite } from './runner';

/** The crawler core end to end: every simulated site → the catalog, on a real database. */
let sim: Simulator;
let db: TestStore;
let sites: SiteConfig[];

beforeAll(async () => {
  sim = await startSimulator({ seed: 42 });
  db = await createTestStore();
  sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl])));
});
afterAll(async () => {
  await db?.close();
  await sim?.close();
});

const site = (id: string): SiteConfig => sites.find((s) => s.id === id)!;
const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await db.query<{ n: number }>(sql, params)).rows[0]!.n);

test('every simulated site crawls into the catalog; a re-crawl with nothing changed parses nothing on validator sites and writes nothing anywhere', async () => {
  const first = await crawlSites(db, sites, { politeness: false, workers: 4, parallelSites: 8 });
  for (const r of first) expect({ site: r.siteId, status: r.status }).toEqual({ site: r.siteId, status: 'succeeded' });
  const world = worldAt(42, 0);
  const bySite = Object.fromEntries(first.map((r) => [r.siteId, r]));
  expect(bySite['seoul-childcare-portal']!.records).toBe(world.childcare.length);
  expect(bySite['childcare-openapi']!.records).toBe(world.childcare.length);
  expect(bySite['seoul-policy-board']!.records).toBe(world.policies.filter((p) => p.publishers.includes('seoul-policy-board')).length);
  expect(bySite['youth-academy']!.records).toBe(world.facilities.filter((f) => f.publisher === 'youth-academy').length);
  expect(bySite['sen-elementary-care']!.records).toBe(world.facilities.filter((f) => f.publisher === 'sen-elementary-care').length);
  // Redirect loop, oversized page, robots and the error-page download were met and typed, without failing their sites.
  expect(bySite['multicultural-center']!.errors).toEqual({ REDIRECT_LOOP: 1 });
  expect(bySite['family-center']!.errors).toEqual({ TOO_LARGE: 1 });
  expect(bySite['youth-counsel']!.errors).toEqual({ ROBOTS_DISALLOWED: 1 });
  expect(bySite['postpartum-localdata']!.errors).toEqual({ ERROR_PAGE_AS_DOWNLOAD: 1 });
  const policies = await count(`select count(*)::int as n from catalog.effective_record where kind = 'POLICY'`);
  expect(policies).toBeGreaterThanOrEqual(300);

  const records = await count(`select count(*)::int as n from catalog.source_record`);
  const documents = await count(`select count(*)::int as n from ingest.document`);
  const again = await crawlSites(db, sites, { politeness: false, workers: 4, parallelSites: 8 });
  for (const r of again) {
    expect({ site: r.siteId, status: r.status, written: r.recordsWritten, withdrawn: r.withdrawn }).toEqual({ site: r.siteId, status: 'succeeded', written: 0, withdrawn: 0 });
    if (SITE_DEFS[r.siteId]!.validators !== 'none') expect({ site: r.siteId, parsed: r.parsed }).toEqual({ site: r.siteId, parsed: 0 });
    else expect({ site: r.siteId, parsed: r.parsed }).toEqual({ site: r.siteId, parsed: expect.any(Number) });
  }
  // Lists answered 304 or identical bytes; the details under them were trusted (revisit policy) instead of refetched.
  const portal = again.find((r) => r.siteId === 'seoul-childcare-portal')!;
  expect(portal.notModified).toBeGreaterThanOrEqual(85);
  expect(portal.trusted).toBe(world.childcare.length);
  expect(again.reduce((n, r) => n + r.pages, 0)).toBeLessThan(first.reduce((n, r) => n + r.pages, 0) / 4);
  expect(await count(`select count(*)::int as n from catalog.source_record`)).toBe(records);
  expect(await count(`select count(*)::int as n from ingest.document`)).toBe(documents);

  // After a tick: the sites whose content the tick did not touch re-parse nothing (validator sites) and write nothing.
  sim.setTick(1);
  try {
    const w0 = worldAt(42, 0);
    const w1 = worldAt(42, 1);
    const untouched = sites.filter((s) => JSON.stringify(slice(w0, s.id)) === JSON.stringify(slice(w1, s.id))).map((s) => s.id);
    expect(untouched.length).toBeGreaterThanOrEqual(5);
    const afterTick = await crawlSites(db, sites.filter((s) => untouched.includes(s.id)), { politeness: false, workers: 2, parallelSites: 8 });
    for (const r of afterTick) {
      expect({ site: r.siteId, status: r.status, written: r.recordsWritten }).toEqual({ site: r.siteId, status: 'succeeded', written: 0 });
      if (SITE_DEFS[r.siteId]!.validators !== 'none') expect({ site: r.siteId, parsed: r.parsed }).toEqual({ site: r.siteId, parsed: 0 });
    }
  } finally {
    sim.setTick(0);
  }
}, 300_000);

/** What one site publishes in a world (its slice), to tell which sites a tick touched. */
function slice(w: ReturnType<typeof worldAt>, siteId: string): unknown {
  const ccic: Record<string, string> = { 'gangseo-ccic': '강서구', 'nowon-ccic': '노원구', 'songpa-ccic': '송파구', 'mapo-ccic': '마포구', 'gwanak-ccic': '관악구' };
  return {
    facilities: w.facilities.filter((f) => f.publisher === siteId),
    programs: w.programs.filter((p) => p.publisher === siteId),
    policies: w.policies.filter((p) => p.publishers.includes(siteId)),
    childcare: siteId === 'seoul-childcare-portal' || siteId === 'childcare-openapi' ? w.childcare : ccic[siteId] ? w.childcare.filter((c) => c.sigungu === ccic[siteId]) : null,
    kindergartens: siteId === 'kinder-openapi' ? w.kindergartens : null,
    postpartum: siteId === 'postpartum-localdata' ? w.postpartum : null,
    // 점검내역 is derived from the world and grows with ticks (simulator/sites/inspections.ts).
    inspections: siteId === 'seoul-childcare-inspections' ? inspectedCentres(w) : null,
    centre: w.centrePrograms.filter((p) => p.publisher === siteId),
  };
}

test('after ticks: changed pages are re-parsed, a vanished facility is withdrawn only after 3 successful crawls, and an interrupted crawl never counts', async () => {
  const hourly = site('hourly-care');
  // Find a tick that removed an hourly-care facility.
  let tick = 1;
  while (worldDiff(42, 0, tick).removed.facilities.length === 0 && tick < 60) tick++;
  const gone = worldDiff(42, 0, tick).removed.facilities;
  expect(gone.length).toBeGreaterThan(0);
  sim.setTick(tick + 1);
  const status = async (): Promise<string> =>
    (await db.query<{ status: string; miss_count: number }>(`select status, miss_count from catalog.source_record where site_id = 'hourly-care' and source_key = $1`, [gone[0]])).rows[0]!.status;

  // An interrupted crawl is partial: no absence is counted.
  const controller = new AbortController();
  const partial = await crawlSite(db, hourly, adapterFor(hourly), { politeness: false, signal: controller.signal, onProgress: () => controller.abort() });
  expect(partial.status).toBe('partial');
  expect((await db.query<{ miss_count: number }>(`select miss_count from catalog.source_record where site_id = 'hourly-care' and source_key = $1`, [gone[0]])).rows[0]!.miss_count).toBe(0);
  // The partial run is finished; the next calls start fresh runs.
  for (let run = 1; run <= 3; run++) {
    const r = await crawlSite(db, hourly, adapterFor(hourly), { politeness: false });
    expect(r.status).toBe('succeeded');
    expect(await status()).toBe(run < 3 ? 'ACTIVE' : 'WITHDRAWN');
  }
  // The record itself is withdrawn (hidden from default queries), never deleted.
  const record = await db.query<{ status: string }>(`select r.status from catalog.record r join catalog.source_record s on s.record_id = r.id where s.site_id = 'hourly-care' and s.source_key = $1`, [gone[0]]);
  expect(record.rows).toEqual([{ status: 'WITHDRAWN' }]);

  // Policies added by the ticks arrive; only what changed is parsed on the Last-Modified board.
  const board = site('seoul-policy-board');
  const r = await crawlSite(db, board, adapterFor(board), { politeness: false });
  expect(r.status).toBe('succeeded');
  expect(r.parsed).toBeLessThan(r.pages);
  const added = worldDiff(42, 0, tick + 1).added.policies.length;
  expect(added).toBeGreaterThan(0);
  expect(r.recordsWritten).toBeGreaterThanOrEqual(added);

  // A vacancy that moved is picked up at once: its list page changed, so its details are revalidated, not trusted.
  const moved = worldDiff(42, 0, tick + 1).changed.childcare;
  expect(moved.length).toBeGreaterThan(0);
  const portal = site('seoul-childcare-portal');
  const p = await crawlSite(db, portal, adapterFor(portal), { politeness: false, workers: 4 });
  expect(p.status).toBe('succeeded');
  const centre = worldAt(42, tick + 1).childcare.find((c) => c.code === moved[0])!;
  const stored = await db.query<{ enrolled: number }>(`select (content->>'enrolled')::int as enrolled from catalog.source_record where site_id = 'seoul-childcare-portal' and source_key = $1`, [centre.code]);
  expect(stored.rows[0]!.enrolled).toBe(Number(centre.fields['현원']));
  sim.setTick(0);
}, 180_000);

test('a crawl killed with SIGKILL mid-run resumes and fetches every page at most once more', async () => {
  const own = await startSimulator({ seed: 42, only: ['seoul-childcare-portal'] });
  const dataDir = mkdtempSync(join(tmpdir(), 'dolbom-kill-'));
  const target = db.databaseUrl ? await createTestStore() : null;
  const env = { ...process.env, LOG_LEVEL: 'silent', ...(target?.databaseUrl ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: dataDir, DATABASE_URL: '' }) };
  if (!target) delete (env as Record<string, string | undefined>).DATABASE_URL;
  const args = ['tsx', 'scripts/crawl.ts', '--site', 'seoul-childcare-portal', '--base-url', `seoul-childcare-portal=${own.site('seoul-childcare-portal').baseUrl}`, '--no-politeness'];
  const run = (killAfter: number | null) =>
    new Promise<number | null>((resolve) => {
      // node itself (not npx), so that SIGKILL reaches the crawling process.
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', ...args.slice(1)], { cwd: join(__dirname, '..', '..'), env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const done = [...err.matchAll(/(\d+) done/g)].map((m) => Number(m[1]));
        if (killAfter !== null && done.length && done[done.length - 1]! >= killAfter) child.kill('SIGKILL');
      });
      child.on('exit', (code) => resolve(code));
    });
  try {
    await run(800);
    const before = own.requests('seoul-childcare-portal').length;
    expect(before).toBeGreaterThan(800);
    expect(before).toBeLessThan(4334);
    expect(await run(null)).toBe(0);
    const log = own.requests('seoul-childcare-portal').filter((r) => r.path !== '/robots.txt' && r.status === 200);
    const times = new Map<string, number>();
    for (const r of log) {
      const key = `${r.method} ${r.path}?${r.query} ${r.body}`;
      times.set(key, (times.get(key) ?? 0) + 1);
    }
    expect(times.size).toBe(4334);
    expect(Math.max(...times.values())).toBeLessThanOrEqual(2);
    const twice = [...times.values()].filter((n) => n === 2).length;
    // Only what was in flight at the kill is fetched again (workers × batch).
    expect(twice).toBeLessThanOrEqual(64);
    const store = target ?? (await openStore({ dataDir: embeddedDataDir(dataDir) }));
    try {
      const runs = (await store.query<{ status: string; resumes: number }>(`select status, resumes from ingest.crawl_run`)).rows;
      expect(runs).toEqual([{ status: 'succeeded', resumes: 1 }]);
      expect(Number((await store.query<{ n: number }>(`select count(*)::int as n from catalog.source_record`)).rows[0]!.n)).toBe(4249);
    } finally {
      await store.close();
    }
  } finally {
    await own.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);
