import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSites } from '../../crawlers/crawl-all';
import { loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { SIM_SITES } from '../../simulator/site-list';
import { openStore } from '../../store';
import { calibrate } from '../gateway/calibrate';
import { calibrationLine } from '../gateway/table';
import { freePort, machine } from '../machine';

/**
 * `npm run bench -- crawl`: a full crawl of all 30 simulated sites with
 * politeness off into a fresh database, then two incremental re-crawls with
 * nothing changed: inside the revisit window (the default: detail pages
 * linked from an unchanged list page and fetched less than 30 minutes ago
 * are trusted without a request) and with revisit 0 (every page asked again:
 * conditional GET, then the content-hash skip). Each says what it skipped.
 * The simulator runs as a second process. Figures are the median of
 * BENCH_ROUNDS rounds (default 3) with min–max. Goals: ≥ 200 pages/s full on
 * 2 cores on PGlite and ≥ 300 on PostgreSQL (issues 3 and 22); incremental
 * ≥ 10× faster than full. The machine calibration of bench/gateway is
 * measured first, in the same run, so tables of different days compare.
 */
const ROUNDS = Math.max(1, Math.min(10, Number(process.env.BENCH_ROUNDS ?? 3)));
const BASE_PORT = 18_100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

export async function run(progress: (m: string) => void): Promise<string> {
  const sim = spawn(process.execPath, ['--require', 'tsx/cjs', 'simulator/cli.ts', '--port', String(BASE_PORT)], { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    sim.stdout!.on('data', (d: Buffer) => d.toString().includes('advance time') && resolve());
    sim.on('exit', (code) => reject(new Error(`simulator exited (${code})`)));
  });
  const urls = Object.fromEntries(SIM_SITES.map((s, i) => [s.id, `http://127.0.0.1:${BASE_PORT + i}`]));
  const sites = withBaseUrls(loadRegistry(), urls).map((s) => ({ ...s, fetch: { ...s.fetch, concurrency: s.fetch?.concurrency ?? 8 } }));
  const full = { pages: [] as number[], pps: [] as number[], mbps: [] as number[], seconds: [] as number[] };
  const incremental = () => ({ seconds: [] as number[], requests: [] as number[], notModified: [] as number[], unchanged: [] as number[], trusted: [] as number[], parsed: [] as number[], written: [] as number[], speedup: [] as number[] });
  const incr = incremental();
  const revisit0 = incremental();
  // Revisit 0: no page trusted without a request (as sites whose details change without their lists are configured).
  const everyPage = sites.map((s) => ({ ...s, fetch: { ...s.fetch, revisitAfterMs: 0 } }));
  const driver = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)';
  const goalPps = process.env.DATABASE_URL ? 300 : 200;
  progress('calibration…');
  const calibration = await calibrate(await freePort(), process.env.DATABASE_URL, []);
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'dolbom-bench-crawl-'));
      const db = await openStore(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dir });
      try {
        if (process.env.DATABASE_URL) await db.query(`truncate ingest.crawl_run, ingest.document, catalog.source_record, catalog.record cascade`);
        let started = Date.now();
        const first = await crawlSites(db, sites, { politeness: false, workers: 2, batchSize: 16, parallelSites: 8 });
        const fullSeconds = (Date.now() - started) / 1000;
        const pages = first.reduce((n, r) => n + r.pages, 0);
        const bytes = first.reduce((n, r) => n + r.bytes, 0);
        const failed = first.filter((r) => r.status !== 'succeeded').map((r) => r.siteId);
        if (failed.length) progress(`  ⚠ round ${round}: not succeeded: ${failed.join(', ')}`);
        full.pages.push(pages);
        full.seconds.push(fullSeconds);
        full.pps.push(pages / fullSeconds);
        full.mbps.push(bytes / 1024 / 1024 / fullSeconds);
        const recrawl = async (into: typeof incr, configs: typeof sites) => {
          const t = Date.now();
          const runs = await crawlSites(db, configs, { politeness: false, workers: 2, batchSize: 16, parallelSites: 8 });
          const seconds = (Date.now() - t) / 1000;
          const sum = (f: (r: (typeof runs)[number]) => number) => runs.reduce((n, r) => n + f(r), 0);
          into.seconds.push(seconds);
          into.requests.push(sum((r) => r.pages));
          into.notModified.push(sum((r) => r.notModified));
          into.unchanged.push(sum((r) => r.unchanged));
          into.trusted.push(sum((r) => r.trusted));
          into.parsed.push(sum((r) => r.parsed));
          into.written.push(sum((r) => r.recordsWritten));
          into.speedup.push(fullSeconds / seconds);
          return { runs, seconds };
        };
        const { runs: again, seconds: incrSeconds } = await recrawl(incr, sites);
        const { seconds: revisit0Seconds } = await recrawl(revisit0, everyPage);
        const slowest = (rs: typeof first) => [...rs].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3).map((r) => `${r.siteId} ${(r.durationMs / 1000).toFixed(1)} s`).join(', ');
        progress(`  round ${round}: full ${pages} pages in ${fullSeconds.toFixed(1)} s (slowest: ${slowest(first)}), incremental ${incrSeconds.toFixed(1)} s (slowest: ${slowest(again)}), revisit 0 ${revisit0Seconds.toFixed(1)} s`);
      } finally {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    sim.kill('SIGTERM');
  }
  return [
    `### Crawl (issue 3) — ${machine()}`,
    '',
    `Workload: all 30 simulated sites (seed 42, tick 0; simulator in a second process), politeness off, 8 sites at a time, 2 workers claiming 16 requests each and up to 8 in flight per site, store ${driver}. Then, with nothing changed, an incremental re-crawl inside the revisit window (detail pages linked from an unchanged list and fetched < 30 min ago are trusted without a request) and one with revisit 0 (every page requested again: conditional GET, then content-hash skip). Median of ${ROUNDS} rounds (min–max).`,
    calibrationLine(calibration),
    '',
    '| figure | value | goal |',
    '|---|---:|---|',
    `| full crawl: pages | ${fmt(full.pages, 0)} | |`,
    `| full crawl: time (s) | ${fmt(full.seconds)} | |`,
    `| full crawl: pages/s | ${fmt(full.pps)} | ≥ ${goalPps} on ${driver}: ${median(full.pps) >= goalPps ? 'met' : 'NOT met'} |`,
    `| full crawl: MB/s | ${fmt(full.mbps, 2)} | |`,
    ...(['inside the revisit window (default)', 'revisit 0 (every page asked again)'] as const).flatMap((label, i) => {
      const r = i === 0 ? incr : revisit0;
      return [
        `| incremental, ${label}: time (s) | ${fmt(r.seconds)} | |`,
        `| … responses (200 or 304) | ${fmt(r.requests, 0)} | |`,
        `| … skipped: 304 Not Modified | ${fmt(r.notModified, 0)} | |`,
        `| … skipped: 200 with identical bytes (content hash) | ${fmt(r.unchanged, 0)} | |`,
        `| … skipped: detail pages trusted without a request | ${fmt(r.trusted, 0)} | ${i === 0 ? '' : '0'} |`,
        `| … pages parsed | ${fmt(r.parsed, 0)} | |`,
        `| … records written | ${fmt(r.written, 0)} | 0 |`,
        `| … speed-up (full ÷ this) | ${fmt(r.speedup)}× | ${i === 0 ? '≥ 10×' : ''} |`,
      ];
    }),
  ].join('\n');
}
