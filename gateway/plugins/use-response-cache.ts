import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
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
  /** Answers larger than this (JSON characters) are not kept. */
  maxChars?: number;
  /**
   * A new generation is kept from for this long before answers are stored
   * under it: the search subgraph reads the generation at most
   * GENERATION_TTL_MS late, so an answer computed right after a change may
   * still carry its cached result of the generation before.
   */
  settleMs?: number;
}

interface Entry {
  generation: number;
  result: FormattedExecutionResult;
}

/** The subgraphs a query plan fetches from (Fetch nodes anywhere in it), memoised per plan object. */
const servicesOfPlan = new WeakMap<object, Set<string>>();
function servicesOf(plan: object): Set<string> {
  let services = servicesOfPlan.get(plan);
  if (services) return services;
  services = new Set();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 64) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.kind === 'Fetch' && typeof n.serviceName === 'string') services!.add(n.serviceName);
    for (const key of ['node', 'nodes', 'ifClause', 'elseClause', 'primary', 'deferred', 'subselection']) visit(n[key], depth + 1);
  };
  visit((plan as { node?: unknown }).node, 0);
  servicesOfPlan.set(plan, services);
  return services;
}

/**
 * A response cache for public catalog reads (issue 9: "response caching of
 * public data"), with no staleness: an answer is served only while the
 * public data version it was computed under is still current and no change
 * waits to be indexed, checked on every request (one primary-key read). So a
 * request never sees an answer older than the last committed change, and the
 * hub's freshness contracts (a change searchable and visible within 1 s)
 * hold as without it. Only queries whose plan fetches from public subgraphs
 * alone, without errors, are kept; per process, bounded.
 *
 * Returns the Apollo plugin and the gateway hook that tells it each
 * request's query plan.
 */
export function useResponseCache(options: ResponseCacheOptions): {
  plugin: ApolloServerPlugin;
  didResolveQueryPlan: (args: { queryPlan: object; requestContext: { context: unknown } }) => void;
} {
  const entries = new Map<string, Entry>();
  const maxChars = options.maxChars ?? 500_000;
  const settleMs = options.settleMs ?? 2 * GENERATION_TTL_MS;
  let seen = { generation: -1, since: 0 };
  const plans = new WeakMap<object, Set<string>>();

  const didResolveQueryPlan = ({ queryPlan, requestContext }: { queryPlan: object; requestContext: { context: unknown } }) => {
    if (requestContext.context && typeof requestContext.context === 'object') plans.set(requestContext.context, servicesOf(queryPlan));
  };

  const cacheable = (ctx: GraphQLRequestContext<object>): boolean => {
    const operation = ctx.operation as OperationDefinitionNode | undefined;
    if (!operation || operation.operation !== 'query') return false;
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== 'Field' || UNCACHED_ROOT_FIELDS.has(selection.name.value)) return false;
    }
    return true;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      if (options.maxEntries <= 0) return {};
      let key: string | null = null;
      let version: DataVersion | null = null;
      let served = false;
      return {
        async responseForOperation(ctx) {
          if (!cacheable(ctx as GraphQLRequestContext<object>)) return null;
          key = `${ctx.queryHash}\u0000${ctx.operationName ?? ''}\u0000${JSON.stringify(ctx.request.variables ?? {})}`;
          version = await options.version();
          if (version && version.generation !== seen.generation) seen = { generation: version.generation, since: performance.now() };
          if (!version || version.pending) {
            ctx.response.http.headers.set('x-dolbom-cache', 'bypass');
            return null;
          }
          const entry = entries.get(key);
          if (!entry || entry.generation !== version.generation) return null;
          // Least recently used go first: a hit moves to the end.
          entries.delete(key);
          entries.set(key, entry);
          served = true;
          ctx.response.http.headers.set('x-dolbom-cache', 'hit');
          return { http: ctx.response.http, body: { kind: 'single', singleResult: entry.result } };
        },
        async willSendResponse(ctx) {
          if (served || key === null || !version || version.pending) return;
          if (version.generation !== seen.generation || performance.now() - seen.since < settleMs) return;
          const body = ctx.response.body;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          const services = plans.get(ctx.contextValue as object);
          if (!services || services.size === 0 || ![...services].every((s) => PUBLIC_SUBGRAPHS.has(s))) return;
          if (JSON.stringify(body.singleResult).length > maxChars) return;
          entries.delete(key);
          entries.set(key, { generation: version.generation, result: body.singleResult });
          while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
          ctx.response.http.headers.set('x-dolbom-cache', 'miss');
        },
      };
    },
  };
  return { plugin, didResolveQueryPlan };
}
