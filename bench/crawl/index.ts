import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSites } from '../../crawlers/crawl-all';
import { loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { SIM_SITES } from '../../simulator/site-list';
import { openStore } from '../../store';
import { machine } from '../machine';

/**
 * `npm run bench -- crawl`: a full crawl of all 30 simulated sites with
 * politeness off into a fresh database, then an incremental re-crawl with
 * nothing changed (conditional GET + content-hash skip). The simulator runs
 * as a second process. Figures are the median of BENCH_ROUNDS rounds
 * (default 3) with min–max. Goal (issue 3): ≥ 200 pages/s full on 2 cores;
 * incremental ≥ 10× faster than full.
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
  const incr = { seconds: [] as number[], parsed: [] as number[], written: [] as number[], speedup: [] as number[] };
  const driver = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)';
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
        started = Date.now();
        const again = await crawlSites(db, sites, { politeness: false, workers: 2, batchSize: 16, parallelSites: 8 });
        const incrSeconds = (Date.now() - started) / 1000;
        incr.seconds.push(incrSeconds);
        incr.parsed.push(again.reduce((n, r) => n + r.parsed, 0));
        incr.written.push(again.reduce((n, r) => n + r.recordsWritten, 0));
        incr.speedup.push(fullSeconds / incrSeconds);
        const slowest = (rs: typeof first) => [...rs].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3).map((r) => `${r.siteId} ${(r.durationMs / 1000).toFixed(1)} s`).join(', ');
        progress(`  round ${round}: full ${pages} pages in ${fullSeconds.toFixed(1)} s (slowest: ${slowest(first)}), incremental ${incrSeconds.toFixed(1)} s (slowest: ${slowest(again)})`);
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
    `Workload: all 30 simulated sites (seed 42, tick 0; simulator in a second process), politeness off, 8 sites at a time, 2 workers claiming 16 requests each and up to 8 in flight per site, store ${driver}. Median of ${ROUNDS} rounds (min–max).`,
    '',
    '| figure | value | goal |',
    '|---|---:|---|',
    `| full crawl: pages | ${fmt(full.pages, 0)} | |`,
    `| full crawl: time (s) | ${fmt(full.seconds)} | |`,
    `| full crawl: pages/s | ${fmt(full.pps)} | ≥ 200 |`,
    `| full crawl: MB/s | ${fmt(full.mbps, 2)} | |`,
    `| incremental re-crawl (nothing changed): time (s) | ${fmt(incr.seconds)} | |`,
    `| incremental: pages parsed | ${fmt(incr.parsed, 0)} | |`,
    `| incremental: records written | ${fmt(incr.written, 0)} | 0 |`,
    `| incremental speed-up (full ÷ incremental) | ${fmt(incr.speedup)}× | ≥ 10× |`,
  ].join('\n');
}
