import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { badInput } from '../../common/errors';
import type { RecordKind, Stage } from '../../common/record';
import { typenameOf } from '../../common/typenames';
import type { Store } from '../../store';
import { decodeOffset, encodeOffset, validateFilter, validateNear, validatePageSize, validateQuery, type SearchArgs } from './arguments';
import { highlights } from './highlight';
import { parseQuery, querySpans, queryWords } from './query';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { SearchResultCache } from './result-cache';
import { searchCount, searchFacets, searchRows, setFuzzyThreshold, suggestTitles, synonymsFor, type FacetRow, type SearchSql } from './store';
import { isChosungQuery, normaliseTitle, stripParticle } from './tokenize';

export interface SearchContext {
  store: Store;
  /** Today in Korea (YYYY-MM-DD), for "application open". */
  today: () => string;
  /** Results of this process's recent searches, valid while the index is unchanged (shared by all requests). */
  cache?: SearchResultCache<SearchConnection>;
  /** The index generation the cache is checked against (result-cache.ts). */
  generation?: () => Promise<number>;
}

export type SearchConnection = Awaited<ReturnType<typeof runSearch>>;

/** Which counts a query selects: counting the whole match set costs more than the page. */
type Counts = 'none' | 'total' | 'facets';

function facetList(rows: FacetRow[], facet: FacetRow['facet']) {
  return rows
    .filter((r) => r.facet === facet && r.value !== null)
    .map((r) => ({ value: r.value!, count: r.count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

async function search(args: SearchArgs, ctx: SearchContext, info?: GraphQLResolveInfo) {
  const text = validateQuery(args.query);
  const first = validatePageSize(args.first);
  const offset = decodeOffset(args.after);
  const near = validateNear(args.near);
  const sort = args.sort ?? 'RELEVANCE';
  if (sort === 'DISTANCE' && !near) throw badInput('sort', '거리순 정렬에는 near가 필요합니다.', 'sort: DISTANCE needs `near`.');
  const filter = validateFilter(args.filter, ctx.today());
  const wanted = requested(info);
  const counts: Counts = wanted.has('facets') ? 'facets' : wanted.has('totalCount') ? 'total' : 'none';
  const input = { text, first, offset, near, sort, filter, counts };
  if (!ctx.cache?.enabled || !ctx.generation) return runSearch(input, ctx);
  // Read before searching: a result is never stored under a generation newer than the data it saw.
  const generation = await ctx.generation();
  const key = JSON.stringify(input);
  const hit = ctx.cache.get(generation, key);
  if (hit) return hit;
  const result = await runSearch(input, ctx);
  ctx.cache.set(generation, key, result);
  return result;
}

interface SearchInput {
  text: string | null;
  first: number;
  offset: number;
  near: ReturnType<typeof validateNear>;
  sort: 'RELEVANCE' | 'DISTANCE' | 'NAME';
  filter: ReturnType<typeof validateFilter>;
  counts: Counts;
}

async function countsOf(db: Parameters<typeof searchRows>[0], plan: SearchSql, counts: Counts): Promise<FacetRow[] | null> {
  if (counts === 'facets') return searchFacets(db, plan);
  if (counts === 'total') return [{ facet: 'total', value: null, count: await searchCount(db, plan) }];
  return null;
}

async function runSearch({ text, first, offset, near, sort, filter, counts }: SearchInput, ctx: SearchContext) {
  let parsed = null;
  if (text) {
    const words = queryWords(text);
    const lookups = [...querySpans(text), ...words, ...words.map(stripParticle).filter((w): w is string => w !== null)];
    parsed = parseQuery(text, await synonymsFor(ctx.store, lookups));
    if (!parsed.tsquery && parsed.chosung.length === 0) parsed = null;
  }
  const plan: SearchSql = { query: parsed, fuzzy: false, filter, near, sort, offset, limit: first + 1 };

  // Exact (full-text, 초성, filters) first: no transaction, no session setting.
  let [rows, facets] = await Promise.all([searchRows(ctx.store, plan), countsOf(ctx.store, plan, counts)]);
  // No exact hit at all: try titles that look like the query (a typo), ranked by similarity.
  if (rows.length === 0 && offset === 0 && parsed?.tsquery && [...parsed.normalised].length >= 2) {
    plan.fuzzy = true;
    [rows, facets] = await ctx.store.transaction(async (tx) => {
      await setFuzzyThreshold(tx);
      const fuzzyRows = await typoCandidates(tx, plan, parsed!.normalised);
      return [fuzzyRows, await countsOf(tx, plan, counts)] as const;
    });
  }
  const page = rows.slice(0, first);
  const edges = page.map((row, i) => ({
    cursor: encodeOffset(offset + i + 1),
    // Documents are indexed from catalog records, whose kind the catalog checks is a RecordKind: every hit has a type.
    node: { __typename: typenameOf({ kind: row.kind as RecordKind, primaryStage: row.primary_stage as Stage, subtype: row.subtype }), id: row.record_id },
    score: Math.round(row.score * 10000) / 10000,
    distanceKm: row.distance_km == null ? null : Math.round(row.distance_km * 1000) / 1000,
    highlights: parsed ? highlights({ title: row.title, body: row.body }, parsed.terms) : [],
  }));
  const f = facets ?? [];
  return {
    totalCount: f.find((x) => x.facet === 'total')?.count ?? 0,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    facets: {
      stages: facetList(f, 'stage'),
      kinds: facetList(f, 'kind'),
      sigungu: facetList(f, 'sigungu'),
      specialCare: facetList(f, 'specialCare'),
      hasVacancy: facetList(f, 'hasVacancy'),
    },
  };
}

/** Top-level field names selected on the search result (fragments included, bounded depth). */
function requested(info: GraphQLResolveInfo | undefined): Set<string> {
  const names = new Set<string>();
  if (!info) return new Set(['totalCount', 'facets']);
  const visit = (set: SelectionSetNode | undefined, depth: number): void => {
    if (!set || depth > 5) return;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') names.add(sel.name.value);
      else if (sel.kind === 'InlineFragment') visit(sel.selectionSet, depth + 1);
      else if (sel.kind === 'FragmentSpread') visit(info.fragments[sel.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}

/** Candidates read for the typo fallback before re-ranking; a one-syllable slip lands well inside. */
const TYPO_CANDIDATES = 100;

/**
 * Typo fallback: trigram similarity finds candidates, but on short names it
 * ties (every "xx어린이집" shares 어린이집), so candidates are re-ranked by
 * syllable edit distance to the query, then by similarity.
 */
async function typoCandidates(tx: Parameters<typeof searchRows>[0], plan: SearchSql, query: string) {
  const rows = await searchRows(tx, { ...plan, offset: 0, limit: Math.max(TYPO_CANDIDATES, plan.offset + plan.limit) });
  const ranked = rows
    .map((row) => ({ row, distance: syllableDistance(query, row.title_norm) }))
    .sort((a, b) => a.distance - b.distance || b.row.score - a.row.score || (a.row.record_id < b.row.record_id ? -1 : 1))
    .map((r) => r.row);
  return ranked.slice(plan.offset, plan.offset + plan.limit);
}

/** Levenshtein distance over syllables (code points), inputs bounded by the title and query limits. */
export function syllableDistance(a: string, b: string): number {
  const x = [...a].slice(0, 100);
  const y = [...b].slice(0, 100);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

async function suggest(args: { prefix: string; first?: number | null }, ctx: SearchContext) {
  const limit = Math.min(validatePageSize(args.first ?? 10), 20);
  const prefix = args.prefix.trim().slice(0, 50);
  if (prefix === '') return [];
  const chosung = isChosungQuery(prefix.replace(/\s+/g, ''));
  const rows = await suggestTitles(ctx.store, chosung ? prefix.replace(/\s+/g, '') : normaliseTitle(prefix), chosung, limit);
  return rows.map((r) => ({ text: r.title, id: r.record_id }));
}

export const searchResolvers: GraphQLResolverMap<SearchContext> = {
  Query: {
    search: (_: unknown, args: SearchArgs, ctx: SearchContext, info: GraphQLResolveInfo) => search(args, ctx, info),
    suggest: (_: unknown, args: { prefix: string; first?: number | null }, ctx: SearchContext) => suggest(args, ctx),
  },
  SearchResult: { __resolveType: (obj: { __typename: string }) => obj.__typename },
};
