import { machine } from '../machine';
import { CONNECTIONS, median, RUNS, SECONDS, WARMUP_SECONDS, type Measured } from './measure';

export interface WorkloadResult {
  workload: string;
  /** ours single, ours single without the response cache, ours distributed, Hive Gateway, in that order. */
  rows: Measured[];
  /** Each subgraph part of the workload's plan, alone. */
  alone: Measured[];
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const rpsCell = (r: Measured) => `${fmt(median(r.rps))} (${fmt(Math.min(...r.rps))}–${fmt(Math.max(...r.rps))})`;
const row = (workload: string, r: Measured, note = '') =>
  `| ${workload} | ${r.contender}${note} | ${rpsCell(r)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors}${r.errors ? ' ⚠' : ''} | ${fmt(r.rssMb)} |`;

/** The busiest part: the lowest throughput on its own. */
const busiest = (alone: Measured[]) => alone.reduce((a, b) => (median(b.rps) < median(a.rps) ? b : a));

export function table(results: WorkloadResult[], run: { driver: string; subgraphs: string[]; seconds: number }): string {
  const lines = [
    '### Gateway',
    '',
    `Workload: ${CONNECTIONS} connections from a separate autocannon process, ${WARMUP_SECONDS} s warm-up (excluded), then ${RUNS} runs × ${SECONDS} s per contender; figures are medians (RPS with min–max). Data: bundled Seoul data (4,398 facilities) on ${run.driver}. Subgraphs: ${run.subgraphs.join(', ')}, one process each (shared by the distributed gateway and Hive Gateway). Both gateways run identical subgraph queries that are in flight at the same time only once (Hive Gateway by default; ours per caller). "Subgraph alone" rows send each part of a workload's query plan, as the gateway sends it, straight to its subgraph; the busiest (slowest) part, marked ★, is the workload's peer. Peak RSS is the process's high-water mark so far (each gateway serves the workloads in this order). "Single process" runs with its defaults, so repeated public reads come from the response cache (never stale, see README "Caching"); the "response cache off" row is the same process without it, and the distributed gateway has none (it keeps no database).`,
    `Machine: ${machine()}`,
    '',
    '| workload | contender | RPS (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const flags: string[] = [];
  for (const { workload, rows, alone } of results) {
    const peer = busiest(alone);
    for (const r of rows) lines.push(row(workload, r));
    for (const r of alone) lines.push(row(workload, r, r === peer ? ' ★' : ''));
    for (const r of [...rows, ...alone]) if (r.errors) flags.push(`${workload} / ${r.contender}: ${r.errors} errors`);
  }
  lines.push(
    '',
    '| workload | ours single ÷ Hive | ours single, cache off ÷ Hive | ours distributed ÷ Hive | ours single ÷ subgraph alone ★ | ours single, cache off ÷ subgraph alone ★ | ours distributed ÷ subgraph alone ★ |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const { workload, rows, alone } of results) {
    const [single, noCache, distributed, hive] = rows.map((r) => median(r.rps)) as [number, number, number, number];
    const peer = median(busiest(alone).rps);
    lines.push(`| ${workload} | ${fmt(single / hive, 2)} | ${fmt(noCache / hive, 2)} | ${fmt(distributed / hive, 2)} | ${fmt(single / peer, 2)} | ${fmt(noCache / peer, 2)} | ${fmt(distributed / peer, 2)} |`);
  }
  const maxRss = Math.max(...results.flatMap((r) => r.rows.filter((x) => x.contender.startsWith('ours')).map((x) => x.rssMb)));
  lines.push('', `Goals: ours ≥ 1.5 × Hive Gateway; gateway ÷ subgraph alone ≥ 0.7; RSS ≤ 250 MB (ours, peak: ${fmt(maxRss)} MB). The whole benchmark took ${fmt(run.seconds)} s.`);
  if (flags.length) lines.push('', '**Errors during the run (results above are not clean):**', ...flags.map((f) => `- ${f}`));
  return lines.join('\n');
}
