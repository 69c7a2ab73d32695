import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt } from '../../simulator/world';
import { checkSites } from '../check';
import type { SiteConfig } from '../core/adapter';
import { crawlSite } from '../core/runner';
import { adapterFor, loadRegistry, SITES_DIR, withBaseUrls } from '../sites';

/**
 * Issue 16: 강북구육아종합지원센터 onboarded by configuration alone — the
 * programme list from an XHR JSON API behind a session cookie, `<dl>` detail
 * pages, the venue's address in an iframe (one record from three pages) —
 * and what must never happen to such a site: a crawl that "succeeds" without
 * its detail pages, or a programme whose page is gone stored as live.
 */
const ID = 'gangbuk-ccic';
let hub: TestHub;
let sim: Simulator;
let site: SiteConfig;
const dirs: string[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: [ID] });
  site = withBaseUrls(loadRegistry(), { [ID]: sim.site(ID).baseUrl }).find((s) => s.id === ID)!;
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const crawl = (s: SiteConfig = site, configDir?: string) => crawlSite(hub.store, s, adapterFor(s, configDir), { politeness: false });
const sources = async () =>
  new Map((await hub.store.query<{ source_key: string; status: string; miss_count: number; content: Record<string, any> }>(`select source_key, status, miss_count, content from catalog.source_record where site_id = $1`, [ID])).rows.map((r) => [r.source_key, r]));

/** The site's config with one change, in a directory of its own (as an operator's mistake would be). */
function variant(change: (config: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'dolbom-centre-'));
  dirs.push(dir);
  cpSync(join(SITES_DIR, ID), join(dir, ID), { recursive: true });
  const path = join(dir, ID, 'adapter.json');
  const config = JSON.parse(readFileSync(path, 'utf8'));
  change(config);
  writeFileSync(path, JSON.stringify(config));
  return dir;
}

test('every listed programme whose page exists is stored from its three pages and served by the gateway; the one whose page answers 404 is not', async () => {
  const r = await crawl();
  const world = worldAt(42, 0).centrePrograms;
  const live = world.filter((p) => !p.pageGone);
  const gone = world.filter((p) => p.pageGone);
  expect(gone).toHaveLength(1);
  expect(r).toMatchObject({ status: 'succeeded', records: live.length, gone: 1, errors: { NOT_FOUND: 1 } });
  expect(r.errorSamples.NOT_FOUND!.url).toBe(`/program/view.do?progSn=${gone[0]!.key}`);
  const stored = await sources();
  expect([...stored.keys()].sort()).toEqual(live.map((p) => p.key).sort());
  expect(stored.has(gone[0]!.key)).toBe(false);

  // Values from the JSON list (status), the <dl> page (title, room) and the iframe (address, venue) make one record.
  const p = live[0]!;
  const place = worldAt(42, 0).centrePlaces.find((x) => x.key === p.placeKey)!;
  expect(stored.get(p.key)!.content).toMatchObject({ name: p.title, address: place.address, sigungu: '강북구', attrs: { status: p.status, place: p.room, venue: place.name } });
  const res = await hub.gql(`query($id: ID!) { program(id: $id) { name category target place statusLabel region { sido sigungu } provenance { siteId } } }`, { id: recordId('PROGRAM', ID, p.key) });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.program).toEqual({ name: p.title, category: p.category, target: p.target, place: p.room, statusLabel: p.status, region: { sido: '서울특별시', sigungu: '강북구' }, provenance: [{ siteId: ID }] });
  const listed = await hub.gql(`{ programs(filter: { region: { sido: "서울특별시", sigungu: "강북구" } }, first: 1) { totalCount } }`);
  expect(listed.body.data.programs.totalCount).toBe(live.length);
  expect(checkSites([site])).toEqual([{ siteId: ID, ok: true, detail: expect.stringMatching(/^gangbuk-ccic@1\+[0-9a-f]{8}: 1 start request/) }]);
});

test('without the session warm-up the API answers its error code: the run fails, it never succeeds empty', async () => {
  const r = await crawl({ ...site, warmup: [] });
  expect(r.status).toBe('failed');
  expect(r.errors).toEqual({ PARSE: 1 });
  expect(r.errorSamples.PARSE!.error).toMatch(/resultCode=E401/);
});

test.each([
  ['a URL template naming a field the API does not have', (c: any) => (c.handlers.list.follow[0].url = '/program/view.do?progSn={progSN}'), /handlers\.list: .*not one "detail" page was requested/],
  ['a URL template that builds wrong addresses (every detail 404)', (c: any) => (c.handlers.list.follow[0].url = '/program/detail.do?progSn={progSn}'), /handlers\.list: .*all 24 "detail" page\(s\) failed or answered 404/],
])('a JSON list whose detail pages are unreachable ends partial and counts nothing absent: %s', async (_what, change, message) => {
  const before = await sources();
  const dir = variant(change);
  const r = await crawl(site, dir);
  expect(r.status).toBe('partial');
  expect(r.message).toMatch(message);
  expect(r.withdrawn).toBe(0);
  const after = await sources();
  for (const [key, row] of before) expect({ key, status: after.get(key)!.status, misses: after.get(key)!.miss_count }).toEqual({ key, status: row.status, misses: row.miss_count });
});

test('a JSON list without its follow is refused before any request, with the path and reason', () => {
  const dir = variant((c) => delete c.handlers.list.follow);
  const [result] = checkSites([site], dir);
  expect(result!.ok).toBe(false);
  expect(result!.detail).toMatch(/handlers: no handler reached from `start` has a `record`/);
  expect(result!.detail).toMatch(/handlers\.detail: no start request, follow link or paginate leads to this handler/);
});

test('a programme whose page goes 404 later is absent from the next complete crawls and withdrawn after the third, never deleted', async () => {
  // A tick at which a programme stored at tick 0 had its page taken down (the list API still lists it).
  const stored = new Set((await sources()).keys());
  let tick = 1;
  const goneAt = (t: number) => worldAt(42, t).centrePrograms.filter((p) => p.pageGone && stored.has(p.key));
  while (goneAt(tick).length === 0 && tick < 60) tick++;
  const [gone] = goneAt(tick);
  expect(gone).toBeDefined();
  sim.setTick(tick);
  try {
    for (let run = 1; run <= 3; run++) {
      expect((await crawl()).status).toBe('succeeded');
      const row = (await sources()).get(gone!.key)!;
      expect({ run, status: row.status, misses: row.miss_count }).toEqual({ run, status: run < 3 ? 'ACTIVE' : 'WITHDRAWN', misses: run });
    }
  } finally {
    sim.setTick(0);
  }
  const res = await hub.gql(`query($id: ID!) { program(id: $id) { withdrawn } }`, { id: recordId('PROGRAM', ID, gone!.key) });
  expect(res.body.data.program).toEqual({ withdrawn: true });
}, 120_000);
