import { runLoad, type LoadResult, type Proc } from './processes';

/** Connections and durations of every measurement (the whole bench must stay under 5 minutes). */
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
export const WARMUP_SECONDS = 2;
export const RUNS = 3;

export interface Measured {
  contender: string;
  rps: number[];
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssMb: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every distinct body answers with data and no errors before any load is sent. */
async function verify(url: string, bodies: string[]): Promise<void> {
  for (const b of new Set([bodies[0]!, bodies[bodies.length - 1]!])) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
    const json = (await res.json()) as { errors?: { message: string }[]; data?: unknown };
    if (!res.ok || json.errors?.length || !json.data) throw new Error(`${url} answered wrongly: ${JSON.stringify(json).slice(0, 300)}`);
  }
}

/** Warm-up (excluded), then RUNS runs; latencies are the medians of the runs' percentiles, errors their sum. */
export async function measure(contender: string, url: string, bodies: string[], proc: Proc | null, progress: (m: string) => void): Promise<Measured> {
  await verify(url, bodies);
  await runLoad(url, CONNECTIONS, WARMUP_SECONDS, bodies);
  const runs: LoadResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await runLoad(url, CONNECTIONS, SECONDS, bodies));
    progress(`  ${contender}: run ${i + 1}/${RUNS} ${Math.round(runs[i]!.rps)} req/s`);
  }
  return {
    contender,
    rps: runs.map((r) => r.rps),
    p50: median(runs.map((r) => r.latency.p50)),
    p95: median(runs.map((r) => r.latency.p95)),
    p99: median(runs.map((r) => r.latency.p99)),
    errors: runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
    rssMb: proc ? proc.peakRssMb() : NaN,
  };
}
