import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt, worldDiff, type World } from '../../simulator/world';
import type { Queryable } from '../../store';
import { createTestStore, type TestStore } from '../../store/testing';
import { crawlSites } from '../crawl-all';
import type { SiteConfig } from '../core/adapter';
import { loadRegistry, withBaseUrls } from '../sites';

/**
 * One record per real policy, measured against the simulated world's truth:
 * every policy knows which sites publish it under which key
 * (`SimPolicy.publishers` / `keys`), so each crawled source maps to its
 * world policy, and the grouping ingest made is scored pairwise (two sources
 * in one record: right when they are one policy).
 */
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

/** (site, source key) → world policy key, over every world the crawls saw (removed policies stay until withdrawn). */
function truthOf(worlds: World[]): Map<string, string> {
  const truth = new Map<string, string>();
  for (const w of worlds) for (const p of w.policies) for (const site of p.publishers) truth.set(`${site}\u0000${p.keys[site] ?? p.key}`, p.key);
  return truth;
}

interface Figures {
  records: number;
  distinct: number;
  review: number;
  precision: number;
  recall: number;
  pairs: { tp: number; fp: number; fn: number };
}

async function measure(store: Queryable, truth: Map<string, string>): Promise<Figures> {
  const { rows } = await store.query<{ site_id: string; source_key: string; record_id: string }>(
    `select s.site_id, s.source_key, s.record_id from catalog.source_record s
     where s.status = 'ACTIVE' and s.content ->> 'kind' = 'POLICY'`,
  );
  const sources = rows.map((r) => {
    const policy = truth.get(`${r.site_id}\u0000${r.source_key}`);
    if (!policy) throw new Error(`a crawled policy source the world does not know: ${r.site_id} ${r.source_key}`);
    return { policy, record: r.record_id };
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const same = sources[i]!.record === sources[j]!.record;
      const truly = sources[i]!.policy === sources[j]!.policy;
      if (same && truly) tp++;
      else if (same) fp++;
      else if (truly) fn++;
    }
  }
  const count = async (sql: string) => Number((await store.query<{ n: number }>(sql)).rows[0]!.n);
  return {
    records: await count(`select count(*)::int as n from catalog.effective_record where kind = 'POLICY' and status = 'ACTIVE' and published`),
    distinct: new Set(sources.map((s) => s.policy)).size,
    review: await count(`select count(*)::int as n from curation.duplicate_candidate`),
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    pairs: { tp, fp, fn },
  };
}

function report(label: string, f: Figures): void {
  console.log(
    `${label}: ${f.records} policy records for ${f.distinct} real policies, ${f.review} pairs in review; ` +
      `pairwise precision ${f.precision.toFixed(4)}, recall ${f.recall.toFixed(4)} (tp ${f.pairs.tp}, fp ${f.pairs.fp}, fn ${f.pairs.fn})`,
  );
}

function expectHolds(f: Figures): void {
  expect(f.precision).toBeGreaterThanOrEqual(0.99);
  expect(f.recall).toBeGreaterThanOrEqual(0.95);
  expect(Math.abs(f.records - f.distinct)).toBeLessThanOrEqual(f.review);
}

/** The first tick by which several policies were edited and several new ones appeared on more than one site. */
function tickWithNewAndEditedPolicies(): number {
  for (let t = 1; t < 30; t++) {
    const d = worldDiff(42, 0, t);
    const w = worldAt(42, t);
    const shared = d.added.policies.filter((key) => w.policies.find((p) => p.key === key)!.publishers.length > 1);
    if (shared.length >= 3 && d.changed.policies.length >= 3) return t;
  }
  throw new Error('no tick adds and edits policies');
}

test('the crawled simulator: one record per real policy, and still after a tick and a re-crawl', async () => {
  // Every site that publishes a policy in any world the test sees (the others, like the portal's 4,300 pages, hold none).
  const publishers = new Set([0, tickWithNewAndEditedPolicies()].flatMap((t) => worldAt(42, t).policies.flatMap((p) => p.publishers)));
  const policySites = sites.filter((s) => publishers.has(s.id));
  expect(policySites.length).toBeGreaterThanOrEqual(5);
  const first = await crawlSites(db, policySites, { politeness: false, workers: 4, parallelSites: 8 });
  for (const r of first) expect({ site: r.siteId, status: r.status }).toEqual({ site: r.siteId, status: 'succeeded' });
  const w0 = worldAt(42, 0);
  const before = await measure(db, truthOf([w0]));
  report('tick 0', before);
  expect(before.distinct).toBe(w0.policies.length);
  expectHolds(before);

  const tick = tickWithNewAndEditedPolicies();
  sim.setTick(tick);
  try {
    const again = await crawlSites(db, policySites, { politeness: false, workers: 4, parallelSites: 8 });
    for (const r of again) expect({ site: r.siteId, status: r.status }).toEqual({ site: r.siteId, status: 'succeeded' });
  } finally {
    sim.setTick(0);
  }
  const wt = worldAt(42, tick);
  const after = await measure(db, truthOf([w0, wt]));
  report(`tick ${tick} re-crawled`, after);
  const diff = worldDiff(42, 0, tick);
  // The new policies arrived (and were grouped like the others); removed ones stay until three crawls miss them.
  expect(after.distinct).toBe(new Set([...w0.policies, ...wt.policies].map((p) => p.key)).size);
  expect(after.distinct).toBeGreaterThan(before.distinct - diff.removed.policies.length);
  expectHolds(after);
}, 600_000);

test('the same crawls in another order give the same records with the same ids', async () => {
  const policySites = ['bokjiro-api', 'gov24-subsidy-api', 'seoul-policy-board', 'seoul-mom-care', 'gangnam-policy', 'idolbom', 'hospital-child-care'];
  const grouping = async (store: Queryable) =>
    (
      await store.query<{ site_id: string; source_key: string; record_id: string }>(
        `select site_id, source_key, record_id from catalog.source_record where content ->> 'kind' = 'POLICY' and status = 'ACTIVE' order by 1, 2`,
      )
    ).rows;
  const forward = await createTestStore();
  const backward = await createTestStore();
  try {
    const only = (ids: string[]) => ids.map((id) => sites.find((s) => s.id === id)!);
    // One site at a time, so the order is exactly the given one: most trusted first, then least trusted first.
    for (const site of only(policySites)) await crawlSites(forward, [site], { politeness: false, workers: 4 });
    for (const site of only([...policySites].reverse())) await crawlSites(backward, [site], { politeness: false, workers: 4 });
    const a = await grouping(forward);
    expect(a.length).toBe(worldAt(42, 0).policies.reduce((n, p) => n + p.publishers.length, 0));
    expect(await grouping(backward)).toEqual(a);
  } finally {
    await forward.close();
    await backward.close();
  }
}, 600_000);
