import { loadConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { startHub } from '../../gateway/app';
import { queryLimitsFrom, type QueryLimits } from '../../gateway/plugins/use-query-limits';
import { PROGRAM_FIXTURES } from '../../gateway/testing/program-fixtures';
import { openStore } from '../../store';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { prepareData } from '../gateway/data';
import { machine } from '../machine';
import { apiSchema, setDataSize, worstShapes } from './shapes';

/**
 * `npm run bench -- cost` (issue 21: cost limits calibrated against measured
 * time): the worst operations the limits admit (bench/cost/shapes.ts), each
 * grown to the edge of the limits, timed through our gateway in one process
 * with the response cache off, on the gateway benchmark's data (the bundled
 * Seoul open data, indexed). Every round reads other pages and other search
 * words, so no cache answers it. The goal: none over 1 s. Set
 * BENCH_COST_LIMITS=50000,8000 to time the shapes of several cost limits in
 * one run (the default: the configured GRAPHQL_MAX_COST only).
 */
const ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 5);
const GOAL_MS = 1000;

interface Row {
  limit: number;
  family: string;
  shape: string;
  cost: number;
  ms: number[];
  rows: number;
  errors: number;
}

export async function run(progress: (m: string) => void): Promise<string> {
  const started = performance.now();
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', LOG_LEVEL: 'silent', RESPONSE_CACHE_ENTRIES: '0' });
  const configured = queryLimitsFrom(config);
  const costs = (process.env.BENCH_COST_LIMITS ?? String(configured.maxCost)).split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n >= 10);
  progress('preparing data…');
  const data = await prepareData();
  const env = data.env('cost');
  const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: `${env.DATA_DIR}/pglite` });
  // Programmes with their providers, so the programme shapes read rows (the gateway data has policies and facilities only).
  await upsertRecords(store, PROGRAM_FIXTURES);
  // The hub admits anything here: the bench times what each limit would let through.
  const hub = await startHub({ ...config, GRAPHQL_MAX_COST: 10_000_000, GRAPHQL_MAX_ALIASES: 1000, GRAPHQL_MAX_DEPTH: 100 }, { logger: createLogger('silent'), store });
  const rows: Row[] = [];
  try {
    await hub.ready;
    const schema = apiSchema();
    const sizes = (await (await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ facilities(first: 1) { totalCount } policies(first: 1) { totalCount } programs(first: 1) { totalCount } }' }) })).json()) as { data: Record<'facilities' | 'policies' | 'programs', { totalCount: number }> };
    setDataSize({ facilities: sizes.data.facilities.totalCount, policies: sizes.data.policies.totalCount, programs: sizes.data.programs.totalCount });
    progress(`data: ${sizes.data.facilities.totalCount} facilities, ${sizes.data.policies.totalCount} policies, ${sizes.data.programs.totalCount} programmes`);
    const post = async (query: string): Promise<{ ms: number; rows: number; errors: number }> => {
      const t = performance.now();
      const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const text = await res.text();
      const ms = performance.now() - t;
      const body = JSON.parse(text) as { data?: Record<string, { edges?: unknown[] }>; errors?: unknown[] };
      const count = Object.values(body.data ?? {}).reduce((n, v) => n + (v?.edges?.length ?? 0), 0);
      return { ms, rows: count, errors: res.status !== 200 ? 1 : (body.errors?.length ?? 0) };
    };
    for (const maxCost of costs) {
      const limits: QueryLimits = { ...configured, maxCost };
      for (const shape of worstShapes(schema, limits)) {
        progress(`limit ${maxCost}: ${shape.family} (${shape.aliases} × first ${shape.first}, cost ${shape.measure.cost})`);
        await post(shape.query(0)); // warm-up: plans and prepared statements, not data
        const row: Row = { limit: maxCost, family: shape.family, shape: `${shape.aliases} × first ${shape.first} (${shape.what.match(/\((most [a-z]+)\)$/)?.[1] ?? ""})`, cost: shape.measure.cost, ms: [], rows: 0, errors: 0 };
        for (let round = 1; round <= ROUNDS; round++) {
          const r = await post(shape.query(round));
          row.ms.push(r.ms);
          row.rows = Math.max(row.rows, r.rows);
          row.errors += r.errors;
        }
        rows.push(row);
      }
    }
  } finally {
    await hub.close();
    await store.close();
    await data.cleanup();
  }
  return table(rows, configured, data.driver, (performance.now() - started) / 1000);
}

function table(rows: Row[], configured: QueryLimits, driver: string, seconds: number): string {
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const lines = [
    `Worst operations the query limits admit, timed through our gateway (one process, response cache off, ${driver}), ${ROUNDS} rounds each over other pages / words after one warm-up. Limits: depth ${configured.maxDepth}, aliases ${configured.maxAliases}; cost as in the first column. Goal: every admitted operation under ${GOAL_MS} ms.`,
    '',
    '| cost limit | family | shape | cost | rows | median ms | max ms | errors | goal |',
    '|---:|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const s = sorted(r.ms);
    const max = s[s.length - 1]!;
    lines.push(`| ${r.limit.toLocaleString('en')} | ${r.family} | ${r.shape} | ${r.cost.toLocaleString('en')} | ${r.rows} | ${s[Math.floor(s.length / 2)]!.toFixed(0)} | ${max.toFixed(0)} | ${r.errors} | ${max < GOAL_MS && r.errors === 0 ? 'met' : 'not met'} |`);
  }
  lines.push('', `Machine: ${machine()}. Data: the bundled Seoul open data plus the test fixtures and programme fixtures (bench/gateway/data.ts). Whole run ${seconds.toFixed(0)} s.`);
  return lines.join('\n');
}
