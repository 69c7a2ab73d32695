import { SIDO } from '../../common/regions';
import { runLoad, startTs, waitFor, type LoadResult } from '../gateway/processes';
import { median } from '../gateway/measure';
import { freePort, machine } from '../machine';
import { POLICIES, prepareDataset } from '../search/dataset';
import { rng } from '../../simulator/world/random';

/**
 * benefitsFor over HTTP (issue 18: "over 20k policies p95 ≤ 100 ms uncached at
 * concurrency 8"): the benefits subgraph alone and through our gateway (one
 * process), on the search benchmark's PostgreSQL data set (its 20,000
 * generated policies; bench/search/dataset.ts), response cache off. Every
 * request is another household (1,000 generated from a fixed seed: region,
 * children's ages, pregnancy, income, flags), so nothing a cache could hold
 * decides the figure; each household is judged against every policy, sorted,
 * and the first 20 explained.
 */
const CONNECTIONS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 3;
const RUNS = 3;
const HOUSEHOLDS = 1000;
const ON = '2026-03-01';

const QUERY = `query($h: HouseholdInput!, $on: Date) { benefitsFor(household: $h, on: $on, first: 20) {
  totalCount counts { eligible maybe notEligible }
  nodes { policyId name verdict question { ko } failing { requirement householdValue evidence { text } } criteria { status requirement householdValue } }
} }`;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const FLAGS = ['SINGLE_PARENT', 'MULTICULTURAL', 'DISABILITY', 'BASIC_LIVELIHOOD', 'NEAR_POVERTY', 'NO_HOUSE'];

export function generatedHouseholds(count = HOUSEHOLDS, seed = 18): unknown[] {
  const r = rng('bench-benefits-households', seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const sido = r() < 0.6 ? SIDO[0]! : pick(SIDO);
    const members: Record<string, unknown>[] = [{ relationship: 'SELF', birthDate: iso(new Date(Date.UTC(1978 + Math.floor(r() * 22), Math.floor(r() * 12), 1 + Math.floor(r() * 28)))), employment: pick(['EMPLOYED', 'EMPLOYED', 'SELF_EMPLOYED', 'JOB_SEEKER', 'PARENTAL_LEAVE', 'NOT_WORKING']) }];
    if (r() < 0.75) members.push({ relationship: 'SPOUSE', employment: pick(['EMPLOYED', 'NOT_WORKING', 'SELF_EMPLOYED']) });
    const children = Math.floor(r() * 4);
    for (let c = 0; c < children; c++) {
      const ageDays = Math.floor(r() * 18 * 365);
      members.push({ relationship: 'CHILD', birthDate: iso(new Date(Date.parse(`${ON}T00:00:00Z`) - ageDays * 86_400_000)) });
    }
    if (r() < 0.15) members.push({ relationship: 'CHILD', dueDate: iso(new Date(Date.parse(`${ON}T00:00:00Z`) + Math.floor(1 + r() * 250) * 86_400_000)) });
    const household: Record<string, unknown> = {
      members,
      region: { sido: sido.name, ...(r() < 0.9 ? { sigungu: pick(sido.sigungu).name } : {}), ...(r() < 0.7 ? { monthsOfResidence: Math.floor(r() * 120) } : {}) },
      flags: FLAGS.filter(() => r() < 0.08),
      flagsComplete: r() < 0.5,
    };
    if (r() < 0.7) household.monthlyIncomeKrw = Math.round((1 + r() * 12) * 500_000);
    out.push({ query: QUERY, variables: { h: household, on: ON } });
  }
  return out;
}

async function check(url: string, bodies: string[]): Promise<void> {
  for (const body of bodies.slice(0, 20)) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { data?: { benefitsFor?: { totalCount: number; nodes: unknown[] } }; errors?: unknown[] };
    if (json.errors?.length || !json.data?.benefitsFor || json.data.benefitsFor.totalCount < POLICIES) throw new Error(`${url} answered ${JSON.stringify(json).slice(0, 300)}`);
  }
}

interface Row {
  contender: string;
  rps: number[];
  p50: number;
  p95: number;
  errors: number;
}

async function measure(contender: string, url: string, bodies: string[], progress: (m: string) => void): Promise<Row> {
  await check(url, bodies);
  await runLoad(url, CONNECTIONS, WARMUP_SECONDS, bodies);
  const runs: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await runLoad(url, CONNECTIONS, SECONDS, bodies));
    progress(`  ${contender}: run ${i + 1}/${RUNS} ${Math.round(runs[i]!.rps)} req/s, p95 ${runs[i]!.latency.p95.toFixed(1)} ms`);
  }
  return { contender, rps: runs.map((r) => r.rps), p50: median(runs.map((r) => r.latency.p50)), p95: median(runs.map((r) => r.latency.p95)), errors: runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0) };
}

export async function httpTable(progress: (m: string) => void): Promise<string> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return '### benefitsFor over HTTP\n\nNot measured in this run: it needs DATABASE_URL (PostgreSQL), e.g. `DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- benefits`.';
  progress('benefitsFor over HTTP: preparing the search bench data set (built once, then reused)…');
  const data = await prepareDataset(adminUrl, progress);
  const bodies = generatedHouseholds().map((b) => JSON.stringify(b));
  const env = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', DATABASE_URL: data.databaseUrl, RESPONSE_CACHE_ENTRIES: '0', SEARCH_CACHE_ENTRIES: '0' };
  const [sgPort, gwPort] = [await freePort(), await freePort()];
  const procs = [startTs('benefits subgraph', 'subgraphs/main.ts', ['benefits'], { ...env, PORT: String(sgPort) }), startTs('gateway', 'gateway/main.ts', [], { ...env, PORT: String(gwPort), HUB_MODE: 'single' })];
  const rows: Row[] = [];
  try {
    await waitFor(`http://127.0.0.1:${sgPort}/health`, 180_000);
    await waitFor(`http://127.0.0.1:${gwPort}/ready`, 180_000);
    rows.push(await measure('benefits subgraph alone', `http://127.0.0.1:${sgPort}/graphql`, bodies, progress));
    rows.push(await measure('through our gateway (one process)', `http://127.0.0.1:${gwPort}/graphql`, bodies, progress));
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
  }
  const gw = rows[1]!;
  return [
    '### benefitsFor over HTTP (uncached)',
    '',
    `Workload: ${HOUSEHOLDS.toLocaleString('en')} distinct generated households (bench/benefits/http.ts, fixed seed: region over every 시도, 0–3 children of 0–17 years, some expecting, income and flags known or not), one per request in turn, each judged against every one of the ${POLICIES.toLocaleString('en')} generated policies of the search bench's PostgreSQL database \`${data.name}\`, sorted and the first 20 explained; response cache off. ${CONNECTIONS} connections from a separate load process, ${WARMUP_SECONDS} s warm-up (excluded), ${RUNS} runs × ${SECONDS} s, medians (RPS min–max). Every answer of a 20-request sample was checked for errors and a full policy count before the runs.`,
    '',
    '| contender | req/s (min–max) | p50 ms | p95 ms (goal ≤ 100) | errors | machine |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.contender} | ${Math.round(median(r.rps))} (${Math.round(Math.min(...r.rps))}–${Math.round(Math.max(...r.rps))}) | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.errors} | ${machine()} |`),
    '',
    `Goal (issue 18): benefitsFor over 20k policies p95 ≤ 100 ms uncached at concurrency 8 — ${gw.p95.toFixed(1)} ms through the gateway (${gw.p95 <= 100 ? 'met' : 'NOT met'}).`,
  ].join('\n');
}
