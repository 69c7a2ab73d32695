import type { LoadPlan } from './check';
import { runLoad, type LoadResult, type Proc } from './processes';

/**
 * Durations of every measurement. The defaults meet issue 22 (≥ 5 s warm-up,
 * ≥ 3 runs of ≥ 10 s); the env overrides are for development only.
 */
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const PROBE_SECONDS = 2;
const OVERRIDES = ['BENCH_CONNECTIONS', 'BENCH_SECONDS', 'BENCH_WARMUP_SECONDS', 'BENCH_RUNS', 'BENCH_HIVE_JS_WORKLOADS', 'BENCH_CACHED_WORKLOADS', 'BENCH_PARTS_FULL'];
/** No BENCH_* override is set: the table may be published. */
export const isDefault = () => OVERRIDES.every((k) => process.env[k] === undefined);

export interface Target {
  name: string;
  url: string;
  proc: Proc | null;
}

/** The figures other benches (bench/search) keep per contender. */
export interface Measured {
  contender: string;
  rps: number[];
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssMb: number;
}

/** The gateway bench's figures per contender and workload, errors by kind. */
export interface Measurement {
  contender: string;
  rps: number[];
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers. */
  non2xx: number;
  /** 2xx answers with GraphQL errors or the wrong data shape. */
  wrong: number;
  /** Connection errors and timeouts. */
  transport: number;
  sample: string | null;
  rssMb: number;
  /** Measured by a short probe only (not RUNS × SECONDS). */
  probe?: boolean;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const errorsOf = (m: Measurement) => m.non2xx + m.wrong + m.transport;

function summarise(contender: string, runs: LoadResult[], proc: Proc | null): Measurement {
  return {
    contender,
    rps: runs.map((r) => r.rps),
    p50: median(runs.map((r) => r.latency.p50)),
    p95: median(runs.map((r) => r.latency.p95)),
    p99: median(runs.map((r) => r.latency.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    wrong: runs.reduce((s, r) => s + r.wrong, 0),
    transport: runs.reduce((s, r) => s + r.errors + r.timeouts, 0),
    sample: runs.find((r) => r.sample)?.sample ?? null,
    rssMb: proc ? proc.peakRssMb() : NaN,
  };
}

/** Every workload's bodies interleaved: the warm-up sends each query shape. */
export function mixedPlan(plans: LoadPlan[]): LoadPlan {
  const bodies: string[] = [];
  const offsets = plans.map((p) => ((bodies.push(...p.bodies)), bodies.length - p.bodies.length));
  const sequence: number[] = [];
  const longest = Math.max(...plans.map((p) => p.sequence.length));
  for (let i = 0; i < longest; i++) plans.forEach((p, k) => sequence.push(offsets[k]! + p.sequence[i % p.sequence.length]!));
  // The checks differ per workload: the warm-up checks status only.
  return { bodies, sequence, check: null };
}

/** WARMUP_SECONDS of the mixed workloads per target (excluded from every figure). */
export async function warmUp(targets: Target[], plan: LoadPlan, progress: (m: string) => void): Promise<void> {
  for (const t of targets) {
    progress(`  warm-up ${t.name} (${WARMUP_SECONDS} s)`);
    await runLoad(t.url, CONNECTIONS, WARMUP_SECONDS, plan);
  }
}

/**
 * RUNS rounds of one run per target; round r starts at target r mod n, so
 * no contender always runs first (or last) against the shared subgraphs.
 */
export async function measureRotated(targets: Target[], plan: LoadPlan, progress: (m: string) => void): Promise<Measurement[]> {
  const runs: LoadResult[][] = targets.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (r + k) % targets.length;
      const result = await runLoad(targets[i]!.url, CONNECTIONS, SECONDS, plan);
      runs[i]!.push(result);
      progress(`  ${targets[i]!.name}: run ${r + 1}/${RUNS} ${Math.round(result.rps)} req/s${result.wrong + result.non2xx ? ` ⚠ ${result.wrong + result.non2xx} errors` : ''}`);
    }
  }
  return targets.map((t, i) => summarise(t.name, runs[i]!, t.proc));
}

/** A short single run (the parts-alone probe that finds each workload's busiest part). */
export async function probe(target: Target, plan: LoadPlan): Promise<Measurement> {
  const result = await runLoad(target.url, CONNECTIONS, PROBE_SECONDS, plan);
  return { ...summarise(target.name, [result], target.proc), probe: true };
}
