import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The hub's Prometheus metrics (issue 21), served at GET /metrics. One
 * registry per process; label values are bounded (routes normalised,
 * operation names checked and capped) so no caller can grow the series
 * without end. Names follow Prometheus conventions (`_total`, `_seconds`).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'dolbom_process_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Counter({ name: 'dolbom_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['route', 'method', 'status'] as const, registers: [registry] });
export const httpDuration = new Histogram({ name: 'dolbom_http_request_duration_seconds', help: 'HTTP request duration by route', labelNames: ['route'] as const, buckets: LATENCY_BUCKETS, registers: [registry] });

export const graphqlOperations = new Counter({ name: 'dolbom_graphql_operations_total', help: 'GraphQL operations by name, type and outcome (ok or the first error code)', labelNames: ['operation', 'type', 'outcome'] as const, registers: [registry] });
export const graphqlDuration = new Histogram({ name: 'dolbom_graphql_operation_duration_seconds', help: 'GraphQL operation duration by name', labelNames: ['operation'] as const, buckets: LATENCY_BUCKETS, registers: [registry] });

export const subgraphFetches = new Histogram({ name: 'dolbom_subgraph_fetch_duration_seconds', help: 'Gateway fetches to a subgraph', labelNames: ['subgraph'] as const, buckets: LATENCY_BUCKETS, registers: [registry] });
export const subgraphErrors = new Counter({ name: 'dolbom_subgraph_fetch_errors_total', help: 'Subgraph fetches that failed or answered errors', labelNames: ['subgraph', 'kind'] as const, registers: [registry] });
export const referenceCacheLookups = new Counter({ name: 'dolbom_reference_cache_lookups_total', help: 'Distributed mode: catalog reference fetches (facility(id) …) answered from the reference cache (hit) or sent (miss)', labelNames: ['outcome'] as const, registers: [registry] });

export const crawlPages = new Counter({ name: 'dolbom_crawl_pages_total', help: 'Pages a crawl processed, by site and state', labelNames: ['site', 'state'] as const, registers: [registry] });
export const crawlErrors = new Counter({ name: 'dolbom_crawl_errors_total', help: 'Crawl page errors by site and error class', labelNames: ['site', 'class'] as const, registers: [registry] });

export const quotaRejections = new Counter({ name: 'dolbom_quota_rejections_total', help: 'Open API requests refused by a quota (per second or per day)', labelNames: ['quota'] as const, registers: [registry] });

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();

/** A caller-chosen operation name as a label: well-formed and among the first 200 seen, else `other`. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}

/** A request path as a route label: the hub's own routes, ids folded (`/openapi/v1/facilities/{id}`). */
export function routeLabel(path: string): string {
  if (path === '/graphql' || path === '/health' || path === '/ready' || path === '/metrics' || path === '/') return path;
  const api = /^\/openapi\/v1\/([a-z]+)(\/[^/]+)?(\/[a-z]+)?$/.exec(path);
  if (api) return `/openapi/v1/${api[1]}${api[2] ? '/{id}' : ''}${api[3] ?? ''}`;
  for (const prefix of ['/openapi', '/auth', '/console', '/.well-known', '/explorer', '/assets']) if (path.startsWith(prefix)) return prefix;
  return 'other';
}

/**
 * Gauges read from the database when /metrics is scraped: pool use, outbox
 * backlog, crawl freshness per site. Registered once per process by the hub
 * that owns the store.
 */
interface MetricsStore {
  query<R>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  poolStats?: () => { total: number; idle: number; waiting: number };
}
let current: MetricsStore | null = null;

export function registerStoreGauges(db: MetricsStore): void {
  // The latest hub's store answers (tests start several hubs in one process).
  current = db;
  if (registry.getSingleMetric('dolbom_db_pool_connections')) return;
  const store = { query: <R>(sql: string) => (current ? current.query<R>(sql) : Promise.reject(new Error('no store'))), poolStats: () => current?.poolStats?.() ?? { total: 1, idle: 0, waiting: 0 } };
  new Gauge({
    name: 'dolbom_db_pool_connections',
    help: 'Database pool connections by state (PostgreSQL; the embedded database has one)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const s = store.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  new Gauge({
    name: 'dolbom_outbox_backlog',
    help: 'Notifications waiting in the outbox (PENDING or SENDING)',
    registers: [registry],
    async collect() {
      const { rows } = await store.query<{ n: number }>(`select count(*)::int as n from apply.outbox where status in ('PENDING', 'SENDING')`).catch(() => ({ rows: [{ n: NaN }] }));
      this.set(rows[0]?.n ?? NaN);
    },
  });
  new Gauge({
    name: 'dolbom_crawl_last_success_age_seconds',
    help: 'Seconds since each site last crawled successfully (freshness)',
    labelNames: ['site'] as const,
    registers: [registry],
    async collect() {
      const { rows } = await store
        .query<{ site_id: string; age: number }>(`select site_id, extract(epoch from now() - max(finished_at))::float8 as age from ingest.crawl_run where status = 'succeeded' group by site_id order by site_id limit 500`)
        .catch(() => ({ rows: [] as { site_id: string; age: number }[] }));
      this.reset();
      for (const r of rows) this.set({ site: r.site_id }, r.age);
    },
  });
}
