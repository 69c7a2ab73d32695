import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed } from '../../crawlers/seed';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { openStore } from '../../store';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createDatabaseSql, quoteIdent, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { indexAll } from '../../subgraphs/search/indexer';

/**
 * The data every contender serves: the bundled Seoul data plus a few
 * policies, loaded and indexed once. On PostgreSQL (DATABASE_URL) all
 * processes share a fresh `dolbom_bench` database; otherwise each process gets
 * its own copy of a prepared PGlite directory (PGlite is single-process).
 */
export interface BenchData {
  /** Environment for a process that needs the database (name makes each PGlite copy distinct). */
  env(name: string): Record<string, string>;
  facilityIds: string[];
  driver: 'postgresql' | 'pglite';
  cleanup(): Promise<void>;
}

export async function prepareData(): Promise<BenchData> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = 'dolbom_bench';
    await withAdmin(url, async (admin) => {
      await admin.query(`drop database if exists ${quoteIdent(name)} with (force)`);
      await admin.query(createDatabaseSql(name));
    });
    const databaseUrl = withDatabase(url, name);
    const ids = await load({ databaseUrl });
    return {
      env: () => ({ DATABASE_URL: databaseUrl }),
      facilityIds: ids,
      driver: 'postgresql',
      cleanup: () => withAdmin(url, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => undefined),
    };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dolbom-bench-'));
  const base = join(tmp, 'base');
  const ids = await load({ dataDir: join(base, 'pglite') });
  return {
    env: (name) => {
      cpSync(base, join(tmp, name), { recursive: true });
      return { DATA_DIR: join(tmp, name) };
    },
    facilityIds: ids,
    driver: 'pglite',
    cleanup: async () => rmSync(tmp, { recursive: true, force: true }),
  };
}

async function load(target: { databaseUrl?: string; dataDir?: string }): Promise<string[]> {
  const store = await openStore(target);
  try {
    await loadSeed(store);
    await upsertRecords(store, FIXTURES);
    await indexAll(store);
    const { rows } = await store.query<{ id: string }>(
      "select id from catalog.record where subtype = 'CHILDCARE_CENTER' and sigungu = '강서구' order by id limit 100",
    );
    return rows.map((r) => r.id);
  } finally {
    await store.close();
  }
}
