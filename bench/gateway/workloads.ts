/**
 * The three workloads of issue 9 and, for each, the subgraph parts its query
 * plan sends, as the gateway sends them: the "subgraph alone" peer of a
 * workload is the busiest of its parts (the one with the lowest throughput
 * on its own), measured against the same subgraph processes.
 */
export interface Part {
  subgraph: string;
  /** What this part does, for the table. */
  label: string;
  bodies: string[];
}

export interface Workload {
  name: string;
  bodies: string[];
  parts: Part[];
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const DETAIL_FIELDS = 'id name address phone centerTypeLabel capacity enrolled freeSeats specialCare ageClasses { age classes enrolled capacity freeSeats }';
const DETAIL = `query($id: ID!) { facility(id: $id) { id name address phone ... on ChildcareCenter { centerTypeLabel capacity enrolled freeSeats specialCare ageClasses { age classes enrolled capacity freeSeats } } } }`;
const SEARCH = `query($q: String) { search(query: $q, first: 10) { totalCount edges { score node { ... on ChildcareCenter { id name capacity enrolled } ... on PostpartumCenter { id name } } } } }`;
const POLICIES = `{ policies(first: 20) { totalCount edges { node { id name primaryStage target applicationPeriod { text always } } } } }`;
export const SEARCH_WORDS = ['강서 어린이집', '야간 어린이집', '산후조리원', '국공립 어린이집', '마포구 어린이집'];

const entities = (selection: string, representations: { __typename: string; id: string }[]) =>
  body(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations });

/**
 * @param ids childcare centres for the detail workload
 * @param hits the ChildcareCenter ids each search word returns (from a first gateway answer), for the search's entity part
 */
export function workloads(ids: string[], hits: string[][]): Workload[] {
  const detailIds = ids.slice(0, 50);
  return [
    {
      name: 'facility detail by id',
      bodies: detailIds.map((id) => body(DETAIL, { id })),
      parts: [
        { subgraph: 'infant', label: 'entity fetch of the centre', bodies: detailIds.map((id) => entities(`... on ChildcareCenter { ${DETAIL_FIELDS} }`, [{ __typename: 'ChildcareCenter', id }])) },
        { subgraph: 'catalog', label: 'facility(id) reference', bodies: detailIds.map((id) => body('query($id:ID!){facility(id:$id){__typename id}}', { id })) },
      ],
    },
    {
      name: 'search + entities (search, infant, pregnancy)',
      bodies: SEARCH_WORDS.map((q) => body(SEARCH, { q })),
      parts: [
        { subgraph: 'search', label: 'search (references)', bodies: SEARCH_WORDS.map((q) => body('query($q:String){search(query:$q first:10){totalCount edges{score node{__typename ...on ChildcareCenter{__typename id}...on PostpartumCenter{__typename id}}}}}', { q })) },
        { subgraph: 'infant', label: 'entity fetch of the hits', bodies: hits.map((page) => entities('... on ChildcareCenter { id name capacity enrolled }', page.map((id) => ({ __typename: 'ChildcareCenter', id })))) },
      ],
    },
    {
      name: 'policy list page',
      bodies: [body(POLICIES)],
      parts: [{ subgraph: 'catalog', label: 'policies page (references)', bodies: [body('{ policies(first: 20) { totalCount edges { node { __typename id } } } }')] }],
    },
  ];
}

/** The ChildcareCenter ids of each search word's first page, read through a gateway. */
export async function searchHits(gatewayUrl: string): Promise<string[][]> {
  const pages: string[][] = [];
  for (const q of SEARCH_WORDS) {
    const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(SEARCH, { q }) });
    const json = (await res.json()) as { data?: { search: { edges: { node: { id?: string; capacity?: unknown } }[] } } };
    const ids = (json.data?.search.edges ?? []).filter((e) => e.node.id && 'capacity' in e.node).map((e) => e.node.id!);
    if (ids.length) pages.push(ids);
  }
  if (pages.length === 0) throw new Error('the search workload found no childcare centres');
  return pages;
}
