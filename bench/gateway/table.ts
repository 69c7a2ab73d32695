import { machine } from '../machine';
import type { Calibration } from './calibrate';
import type { Contender } from './contenders';
import { CONNECTIONS, errorsOf, median, PROBE_SECONDS, RUNS, SECONDS, WARMUP_SECONDS, type Measurement } from './measure';
import type { Workload } from './workloads';

/** One labelled table: each workload's rows (contenders in the order given). */
export interface Section {
  title: string;
  note: string;
  rows: { workload: string; measured: Measurement[] }[];
}

export interface Report {
  driver: string;
  subgraphs: string[];
  calibration: Calibration;
  workloads: Workload[];
  contenders: Contender[];
  compared: number;
  fair: Section;
  alone: { workload: string; measured: Measurement[]; busiest: Measurement }[];
  cached: Section;
  single: Section;
  notes: string[];
  seconds: number;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const rps = (m: Measurement) => median(m.rps);
const rpsCell = (m: Measurement) => (m.probe ? `${fmt(rps(m))} (${PROBE_SECONDS} s probe)` : `${fmt(rps(m))} (${fmt(Math.min(...m.rps))}–${fmt(Math.max(...m.rps))})`);
const errCell = (m: Measurement) => `${errorsOf(m)}${errorsOf(m) ? ` ⚠ (${m.non2xx} non-2xx, ${m.wrong} GraphQL/shape, ${m.transport} transport)` : ''}`;
const HEAD = ['| workload | contender | RPS median (min–max) | p50 ms | p95 ms | p99 ms | errors | peak RSS MB |', '|---|---|---:|---:|---:|---:|---:|---:|'];
const line = (workload: string, m: Measurement, mark = '') => `| ${workload} | ${m.contender}${mark} | ${rpsCell(m)} | ${fmt(m.p50, 1)} | ${fmt(m.p95, 1)} | ${fmt(m.p99, 1)} | ${errCell(m)} | ${fmt(m.rssMb)} |`;
const goal = (value: number, target: number) => `${fmt(value, 2)} ${value >= target ? '(met)' : '(NOT met)'}`;
const find = (ms: Measurement[], prefix: string) => ms.find((m) => m.contender.startsWith(prefix));

export function calibrationLine(c: Calibration): string {
  return `Calibration (this run): bare Node HTTP server ${fmt(c.bareNodeRps)} req/s (same load process, ${CONNECTIONS} connections, tiny JSON body); ${Number.isNaN(c.pgTps) ? `PostgreSQL ${c.pgMethod}` : `PostgreSQL ${fmt(c.pgTps)} point selects/s (${c.pgMethod})`}.`;
}

function section(s: Section, r: Report, extra: string[] = []): string[] {
  const out = [`#### ${s.title}`, '', s.note, calibrationLine(r.calibration), '', ...HEAD];
  for (const row of s.rows) for (const m of row.measured) out.push(line(row.workload, m));
  return [...out, ...extra, ''];
}

export function table(r: Report): string {
  const errors = [...r.fair.rows, ...r.cached.rows, ...r.single.rows].flatMap((row) => row.measured.filter((m) => errorsOf(m)).map((m) => `- ${row.workload} / ${m.contender}: ${errCell(m)}${m.sample ? ` — first: ${m.sample}` : ''}`));
  for (const a of r.alone) for (const m of a.measured) if (errorsOf(m)) errors.push(`- ${a.workload} / ${m.contender}: ${errCell(m)}${m.sample ? ` — first: ${m.sample}` : ''}`);

  const alone = r.alone.flatMap((a) => a.measured.map((m) => line(a.workload, m, m === a.busiest ? ' ★' : '')));
  const ratios = ['', '| workload | ours distributed ÷ Hive (Rust planner) | ours distributed ÷ Hive (JS planner) | ours distributed ÷ slowest subgraph alone ★ |', '|---|---:|---:|---:|'];
  const goals: string[] = [];
  for (const row of r.fair.rows) {
    const ours = find(row.measured, 'ours, distributed');
    const rust = find(row.measured, 'Hive Gateway 2.15, Rust');
    const js = find(row.measured, 'Hive Gateway 2.15, JS');
    const busiest = r.alone.find((a) => a.workload === row.workload)?.busiest;
    const o = ours ? rps(ours) : NaN;
    ratios.push(`| ${row.workload} | ${rust ? fmt(o / rps(rust), 2) : '–'} | ${js ? fmt(o / rps(js), 2) : '–'} | ${busiest ? `${fmt(o / rps(busiest), 2)}${busiest.probe ? ' (probe)' : ''}` : '–'} |`);
    const best = Math.max(rust ? rps(rust) : 0, js ? rps(js) : 0);
    goals.push(`- ${row.workload}: ours distributed ÷ best Hive ≥ 1.5 — ${goal(o / best, 1.5)}${busiest ? `; gateway ÷ slowest subgraph alone ≥ 0.7 — ${goal(o / rps(busiest), 0.7)}${busiest.probe ? ` (against a ${PROBE_SECONDS} s probe)` : ''}` : ''}`);
  }
  const singleRatios = ['', '| workload | ours single, caches off ÷ ours distributed (goal ≥ 1) |', '|---|---:|'];
  for (const row of r.single.rows) {
    const dist = find(r.fair.rows.find((f) => f.workload === row.workload)?.measured ?? [], 'ours, distributed');
    const single = row.measured[0]!;
    singleRatios.push(`| ${row.workload} | ${dist ? goal(rps(single) / rps(dist), 1) : '–'} |`);
  }
  // Every one of our processes under load, the cached single process included (it is a gateway process of the bench too).
  const oursRss = Math.max(...[...r.fair.rows, ...r.single.rows, ...r.cached.rows].flatMap((row) => row.measured.filter((m) => m.contender.startsWith('ours')).map((m) => m.rssMb)));

  return [
    '### Gateway',
    '',
    `Method: ${CONNECTIONS} connections from a separate autocannon process; each contender gets ${WARMUP_SECONDS} s of the mixed workloads first (excluded), then per workload ${RUNS} rounds of one ${SECONDS} s run per contender, round r starting at contender r mod n (rotated order, so none always meets the warmest subgraphs); figures are medians of the runs (RPS with min–max; latency percentiles the median of the runs'). Every response body is parsed: a non-2xx, a GraphQL \`errors\` entry or data of the wrong shape (e.g. a null root field, an empty page) counts as an error. Before any load, ${r.compared} answers (a sample of ≥ 20 bodies per workload, to every contender) were compared after normalising key order: all equal. Data: bundled Seoul data, fixtures and 1,200 generated policies on **${r.driver}**${r.driver === 'PGlite' ? ' (each process has its own embedded copy: single process vs distributed is not like with like there)' : ' (one database shared by every process)'}. Subgraphs: ${r.subgraphs.join(', ')}, one process each, shared by every distributed contender, started with every cache off (SEARCH_CACHE_ENTRIES=0, RESPONSE_CACHE_ENTRIES=0). Peak RSS is each process's high-water mark over the whole run.`,
    '',
    'Workloads: ' + r.workloads.map((w) => `**${w.name}** (${w.distinct}; parts: ${w.parts.map((p) => `${p.subgraph} ${p.label}`).join(', ')})`).join('; ') + '.',
    `Machine: ${machine()}`,
    '',
    ...section(r.fair, r, [...alone, ...ratios]),
    ...section(r.single, r, singleRatios),
    ...section(r.cached, r),
    'Contenders:',
    ...r.contenders.map((c) => `- **${c.name}**: ${c.config}`),
    '',
    'Goals (issue 22):',
    ...goals,
    `- peak RSS of our gateway processes ≤ 250 MB — ${fmt(oursRss)} MB ${oursRss <= 250 ? '(met)' : '(NOT met)'}`,
    '',
    'Notes:',
    ...r.notes.map((n) => `- ${n}`),
    ...(errors.length ? ['', '**Errors during the run (the figures above are not clean):**', ...errors] : []),
    '',
    `The whole benchmark took ${fmt(r.seconds)} s.`,
  ].join('\n');
}
