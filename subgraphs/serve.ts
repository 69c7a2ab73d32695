import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { sendJson, startHttpServer } from '../common/http-server';
import type { Logger } from '../common/logger';
import { createErrorMasker } from '../common/mask-errors';
import type { Store } from '../store';
import { rejectUnsafeText } from '../common/reject-unsafe-text';
import { createSubgraph } from './list';

export interface ServedSubgraph {
  url: string;
  close(): Promise<void>;
}

/**
 * One subgraph behind its own HTTP server (distributed mode): what
 * `npm run start:subgraph` runs, and what tests start in-process to take a
 * subgraph down and bring it back.
 */
export async function serveSubgraph(options: { name: string; store: Store; host: string; port: number; logger: Logger; maxBodyBytes: number }): Promise<ServedSubgraph> {
  const subgraph = createSubgraph(options.name, { store: options.store });
  const apollo = new ApolloServer({
    schema: subgraph.schema,
    formatError: createErrorMasker(options.logger),
    includeStacktraceInErrorResponses: false,
    // The gateway sends no CSRF preflight header; subgraphs sit behind it, not in browsers.
    csrfPrevention: false,
    // The caller stops this server; Apollo's own signal handler would race it and hang the exit.
    stopOnTerminationSignals: false,
    // No Apollo Studio here: per-request trace building would only cost time. Nor cache hints:
    // no subgraph sets any and the gateway ignores them, yet the plugin would hook every field.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), rejectUnsafeText()],
  });
  await apollo.start();
  const http = await startHttpServer({
    host: options.host,
    port: options.port,
    apollo,
    routes: { '/health': (_req, res) => sendJson(res, 200, { status: 'ok', subgraph: options.name }), '/ready': (_req, res) => sendJson(res, 200, { status: 'ready' }) },
    maxBodyBytes: options.maxBodyBytes,
    logger: options.logger,
    context: (headers) => subgraph.createContext({ headers }) as object,
  });
  return {
    url: `${http.url}/graphql`,
    async close() {
      await http.close();
      await apollo.stop();
    },
  };
}
