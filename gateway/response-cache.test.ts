import { recordId } from '../common/record-id';
import { upsertRecords } from '../store/catalog/upsert-records';
import { FIXTURES } from './testing/fixtures';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * The gateway's response cache (gateway/plugins/use-response-cache.ts): a
 * repeated public read is answered from memory, and never with data older
 * than the last committed change; anything that is not public catalog data
 * is never kept.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.close());

const centreKey = 'c1';
const id = recordId('FACILITY', 'fixture', centreKey);
const DETAIL = 'query($id: ID!) { facility(id: $id) { id name phone ... on ChildcareCenter { capacity enrolled } } }';

async function post(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${hub.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { cache: res.headers.get('x-dolbom-cache'), body: (await res.json()) as { data?: any; errors?: unknown[] } };
}

/**
 * Waits until the search indexer has taken every queued change (the cache
 * steps aside while changes wait), and a little longer: answers are stored
 * only once a new generation is 100 ms old (the search subgraph may read it
 * up to 50 ms late).
 */
async function settled(): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await hub.store.query<{ pending: boolean }>('select pending from catalog.public_data_version')).rows[0]!.pending) {
    if (Date.now() > deadline) throw new Error('changes still pending after 5 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  await post('{ __typename }');
  await new Promise((r) => setTimeout(r, 150));
}

test('a repeated public read is served from the cache, with the same answer', async () => {
  await settled();
  const first = await post(DETAIL, { id });
  expect(first.cache).toBe('miss');
  const fetches = hub.fetches.length;
  const second = await post(DETAIL, { id });
  expect(second.cache).toBe('hit');
  expect(second.body).toEqual(first.body);
  // A hit runs no query plan: no subgraph was asked.
  expect(hub.fetches.length).toBe(fetches);
  // Other variables are another answer.
  const other = await post(DETAIL, { id: recordId('FACILITY', 'fixture', 'c2') });
  expect(other.cache).toBe('miss');
  expect(other.body.data.facility.id).not.toBe(id);
});

test('a committed change is visible on the very next request: never a stale answer', async () => {
  await settled();
  await post(DETAIL, { id });
  expect((await post(DETAIL, { id })).cache).toBe('hit');
  const fixture = FIXTURES.find((r) => r.sourceKey === centreKey && r.provenance.siteId === 'fixture')!;
  await upsertRecords(hub.store, [{ ...fixture, phone: '02-2600-9999', provenance: { ...fixture.provenance, contentHash: 'changed' } }]);
  // Right after the write the change waits for the indexer: the cache steps aside.
  const during = await post(DETAIL, { id });
  expect(during.body.data.facility.phone).toBe('02-2600-9999');
  expect(during.cache).not.toBe('hit');
  // Once indexed, the index generation moved on: the old answer is gone for good.
  await settled();
  const after = await post(DETAIL, { id });
  expect(after.cache).toBe('miss');
  expect(after.body.data.facility.phone).toBe('02-2600-9999');
  expect((await post(DETAIL, { id })).cache).toBe('hit');
});

test('answers that are not public catalog data are never kept: waiting lists, crawl status, the change feed, errors', async () => {
  await settled();
  const cases: [string, Record<string, unknown>][] = [
    ['query($id: ID!) { facility(id: $id) { id ... on ChildcareCenter { waitlist(ageClass: 1) { position } } } }', { id }],
    ['{ sources { id } }', {}],
    ['{ changes(first: 5) { cursor } }', {}],
    ['{ facilities(first: 1000) { totalCount } }', {}],
  ];
  for (const [query, variables] of cases) {
    await post(query, variables);
    const again = await post(query, variables);
    expect({ query, cache: again.cache }).toEqual({ query, cache: null });
  }
});

test('search answers are kept under the index generation too', async () => {
  await settled();
  const q = '{ search(query: "어린이집", first: 5) { totalCount edges { node { ... on Facility { id name } } } } }';
  const first = await post(q);
  expect(first.cache).toBe('miss');
  const second = await post(q);
  expect(second.cache).toBe('hit');
  expect(second.body).toEqual(first.body);
});

test('only JSON requests are answered from the cache', async () => {
  await settled();
  await post(DETAIL, { id });
  expect((await post(DETAIL, { id })).cache).toBe('hit');
  // The same body as text/plain goes to Apollo, whose CSRF prevention refuses it.
  const res = await fetch(`${hub.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: DETAIL, variables: { id } }) });
  expect(res.headers.get('x-dolbom-cache')).toBeNull();
  expect(res.status).toBe(400);
});
