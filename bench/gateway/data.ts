import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed } from '../../crawlers/seed';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { openStore, type Store } from '../../store';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createDatabaseSql, quoteIdent, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { indexAll } from '../../subgraphs/search/indexer';
import { policies } from '../search/generate';

/**
 * The data every contender serves: the bundled Seoul data, the test
 * fixtures and (for the gateway bench) 1,200 generated policies (bench/search/generate.ts, fixed
 * seed) so the policy workload has ≥ 50 distinct pages, loaded and indexed
 * once. On PostgreSQL (DATABASE_URL, the default when set) all processes
 * share a fresh `dolbom_bench` database; otherwise each process gets its own
 * copy of a prepared PGlite directory (PGlite is single-process), so there
 * "single process" and "distributed" do not read the same database.
 */
export interface BenchData {
  /** Environment for a process that needs the database (name makes each PGlite copy distinct). */
  env(name: string): Record<string, string>;
  /** ≥ 1,000 childcare centres (the facility-detail workload). */
  facilityIds: string[];
  /** Words to build search queries from: names, 시군구, kinds. */
  vocabulary: { names: string[]; districts: string[]; dongs: string[] };
  driver: 'postgresql' | 'pglite';
  /** The bench database's URL (PostgreSQL only), for the calibration. */
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

export const GENERATED_POLICIES = 1200;
export const MIN_FACILITIES = 1000;

/** @param options.policies generated policies to add (the gateway bench: GENERATED_POLICIES; bench/cost: none) */
export async function prepareData(options: { policies?: number } = {}): Promise<BenchData> {
  const extra = options.policies ?? 0;
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = 'dolbom_bench';
    await withAdmin(url, async (admin) => {
      await admin.query(`drop database if exists ${quoteIdent(name)} with (force)`);
      await admin.query(createDatabaseSql(name));
    });
    const databaseUrl = withDatabase(url, name);
    const loaded = await load({ databaseUrl }, extra);
    return {
      env: () => ({ DATABASE_URL: databaseUrl }),
      ...loaded,
      driver: 'postgresql',
      databaseUrl,
      cleanup: () => withAdmin(url, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => undefined),
    };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dolbom-bench-'));
  const base = join(tmp, 'base');
  const loaded = await load({ dataDir: join(base, 'pglite') }, extra);
  return {
    env: (name) => {
      cpSync(base, join(tmp, name), { recursive: true });
      return { DATA_DIR: join(tmp, name) };
    },
    ...loaded,
    driver: 'pglite',
    cleanup: async () => rmSync(tmp, { recursive: true, force: true }),
  };
}

async function load(target: { databaseUrl?: string; dataDir?: string }, extra: number): Promise<Pick<BenchData, 'facilityIds' | 'vocabulary'>> {
  const store = await openStore(target);
  try {
    await loadSeed(store);
    await upsertRecords(store, FIXTURES);
    if (extra) await upsertRecords(store, [...policies(7, extra)]);
    await indexAll(store);
    return { facilityIds: await centres(store), vocabulary: await vocabulary(store) };
  } finally {
    await store.close();
  }
}

/** Childcare centres in a fixed but scattered order (md5 of the id), so no district dominates. */
async function centres(store: Store): Promise<string[]> {
  const { rows } = await store.query<{ id: string }>(
    "select id from catalog.record where subtype = 'CHILDCARE_CENTER' and status = 'ACTIVE' order by md5(id) limit 1500",
  );
  if (rows.length < MIN_FACILITIES) throw new Error(`the bench data has ${rows.length} childcare centres, fewer than ${MIN_FACILITIES}`);
  return rows.map((r) => r.id);
}

async function vocabulary(store: Store): Promise<BenchData['vocabulary']> {
  const names = await store.query<{ name: string }>("select name from catalog.record where kind = 'FACILITY' and status = 'ACTIVE' order by md5(id) limit 400");
  const districts = await store.query<{ sigungu: string }>("select distinct sigungu from catalog.record where kind = 'FACILITY' and sigungu is not null order by sigungu");
  // The 동 of an address ("… 화곡동 …"): the words parents type after the district.
  const dongs = await store.query<{ dong: string }>(
    "select distinct substring(address from '([가-힣]+[0-9]*동)[ ,]') as dong from catalog.record where kind = 'FACILITY' and address is not null order by 1 limit 300",
  );
  return { names: names.rows.map((r) => r.name), districts: districts.rows.map((r) => r.sigungu), dongs: dongs.rows.map((r) => r.dong).filter(Boolean) };
}
