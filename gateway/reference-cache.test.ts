import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { subgraphFetches } from '../common/metrics';
import { upsertRecords } from '../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../store/testing';
import { SUBGRAPHS } from '../subgraphs/list';
import { serveSubgraph, type ServedSubgraph } from '../subgraphs/serve';
import { startHub, type HubHandle } from './app';
import { referenceShape } from './reference-cache';
import { FIXTURES } from './testing/fixtures';
import { freePort } from './testing/ports';

/**
 * Issue 22, distributed mode: a record read by id skips the catalog's hop
 * once its reference is known (gateway/reference-cache.ts), answers exactly
 * as before, and a change in the catalog (here the record's type) is seen
 * within a poll of the change feed; an id the catalog does not know is asked
 * again every time.
 */
const logger = createLogger('silent');
const POLL_MS = 200;
let store: TestStore;
let hub: HubHandle;
const served: ServedSubgraph[] = [];

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** Fetches the gateway sent to the catalog subgraph so far. */
async function catalogFetches(): Promise<number> {
  const metric = await subgraphFetches.get();
  return metric.values.find((v) => v.metricName === 'dolbom_subgraph_fetch_duration_seconds_count' && v.labels.subgraph === 'catalog')?.value ?? 0;
}

/** Polls `read` until `done` holds, at most `ms`. */
async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

const DETAIL = `query($id: ID!) { facility(id: $id) { __typename id name ... on ChildcareCenter { capacity } } }`;
const centre = FIXTURES.find((r) => r.kind === 'FACILITY' && r.subtype === 'CHILDCARE_CENTER')!;

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  for (const { name } of SUBGRAPHS) served.push(await serveSubgraph({ name, store, host: '127.0.0.1', port: await freePort(), logger, maxBodyBytes: 1_000_000 }));
  const urls = served.map((s, i) => `${SUBGRAPHS[i]!.name}=${s.url}`).join(',');
  hub = await startHub(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', HUB_MODE: 'distributed', SUBGRAPH_URLS: urls, LOAD_SEED: 'false', CRAWL_ON_START: 'false', LOG_LEVEL: 'silent', REFERENCE_CACHE_POLL_MS: String(POLL_MS) }),
    { logger },
  );
  await hub.ready;
}, 120_000);
afterAll(async () => {
  await hub?.close();
  for (const s of served) await s.close();
  await store?.close();
});

test('the planner\'s catalog fetch of a record by id is recognised as reference-only; anything more is not', () => {
  expect(referenceShape('query($id:ID!){facility(id:$id){__typename id ...on ChildcareCenter{__typename id}}}')).toEqual({ field: 'facility', key: 'facility', id: { variable: 'id' } });
  expect(referenceShape('{policy(id:"p1"){__typename id}}')).toEqual({ field: 'policy', key: 'policy', id: { literal: 'p1' } });
  for (const other of [
    'query($id:ID!){facility(id:$id){__typename id name}}',
    'query($id:ID!){facility(id:$id){__typename id} policy(id:$id){id}}',
    'query($id:ID!){facility(id:$id){__typename i: id}}',
    'query($id:ID!){facility(id:$id) @skip(if: true){__typename id}}',
    'mutation($id:ID!){facility(id:$id){__typename id}}',
    'query($r:[_Any!]!){_entities(representations:$r){__typename}}',
    '{facility(id:',
  ]) expect(referenceShape(other)).toBeNull();
});

test('a facility read again by id costs no catalog fetch and answers the same; a change of its type shows within a poll', async () => {
  const { rows } = await store.query<{ id: string }>(`select id from catalog.effective_record where kind = 'FACILITY' and name = $1`, [centre.name]);
  const id = rows[0]!.id;
  // The follower reads the feed from its start, then the cache serves.
  const first = await gql(DETAIL, { id });
  expect(first.errors).toBeUndefined();
  expect(first.data.facility).toMatchObject({ __typename: 'ChildcareCenter', id, name: centre.name, capacity: centre.capacity });
  const warm = await eventually(async () => {
    const before = await catalogFetches();
    const answer = await gql(DETAIL, { id });
    return { answer, catalog: (await catalogFetches()) - before };
  }, (r) => r.catalog === 0, 5000);
  expect(warm.catalog).toBe(0);
  expect(warm.answer).toEqual(first);

  // The source now publishes it as a kindergarten: the feed has the change, the next reads go to the catalog again.
  await upsertRecords(store, [{ ...centre, subtype: 'KINDERGARTEN' }]);
  const moved = await eventually(() => gql(DETAIL, { id }), (r) => r.data?.facility?.__typename === 'Kindergarten', POLL_MS * 10);
  expect(moved.errors).toBeUndefined();
  expect(moved.data.facility).toEqual({ __typename: 'Kindergarten', id, name: centre.name });
  await upsertRecords(store, [centre]);
  expect((await eventually(() => gql(DETAIL, { id }), (r) => r.data?.facility?.__typename === 'ChildcareCenter', POLL_MS * 10)).data.facility).toEqual(first.data.facility);
}, 60_000);

test('an id the catalog does not know is asked of it every time (a record may be created under it any moment)', async () => {
  for (let i = 0; i < 3; i++) {
    const before = await catalogFetches();
    expect((await gql(DETAIL, { id: 'facility-not-yet-created' })).data).toEqual({ facility: null });
    expect((await catalogFetches()) - before).toBe(1);
  }
});
