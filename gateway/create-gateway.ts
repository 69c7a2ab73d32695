import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';
import { createErrorMasker } from '../common/mask-errors';
import { rejectUnsafeText } from '../common/reject-unsafe-text';
import { operationMetrics } from './plugins/metrics';
import { subgraphErrors, subgraphFetches } from '../common/metrics';
import type { Logger } from '../common/logger';
import { SUPERGRAPH_PATH } from '../schema/compose';
import { createSubgraph } from '../subgraphs/list';
import type { SubgraphDeps } from '../subgraphs/subgraph';
import { HttpSubgraph } from './http-data-source';
import { InProcessDataSource } from './in-process-data-source';
import { installOperationCache } from './operation-cache';
import { followChanges, httpFeed, ReferenceCache, storeFeed, type FeedReader, type Follower } from './reference-cache';
import { httpStatusFromErrors } from './plugins/http-status-from-errors';

export type GatewayMode =
  | { kind: 'single'; deps: SubgraphDeps; onSubgraphFetch?: (subgraph: string) => void; referenceCache?: ReferenceCacheOptions }
  | { kind: 'distributed'; urls: Record<string, string>; referenceCache?: ReferenceCacheOptions };

/** The reference cache (gateway/reference-cache.ts): entries kept (0: off) and how often the change feed is read. */
export interface ReferenceCacheOptions {
  entries: number;
  pollMs: number;
}

/** Keep-alive connections to the subgraphs (distributed mode): one pool per origin, no handshake per fetch. */
function keepAliveAgent(): Agent {
  return new Agent({ keepAliveTimeout: 30_000, connections: 64, headersTimeout: 15_000, bodyTimeout: 15_000 });
}

/**
 * The federated gateway over the committed static supergraph (DESIGN
 * contract 4: never introspects subgraphs at start-up). The same code serves
 * both modes; only how each subgraph is reached differs.
 */
export interface GatewayExtras {
  /** Apollo plugins besides the gateway's own (limits, response cache). */
  plugins?: ApolloServerPlugin[];
  /** Told each request's query plan (the response cache keeps only plans over public subgraphs). */
  didResolveQueryPlan?: (args: { queryPlan: object; requestContext: { context: unknown } }) => void;
}

export async function createGatewayServer(mode: GatewayMode, logger: Logger, extras: GatewayExtras = {}): Promise<{ apollo: ApolloServer; close: () => Promise<void> }> {
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const agent = mode.kind === 'distributed' ? keepAliveAgent() : null;
  // Both modes. In one process every write on the store also closes the cache until the feed has been read past
  // it (reference-cache.ts), so a read by id after an editor's merge or a crawl's write is never stale.
  const referenceOptions = (mode.referenceCache?.entries ?? 0) > 0 ? mode.referenceCache! : null;
  const references = referenceOptions ? new ReferenceCache(referenceOptions.entries) : null;
  let follower: Follower | null = null;
  let stopTelling: (() => void) | null = null;
  /** Record reads by id skip the catalog hop once their reference is known; the change feed drops what changed. */
  const withReferences = (name: string, source: GraphQLDataSource, feed: () => FeedReader): GraphQLDataSource => {
    if (name !== 'catalog' || !references || !referenceOptions) return source;
    if (!follower) {
      const f = (follower = followChanges(references, feed(), { intervalMs: referenceOptions.pollMs, logger }));
      if (mode.kind === 'single') {
        stopTelling = mode.deps.store.onWrite(() => {
          references.noteWrite();
          f.wake();
        });
      }
    }
    return { process: (options) => references.process(options, () => source.process(options)) };
  };

  const buildService = ({ name, url }: { name: string; url?: string }): GraphQLDataSource => {
    if (mode.kind === 'single') return withReferences(name, measured(name, new InProcessDataSource(createSubgraph(name, mode.deps), () => mode.onSubgraphFetch?.(name))), () => storeFeed(mode.deps.store));
    const target = mode.urls[name] ?? url;
    if (!target) throw new Error(`no URL configured for subgraph "${name}" (SUBGRAPH_URLS)`);
    return withReferences(name, measured(name, new HttpSubgraph(target, agent!)), () => httpFeed(target, agent!));
  };

  // Plan execution reuses the Operation of a known query instead of rebuilding it per request (operation-cache.ts).
  installOperationCache();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService,
    logger,
    ...(extras.didResolveQueryPlan ? { experimental_didResolveQueryPlan: extras.didResolveQueryPlan as never } : {}),
  });
  const apollo = new ApolloServer({
    gateway,
    formatError: createErrorMasker(logger),
    includeStacktraceInErrorResponses: false,
    // gateway/main.ts stops the whole hub on SIGINT/SIGTERM; Apollo's own handler
    // would race it (stop twice, then re-raise a signal we catch) and hang the exit.
    stopOnTerminationSignals: false,
    introspection: true,
    // Apollo's default landing page loads from a CDN; the hub serves its own offline explorer at `/`.
    plugins: [ApolloServerPluginLandingPageDisabled(), httpStatusFromErrors(), rejectUnsafeText(), operationMetrics(), ...(extras.plugins ?? [])],
  });
  await apollo.start();
  return {
    apollo,
    close: async () => {
      await apollo.stop();
      stopTelling?.();
      await follower?.stop();
      await agent?.close();
    },
  };
}

/** A data source whose fetches are timed and whose failures are counted (GET /metrics). */
function measured(name: string, source: GraphQLDataSource): GraphQLDataSource {
  return {
    async process(options) {
      const started = performance.now();
      try {
        const response = await source.process(options);
        if (response.errors?.length) subgraphErrors.inc({ subgraph: name, kind: 'graphql' });
        return response;
      } catch (error) {
        subgraphErrors.inc({ subgraph: name, kind: 'fetch' });
        throw error;
      } finally {
        subgraphFetches.observe({ subgraph: name }, (performance.now() - started) / 1000);
      }
    },
  };
}
