import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

/**
 * Request headers that say who is calling. Subgraphs may answer differently
 * per caller only through these (the distributed gateway forwards exactly
 * these), so they are part of every in-flight key: two callers never share
 * an answer.
 */
export const CALLER_HEADERS = ['authorization', 'x-api-key'] as const;

type Headers = Readonly<Record<string, string | undefined>> | undefined;

/**
 * The key under which identical subgraph queries in flight at the same time
 * share one execution; null for anything that must run on its own (mutations).
 */
export function inflightKey(query: string | undefined, variables: Record<string, unknown> | undefined, headers: Headers): string | null {
  if (!query || !/^\s*(query\b|\{)/.test(query)) return null;
  let key = `${query}\u0000${variables ? JSON.stringify(variables) : ''}`;
  for (const name of CALLER_HEADERS) key += `\u0000${headers?.[name] ?? ''}`;
  return key;
}

/**
 * Shares one execution between identical subgraph queries that are in flight
 * at the same time (Hive Gateway does the same by default). Nothing is kept
 * once the execution ends, so no answer is older than a request that was
 * already running when the caller asked: this is coalescing, not a cache.
 * Whoever shares an answer gets a deep copy, because the gateway merges
 * entity fields into the objects it receives.
 */
export class InflightQueries {
  private readonly pending = new Map<string, { result: Promise<GatewayGraphQLResponse>; shared: boolean }>();

  async run(key: string | null, execute: () => Promise<GatewayGraphQLResponse>): Promise<GatewayGraphQLResponse> {
    if (key === null) return execute();
    const running = this.pending.get(key);
    if (running) {
      running.shared = true;
      return structuredClone(await running.result);
    }
    const entry = { result: execute().finally(() => this.pending.delete(key)), shared: false };
    this.pending.set(key, entry);
    const result = await entry.result;
    // Once settled nobody else can join, so `shared` is final here.
    return entry.shared ? structuredClone(result) : result;
  }
}
