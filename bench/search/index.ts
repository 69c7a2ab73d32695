import { runLoad, startTs, waitFor, type LoadResult, type Proc } from '../gateway/processes';
import { median, type Measured } from '../gateway/measure';
import { freePort, machine } from '../machine';
import { FACILITIES, POLICIES, prepareDataset } from './dataset';
import { gatewayBody, SEARCHES, subgraphBody, type BenchSearch } from './queries';
import { distinctWorkload } from './zipf';

/**
 * `npm run bench -- search` (issue 5): the fixed mix of 20 searches over
 * 100,000 facilities and 20,000 policies, at concurrency 16 from a separate
 * autocannon process, against the search subgraph alone and through our
 * gateway (one process, hits resolved by the lifecycle subgraphs) in the same
 * run; then the same with the caches off, which is what a search
 * nobody asked for in the current index generation costs. Needs
 * DATABASE_URL; the data lives in its own database (dataset.ts).
 */
const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 3;
const RUNS = 3;
/** Sequential timings per query (cache off), for the per-query table. */
const REPEATS = 5;

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function post(url: string, body: string): Promise<{ ms: number; json: { data?: { search?: { totalCount: number; edges: unknown[] } }; errors?: unknown[] } }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { data?: { search?: { totalCount: number; edges: unknown[] } }; errors?: unknown[] };
  return { ms: performance.now() - started, json };
}

/**
 * Every query answers without errors, and with hits (a bench of empty
 * answers would prove nothing): all of them for the fixed mix, at least
 * `minShare` of a distinct-query mix (a district may have no centre of a kind).
 */
async function verify(url: string, bodies: string[], minShare = 1): Promise<void> {
  let empty = 0;
  for (const [i, body] of bodies.entries()) {
    const { json } = await post(url, body);
    if (json.errors?.length || !json.data?.search) throw new Error(`${url}: query ${i + 1} answered ${JSON.stringify(json).slice(0, 300)}`);
    if (json.data.search.edges.length === 0) empty++;
  }
  if (empty > (1 - minShare) * bodies.length) throw new Error(`${url}: ${empty} of ${bodies.length} queries found nothing`);
}

async function measure(contender: string, url: string, bodies: string[], proc: Proc, progress: (m: string) => void, verifyBodies = bodies, minShare = 1): Promise<Measured> {
  await verify(url, verifyBodies, minShare);
  await runLoad(url, CONNECTIONS, WARMUP_SECONDS, bodies);
  const runs: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await runLoad(url, CONNECTIONS, SECONDS, bodies));
    progress(`  ${contender}: run ${i + 1}/${RUNS} ${Math.round(runs[i]!.rps)} req/s, p95 ${runs[i]!.latency.p95.toFixed(1)} ms`);
  }
  return {
    contender,
    rps: runs.map((r) => r.rps),
    p50: median(runs.map((r) => r.latency.p50)),
    p95: median(runs.map((r) => r.latency.p95)),
    p99: median(runs.map((r) => r.latency.p99)),
    errors: runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
    rssMb: proc.peakRssMb(),
  };
}

export async function run(progress: (m: string) => void = () => undefined): Promise<string> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('bench search needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/test');
  progress('preparing the national data set (built once, then reused)…');
  const data = await prepareDataset(adminUrl, progress);
  const sgBodies = SEARCHES.map(subgraphBody);
  const gwBodies = SEARCHES.map(gatewayBody);
  const rows: Measured[] = [];
  const perQuery: { cold: number[]; warm: number[] }[] = SEARCHES.map(() => ({ cold: [], warm: [] }));
  const workload = distinctWorkload();
  const distinctRows: Measured[] = [];
  const head = workload.distinct.filter((q) => q.type === 'head');
  const headMs: number[][] = head.map(() => []);
  for (const cache of ['on', 'off'] as const) {
    const env = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', DATABASE_URL: data.databaseUrl, SEARCH_CACHE_ENTRIES: cache === 'on' ? '500' : '0', RESPONSE_CACHE_ENTRIES: cache === 'on' ? '1000' : '0' };
    const [sgPort, gwPort] = [await freePort(), await freePort()];
    const procs = [
      startTs('search subgraph', 'subgraphs/main.ts', ['search'], { ...env, PORT: String(sgPort) }),
      startTs('gateway', 'gateway/main.ts', [], { ...env, PORT: String(gwPort), HUB_MODE: 'single' }),
    ];
    try {
      await waitFor(`http://127.0.0.1:${sgPort}/health`);
      await waitFor(`http://127.0.0.1:${gwPort}/ready`, 180_000);
      const label = cache === 'on' ? 'caches on' : 'caches off';
      rows.push(await measure(`search subgraph alone, ${label}`, `http://127.0.0.1:${sgPort}/graphql`, sgBodies, procs[0]!, progress));
      rows.push(await measure(`through our gateway (one process), ${label}`, `http://127.0.0.1:${gwPort}/graphql`, gwBodies, procs[1]!, progress));
      // Each query alone through the gateway: latency without queueing behind the others.
      for (const [i, body] of gwBodies.entries()) {
        for (let k = 0; k < REPEATS; k++) perQuery[i]![cache === 'on' ? 'warm' : 'cold'].push((await post(`http://127.0.0.1:${gwPort}/graphql`, body)).ms);
      }
      if (cache === 'off') {
        // The distinct-query mix (issue 15): uncached, every query recomputed.
        const sg = workload.requests.map(subgraphBody);
        const gw = workload.requests.map(gatewayBody);
        progress(`distinct-query mix: ${workload.distinct.length} distinct searches, ${workload.requests.length} requests drawn by popularity`);
        distinctRows.push(await measure('search subgraph alone, caches off', `http://127.0.0.1:${sgPort}/graphql`, sg, procs[0]!, progress, workload.distinct.map(subgraphBody), 0.9));
        distinctRows.push(await measure('through our gateway (one process), caches off', `http://127.0.0.1:${gwPort}/graphql`, gw, procs[1]!, progress, workload.distinct.map(gatewayBody), 0.9));
        for (const [i, q] of head.entries()) for (let k = 0; k < 3; k++) headMs[i]!.push((await post(`http://127.0.0.1:${gwPort}/graphql`, gatewayBody(q))).ms);
      }
    } finally {
      await Promise.all(procs.map((p) => p.stop()));
    }
  }
  return `${table(rows, perQuery, data)}\n\n${distinctTable(distinctRows, workload.distinct.length, workload.requests.length, head, headMs)}`;
}

function distinctTable(rows: Measured[], distinct: number, requests: number, head: BenchSearch[], headMs: number[][]): string {
  const gw = rows[1]!;
  const slowest = head.map((q, i) => ({ q: q.variables.q as string, ms: median(headMs[i]!) })).sort((a, b) => b.ms - a.ms);
  const lines = [
    '#### Distinct queries, uncached (issue 15)',
    '',
    `Workload: ${distinct} distinct searches (bench/search/zipf.ts: the ${head.length} broad words parents type most, region + kind, facility names as written, with a particle, with a one-syllable typo, as 초성, policy titles), ${requests} requests drawn with a Zipf frequency (the k-th most popular asked 1/k as often as the first; one in ten with facets), caches off (every query recomputed), ${CONNECTIONS} connections, same data, processes and runs as above.`,
    '',
    '| contender | RPS (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.contender} | ${fmt(median(r.rps))} (${fmt(Math.min(...r.rps))}–${fmt(Math.max(...r.rps))}) | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors}${r.errors ? ' ⚠' : ''} | ${fmt(r.rssMb)} |`),
    '',
    `Goals (issue 15): p95 through the gateway ≤ 50 ms at ${CONNECTIONS} concurrent, caches off — ${fmt(gw.p95, 1)} ms (${gw.p95 <= 50 ? 'met' : 'NOT met'}); no broad query alone over 150 ms through the gateway — slowest ${fmt(slowest[0]!.ms, 1)} ms, \`${slowest[0]!.q}\` (${slowest[0]!.ms <= 150 ? 'met' : 'NOT met'}).`,
    '',
    `The broad words alone through the gateway, caches off (median of 3 sequential requests, ms), slowest first: ${slowest.slice(0, 12).map((x) => `\`${x.q}\` ${fmt(x.ms, 1)}`).join(', ')}.`,
  ];
  return lines.join('\n');
}

function table(rows: Measured[], perQuery: { cold: number[]; warm: number[] }[], data: Awaited<ReturnType<typeof prepareDataset>>): string {
  const lines = [
    '### Search (issue 5)',
    '',
    `Workload: a fixed mix of ${SEARCHES.length} searches (bench/search/queries.ts: particles, 초성, typos, synonyms, filters, geo near with distance sort, facets, a second page), each request the next query of the mix, first 20 hits with score, distance and highlights; through the gateway each hit also gets its name, address or target from the owning lifecycle subgraph. ${CONNECTIONS} connections from a separate autocannon process, ${WARMUP_SECONDS} s warm-up (excluded), then ${RUNS} runs × ${SECONDS} s; figures are medians (RPS with min–max). Data: ${FACILITIES.toLocaleString('en')} facilities + ${POLICIES.toLocaleString('en')} policies generated over every 시도 and 시군구 (bench/search/generate.ts), loaded through the ingest path and indexed: ${data.indexed.toLocaleString('en')} search documents, PostgreSQL database \`${data.name}\`${data.builtSeconds ? ` (built in this run, ${fmt(data.builtSeconds)} s)` : ' (reused)'}. "Caches off" (SEARCH_CACHE_ENTRIES=0, RESPONSE_CACHE_ENTRIES=0) is what each search costs when nobody asked it since the index last changed; "caches on" is the default: the search subgraph's result cache and, through the gateway, its response cache (README "Caching"; neither serves anything older than the last change).`,
    `Machine: ${machine()}`,
    '',
    '| contender | RPS (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const flags: string[] = [];
  for (const r of rows) {
    lines.push(`| ${r.contender} | ${fmt(median(r.rps))} (${fmt(Math.min(...r.rps))}–${fmt(Math.max(...r.rps))}) | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors}${r.errors ? ' ⚠' : ''} | ${fmt(r.rssMb)} |`);
    if (r.errors) flags.push(`${r.contender}: ${r.errors} errors`);
  }
  const [sgOn, gwOn, sgOff, gwOff] = rows;
  const ratio = (gw: Measured, sg: Measured) => median(gw.rps) / median(sg.rps);
  lines.push(
    '',
    `Goals (issue 5): p95 through the gateway ≤ 50 ms — ${fmt(gwOn!.p95, 1)} ms with the caches (${gwOn!.p95 <= 50 ? 'met' : 'NOT met'}), ${fmt(gwOff!.p95, 1)} ms without (${gwOff!.p95 <= 50 ? 'met' : 'NOT met'}); gateway RPS ≥ 0.7 × subgraph alone — ${fmt(ratio(gwOn!, sgOn!), 2)} with the caches (${ratio(gwOn!, sgOn!) >= 0.7 ? 'met' : 'NOT met'}), ${fmt(ratio(gwOff!, sgOff!), 2)} without (${ratio(gwOff!, sgOff!) >= 0.7 ? 'met' : 'NOT met'}).`,
    '',
    `Each query alone through the gateway (median of ${REPEATS} sequential requests, ms):`,
    '',
    '| # | type | query | cache off | cache on |',
    '|---:|---|---|---:|---:|',
    ...SEARCHES.map((s, i) => `| ${i + 1} | ${s.type} | \`${JSON.stringify(s.variables).replace(/\|/g, '\\|').slice(0, 90)}\`${s.facets ? ' + facets' : ''} | ${fmt(median(perQuery[i]!.cold), 1)} | ${fmt(median(perQuery[i]!.warm), 1)} |`),
  );
  if (flags.length) lines.push('', '**Errors during the run (results above are not clean):**', ...flags.map((f) => `- ${f}`));
  return lines.join('\n');
}
