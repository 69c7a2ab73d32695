import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../common/config';
import { sendError, sendJson, startHttpServer, type RouteHandler } from '../common/http-server';
import type { Logger } from '../common/logger';
import { configuredStore, type Store } from '../store';
import { createAuth } from './auth';
import { CONSOLE_DIST, serveSpa } from './console-static';
import { createGatewayServer, type GatewayMode } from './create-gateway';
import { readDataVersion, useResponseCache } from './plugins/use-response-cache';
import { createOpenApi } from './openapi';
import { explorerRoutes } from './explorer';
import { registerStoreGauges, registry } from '../common/metrics';
import { queryLimitsFrom, useQueryLimits } from './plugins/use-query-limits';
import { runStartupJobs, startBackgroundJobs, type BackgroundJobs } from './startup-jobs';

export interface HubHandle {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Resolves when the start-up data jobs are done (GET /ready turns 200). */
  ready: Promise<void>;
  /** The store (single mode only). */
  store: Store | null;
  /** The ADMIN account this start created (email and, unless ADMIN_PASSWORD set it, the password to show once). */
  firstAdmin: { email: string; password: string | null } | null;
  close(): Promise<void>;
}

export interface StartHubOptions {
  logger: Logger;
  /** Use this store instead of opening one from the config (tests). It is not closed by `close()`. */
  store?: Store;
  /** Observes which subgraphs each query plan calls (single mode; tests). */
  onSubgraphFetch?: (subgraph: string) => void;
}

/** GET /metrics: a loopback caller (the socket's address, not a header), or `Authorization: Bearer <METRICS_TOKEN>`. */
export function metricsAllowed(remoteAddress: string | undefined, authorization: string | undefined, metricsToken: string | undefined): boolean {
  if (['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(remoteAddress ?? '')) return true;
  if (!metricsToken) return false;
  const presented = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${metricsToken}`);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/** A `select 1` answered within 1.5 s. */
async function databaseAnswers(store: Store): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 1_500)));
  try {
    return await Promise.race([store.query('select 1').then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long a GraphQL request waits for start-up jobs before it gets 503. */
const READY_WAIT_MS = 120_000;

/**
 * Brings up the hub: the store, the gateway with its subgraphs (in-process by
 * default), the HTTP server, and the start-up data jobs. The port opens at
 * once so /health answers; GraphQL requests wait until the data is loaded,
 * so nobody sees a half-loaded catalog.
 */
export async function startHub(config: Config, options: StartHubOptions): Promise<HubHandle> {
  const { logger } = options;
  const ownsStore = !options.store && config.HUB_MODE === 'single';
  const store =
    options.store ??
    (config.HUB_MODE === 'single' ? await configuredStore(config) : null);

  const referenceCache = { entries: config.REFERENCE_CACHE_ENTRIES, pollMs: config.REFERENCE_CACHE_POLL_MS };
  const mode: GatewayMode = store ? { kind: 'single', deps: { store }, onSubgraphFetch: options.onSubgraphFetch, referenceCache } : { kind: 'distributed', urls: config.SUBGRAPH_URLS, referenceCache };
  // Public catalog answers are kept while the data version is unchanged (needs the database: single mode).
  const cache = store ? useResponseCache({ version: readDataVersion(store), maxEntries: config.RESPONSE_CACHE_ENTRIES }) : null;
  const gateway = await createGatewayServer(mode, logger, {
    plugins: [useQueryLimits(queryLimitsFrom(config)), ...(cache ? [cache.plugin] : [])],
    didResolveQueryPlan: cache?.didResolveQueryPlan,
  });

  let isReady = false;
  let failure: Error | null = null;
  let background: BackgroundJobs | null = null;
  const ready = (store ? runStartupJobs(config, store, logger) : Promise.resolve()).then(
    async () => {
      if (store) background = await startBackgroundJobs(config, store, logger);
      isReady = true;
    },
    (error: Error) => {
      failure = error;
      logger.error({ err: error }, 'start-up data jobs failed');
      throw error;
    },
  );
  ready.catch(() => undefined);

  const waitReady = async (): Promise<boolean> => {
    if (isReady) return true;
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), READY_WAIT_MS).unref());
    return Promise.race([ready.then(() => true, () => false), timeout]);
  };

  const routes: Record<string, RouteHandler> = {
    '/health': (_req, res) => {
      // Crawl progress rides along (jobs by state), so operators and the start-up benchmark can see the initial crawl finish.
      void (background?.crawl() ?? Promise.resolve(null)).then(
        (crawl) => sendJson(res, 200, { status: 'ok', crawl }),
        () => sendJson(res, 200, { status: 'ok', crawl: null }),
      );
    },
    '/ready': async (_req, res) => {
      if (!isReady) {
        return sendJson(res, 503, { status: failure ? 'failed' : 'starting', messageKo: failure ? '시작 작업이 실패했습니다' : '시작 중입니다', messageEn: failure ? 'start-up jobs failed' : 'starting up' });
      }
      // Ready means the database answers now: a balancer stops sending traffic within one probe of an outage.
      if (store && !(await databaseAnswers(store))) {
        return sendJson(res, 503, { status: 'database-unavailable', messageKo: '데이터베이스에 연결할 수 없습니다', messageEn: 'the database is unreachable' });
      }
      sendJson(res, 200, { status: 'ready' });
    },
  };
  // Prometheus metrics (issue 21): loopback callers, or anyone with METRICS_TOKEN.
  if (store) registerStoreGauges(store);
  routes['/metrics'] = async (req, res) => {
    if (!metricsAllowed(req.socket.remoteAddress, req.headers.authorization, config.METRICS_TOKEN)) return sendError(res, 'FORBIDDEN', { ko: '/metrics는 로컬 또는 METRICS_TOKEN으로만 볼 수 있습니다.', en: '/metrics is for loopback callers or METRICS_TOKEN holders.' });
    const text = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  // GraphiQL at `/` (issue 17), built at install into console/dist/explorer.
  const explorer = explorerRoutes();
  Object.assign(routes, explorer.routes);

  // The partner Open API (issue 7): REST facade, docs, and the key check of /graphql.
  const openApi = await createOpenApi({ config, store, apollo: gateway.apollo, logger, waitReady });

  // Sign-in (issue 17): /auth/*, /.well-known/jwks.json, the first ADMIN account.
  const auth = await createAuth({ config, store, logger });

  const http = await startHttpServer({
    host: config.HOST,
    port: config.PORT,
    apollo: gateway.apollo,
    routes: { ...routes, ...auth?.routes },
    // The editors' console (issue 17): the SPA built at install into console/dist.
    prefixRoutes: { ...openApi.prefixRoutes, ...auth?.prefixRoutes, ...explorer.prefixRoutes, '/console': serveSpa('/console', CONSOLE_DIST) },
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
    responseCache: cache?.http,
    beforeGraphql: async (req, res) => {
      if (await waitReady()) return openApi.beforeGraphql(req, res);
      sendError(res, 'SERVICE_UNAVAILABLE', { ko: '허브가 아직 시작 중이거나 시작에 실패했습니다. /ready를 확인하세요.', en: 'The hub is still starting or failed to start; see /ready.' });
      return false;
    },
  });

  return {
    url: http.url,
    ready,
    store,
    firstAdmin: auth?.firstAdmin ?? null,
    async close() {
      await http.close();
      await gateway.close();
      await openApi.close();
      await auth?.close();
      await ready.catch(() => undefined);
      await (background as BackgroundJobs | null)?.stop();
      if (ownsStore && store) await store.close();
    },
  };
}
