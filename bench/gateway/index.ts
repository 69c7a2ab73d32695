import { SUBGRAPHS } from '../../subgraphs/list';
import { calibrate } from './calibrate';
import type { LoadPlan } from './check';
import { BARE_PORT, hive, ours, rustPlannerLoads, startAll, startSubgraphs, subgraphUrl, type Running } from './contenders';
import { GENERATED_POLICIES, prepareData } from './data';
import { isDefault, measureRotated, median, mixedPlan, probe, RUNS, SECONDS, WARMUP_SECONDS, warmUp, type Measurement, type Target } from './measure';
import { stopLoadWorker, type Proc } from './processes';
import { table, type Report, type Section } from './table';
import { compareAnswers, type References } from './verify';
import { buildWorkloads, type Workload } from './workloads';

/**
 * `npm run bench -- gateway` (issue 22): three labelled tables over the same
 * subgraph processes (every cache off) and the same data.
 *  A. fair: our gateway in distributed mode vs Hive Gateway (Rust planner,
 *     and its default JS planner) over HTTP, neither with a response cache;
 *     with each workload's slowest subgraph part alone;
 *  C. our single process (in-process subgraphs), caches off;
 *  B. with response caches: Hive's useResponseCache vs our single process's
 *     defaults (our distributed gateway has no response cache).
 * Budget (defaults, to stay within 10 minutes on 2 cores): Hive's JS planner
 * and the full-length parts-alone run on the first workload only, the cached
 * table on the search workload only; the others' parts by a 2 s probe.
 */
const HIVE_JS_WORKLOADS = Number(process.env.BENCH_HIVE_JS_WORKLOADS ?? 1);
const CACHED_WORKLOADS = Number(process.env.BENCH_CACHED_WORKLOADS ?? 1);
const PARTS_FULL = Number(process.env.BENCH_PARTS_FULL ?? 1);
/** The cached table's workloads, in this order: search (Zipf: what a cache meets), then facility detail. */
const CACHED_ORDER = [1, 0, 2, 3];

const planOf = (w: { bodies: string[]; sequence: number[]; check: Workload['check'] }): LoadPlan => ({ bodies: w.bodies, sequence: w.sequence, check: w.check });

export async function run(progress: (m: string) => void = () => undefined): Promise<string> {
  const started = performance.now();
  const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;
  progress('preparing data…');
  const data = await prepareData({ policies: GENERATED_POLICIES });
  const procs: Proc[] = [];
  let running: Running[] = [];
  try {
    progress(`calibration… (${elapsed()})`);
    const calibration = await calibrate(BARE_PORT, data.databaseUrl, data.facilityIds);
    progress(`starting subgraphs and contenders… (${elapsed()})`);
    procs.push(...(await startSubgraphs(data)));
    const rustError = rustPlannerLoads();
    const dist = ours.distributed();
    const rust = rustError ? null : hive.rust();
    const js = hive.js();
    const single = ours.single(data);
    const hiveCache = hive.cache(!rustError);
    const singleNoCache = ours.singleNoCache(data);
    const contenders = [dist, ...(rust ? [rust] : []), js, singleNoCache, single, hiveCache];
    // All start together, then take turns: each waits idle while another is measured.
    running = await startAll(contenders);
    const target = (c: (typeof contenders)[number]): Target => {
      const r = running.find((x) => x.contender === c)!;
      return { name: c.name, url: r.url, proc: r.proc };
    };
    const mix = await buildWorkloads(data, subgraphUrl, target(dist).url);
    progress(`comparing answers… (${elapsed()})`);
    const references: References = new Map();
    const compared = await compareAnswers(contenders.map(target), mix, references);
    progress(`warm-up (${elapsed()})`);
    await warmUp(contenders.map(target), mixedPlan(mix.map(planOf)), progress);

    const fair: Section = {
      title: 'A. Fair: both gateways over HTTP to the same subgraph processes, no response cache',
      note: `Ours in distributed mode and Hive Gateway, each one Node process, over HTTP to the same subgraph processes (every cache off).${rust ? '' : ` Hive's Rust planner could not be loaded: ${rustError}.`}${rust && HIVE_JS_WORKLOADS < mix.length ? ` Hive's JS planner is measured on the first ${HIVE_JS_WORKLOADS} workload(s) only (time budget).` : ''}`,
      rows: [],
    };
    for (const [i, w] of mix.entries()) {
      progress(`A: ${w.name} (${elapsed()})`);
      const targets = [dist, ...(rust ? [rust] : []), ...(!rust || i < HIVE_JS_WORKLOADS ? [js] : [])].map(target);
      fair.rows.push({ workload: w.name, measured: await measureRotated(targets, planOf(w), progress) });
    }

    // Each part of each plan alone, against the same subgraph processes: a short probe finds the busiest.
    const alone: Report['alone'] = [];
    for (const [i, w] of mix.entries()) {
      progress(`parts alone: ${w.name} (${elapsed()})`);
      const parts = w.parts.map((p) => ({ part: p, target: { name: `${p.subgraph} subgraph alone: ${p.label}`, url: subgraphUrl(p.subgraph), proc: procs.find((x) => x.name === `subgraph ${p.subgraph}`) ?? null } }));
      const probes: Measurement[] = [];
      for (const p of parts) probes.push(await probe(p.target, planOf(p.part)));
      const k = probes.reduce((b, m, j) => (median(m.rps) < median(probes[b]!.rps) ? j : b), 0);
      if (i < PARTS_FULL) probes[k] = (await measureRotated([parts[k]!.target], planOf(parts[k]!.part), progress))[0]!;
      // ★ is the lowest figure in the end: a full-length run may come out above another part's probe.
      const busiest = probes.reduce((b, m) => (median(m.rps) < median(b.rps) ? m : b));
      alone.push({ workload: w.name, measured: probes, busiest });
    }

    const singleSection: Section = { title: 'C. Ours, single process (subgraphs in-process), caches off', note: 'The same gateway with the subgraphs inside its process (no HTTP hop), the same database, RESPONSE_CACHE_ENTRIES=0 and SEARCH_CACHE_ENTRIES=0.', rows: [] };
    for (const w of mix) {
      progress(`C: ${w.name} (${elapsed()})`);
      singleSection.rows.push({ workload: w.name, measured: await measureRotated([target(singleNoCache)], planOf(w), progress) });
    }

    const cachedWorkloads = CACHED_ORDER.slice(0, CACHED_WORKLOADS).map((i) => mix[i]!);
    const cached: Section = {
      title: 'B. With a response cache (labelled: not like with like with A)',
      note: `Hive Gateway with useResponseCache over the same subgraph processes vs our single process with its defaults (response cache and the search subgraph's result cache on). Our distributed gateway has no response cache (it keeps no database, so it cannot know the data version): it has no row here. Workload(s): ${cachedWorkloads.map((w) => w.name).join(', ')} (time budget).`,
      rows: [],
    };
    for (const w of cachedWorkloads) {
      progress(`B: ${w.name} (${elapsed()})`);
      cached.rows.push({ workload: w.name, measured: await measureRotated([single, hiveCache].map(target), planOf(w), progress) });
    }

    const notes = [
      rust ? "Hive's Rust query planner (@graphql-hive/router-runtime 1.4.23, engines node ≥ 20) loads and runs on this Node; both planners are reported." : `Hive's Rust query planner is not reported: ${rustError}`,
      'Hive Gateway runs one process (--fork 1) like ours; its docs\' production advice otherwise followed (NODE_ENV=production, logging off). Both gateways deduplicate identical in-flight subgraph requests by default.',
      isDefault()
        ? `Run lengths are the defaults (issue 22): ${WARMUP_SECONDS} s warm-up, ${RUNS} runs × ${SECONDS} s per contender and workload.`
        : `**Development run, not a table to publish**: ${WARMUP_SECONDS} s warm-up, ${RUNS} run(s) × ${SECONDS} s (the defaults are 5 s, 3 × 10 s) or a smaller budget (BENCH_* overrides).`,
      'Subgraph-alone rows send each part of a workload\'s query plan, as the gateway sends it, straight to its subgraph process; ★ marks the busiest (slowest) part, the workload\'s peer. Parts are found by a 2 s probe; the busiest is measured at full length only for the first workload(s) (BENCH_PARTS_FULL), the others show the probe.',
      data.driver === 'pglite' ? 'PGlite: each process has its own embedded database copy, so the single process and the distributed subgraphs do not share one database; run with DATABASE_URL for the like-with-like table.' : 'PostgreSQL: one database shared by every process.',
    ];
    const report: Report = { driver: data.driver === 'postgresql' ? 'PostgreSQL' : 'PGlite', subgraphs: SUBGRAPHS.map((s) => s.name), calibration, workloads: mix, contenders, compared, fair, alone, cached, single: singleSection, notes, seconds: 0 };
    report.seconds = (performance.now() - started) / 1000;
    progress(`done in ${elapsed()}`);
    return table(report);
  } finally {
    stopLoadWorker();
    await Promise.all([...running.map((r) => r.proc.stop()), ...procs.map((p) => p.stop())]);
    await data.cleanup();
  }
}
