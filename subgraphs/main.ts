// First: limits heap growth before the rest of the hub loads (see the module).
import '../common/limit-heap-growth';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { loadConfig } from '../common/config';
import { sendJson, startHttpServer } from '../common/http-server';
import { createLogger } from '../common/logger';
import { createErrorMasker } from '../common/mask-errors';
import { configuredStore } from '../store';
import { createSubgraph, SUBGRAPHS, SUBGRAPH_NAMES } from './list';
import { startIndexer } from './search/indexer';

/**
 * `npm run start:subgraph -- <name>`: one subgraph as its own process, for
 * distributed mode (DESIGN contract 5). Port: PORT if set, else
 * SUBGRAPH_BASE_PORT + the subgraph's offset in subgraphs/list.ts.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) {
    console.error(`사용법 / usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
    process.exit(2);
  }
  let config;
  try {
    config = loadConfig({ ...process.env, PORT: process.env.PORT ?? String(0) });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const port = process.env.PORT ? config.PORT : config.SUBGRAPH_BASE_PORT + entry.port;
  const logger = createLogger(config.LOG_LEVEL, `subgraph-${entry.name}`);
  const store = await configuredStore(config);
  const subgraph = createSubgraph(entry.name, { store });
  const apollo = new ApolloServer({
    schema: subgraph.schema,
    formatError: createErrorMasker(logger),
    includeStacktraceInErrorResponses: false,
    // The gateway sends no CSRF preflight header; subgraphs sit behind it, not in browsers.
    csrfPrevention: false,
    // shutdown() below stops this server; Apollo's own signal handler would race it and hang the exit.
    stopOnTerminationSignals: false,
    // No Apollo Studio here: per-request trace building would only cost time. Nor cache hints:
    // no subgraph sets any and the gateway ignores them, yet the plugin would hook every field.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const http = await startHttpServer({
    host: config.HOST,
    port,
    apollo,
    routes: { '/health': (_req, res) => sendJson(res, 200, { status: 'ok', subgraph: entry.name }), '/ready': (_req, res) => sendJson(res, 200, { status: 'ready' }) },
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
    context: (headers) => subgraph.createContext({ headers }) as object,
  });
  // The search subgraph keeps its own index fresh; run it wherever that subgraph runs.
  const stopIndexer = entry.name === 'search' ? startIndexer(store, logger) : async () => undefined;
  logger.info({ url: `${http.url}/graphql`, subgraph: entry.name }, 'subgraph listening');
  console.log(`subgraph ${entry.name} listening on ${http.url}/graphql`);
  const shutdown = () => {
    void http.close().then(stopIndexer).then(() => apollo.stop()).then(() => store.close()).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main().catch((error) => {
  console.error(`시작하지 못했습니다 / Could not start: ${(error as Error).message}`);
  process.exit(1);
});
