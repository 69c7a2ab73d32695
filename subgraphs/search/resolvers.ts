import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../common/errors';
import { selectedFields } from '../../common/selected-fields';
import type { Store } from '../../store';
import { decodeOffset, validateFilter, validateNear, validatePageSize, validateQuery, type SearchArgs } from './arguments';
import { runSearch, type Counts } from './engine';
import type { SearchResultCache } from './result-cache';
import type { LexemeStats } from './stats';
import type { SynonymTable } from './synonyms';
import { similarQuestions } from './similar';
import { suggestTitles } from './store-lookups';
import { isChosungQuery, normaliseTitle } from './tokenize';

export interface SearchContext {
  store: Store;
  /** Today in Korea (YYYY-MM-DD), for "application open". */
  today: () => string;
  /** The index's word statistics, as this process last loaded them (stats.ts). */
  stats?: () => Promise<LexemeStats | null>;
  /** The synonym table of the current index generation (synonyms.ts). */
  synonyms?: () => Promise<SynonymTable>;
  /** Results of this process's recent searches, valid while the index is unchanged (shared by all requests). */
  cache?: SearchResultCache<SearchConnection>;
  /** The index generation the cache is checked against (result-cache.ts). */
  generation?: () => Promise<number>;
}

export type SearchConnection = Awaited<ReturnType<typeof runSearch>>;

const noStats = async () => null;

async function search(args: SearchArgs, ctx: SearchContext, info?: GraphQLResolveInfo) {
  const text = validateQuery(args.query);
  const first = validatePageSize(args.first);
  const offset = decodeOffset(args.after);
  const near = validateNear(args.near);
  const sort = args.sort ?? 'RELEVANCE';
  if (sort === 'DISTANCE' && !near) throw badInput('sort', '거리순 정렬에는 near가 필요합니다.', 'sort: DISTANCE needs `near`.');
  const filter = validateFilter(args.filter, ctx.today());
  const wanted = selectedFields(info, ['totalCount', 'facets']);
  const counts: Counts = wanted.has('facets') ? 'facets' : wanted.has('totalCount') ? 'total' : 'none';
  const input = { text, first, offset, near, sort, filter, counts };
  const engine = { store: ctx.store, stats: ctx.stats ?? noStats, synonyms: ctx.synonyms };
  if (!ctx.cache?.enabled || !ctx.generation) return runSearch(input, engine);
  // Read before searching: a result is never stored under a generation newer than the data it saw.
  const generation = await ctx.generation();
  const key = JSON.stringify(input);
  const hit = ctx.cache.get(generation, key);
  if (hit) return hit;
  const result = await runSearch(input, engine);
  ctx.cache.set(generation, key, result);
  return result;
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
    similarQuestions: (_: unknown, args: { text: string; first?: number | null }, ctx: SearchContext) => similarQuestions(ctx.store, args.text, args.first ?? 3, ctx.synonyms),
  },
  SearchResult: { __resolveType: (obj: { __typename: string }) => obj.__typename },
};
