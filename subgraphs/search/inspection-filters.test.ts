import { createKey, getText } from '../../gateway/openapi/testing';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { startCrawledHub, type CrawledHub } from '../../gateway/testing/crawled-hub';
import { inspectedCentres, type SimInspectedCentre } from '../../simulator/sites/inspections';
import { worldAt } from '../../simulator/world';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { indexAll } from './indexer';
import { within1s } from './testing';

/**
 * Issue 20, "searchable filters (inspectedSince, hasViolations)": search's
 * filters select what the simulated inspection sites published, exactly as
 * the catalog's facilities(filter:) does; policies never match; a bad day is
 * a typed error; a tick that adds an inspection changes the answer once the
 * crawl is reindexed; the Open API's /search takes the same parameters.
 */
let hub: CrawledHub;
const SITES = ['kinder-openapi', 'kinder-safety', 'seoul-childcare-inspections', 'gangseo-ccic'];
const GANGNAM = { sido: '서울', sigungu: '강남구' };
// safety.json's dates are 2015–2019; the simulated 점검 history starts in 2023.
const SINCE = '2024-01-01';

beforeAll(async () => {
  // Policies next to the crawled facilities: the filters must leave them out.
  hub = await startCrawledHub(SITES, { prepare: (store) => upsertRecords(store, FIXTURES.filter((r) => r.kind === 'POLICY')).then(() => undefined) });
  await indexAll(hub.store);
}, 180_000);
afterAll(async () => hub?.close());

interface Hit {
  __typename: string;
  id: string;
  name: string;
}
const SEARCH = `query($q: String, $filter: SearchFilter, $after: String) { search(query: $q, filter: $filter, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } facets { kinds { value count } }
  edges { node { __typename ... on Facility { id name } ... on Policy { id name } } } } }`;

/** Every hit of a search, page by page, with the first page's total and kind facet. */
async function searchAll(q: string | null, filter: Record<string, unknown>) {
  const hits: Hit[] = [];
  let after: string | null = null;
  let first: { totalCount: number; facets: { kinds: { value: string; count: number }[] } } | null = null;
  for (;;) {
    const d: any = (await hub.ok(SEARCH, { q, filter, after })).search;
    first ??= d;
    hits.push(...d.edges.map((e: { node: Hit }) => e.node));
    if (!d.pageInfo.hasNextPage) return { hits, totalCount: first!.totalCount, kinds: first!.facets.kinds };
    after = d.pageInfo.endCursor;
  }
}

const LIST = `query($filter: FacilityFilter, $after: String) { facilities(filter: $filter, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id ... on Facility { name } } } } }`;

/** What the catalog's own listing answers for the same filter (ids). */
async function listed(filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const d: any = (await hub.ok(LIST, { filter, after })).facilities;
    ids.push(...d.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!d.pageInfo.hasNextPage) return ids.sort();
    after = d.pageInfo.endCursor;
  }
}

const ids = (hits: Hit[]) => hits.map((h) => h.id).sort();
const names = (hits: Hit[]) => hits.map((h) => h.name).sort();
const violating = (c: SimInspectedCentre, since = '') => c.inspList.some((i) => i.inspDt >= since && (i.dspsCn !== '' || i.inspCn !== '지적사항 없음'));

test('inspectedSince and hasViolations select what the simulator published, as facilities(filter:) does', async () => {
  const gangnam = inspectedCentres(worldAt(42, 0)).filter((c) => c.sigunname === '강남구');
  expect(gangnam.length).toBeGreaterThan(5);

  const withViolations = await searchAll(null, { region: GANGNAM, hasViolations: true });
  expect(withViolations.hits.length).toBeGreaterThan(0);
  expect(names(withViolations.hits)).toEqual(gangnam.filter((c) => violating(c)).map((c) => c.crname).sort());
  expect(ids(withViolations.hits)).toEqual(await listed({ region: GANGNAM, hasViolations: true }));
  expect(withViolations.totalCount).toBe(withViolations.hits.length);

  const recent = await searchAll(null, { region: GANGNAM, inspectedSince: SINCE });
  expect(names(recent.hits)).toEqual(gangnam.filter((c) => c.inspList.some((i) => i.inspDt >= SINCE)).map((c) => c.crname).sort());
  expect(ids(recent.hits)).toEqual(await listed({ region: GANGNAM, inspectedSince: SINCE }));

  const recentViolations = await searchAll(null, { region: GANGNAM, inspectedSince: SINCE, hasViolations: true });
  expect(names(recentViolations.hits)).toEqual(gangnam.filter((c) => violating(c, SINCE)).map((c) => c.crname).sort());
  // Violations only before SINCE do not count with it: those centres are "without" since then.
  const recentClean = await searchAll(null, { region: GANGNAM, inspectedSince: SINCE, hasViolations: false });
  expect(ids(recentClean.hits)).toEqual(await listed({ region: GANGNAM, inspectedSince: SINCE, hasViolations: false }));
  expect(recentClean.hits.length + recentViolations.hits.length).toBe(recent.hits.length);

  // false: every other facility of the district, the never inspected included; the kind facet counts the same set.
  const without = await searchAll(null, { region: GANGNAM, hasViolations: false });
  expect(ids(without.hits)).toEqual(await listed({ region: GANGNAM, hasViolations: false }));
  const all = await listed({ region: GANGNAM });
  expect(without.hits.length + withViolations.hits.length).toBe(all.length);
  expect(without.kinds.reduce((n, k) => n + k.count, 0)).toBe(without.hits.length);
});

test('with a query: 유치원 finds the kindergartens the listing selects, and no policy matches either filter', async () => {
  const kinds = ['KINDERGARTEN'];
  const r = await searchAll('유치원', { region: GANGNAM, kinds, inspectedSince: SINCE, hasViolations: true });
  expect(r.hits.length).toBeGreaterThan(0);
  expect(ids(r.hits)).toEqual(await listed({ region: GANGNAM, kinds, inspectedSince: SINCE, hasViolations: true }));

  // The fixtures' policies are found by name, in 서울, until an inspection filter is set.
  const policy = '첫만남이용권';
  const plain = await searchAll(policy, { region: { sido: '서울' } });
  expect(plain.hits.filter((h) => h.__typename.endsWith('Policy')).map((h) => h.name)).toContain(policy);
  for (const filter of [{ hasViolations: false }, { hasViolations: true }, { inspectedSince: '2000-01-01' }, { inspectedSince: '2000-01-01', hasViolations: false }]) {
    const filtered = await searchAll(policy, { region: { sido: '서울' }, ...filter });
    expect({ filter, policies: filtered.hits.filter((h) => h.__typename.endsWith('Policy')) }).toEqual({ filter, policies: [] });
    expect(filtered.kinds.map((k) => k.value)).not.toContain('POLICY');
  }
});

test('a malformed or impossible day is BAD_USER_INPUT, in Korean with English', async () => {
  for (const day of ['2024-02-30', '2024-1-5', 'yesterday']) {
    const bad = await hub.gql(SEARCH, { q: '유치원', filter: { inspectedSince: day } });
    expect(bad.body.data?.search ?? null).toBeNull();
    const error = bad.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions).toMatchObject({ messageKo: '날짜는 YYYY-MM-DD 형식입니다.', messageEn: 'A day is YYYY-MM-DD.', field: 'filter.inspectedSince' });
  }
});

test('a tick that adds an inspection with measures changes the answer once the crawl is indexed', async () => {
  let found: { stcode: string; tick: number; date: string } | null = null;
  for (let t = 1; t <= 20 && !found; t++) {
    const c = inspectedCentres(worldAt(42, t)).find((x) => x.sigunname === '동대문구' && x.inspList.some((i) => i.prcsSttus === '조치중'));
    if (c) found = { stcode: c.stcode, tick: t, date: c.inspList.find((i) => i.prcsSttus === '조치중')!.inspDt };
  }
  expect(found).not.toBeNull();
  const centre = inspectedCentres(worldAt(42, found!.tick)).find((c) => c.stcode === found!.stcode)!;
  const filter = { region: { sido: '서울', sigungu: '동대문구' }, inspectedSince: found!.date, hasViolations: true };
  const before = await searchAll(centre.crname, filter);
  expect(names(before.hits)).not.toContain(centre.crname);

  try {
    hub.sim.setTick(found!.tick);
    expect((await hub.crawl('seoul-childcare-inspections')).status).toBe('succeeded');
    await indexAll(hub.store);
    // The hub's own indexer may hold the changed record (its batch still committing) and a search reuses an index
    // generation read up to 50 ms earlier: the change shows within search's documented 1 s, not at once.
    const after = await within1s(() => searchAll(centre.crname, filter), (r) => names(r.hits).includes(centre.crname));
    expect(names(after.hits)).toContain(centre.crname);
    expect(ids(after.hits)).toEqual(await listed(filter));
    expect(names((await searchAll(centre.crname, { ...filter, hasViolations: false })).hits)).not.toContain(centre.crname);
  } finally {
    hub.sim.setTick(0);
    await hub.crawl('seoul-childcare-inspections');
    await indexAll(hub.store);
    // Leave the index as the next test expects it: the restored answer, not one still being committed.
    await within1s(() => searchAll(centre.crname, filter), (r) => !names(r.hits).includes(centre.crname));
  }
});

test('Open API /search takes inspectedSince and hasViolations and answers what GraphQL search does', async () => {
  const { key } = await createKey(hub.store);
  const url = (extra: string) =>
    `${hub.hub.url}/openapi/v1/search?serviceKey=${encodeURIComponent(key)}&type=json&query=${encodeURIComponent('유치원')}&sido=서울&sigungu=강남구&numOfRows=100${extra}`;
  const r = await getText(url(`&inspectedSince=${SINCE}&hasViolations=true`));
  expect(r.status).toBe(200);
  const body = JSON.parse(r.text).response.body;
  const gql = await searchAll('유치원', { region: GANGNAM, inspectedSince: SINCE, hasViolations: true });
  expect(gql.hits.length).toBeGreaterThan(0);
  expect(body.totalCount).toBe(gql.totalCount);
  expect(body.items.item.map((i: { id: string }) => i.id).sort()).toEqual(ids(gql.hits));

  const bad = await getText(url('&inspectedSince=2024-02-30'));
  expect(bad.status).toBe(400);
});
