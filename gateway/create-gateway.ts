import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Fetcher } from '@apollo/utils.fetcher';
import { readFileSync } from 'node:fs';
import { Agent, fetch as undiciFetch } from 'undici';
import { createErrorMasker } from '../common/mask-errors';
import type { Logger } from '../common/logger';
import { SUPERGRAPH_PATH } from '../schema/compose';
import { createSubgraph } from '../subgraphs/list';
import type { SubgraphDeps } from '../subgraphs/subgraph';
import { CALLER_HEADERS, inflightKey, InflightQueries } from './inflight';
import { InProcessDataSource } from './in-process-data-source';
import { httpStatusFromErrors } from './plugins/http-status-from-errors';

export type GatewayMode =
  | { kind: 'single'; deps: SubgraphDeps; onSubgraphFetch?: (subgraph: string) => void }
  | { kind: 'distributed'; urls: Record<string, string> };

/**
 * A keep-alive HTTP client for subgraph calls in distributed mode: one pooled
 * connection set per subgraph origin instead of a TCP handshake per fetch.
 */
function keepAliveFetcher(): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, headersTimeout: 15_000, bodyTimeout: 15_000 });
  const fetcher = ((url: string, init?: Record<string, unknown>) =>
    undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}

type CallerContext = { headers?: Record<string, string | undefined> } | undefined;

/**
 * A subgraph over HTTP. Subgraphs authenticate the caller themselves, from
 * the same headers as in-process; identical queries of the same caller in
 * flight at once share one request (inflight.ts).
 */
class RemoteSubgraph extends RemoteGraphQLDataSource {
  private readonly inflight = new InflightQueries();

  override process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const headers = (options.context as CallerContext)?.headers;
    return this.inflight.run(inflightKey(options.request.query, options.request.variables, headers), () => super.process(options));
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]): void {
    const headers = (context as CallerContext)?.headers ?? {};
    for (const name of CALLER_HEADERS) {
      const value = headers[name];
      if (value !== undefined) request.http?.headers.set(name, value);
    }
  }
}

/**
 * The federated gateway over the committed static supergraph (DESIGN
 * contract 4: never introspects subgraphs at start-up). The same code serves
 * both modes; only how each subgraph is reached differs.
 */
export async function createGatewayServer(mode: GatewayMode, logger: Logger): Promise<{ apollo: ApolloServer; close: () => Promise<void> }> {
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const http = mode.kind === 'distributed' ? keepAliveFetcher() : null;

  const buildService = ({ name, url }: { name: string; url?: string }): GraphQLDataSource => {
    if (mode.kind === 'single') return new InProcessDataSource(createSubgraph(name, mode.deps), () => mode.onSubgraphFetch?.(name));
    const target = mode.urls[name] ?? url;
    if (!target) throw new Error(`no URL configured for subgraph "${name}" (SUBGRAPH_URLS)`);
    return new RemoteSubgraph({ url: target, fetcher: http!.fetcher });
  };

  const gateway = new ApolloGateway({ supergraphSdl, buildService, logger });
  const apollo = new ApolloServer({
    gateway,
    formatError: createErrorMasker(logger),
    includeStacktraceInErrorResponses: false,
    // gateway/main.ts stops the whole hub on SIGINT/SIGTERM; Apollo's own handler
    // would race it (stop twice, then re-raise a signal we catch) and hang the exit.
    stopOnTerminationSignals: false,
    introspection: true,
    // Apollo's default landing page loads from a CDN; the hub serves its own offline explorer at `/`.
    plugins: [ApolloServerPluginLandingPageDisabled(), httpStatusFromErrors()],
  });
  await apollo.start();
  return {
    apollo,
    close: async () => {
      await apollo.stop();
      await http?.close();
    },
  };
}
