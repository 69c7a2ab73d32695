import { loadConfig } from '../common/config';
import { configuredStore, embeddedDataDir } from '../store';
import { groupUngroupedPolicies } from '../store/catalog/policy-groups';
import { listSourceRecords } from '../store/catalog/source-records';
import { checkReport, checkSites } from './check';
import { crawlSites, summaryTable } from './crawl-all';
import { loadRegistry, withBaseUrls } from './sites';

/**
 * `npm run crawl -- --site <id> [--site <id2>] | --all [--target simulator|production] [--no-politeness] [--seed 42 --tick 0]`
 * `npm run crawl -- --check [<id>] …`: validate registry entries and configs, no request (exit 1 on a mistake)
 * `npm run crawl -- --dump <id> [--limit N]`: print what the store holds for a site, one JSON line per record
 *
 * Crawls into the store named by DATABASE_URL / DATA_DIR. With the default
 * target `simulator`, the thirty simulated sites are started in-process on
 * loopback first. Prints progress on stderr and a summary table on stdout;
 * exits 1 when any site failed or was only partly crawled.
 *
 * The entry point is scripts/crawl.ts: it passes the simulator in, so this file (shipped with the
 * production crawler) never imports the simulated world.
 */

/** The simulated sites a `--target simulator` crawl runs against, started on loopback for the crawl. */
export interface SimulatedSites {
  readonly sites: readonly { id: string; baseUrl: string }[];
  close(): Promise<void>;
}

/** Starts the simulated twins of `only` at (seed, tick); scripts/crawl.ts passes the simulator's. */
export type StartSimulatedSites = (options: { seed: number; tick: number; only: string[] }) => Promise<SimulatedSites>;

function usage(message?: string, code = 2): never {
  if (message) console.error(`오류 / error: ${message}`);
  const print = code === 0 ? console.log : console.error;
  print('사용법 / usage: npm run crawl -- (--all | --site <id> ...) [--target simulator|production] [--base-url <site>=<url>] [--no-politeness] [--seed N] [--tick N]');
  print('              npm run crawl -- --check [<id>] ...      (설정 검사, 요청 없음 / validate configs, no request)');
  print('              npm run crawl -- --dump <id> [--limit N] (저장된 레코드 / the stored records, JSON lines)');
  process.exit(code);
}

export async function crawlCli(args: readonly string[], startSimulatedSites: StartSimulatedSites): Promise<void> {
  const ids: string[] = [];
  let all = false;
  let target = 'simulator';
  let politeness = true;
  let seed = 42;
  let tick = 0;
  const baseUrls: Record<string, string> = {};
  let check = false;
  let dump: string | null = null;
  let limit = 1000;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => args[++i] ?? usage(`${a} needs a value`);
    if (a === '--all') all = true;
    else if (a === '--site') ids.push(value());
    else if (a === '--target') target = value();
    else if (a === '--no-politeness') politeness = false;
    else if (a === '--base-url') {
      const [id, url] = value().split('=');
      if (!id || !url) usage('--base-url needs <site>=<url>');
      baseUrls[id] = url;
    }
    else if (a === '--seed') seed = Number(value());
    else if (a === '--tick') tick = Number(value());
    else if (a === '--check') {
      check = true;
      while (args[i + 1] && !args[i + 1]!.startsWith('--')) ids.push(args[++i]!);
    } else if (a === '--dump') dump = value();
    else if (a === '--limit') limit = Number(value());
    else if (a === '--help' || a === '-h') usage(undefined, 0);
    else usage(`unknown argument ${a}`);
  }
  if (check) {
    const registry = loadRegistry();
    const unknownIds = ids.filter((id) => !registry.some((s) => s.id === id));
    if (unknownIds.length) usage(`알 수 없는 사이트 / unknown site: ${unknownIds.join(', ')} (see crawlers/sites/registry.json)`);
    const results = checkSites(ids.length ? registry.filter((s) => ids.includes(s.id)) : registry);
    console.log(checkReport(results));
    process.exitCode = results.every((r) => r.ok) ? 0 : 1;
    return;
  }
  if (dump) {
    if (!Number.isInteger(limit) || limit < 1) usage('--limit must be a positive integer');
    const config = loadConfig(process.env);
    const store = await configuredStore(config);
    try {
      for (const r of await listSourceRecords(store, dump, limit)) console.log(JSON.stringify({ sourceKey: r.sourceKey, status: r.status, missCount: r.missCount, id: r.recordId, ...r.content, url: r.provenance.url }));
    } finally {
      await store.close();
    }
    return;
  }
  if (!all && ids.length === 0) usage('--all 또는 --site가 필요합니다 / --all or --site is required');
  if (target !== 'simulator' && target !== 'production') usage('--target은 simulator 또는 production / --target must be simulator or production');
  if (!Number.isInteger(seed) || !Number.isInteger(tick) || tick < 0) usage('--seed and --tick must be integers');

  const registry = loadRegistry();
  const unknown = ids.filter((id) => !registry.some((s) => s.id === id));
  if (unknown.length) usage(`알 수 없는 사이트 / unknown site: ${unknown.join(', ')} (see crawlers/sites/registry.json)`);
  let sites = all ? registry : registry.filter((s) => ids.includes(s.id));

  const config = loadConfig(process.env);
  let simulator: SimulatedSites | null = null;
  const simulated = sites.filter((s) => !baseUrls[s.id]);
  sites = withBaseUrls(sites, baseUrls);
  if (target === 'simulator' && simulated.length) {
    simulator = await startSimulatedSites({ seed, tick, only: simulated.map((s) => s.id) });
    sites = withBaseUrls(sites, Object.fromEntries(simulator.sites.map((s) => [s.id, s.baseUrl])));
    // Loopback twins of far-away sites: short gaps are polite enough.
    sites = sites.map((s) => ({ ...s, fetch: { delayMs: 50, ...s.fetch } }));
  }
  const store = await configuredStore(config);
  const started = Date.now();
  try {
    console.error(`수집 시작 / crawling ${sites.length} site(s) → ${config.DATABASE_URL ? 'PostgreSQL' : `PGlite ${embeddedDataDir(config.dataDir)}`}`);
    // A database crawled before policies were grouped: its unchanged sources would never be regrouped by the crawl.
    const grouped = await store.transaction((tx) => groupUngroupedPolicies(tx));
    if (grouped) console.error(`  정책 중복 정리 / grouped ${grouped} policy sources of an older crawl`);
    let lastPrint = 0;
    const results = await crawlSites(store, sites, {
      politeness,
      onProgress: (p) => {
        if (Date.now() - lastPrint < 1000) return;
        lastPrint = Date.now();
        console.error(`  … ${p.siteId}: ${p.done} done, ${p.queued} queued${p.errors ? `, ${p.errors} failed` : ''}`);
      },
      onSiteDone: (s) => console.error(`  ✓ ${s.siteId}: ${s.status} (${s.pages} pages, ${s.records} records, ${s.durationMs} ms)`),
    });
    console.log(summaryTable(results));
    console.error(`완료 / done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exitCode = results.every((r) => r.status === 'succeeded') ? 0 : 1;
  } finally {
    await store.close();
    await simulator?.close();
  }
}
