import type { Subgraph, SubgraphDeps } from './subgraph';

/**
 * Every subgraph of the hub, in composition order. A new subgraph is a folder
 * (`subgraphs/<name>/` with `schema.graphql` and a `server.ts` exporting
 * `createSubgraph`) plus one line here. `port` is its offset from
 * SUBGRAPH_BASE_PORT when it runs as its own process.
 */
export const SUBGRAPHS: readonly { name: string; port: number }[] = [
  { name: 'catalog', port: 0 },
  { name: 'pregnancy', port: 1 },
  { name: 'infant', port: 2 },
  { name: 'elementary', port: 3 },
  { name: 'youth', port: 4 },
  { name: 'search', port: 5 },
  { name: 'apply', port: 6 },
  { name: 'curation', port: 7 },
  { name: 'access', port: 8 },
  // Its own subgraph: judges in memory over a snapshot of all policies, owns saved households (issue 18).
  { name: 'benefits', port: 9 },
  // Welfare pre-screening across agencies (issue 19, 성동구 사전관리시스템).
  { name: 'welfare', port: 10 },
  // 보육통계 over the daily history filed after crawls and apply (issue 20).
  { name: 'stats', port: 11 },
  // Parent reviews and the Q&A board, 아이친구 소통방 (issue 23).
  { name: 'community', port: 12 },
];

export const SUBGRAPH_NAMES = SUBGRAPHS.map((s) => s.name);

/** Builds one subgraph by name. Loaded lazily so composing SDL never loads resolvers. */
export function createSubgraph(name: string, deps: SubgraphDeps): Subgraph<unknown> {
  if (!SUBGRAPH_NAMES.includes(name)) throw new Error(`unknown subgraph "${name}" (known: ${SUBGRAPH_NAMES.join(', ')})`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(`./${name}/server`) as { createSubgraph: (deps: SubgraphDeps) => Subgraph<unknown> };
  return module.createSubgraph(deps);
}
