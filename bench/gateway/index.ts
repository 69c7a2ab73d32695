import { SUBGRAPHS } from '../../subgraphs/list';
import { machine } from '../machine';
import { prepareData } from './data';
import { runLoad, startBin, startTs, waitFor, type LoadResult, type Proc } from './processes';

/**
 * `npm run bench -- gateway`: the same supergraph and the same running
 * subgraphs served by (a) our gateway in one process, (b) our gateway over
 * HTTP to the subgraph processes, (c) Hive Gateway from the same
 * schema/supergraph.graphql, and (d) the busiest subgraph alone (infant,
 * answering the entity fetches the plans send it). Load comes from a second
 * process; warm-up is excluded; each figure is the median of RUNS runs.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 3;
const RUNS = 3;
/** Ports of the supergraph's subgraph URLs (schema/compose.ts) and of the contenders. */
const SUBGRAPH_BASE_PORT = 4010;
const PORTS = { single: 4300, distributed: 4301, hive: 4302 };

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

function queryMix(ids: string[]): { name: string; bodies: string[] }[] {
  const detail = `query($id: ID!) { facility(id: $id) { id name address phone ... on ChildcareCenter { centerTypeLabel capacity enrolled freeSeats specialCare ageClasses { age classes enrolled capacity freeSeats } } } }`;
  const search = `query($q: String) { search(query: $q, first: 10) { totalCount edges { score node { ... on ChildcareCenter { id name capacity enrolled } ... on PostpartumCenter { id name } } } } }`;
  const policies = `{ policies(first: 20) { totalCount edges { node { id name primaryStage target applicationPeriod { text always } } } } }`;
  const words = ['강서 어린이집', '야간 어린이집', '산후조리원', '국공립 어린이집', '마포구 어린이집'];
  return [
    { name: 'facility detail by id', bodies: ids.slice(0, 50).map((id) => body(detail, { id })) },
    { name: 'search + entities (search, infant, pregnancy)', bodies: words.map((q) => body(search, { q })) },
    { name: 'policy list page', bodies: [body(policies)] },
  ];
}

interface Measured {
  contender: string;
  rps: number[];
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssMb: number;
}

async function verify(url: string, bodies: string[]): Promise<void> {
  for (const b of new Set([bodies[0]!, bodies[bodies.length - 1]!])) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
    const json = (await res.json()) as { errors?: { message: string }[]; data?: unknown };
    if (!res.ok || json.errors?.length || !json.data) throw new Error(`${url} answered wrongly: ${JSON.stringify(json).slice(0, 300)}`);
  }
}

async function measure(contender: string, url: string, bodies: string[], proc: Proc | null, progress: (m: string) => void): Promise<Measured> {
  await verify(url, bodies);
  await runLoad(url, CONNECTIONS, WARMUP_SECONDS, bodies);
  const runs: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await runLoad(url, CONNECTIONS, SECONDS, bodies));
    progress(`  ${contender}: run ${i + 1}/${RUNS} ${Math.round(runs[i]!.rps)} req/s`);
  }
  const median = <T>(xs: T[], key: (x: T) => number) => xs.map(key).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    contender,
    rps: runs.map((r) => r.rps),
    p50: median(runs, (r) => r.latency.p50),
    p95: median(runs, (r) => r.latency.p95),
    p99: median(runs, (r) => r.latency.p99),
    errors: runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
    rssMb: proc ? proc.peakRssMb() : NaN,
  };
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export async function run(progress: (m: string) => void = () => undefined): Promise<string> {
  progress('preparing data…');
  const data = await prepareData();
  const procs: Proc[] = [];
  try {
    const env = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false' };
    const subgraphUrls: string[] = [];
    for (const s of SUBGRAPHS) {
      const port = SUBGRAPH_BASE_PORT + s.port;
      procs.push(startTs(`subgraph ${s.name}`, 'subgraphs/main.ts', [s.name], { ...env, ...data.env(`sg-${s.name}`), PORT: String(port) }));
      subgraphUrls.push(`${s.name}=http://127.0.0.1:${port}/graphql`);
    }
    await Promise.all(SUBGRAPHS.map((s) => waitFor(`http://127.0.0.1:${SUBGRAPH_BASE_PORT + s.port}/health`)));

    const mix = queryMix(data.facilityIds);
    const results = mix.map((w) => ({ workload: w.name, rows: [] as Measured[] }));
    // Each contender is started once and serves every workload in turn.
    const contenders: { name: string; port: number; start: () => Proc; ready: string }[] = [
      { name: 'ours, single process', port: PORTS.single, ready: '/ready', start: () => startTs('ours single', 'gateway/main.ts', [], { ...env, ...data.env('single'), PORT: String(PORTS.single), HUB_MODE: 'single' }) },
      { name: 'ours, distributed', port: PORTS.distributed, ready: '/ready', start: () => startTs('ours distributed', 'gateway/main.ts', [], { ...env, PORT: String(PORTS.distributed), HUB_MODE: 'distributed', SUBGRAPH_URLS: subgraphUrls.join(',') }) },
      { name: 'Hive Gateway 2.15', port: PORTS.hive, ready: '/healthcheck', start: () => startBin('hive gateway', 'hive-gateway', ['supergraph', 'schema/supergraph.graphql', '--port', String(PORTS.hive), '--host', '127.0.0.1', '--disable-websockets'], { LOG_LEVEL: 'error' }) },
    ];
    for (const contender of contenders) {
      progress(`contender: ${contender.name}`);
      const proc = contender.start();
      try {
        await waitFor(`http://127.0.0.1:${contender.port}${contender.ready}`);
        for (const [i, workload] of mix.entries()) {
          results[i]!.rows.push(await measure(contender.name, `http://127.0.0.1:${contender.port}/graphql`, workload.bodies, proc, (m) => progress(`${m} (${workload.name})`)));
        }
      } finally {
        await proc.stop();
      }
    }

    // The busiest subgraph alone: infant answering the entity fetch of the detail query.
    const infantPort = SUBGRAPH_BASE_PORT + SUBGRAPHS.find((s) => s.name === 'infant')!.port;
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ChildcareCenter { id name address phone centerTypeLabel capacity enrolled freeSeats specialCare ageClasses { age classes enrolled capacity freeSeats } } } }`;
    const alone = await measure(
      'infant subgraph alone',
      `http://127.0.0.1:${infantPort}/graphql`,
      data.facilityIds.slice(0, 50).map((id) => body(entities, { r: [{ __typename: 'ChildcareCenter', id }] })),
      procs.find((p) => p.name === 'subgraph infant') ?? null,
      progress,
    );
    return table(results, alone, data.driver);
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await data.cleanup();
  }
}

function table(results: { workload: string; rows: Measured[] }[], alone: Measured, driver: string): string {
  const lines = [
    '### Gateway',
    '',
    `Workload: ${CONNECTIONS} connections from a separate autocannon process, ${WARMUP_SECONDS} s warm-up (excluded), then ${RUNS} runs × ${SECONDS} s per contender; figures are medians (RPS with min–max). Data: bundled Seoul data (4,398 facilities) on ${driver}. Subgraphs: ${SUBGRAPHS.map((s) => s.name).join(', ')}, one process each (shared by the distributed gateway and Hive Gateway).`,
    `Machine: ${machine()}`,
    '',
    '| workload | contender | RPS (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const flags: string[] = [];
  for (const { workload, rows } of results) {
    for (const r of rows) {
      lines.push(`| ${workload} | ${r.contender} | ${fmt(med(r.rps))} (${fmt(Math.min(...r.rps))}–${fmt(Math.max(...r.rps))}) | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors}${r.errors ? ' ⚠' : ''} | ${fmt(r.rssMb)} |`);
      if (r.errors) flags.push(`${workload} / ${r.contender}: ${r.errors} errors`);
    }
  }
  lines.push(`| entity fetch (detail) | ${alone.contender} | ${fmt(med(alone.rps))} (${fmt(Math.min(...alone.rps))}–${fmt(Math.max(...alone.rps))}) | ${fmt(alone.p50, 1)} | ${fmt(alone.p95, 1)} | ${fmt(alone.p99, 1)} | ${alone.errors}${alone.errors ? ' ⚠' : ''} | ${fmt(alone.rssMb)} |`);
  if (alone.errors) flags.push(`subgraph alone: ${alone.errors} errors`);
  lines.push('', '| workload | ours single ÷ Hive | ours distributed ÷ Hive | gateway (single) ÷ subgraph alone |', '|---|---:|---:|---:|');
  for (const { workload, rows } of results) {
    const [single, distributed, hive] = rows.map((r) => med(r.rps)) as [number, number, number];
    lines.push(`| ${workload} | ${fmt(single / hive, 2)} | ${fmt(distributed / hive, 2)} | ${fmt(single / med(alone.rps), 2)} |`);
  }
  const maxRss = Math.max(...results.flatMap((r) => r.rows.filter((x) => x.contender.startsWith('ours')).map((x) => x.rssMb)));
  lines.push('', `Goals: ours ≥ 1.5 × Hive Gateway; gateway ÷ subgraph alone ≥ 0.7; RSS ≤ 250 MB (ours, peak: ${fmt(maxRss)} MB).`);
  if (flags.length) lines.push('', '**Errors during the run (results above are not clean):**', ...flags.map((f) => `- ${f}`));
  return lines.join('\n');
}
