import { openStore, type Store } from '../../store';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createDatabaseSql, quoteIdent, templateName, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { indexAll } from '../../subgraphs/search/indexer';
import { facilities, GENERATOR_VERSION, policies } from './generate';

export const FACILITIES = Number(process.env.BENCH_SEARCH_FACILITIES ?? 100_000);
export const POLICIES = Number(process.env.BENCH_SEARCH_POLICIES ?? 20_000);
const SEED = 42;
/** Records handed to one upsert call (it batches its statements itself). */
const CHUNK = 5000;

/**
 * The benchmark's own PostgreSQL database (never a test database): generated,
 * loaded through the normal ingest path (upsertRecords) and indexed once,
 * then reused by later runs while its marker — generator version, sizes and
 * the migration set — still matches. A stale or half-loaded database has no
 * marker and is rebuilt.
 */
export interface Dataset {
  databaseUrl: string;
  name: string;
  facilities: number;
  policies: number;
  indexed: number;
  /** Seconds spent generating, loading and indexing in this run (0 when reused). */
  builtSeconds: number;
}

export async function prepareDataset(adminUrl: string, progress: (m: string) => void): Promise<Dataset> {
  const name = process.env.BENCH_SEARCH_DATABASE ?? 'dolbom_bench_search';
  const marker = `bench-search v${GENERATOR_VERSION} seed ${SEED} ${FACILITIES}+${POLICIES} ${templateName()}`;
  const databaseUrl = withDatabase(adminUrl, name);
  const current = await withAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ comment: string | null }>('select shobj_description(oid, $2) as comment from pg_database where datname = $1', [name, 'pg_database']);
    return rows[0] ? (rows[0].comment ?? '') : null;
  });
  if (current === marker) {
    const store = await openStore({ databaseUrl, migrate: false });
    try {
      const { rows } = await store.query<{ n: number }>('select count(*)::int as n from search.document');
      progress(`reusing ${name} (${rows[0]!.n} documents; marker matches)`);
      return { databaseUrl, name, facilities: FACILITIES, policies: POLICIES, indexed: rows[0]!.n, builtSeconds: 0 };
    } finally {
      await store.close();
    }
  }
  const started = performance.now();
  await withAdmin(adminUrl, async (admin) => {
    await admin.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    await admin.query(createDatabaseSql(name));
  });
  const store = await openStore({ databaseUrl });
  try {
    await load(store, progress);
    progress('indexing…');
    const indexed = await indexAll(store);
    await store.query('analyze');
    // The marker goes on last: an interrupted build leaves none and is rebuilt next time.
    await withAdmin(adminUrl, (admin) => admin.query(`comment on database ${quoteIdent(name)} is '${marker.replace(/'/g, "''")}'`));
    const builtSeconds = (performance.now() - started) / 1000;
    progress(`built ${name}: ${indexed} documents in ${builtSeconds.toFixed(0)} s`);
    return { databaseUrl, name, facilities: FACILITIES, policies: POLICIES, indexed, builtSeconds };
  } finally {
    await store.close();
  }
}

async function load(store: Store, progress: (m: string) => void): Promise<void> {
  let done = 0;
  for (const source of [facilities(SEED, FACILITIES), policies(SEED, POLICIES)]) {
    let chunk = [];
    for (const record of source) {
      chunk.push(record);
      if (chunk.length === CHUNK) {
        await upsertRecords(store, chunk);
        done += chunk.length;
        chunk = [];
        progress(`  loaded ${done} records`);
      }
    }
    if (chunk.length) await upsertRecords(store, chunk);
    done += chunk.length;
  }
}
