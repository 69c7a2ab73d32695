import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { upsertRecords } from '../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../store/testing';
import { startHub, type HubHandle } from './app';
import { FIXTURES } from './testing/fixtures';

/**
 * Issue 22, single mode: the reference cache serves reads by id without the
 * catalog's execution, and it never answers across a write on the hub's
 * store — a record read right after its write shows the write (here its type
 * changing), however soon the read comes.
 */
const logger = createLogger('silent');
let store: TestStore;
let hub: HubHandle;
const fetched: string[] = [];

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: any[] };
}

const DETAIL = `query($id: ID!) { facility(id: $id) { __typename id name } }`;
const centre = FIXTURES.find((r) => r.kind === 'FACILITY' && r.subtype === 'CHILDCARE_CENTER')!;
const catalogFetches = () => fetched.filter((s) => s === 'catalog').length;

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  hub = await startHub(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', LOG_LEVEL: 'silent', RESPONSE_CACHE_ENTRIES: '0' }), {
    logger,
    store,
    onSubgraphFetch: (name) => fetched.push(name),
  });
  await hub.ready;
}, 120_000);
afterAll(async () => {
  await hub?.close();
  await store?.close();
});

test('a facility read again by id costs no catalog execution; a read right after a write to it shows the write', async () => {
  const { rows } = await store.query<{ id: string }>(`select id from catalog.effective_record where kind = 'FACILITY' and name = $1`, [centre.name]);
  const id = rows[0]!.id;
  const first = await gql(DETAIL, { id });
  expect(first.data.facility).toEqual({ __typename: 'ChildcareCenter', id, name: centre.name });
  // Once the follower has read the feed, a read by id goes to the infant subgraph only.
  const deadline = Date.now() + 5000;
  let catalog = -1;
  while (catalog !== 0 && Date.now() < deadline) {
    const before = catalogFetches();
    expect(await gql(DETAIL, { id })).toEqual(first);
    catalog = catalogFetches() - before;
    if (catalog) await new Promise((r) => setTimeout(r, 50));
  }
  expect(catalog).toBe(0);

  // The source republishes it as a kindergarten and back, each read sent the moment the write returns.
  for (let i = 0; i < 5; i++) {
    await upsertRecords(store, [{ ...centre, subtype: 'KINDERGARTEN' }]);
    expect((await gql(DETAIL, { id })).data.facility).toEqual({ __typename: 'Kindergarten', id, name: centre.name });
    await upsertRecords(store, [centre]);
    expect((await gql(DETAIL, { id })).data.facility).toEqual(first.data.facility);
  }
  // And the cache serves again once the feed has been read past the writes.
  const settled = Date.now() + 5000;
  catalog = -1;
  while (catalog !== 0 && Date.now() < settled) {
    const before = catalogFetches();
    await gql(DETAIL, { id });
    catalog = catalogFetches() - before;
    if (catalog) await new Promise((r) => setTimeout(r, 50));
  }
  expect(catalog).toBe(0);
}, 60_000);
