import type { RecordKind, Stage } from '../common/record';
import { ALL_TYPENAMES, typenameOf } from '../common/typenames';
import { crawlSites } from '../crawlers/crawl-all';
import { loadRegistry, withBaseUrls } from '../crawlers/sites';
import { startSimulator, type Simulator } from '../simulator/server';
import { createTestStore } from '../store/testing';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * No record kind is ever indexed that no type serves (issue 15): the thirty
 * simulated sites are crawled into a fresh database, and every record of
 * catalog.effective_record, of every kind, must come back through the
 * gateway as the concrete type the typename table gives it, through the
 * catalog's lists and lookups and through search. Before programmes had
 * types, any programme hit made search answer HTTP 500.
 */
let sim: Simulator;
let t: TestHub;

beforeAll(async () => {
  sim = await startSimulator({ seed: 42 });
  const store = await createTestStore();
  try {
    // Every site but the portal: its 4,300 pages of 어린이집 (two thirds of the crawl) add no kind or type that
    // childcare-openapi's same centres do not.
    const sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).filter((s) => s.id !== 'seoul-childcare-portal');
    const results = await crawlSites(store, sites, { politeness: false, workers: 4, parallelSites: 8 });
    expect(results.filter((r) => r.status !== 'succeeded').map((r) => r.siteId)).toEqual([]);
  } catch (error) {
    await store.close();
    throw error;
  }
  t = await startTestHub({ store });
}, 300_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

interface Row {
  id: string;
  kind: RecordKind;
  subtype: string;
  primary_stage: Stage;
  status: string;
}

const KNOWN = new Set(ALL_TYPENAMES.map((x) => x.typename));

async function gql(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await t.gql(query, variables);
  expect([status, body.errors]).toEqual([200, undefined]);
  return body.data;
}

const LISTS: Record<RecordKind, string> = { FACILITY: 'facilities', POLICY: 'policies', PROGRAM: 'programs' };
const LOOKUPS: Record<RecordKind, string> = { FACILITY: 'facility', POLICY: 'policy', PROGRAM: 'program' };

let walked: Promise<{ rows: Row[]; served: Map<string, string> }> | null = null;

/** Every public record, and the typename the gateway answered for each through the catalog (walked once, shared by the tests). */
function walkCatalog() {
  walked ??= (async () => {
    const { rows } = await t.store.query<Row>(
      `select id, kind, subtype, primary_stage, status from catalog.effective_record where published and merged_into is null order by id`,
    );
    return { rows, served: await servedTypes(rows) };
  })();
  return walked;
}

async function servedTypes(rows: Row[]): Promise<Map<string, string>> {
  const served = new Map<string, string>();
  // Active records: every page of each kind's list (keyset paging, 100 a page).
  for (const kind of ['FACILITY', 'POLICY', 'PROGRAM'] as const) {
    let after: string | null = null;
    do {
      const data: any = await gql(`query($after: String) { list: ${LISTS[kind]}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { __typename id } } } }`, { after });
      for (const { node } of data.list.edges) served.set(node.id, node.__typename);
      after = data.list.pageInfo.hasNextPage ? data.list.pageInfo.endCursor : null;
    } while (after);
  }
  // Withdrawn ones, by id. A policy copy that ingest merged into another record answers with that record
  // (partners' old links keep working): it is served as the kept record's type, under the kept record's id.
  const withdrawn = rows.filter((r) => r.status !== 'ACTIVE');
  for (let i = 0; i < withdrawn.length; i += 25) {
    const batch = withdrawn.slice(i, i + 25);
    const data: any = await gql(`{ ${batch.map((r, j) => `r${j}: ${LOOKUPS[r.kind]}(id: "${r.id}") { __typename id }`).join(' ')} }`);
    batch.forEach((r, j) => {
      const answer = data[`r${j}`];
      if (answer.id === r.id) served.set(r.id, answer.__typename);
      else redirected.set(r.id, answer.id);
    });
  }
  return served;
}

/** Withdrawn ids that answer with the record they were merged into (old id → kept id). */
const redirected = new Map<string, string>();

test('every record of every kind the crawl produced resolves through the catalog as the type the table gives it', async () => {
  const { rows, served } = await walkCatalog();
  const kinds = new Set(rows.map((r) => r.kind));
  // The world has all three kinds, programmes included (385 at tick 0).
  expect([...kinds].sort()).toEqual(['FACILITY', 'POLICY', 'PROGRAM']);
  expect(rows.filter((r) => r.kind === 'PROGRAM').length).toBeGreaterThanOrEqual(300);
  const own = rows.filter((r) => !redirected.has(r.id));
  const wrong = own.filter((r) => served.get(r.id) !== typenameOf({ kind: r.kind, primaryStage: r.primary_stage, subtype: r.subtype }));
  expect(wrong.slice(0, 5).map((r) => ({ id: r.id, kind: r.kind, stage: r.primary_stage, got: served.get(r.id) ?? null }))).toEqual([]);
  expect(served.size).toBe(own.length);
  // Every redirect lands on a record that answers as itself.
  expect([...redirected.values()].filter((id) => !served.has(id))).toEqual([]);
});

test('every indexed document is one of those records, and search resolves every programme and policy hit', async () => {
  const { served } = await walkCatalog();
  const { rows } = await t.store.query<{ record_id: string }>('select record_id from search.document');
  expect(rows.filter((r) => !served.has(r.record_id)).map((r) => r.record_id)).toEqual([]);

  // Programmes and policies are few enough to page through search whole (it stops at the 1,000th hit).
  for (const kind of ['PROGRAM', 'POLICY'] as const) {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    do {
      const data: any = await gql(
        `query($after: String) { search(filter: { recordKinds: [${kind}] }, sort: NAME, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { __typename ... on Program { id name } ... on Policy { id name } } variants { id node { __typename } } } } }`,
        { after },
      );
      total = data.search.totalCount;
      for (const { node, variants } of data.search.edges) {
        expect([node.id, node.__typename]).toEqual([node.id, served.get(node.id)]);
        seen.add(node.id);
        // District copies folded under a hit are records too, resolved like it.
        for (const v of variants) {
          expect([v.id, v.node.__typename]).toEqual([v.id, served.get(v.id)]);
          seen.add(v.id);
        }
      }
      after = data.search.pageInfo.hasNextPage ? data.search.pageInfo.endCursor : null;
    } while (after);
    expect([kind, seen.size]).toEqual([kind, total]);
    expect(total).toBeGreaterThan(300);
  }
});

test('the words that made search fail answer with resolved hits; 입소 상담의 날 answers Program hits', async () => {
  const { served } = await walkCatalog();
  const words = ['입소 상담의 날', '청소년', '상담', '아이', '부모', '출산', '프로그램', '체험', '청소년 상담'];
  for (const query of words) {
    const data: any = await gql(`query($q: String) { search(query: $q, first: 20) { edges { node { __typename ... on Program { id } ... on Policy { id } ... on Facility { id } } } } }`, { q: query });
    expect([query, data.search.edges.length > 0]).toEqual([query, true]);
    for (const { node } of data.search.edges) expect([query, KNOWN.has(node.__typename), served.get(node.id)]).toEqual([query, true, node.__typename]);
  }
  const mustShow: any = await gql(`{ search(query: "입소 상담의 날", first: 3) { edges { node { __typename } variants { node { __typename } } } } }`);
  // The programme of that name leads, with its copies of other districts folded under it.
  const [top] = mustShow.search.edges;
  expect([top.node.__typename, ...top.variants.map((v: any) => v.node.__typename)]).toEqual(Array(1 + top.variants.length).fill('InfantProgram'));
  expect(top.variants.length).toBeGreaterThan(0);
});

test('every distinct word of every record title, searched through the gateway, answers without errors and with resolved hits', async () => {
  const { served } = await walkCatalog();
  const { rows } = await t.store.query<{ name: string }>('select name from catalog.effective_record where published');
  const distinct = [...new Set(rows.flatMap((r) => r.name.split(/[\s()[\]·,/:~-]+/)).filter((w) => w.length > 0))].sort();
  // Bounded: an even spread of at most 2,000 words (every word when there are fewer).
  const step = Math.max(1, distinct.length / 2000);
  const words = Array.from({ length: Math.min(distinct.length, 2000) }, (_, i) => distinct[Math.floor(i * step)]!);
  expect(words.length).toBeGreaterThan(1000);
  const BATCH = 25;
  let hits = 0;
  for (let i = 0; i < words.length; i += BATCH) {
    const batch = words.slice(i, i + BATCH);
    const query = `query(${batch.map((_, j) => `$q${j}: String`).join(', ')}) { ${batch
      .map((_, j) => `s${j}: search(query: $q${j}, first: 5) { edges { node { __typename ... on Program { id } ... on Policy { id } ... on Facility { id } } } }`)
      .join(' ')} }`;
    const data = await gql(query, Object.fromEntries(batch.map((w, j) => [`q${j}`, w])));
    batch.forEach((word, j) => {
      for (const { node } of data[`s${j}`].edges) {
        expect([word, node.__typename, served.get(node.id)]).toEqual([word, node.__typename, node.__typename]);
        hits++;
      }
    });
  }
  expect(hits).toBeGreaterThan(words.length);
}, 180_000);

test('suggest answers only ids the catalog lookups serve', async () => {
  const { served } = await walkCatalog();
  const { rows } = await t.store.query<{ prefix: string }>(
    `select distinct left(name, 2) as prefix from catalog.effective_record where kind = 'PROGRAM' order by 1 limit 60`,
  );
  const ids = new Set<string>();
  for (let i = 0; i < rows.length; i += 20) {
    const batch = rows.slice(i, i + 20);
    const data: any = await gql(`{ ${batch.map((r, j) => `s${j}: suggest(prefix: ${JSON.stringify(r.prefix)}, first: 5) { id }`).join(' ')} }`);
    batch.forEach((_, j) => data[`s${j}`].forEach((s: { id: string }) => ids.add(s.id)));
  }
  expect(ids.size).toBeGreaterThan(20);
  expect([...ids].some((id) => id.startsWith('prg_'))).toBe(true);
  // Every suggested id is a record a lookup answers, with its type.
  expect([...ids].filter((id) => !served.has(id))).toEqual([]);
});
