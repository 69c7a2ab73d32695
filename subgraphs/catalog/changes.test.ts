import { recordId } from '../../common/record-id';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { createKey } from '../../gateway/openapi/testing';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt, worldDiff } from '../../simulator/world';

/**
 * The change feed end to end (issue 7): a partner mirrors the catalog from
 * `changes`, a simulator tick changes the world, the hub re-crawls, and the
 * partner's next sync brings exactly the records that changed.
 */
const SITE = 'seoul-policy-board';
let hub: TestHub;
let sim: Simulator;
let key: string;

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: [SITE] });
  ({ key } = await createKey(hub.store));
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const crawl = async () => {
  const site = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).find((s) => s.id === SITE)!;
  const result = await crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4 });
  expect(result.status).toBe('succeeded');
};

type Change = { cursor: string; op: string; id: string; recordKind: string; name: string | null };
type Mirror = Map<string, string>;

/** One sync pass over GraphQL: every page until hasMore is false. */
async function syncGraphql(since: string | null): Promise<{ changes: Change[]; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = since;
  for (;;) {
    const r = await hub.gql(`query($since: String) { changes(since: $since, first: 1000) { cursor hasMore changes { cursor op id recordKind policy { name } facility { name } } } }`, { since: cursor });
    expect(r.body.errors).toBeUndefined();
    const page = r.body.data.changes;
    changes.push(...page.changes.map((c: any) => ({ cursor: c.cursor, op: c.op, id: c.id, recordKind: c.recordKind, name: (c.policy ?? c.facility)?.name ?? null })));
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

/** One sync pass over REST (/openapi/v1/changes), 100 rows a page, as a data.go.kr client would. */
async function syncRest(since: string | null): Promise<{ changes: Change[]; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = since;
  for (;;) {
    const res = await fetch(`${hub.hub.url}/openapi/v1/changes?serviceKey=${encodeURIComponent(key)}&type=json&numOfRows=100${cursor ? `&since=${cursor}` : ''}`);
    const body = ((await res.json()) as any).response.body;
    changes.push(...body.items.item);
    cursor = body.cursor;
    if (!body.hasMore) return { changes, cursor };
  }
}

const apply = (mirror: Mirror, changes: Change[]) => {
  for (const c of changes) {
    if (c.recordKind !== 'POLICY') continue;
    if (c.op === 'WITHDRAWN') mirror.delete(c.id);
    else mirror.set(c.id, c.name!);
  }
};

/** What the hub serves now: every active policy, by id, through the public list. */
async function hubPolicies(): Promise<Mirror> {
  const all: Mirror = new Map();
  for (let offset = 0; ; offset += 100) {
    const r = await hub.gql(`query($offset: Int) { policies(first: 100, offset: $offset) { edges { node { id name } } pageInfo { hasNextPage } } }`, { offset });
    for (const e of r.body.data.policies.edges) all.set(e.node.id, e.node.name);
    if (!r.body.data.policies.pageInfo.hasNextPage) return all;
  }
}

test('a partner syncs with changes across a simulator tick and ends with exactly the changed records', async () => {
  await crawl();
  const mirror: Mirror = new Map();
  const served = await hubPolicies();
  // The feed shows a commit once no older transaction of the server is still open (another test's,
  // on a shared PostgreSQL server): the partner keeps polling from its cursor until it has everything.
  const initial = await syncGraphql(null);
  apply(mirror, initial.changes);
  for (const deadline = Date.now() + 15_000; mirror.size < served.size && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 200));
    const more = await syncGraphql(initial.cursor);
    apply(mirror, more.changes);
    initial.cursor = more.cursor;
  }
  expect(mirror).toEqual(served);
  expect(mirror.size).toBeGreaterThan(50);

  sim.setTick(1);
  const diff = worldDiff(42, 0, 1);
  const mine = (keys: string[], tick: number) => keys.filter((k) => worldAt(42, tick).policies.find((p) => p.key === k)!.publishers.includes(SITE));
  const expected = new Map<string, string>([
    ...mine(diff.added.policies, 1).map((k) => [recordId('POLICY', SITE, k), 'CREATED'] as [string, string]),
    ...mine(diff.changed.policies, 1).map((k) => [recordId('POLICY', SITE, k), 'UPDATED'] as [string, string]),
    ...mine(diff.removed.policies, 0).map((k) => [recordId('POLICY', SITE, k), 'WITHDRAWN'] as [string, string]),
  ]);
  expect([...expected.values()].sort()).toEqual(expect.arrayContaining(['CREATED', 'UPDATED', 'WITHDRAWN']));
  // A record is withdrawn after three successful crawls without it.
  for (let run = 0; run < 3; run++) await crawl();

  // The partner polls from its cursor; a change committed while another transaction of the server is
  // still open shows on a later poll (never behind the cursor), so it polls until the feed is quiet.
  const received: Change[] = [];
  let cursor = initial.cursor;
  const deadline = Date.now() + 15_000;
  do {
    const pass = await syncRest(cursor);
    received.push(...pass.changes);
    cursor = pass.cursor;
    if (received.length >= expected.size) break;
    await new Promise((r) => setTimeout(r, 200));
  } while (Date.now() < deadline);
  const lastOp = new Map(received.map((c) => [c.id, c.op]));
  expect(lastOp).toEqual(expected);
  expect(received).toHaveLength(expected.size);

  apply(mirror, received);
  expect(mirror).toEqual(await hubPolicies());
  const quiet = await syncRest(cursor);
  expect(quiet).toEqual({ changes: [], cursor });
  sim.setTick(0);
}, 240_000);

test('a malformed cursor is a typed error (10), not an empty feed', async () => {
  const r = await hub.gql(`{ changes(since: "bm90LWEtY3Vyc29y") { cursor } }`);
  expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since', resultCode: '10' });
});
