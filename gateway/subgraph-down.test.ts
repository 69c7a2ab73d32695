import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { upsertRecords } from '../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../store/testing';
import { SUBGRAPHS } from '../subgraphs/list';
import { indexAll } from '../subgraphs/search/indexer';
import { serveSubgraph, type ServedSubgraph } from '../subgraphs/serve';
import { startHub, type HubHandle } from './app';
import { FIXTURES } from './testing/fixtures';
import { freePort } from './testing/ports';

/**
 * Distributed mode with one subgraph down (issue 21): the gateway answers
 * every field the others serve, and SERVICE_UNAVAILABLE with the `path` of
 * each field it could not; when the subgraph is back, the next request is
 * whole again — no restart. Subgraphs run behind their own HTTP servers in
 * this process (one shared test database), the gateway talks to them over
 * HTTP as in production.
 */
const logger = createLogger('silent');
let store: TestStore;
let hub: HubHandle;
const served = new Map<string, ServedSubgraph>();
const ports = new Map<string, number>();

const QUERY = `query($first: Int) {
  facilities(filter: { stages: [INFANT], region: { sido: "서울특별시", sigungu: "강서구" } }, first: $first) {
    totalCount
    edges { node { id name kind ... on ChildcareCenter { capacity freeSeats } } }
  }
}`;

async function serve(name: string): Promise<void> {
  served.set(name, await serveSubgraph({ name, store, host: '127.0.0.1', port: ports.get(name)!, logger, maxBodyBytes: 1_000_000 }));
}

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  await indexAll(store);
  for (const { name } of SUBGRAPHS) {
    ports.set(name, await freePort());
    await serve(name);
  }
  const urls = SUBGRAPHS.map(({ name }) => `${name}=${served.get(name)!.url}`).join(',');
  hub = await startHub(loadConfig({ PORT: '0', HOST: '127.0.0.1', HUB_MODE: 'distributed', SUBGRAPH_URLS: urls, LOAD_SEED: 'false', CRAWL_ON_START: 'false', LOG_LEVEL: 'silent' }), { logger });
  await hub.ready;
}, 120_000);
afterAll(async () => {
  await hub?.close();
  for (const s of served.values()) await s.close();
  await store?.close();
});

test('the infant subgraph down: the catalog fields stand, each missing field has SERVICE_UNAVAILABLE with its path; back without a restart', async () => {
  const whole = await gql(QUERY, { first: 3 });
  expect(whole.body.errors).toBeUndefined();
  expect(whole.body.data.facilities.edges[0].node.capacity).toBe(20);

  await served.get('infant')!.close();
  const partial = await gql(QUERY, { first: 3 });
  expect(partial.status).toBe(200);
  // The catalog's part of the page stands: the count and the three edges.
  expect(partial.body.data.facilities.totalCount).toBe(5);
  expect(partial.body.data.facilities.edges).toHaveLength(3);
  // Each node whose fields the infant subgraph serves is null, and one error per node says why, with its path.
  expect(partial.body.data.facilities.edges.map((e: any) => e.node)).toEqual([null, null, null]);
  expect(partial.body.errors!.map((e) => [e.extensions.code, e.path])).toEqual([0, 1, 2].map((i) => ['SERVICE_UNAVAILABLE', ['facilities', 'edges', i, 'node']]));
  expect(partial.body.errors![0].message).toMatch(/일시적으로/);

  await serve('infant');
  const back = await gql(QUERY, { first: 3 });
  expect(back.body.errors).toBeUndefined();
  expect(back.body.data.facilities.edges[0].node.capacity).toBe(20);
}, 60_000);

test('a root field of a down subgraph is null with its error, and the root fields of the others stand', async () => {
  const MIXED = `{ search(query: "어린이집", first: 2) { totalCount edges { node { __typename } } }
    facilities(first: 2) { totalCount edges { node { id name } } }
    policies(first: 1) { totalCount } }`;
  const whole = await gql(MIXED);
  expect(whole.body.errors).toBeUndefined();
  const searchHits = whole.body.data.search.totalCount as number;
  expect(searchHits).toBeGreaterThan(0);

  await served.get('search')!.close();
  const partial = await gql(MIXED);
  expect(partial.status).toBe(200);
  // Before, search: SearchConnection! turned this whole answer into data: null.
  expect(partial.body.data.search).toBeNull();
  expect(partial.body.data.facilities).toEqual(whole.body.data.facilities);
  expect(partial.body.data.policies).toEqual(whole.body.data.policies);
  expect(partial.body.errors!.map((e) => [e.extensions.code, e.path])).toEqual([['SERVICE_UNAVAILABLE', ['search']]]);

  await serve('search');
  const back = await gql(MIXED);
  expect(back.body.errors).toBeUndefined();
  expect(back.body.data.search.totalCount).toBe(searchHits);
}, 60_000);
