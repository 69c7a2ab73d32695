import { startSimulator, type Simulator } from '../simulator/server';
import { adapterFor, loadRegistry, withBaseUrls } from '../crawlers/sites';
import { crawlSite } from '../crawlers/core/runner';
import { createKey } from './openapi/testing';
import { metricsAllowed } from './app';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * GET /metrics in Prometheus text (issue 21): HTTP requests by route and
 * status, GraphQL operations by name and outcome with latency, subgraph
 * fetches, quota rejections, crawl pages and freshness per site, pool use and
 * the outbox backlog — each moved by what the test did.
 */
let t: TestHub;
let sim: Simulator;
beforeAll(async () => {
  t = await startTestHub();
  sim = await startSimulator({ seed: 42 });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${t.hub.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/plain/);
  const out = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}
const sum = (m: Map<string, number>, prefix: string, ...parts: string[]) => [...m].filter(([k]) => k.startsWith(prefix) && parts.every((p) => k.includes(p))).reduce((s, [, v]) => s + v, 0);

test('what the hub did shows in its metrics', async () => {
  const before = await scrape();
  expect((await t.gql('query GangseoCentres { facilities(first: 2) { totalCount } }')).status).toBe(200);
  expect((await t.gql('query Broken { facility(id: "\\u0000") { id } }')).status).toBe(400);
  const { key } = await createKey(t.store, { perSecond: 1 });
  const url = `${t.hub.url}/openapi/v1/policies?serviceKey=${encodeURIComponent(key)}&type=json`;
  await Promise.all([fetch(url), fetch(url), fetch(url)].map((p) => p.then((r) => r.arrayBuffer())));
  const sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl])));
  const site = sites.find((s) => s.id === 'gangnam-health')!;
  const crawl = await crawlSite(t.store, site, adapterFor(site), { politeness: false });
  expect(crawl.status).toBe('succeeded');

  const after = await scrape();
  const grew = (prefix: string, ...parts: string[]) => sum(after, prefix, ...parts) - sum(before, prefix, ...parts);
  expect(grew('dolbom_http_requests_total', 'route="/graphql"', 'status="200"')).toBeGreaterThanOrEqual(1);
  expect(grew('dolbom_graphql_operations_total', 'operation="GangseoCentres"', 'outcome="ok"', 'type="query"')).toBe(1);
  expect(grew('dolbom_graphql_operations_total', 'operation="Broken"')).toBe(1);
  expect(grew('dolbom_graphql_operations_total', 'operation="Broken"', 'outcome="BAD_USER_INPUT"')).toBe(1);
  expect(grew('dolbom_graphql_operation_duration_seconds_count', 'operation="GangseoCentres"')).toBe(1);
  expect(grew('dolbom_subgraph_fetch_duration_seconds_count', 'subgraph="catalog"')).toBeGreaterThanOrEqual(1);
  expect(grew('dolbom_http_requests_total', 'route="/openapi/v1/policies"', 'status="429"')).toBeGreaterThanOrEqual(1);
  expect(grew('dolbom_quota_rejections_total', 'quota="per_second"')).toBeGreaterThanOrEqual(1);
  expect(grew('dolbom_crawl_pages_total', 'site="gangnam-health"')).toBe(crawl.pages);
  expect(after.get('dolbom_crawl_last_success_age_seconds{site="gangnam-health"}')).toBeLessThan(60);
  expect(after.get('dolbom_outbox_backlog')).toBeGreaterThanOrEqual(0);
  expect(sum(after, 'dolbom_db_pool_connections', 'state="total"')).toBeGreaterThanOrEqual(1);
  // Caller-chosen names are bounded: a malformed one is folded, never a new series of its own.
  await t.gql('query { __typename }');
  expect([...(await scrape()).keys()].some((k) => k.includes('operation="anonymous"'))).toBe(true);
}, 120_000);

test('/metrics answers loopback callers, or others with METRICS_TOKEN', () => {
  const token = 'a-long-metrics-token-0123';
  expect(metricsAllowed('127.0.0.1', undefined, undefined)).toBe(true);
  expect(metricsAllowed('::1', undefined, undefined)).toBe(true);
  expect(metricsAllowed('203.0.113.9', undefined, undefined)).toBe(false);
  expect(metricsAllowed('203.0.113.9', `Bearer ${token}`, undefined)).toBe(false);
  expect(metricsAllowed('203.0.113.9', `Bearer ${token}`, token)).toBe(true);
  expect(metricsAllowed('203.0.113.9', `Bearer ${token}x`, token)).toBe(false);
});
