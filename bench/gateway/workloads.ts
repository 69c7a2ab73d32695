import type { BenchData } from './data';
import { searchQueries, uniformSequence, zipfSequence } from './queries';

/**
 * The four workloads (issue 22: "workloads that caches cannot decide") and,
 * for each, the subgraph parts its query plan sends, as the gateway sends
 * them: the "subgraph alone" peer of a workload is the busiest of its parts
 * (the lowest throughput on its own), measured against the same subgraph
 * processes. Each workload is a set of distinct bodies and the sequence the
 * load generator sends them in (uniform for ids and pages, Zipf for search).
 */
/** What every answer must look like: `data[root]` non-null, and `data[root][list]` (or `data[root]` for '.') an array. */
export interface Check {
  root: string;
  list?: string;
  /** The array must not be empty (a page that exists has rows). */
  nonEmpty?: boolean;
}

export interface Part {
  subgraph: string;
  /** What this part does, for the table. */
  label: string;
  bodies: string[];
  sequence: number[];
  check: Check;
}

export interface Workload {
  name: string;
  /** What the distinct bodies are, for the table. */
  distinct: string;
  bodies: string[];
  sequence: number[];
  check: Check;
  parts: Part[];
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const ENTITIES_CHECK: Check = { root: '_entities', list: '.', nonEmpty: true };

const DETAIL_FIELDS = 'id name address phone centerTypeLabel capacity enrolled freeSeats specialCare ageClasses { age classes enrolled capacity freeSeats }';
const DETAIL = `query($id: ID!) { facility(id: $id) { id name address phone ... on ChildcareCenter { centerTypeLabel capacity enrolled freeSeats specialCare ageClasses { age classes enrolled capacity freeSeats } } } }`;
const SEARCH = `query($q: String) { search(query: $q, first: 10) { totalCount edges { score node { ... on ChildcareCenter { id name capacity enrolled } ... on PostpartumCenter { id name } } } } }`;
const SEARCH_REFS = 'query($q:String){search(query:$q first:10){totalCount edges{score node{__typename ...on ChildcareCenter{__typename id}...on PostpartumCenter{__typename id}}}}}';
const POLICIES = `query($after: String) { policies(first: 20, after: $after) { totalCount edges { cursor node { id name primaryStage target applicationPeriod { text always } } } pageInfo { endCursor hasNextPage } } }`;
const POLICY_REFS = 'query($after:String){policies(first:20 after:$after){totalCount edges{cursor node{__typename id}} pageInfo{endCursor hasNextPage}}}';
/** Heavy: 20 hits (search) → each centre's seats per age class (infant) → its waiting list (apply). */
const HEAVY_CENTRE = 'id name address capacity enrolled freeSeats ageClasses { age classes capacity enrolled freeSeats }';
const HEAVY = `query($q: String) { search(query: $q, first: 20) { totalCount edges { score node { ... on ChildcareCenter { ${HEAVY_CENTRE} waitlist(ageClass: 2) { position rank points appliedOn offered } } } } } }`;
const HEAVY_REFS = 'query($q:String){search(query:$q first:20){totalCount edges{score node{__typename ...on ChildcareCenter{__typename id}}}}}';
/** Both workloads' hits in one walk of the search subgraph. */
const WALK_REFS = 'query($q:String){search(query:$q first:20){totalCount edges{score node{__typename ...on ChildcareCenter{__typename id}...on PostpartumCenter{__typename id}}}}}';

const entities = (selection: string, representations: { __typename: string; id: string }[]) =>
  body(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations });

export const MIN_POLICY_PAGES = 50;
const MAX_POLICY_PAGES = 60;

async function post<T>(url: string, b: string): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || json.errors?.length || !json.data) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return json.data;
}

/** `f` over `xs`, `n` at a time. */
async function pool<T, R>(xs: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < xs.length) {
      const i = next++;
      out[i] = await f(xs[i]!);
    }
  }));
  return out;
}

/** The `after` cursors of the first policy pages (null = the first page), walked through a gateway. */
async function policyCursors(url: string): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  while (cursors.length < MAX_POLICY_PAGES) {
    const page = await post<{ policies: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(url, body(POLICIES, { after: cursors[cursors.length - 1] }));
    if (!page.policies.pageInfo.hasNextPage || !page.policies.pageInfo.endCursor) break;
    cursors.push(page.policies.pageInfo.endCursor);
  }
  if (cursors.length < MIN_POLICY_PAGES) throw new Error(`only ${cursors.length} policy pages (need ${MIN_POLICY_PAGES})`);
  return cursors;
}

type Hit = { __typename: string; id: string };
/** The hits of each query, as the search subgraph returns them (the references the gateway then resolves). */
async function hitsOf(searchUrl: string, queries: string[], refs: string): Promise<Hit[][]> {
  return pool(queries, 8, async (q) => {
    const d = await post<{ search: { edges: { node: Hit | null }[] } }>(searchUrl, body(refs, { q }));
    return d.search.edges.map((e) => e.node).filter((n): n is Hit => !!n && !!n.id);
  });
}

/** Entity bodies of one subgraph for each query's hits of `typename`; queries with none are left out. */
function entityPart(subgraph: string, label: string, hits: Hit[][], sequence: number[], typename: string, selection: string): Part | null {
  const index = new Map<number, number>();
  const bodies: string[] = [];
  hits.forEach((h, i) => {
    const mine = h.filter((x) => x.__typename === typename);
    if (mine.length) {
      index.set(i, bodies.length);
      bodies.push(entities(`... on ${typename} { ${selection} }`, mine));
    }
  });
  if (!bodies.length) return null;
  // The same popularity as the workload: each query's entity fetch as often as the query.
  const seq = sequence.filter((i) => index.has(i)).map((i) => index.get(i)!);
  return { subgraph, label, bodies, sequence: seq, check: ENTITIES_CHECK };
}

/**
 * One body of each query the workloads send (gateway/plugins/use-query-limits.test.ts
 * checks that every one fits the default query limits, the heavy one included).
 */
export function workloads(ids: string[], hits: string[][]): { name: string; bodies: string[] }[] {
  const q = SEARCH_TEXT_EXAMPLE;
  return [
    { name: 'facility detail by id', bodies: ids.map((id) => body(DETAIL, { id })) },
    { name: 'search + entities', bodies: [body(SEARCH, { q }), ...hits.map((h) => entities('... on ChildcareCenter { id name capacity enrolled }', h.map((id) => ({ __typename: 'ChildcareCenter', id }))))] },
    { name: 'policy list page', bodies: [body(POLICIES, { after: null }), body(POLICIES, { after: 'x' })] },
    { name: 'heavy', bodies: [body(HEAVY, { q })] },
  ];
}
const SEARCH_TEXT_EXAMPLE = '강서구 어린이집';

/**
 * @param data the bench data (ids, vocabulary)
 * @param subgraphUrl the URL of one subgraph process by name (the parts' hits and cursors come from them, as the gateway's would)
 * @param gatewayUrl a gateway, to walk the policy pages' cursors
 */
export async function buildWorkloads(data: BenchData, subgraphUrl: (name: string) => string, gatewayUrl: string): Promise<Workload[]> {
  const ids = data.facilityIds.slice(0, 1000);
  const idSeq = uniformSequence(ids.length);
  const queries = searchQueries(data.vocabulary);
  const qSeq = zipfSequence(queries.length);
  const cursors = await policyCursors(gatewayUrl);
  const pageSeq = uniformSequence(cursors.length);
  // One walk of the search subgraph: a query's first 10 hits are the first 10 of its 20 (same order).
  const heavyHits = await hitsOf(subgraphUrl('search'), queries, WALK_REFS);
  const hits = heavyHits.map((h) => h.slice(0, 10));
  const parts = (xs: (Part | null)[]) => xs.filter((x): x is Part => x !== null);
  return [
    {
      name: 'facility detail by id',
      distinct: `${ids.length} childcare centres, uniform`,
      bodies: ids.map((id) => body(DETAIL, { id })),
      sequence: idSeq,
      check: { root: 'facility' },
      parts: [
        { subgraph: 'infant', label: 'entity fetch of the centre', bodies: ids.map((id) => entities(`... on ChildcareCenter { ${DETAIL_FIELDS} }`, [{ __typename: 'ChildcareCenter', id }])), sequence: idSeq, check: ENTITIES_CHECK },
        { subgraph: 'catalog', label: 'facility(id) reference', bodies: ids.map((id) => body('query($id:ID!){facility(id:$id){__typename id}}', { id })), sequence: idSeq, check: { root: 'facility' } },
      ],
    },
    {
      name: 'search + entities (search, infant, pregnancy)',
      distinct: `${queries.length} queries, Zipf s=1`,
      bodies: queries.map((q) => body(SEARCH, { q })),
      sequence: qSeq,
      check: { root: 'search', list: 'edges' },
      parts: parts([
        { subgraph: 'search', label: 'search (references)', bodies: queries.map((q) => body(SEARCH_REFS, { q })), sequence: qSeq, check: { root: 'search', list: 'edges' } },
        entityPart('infant', 'entity fetch of the hits', hits, qSeq, 'ChildcareCenter', 'id name capacity enrolled'),
        entityPart('pregnancy', 'entity fetch of the hits', hits, qSeq, 'PostpartumCenter', 'id name'),
      ]),
    },
    {
      name: 'policy list page',
      distinct: `${cursors.length} pages of 20 (after cursors), uniform`,
      bodies: cursors.map((after) => body(POLICIES, { after })),
      sequence: pageSeq,
      check: { root: 'policies', list: 'edges', nonEmpty: true },
      parts: [{ subgraph: 'catalog', label: 'policies page (references)', bodies: cursors.map((after) => body(POLICY_REFS, { after })), sequence: pageSeq, check: { root: 'policies', list: 'edges', nonEmpty: true } }],
    },
    {
      name: 'heavy: 20 hits → seats → waiting list (search, infant, apply)',
      distinct: `${queries.length} queries, Zipf s=1`,
      bodies: queries.map((q) => body(HEAVY, { q })),
      sequence: qSeq,
      check: { root: 'search', list: 'edges' },
      parts: parts([
        { subgraph: 'search', label: 'search, 20 hits (references)', bodies: queries.map((q) => body(HEAVY_REFS, { q })), sequence: qSeq, check: { root: 'search', list: 'edges' } },
        entityPart('infant', 'entity fetch of 20 centres with age classes', heavyHits, qSeq, 'ChildcareCenter', HEAVY_CENTRE),
        entityPart('apply', 'waiting lists of 20 centres', heavyHits, qSeq, 'ChildcareCenter', 'waitlist(ageClass: 2) { position rank points appliedOn offered }'),
      ]),
    },
  ];
}
