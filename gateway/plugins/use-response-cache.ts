import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { GraphqlResponseCache } from '../../common/http-server';
import type { Queryable } from '../../store';
import { GENERATION_TTL_MS } from '../../subgraphs/search/result-cache';

/**
 * Subgraphs whose answers are public catalog data: the same for every caller
 * and changed only by writes that the data version below sees. Apply
 * (waiting lists, care slots), curation and access are never cached.
 */
const PUBLIC_SUBGRAPHS = new Set(['catalog', 'pregnancy', 'infant', 'elementary', 'youth', 'search']);
/** Root fields of public subgraphs whose data the version does not cover: crawl status and the change feed. */
const UNCACHED_ROOT_FIELDS = new Set(['sources', 'changes']);
/** Request bodies longer than this are not cache keys (a public read is a short query plus variables). */
const MAX_KEY_CHARS = 16_384;

export interface DataVersion {
  generation: number;
  /** Changes are waiting to be indexed: nothing may be served from or stored in the cache. */
  pending: boolean;
}

/** Reads catalog.public_data_version (migration 0022): one row, one round trip. */
export function readDataVersion(db: Queryable): () => Promise<DataVersion | null> {
  return async () => {
    const { rows } = await db.query<{ generation: string | number; pending: boolean }>('select generation, pending from catalog.public_data_version', [], { prepare: true });
    return rows[0] ? { generation: Number(rows[0].generation), pending: rows[0].pending } : null;
  };
}

export interface ResponseCacheOptions {
  version: () => Promise<DataVersion | null>;
  /** Answers kept (least recently used go first); 0 turns the cache off. */
  maxEntries: number;
  /** Answers longer than this (characters of JSON) are not kept. */
  maxChars?: number;
  /** All kept answers together stay under this many characters (least recently used go first). */
  maxTotalChars?: number;
  /**
   * A new generation is kept for this long before answers are stored under
   * it: the search subgraph reads the generation at most GENERATION_TTL_MS
   * late, so an answer computed right after a change may still carry its
   * search result of the generation before.
   */
  settleMs?: number;
}

/** What one request learnt, on its GraphQL context object. */
interface RequestState {
  version: DataVersion | null;
  /** Set by the plugin: the answer is public catalog data without errors. */
  publicAnswer: boolean;
  services?: Set<string>;
}
const STATE = Symbol('dolbom.responseCache');
type WithState = { [STATE]?: RequestState };

/** The subgraphs a query plan fetches from (Fetch nodes anywhere in it), memoised per plan object. */
const servicesOfPlan = new WeakMap<object, Set<string>>();
function servicesOf(plan: object): Set<string> {
  let services = servicesOfPlan.get(plan);
  if (services) return services;
  const found = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 64) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.kind === 'Fetch' && typeof n.serviceName === 'string') found.add(n.serviceName);
    for (const key of ['node', 'nodes', 'ifClause', 'elseClause', 'primary', 'deferred', 'subselection']) visit(n[key], depth + 1);
  };
  visit((plan as { node?: unknown }).node, 0);
  servicesOfPlan.set(plan, found);
  return found;
}

/**
 * A response cache for public catalog reads (issue 9: "response caching of
 * public data"), with no staleness. An answer is served only while the
 * public data version it was computed under is still current and no change
 * waits to be indexed, checked on every request (one primary-key read), so
 * no request sees an answer older than the last committed change and the
 * hub's freshness contracts hold as without it. Only queries whose plan
 * fetches from public subgraphs alone, answered without errors, are kept;
 * per process, bounded.
 *
 * Three parts: the HTTP layer looks an answer up by the request body before
 * Apollo runs and stores the serialised answer after (so a hit costs no
 * parsing, planning or serialising); the Apollo plugin says whether an
 * answer is public; the gateway hook tells it each request's query plan.
 */
export function useResponseCache(options: ResponseCacheOptions): {
  http: GraphqlResponseCache;
  plugin: ApolloServerPlugin;
  didResolveQueryPlan: (args: { queryPlan: object; requestContext: { context: unknown } }) => void;
} {
  const entries = new Map<string, { generation: number; answer: string }>();
  const maxChars = options.maxChars ?? 256_000;
  const maxTotalChars = options.maxTotalChars ?? 16_000_000;
  let totalChars = 0;
  const remove = (key: string) => {
    const old = entries.get(key);
    if (old) totalChars -= old.answer.length;
    entries.delete(key);
  };
  const settleMs = options.settleMs ?? 2 * GENERATION_TTL_MS;
  let seen = { generation: -1, since: 0 };
  const settled = (version: DataVersion) => version.generation === seen.generation && performance.now() - seen.since >= settleMs;

  const http: GraphqlResponseCache = {
    async lookup(body, context) {
      if (options.maxEntries <= 0 || body.length > MAX_KEY_CHARS) return null;
      const version = await options.version();
      (context as WithState)[STATE] = { version, publicAnswer: false };
      if (!version || version.pending) return null;
      if (version.generation !== seen.generation) seen = { generation: version.generation, since: performance.now() };
      const entry = entries.get(body);
      if (!entry || entry.generation !== version.generation) return null;
      // Least recently used go first: a hit moves to the end.
      entries.delete(body);
      entries.set(body, entry);
      return entry.answer;
    },
    store(body, context, answer) {
      const state = (context as WithState)[STATE];
      if (!state?.publicAnswer || !state.version || state.version.pending || !settled(state.version) || answer.length > maxChars) return;
      remove(body);
      entries.set(body, { generation: state.version.generation, answer });
      totalChars += answer.length;
      while (entries.size > options.maxEntries || totalChars > maxTotalChars) remove(entries.keys().next().value!);
    },
  };

  const didResolveQueryPlan = ({ queryPlan, requestContext }: { queryPlan: object; requestContext: { context: unknown } }) => {
    const state = (requestContext.context as WithState | null)?.[STATE];
    if (state) state.services = servicesOf(queryPlan);
  };

  const isPublicQuery = (ctx: GraphQLRequestContext<object>): boolean => {
    const operation = ctx.operation as OperationDefinitionNode | undefined;
    if (!operation || operation.operation !== 'query') return false;
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== 'Field' || UNCACHED_ROOT_FIELDS.has(selection.name.value)) return false;
    }
    return true;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse(ctx) {
          const state = (ctx.contextValue as WithState)[STATE];
          if (!state) return;
          if (!state.version || state.version.pending) {
            ctx.response.http.headers.set('x-dolbom-cache', 'bypass');
            return;
          }
          const body = ctx.response.body;
          const services = state.services;
          state.publicAnswer =
            isPublicQuery(ctx as GraphQLRequestContext<object>) &&
            body.kind === 'single' &&
            !body.singleResult.errors &&
            !!services &&
            services.size > 0 &&
            [...services].every((s) => PUBLIC_SUBGRAPHS.has(s));
          if (state.publicAnswer && settled(state.version)) ctx.response.http.headers.set('x-dolbom-cache', 'miss');
        },
      };
    },
  };
  return { http, plugin, didResolveQueryPlan };
}
