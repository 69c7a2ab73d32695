import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordKind, SourceRecord, Stage } from '../../common/record';
import { loadSeed } from '../../crawlers/seed';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { openStore, type Store } from '../../store';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { openPgStore } from '../../store/pg-driver';
import { createDatabaseSql, quoteIdent, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { facilityListQuery, policyListQuery } from '../../subgraphs/catalog/filters';
import { countRecords, listRecordRefs, recordRefById } from '../../subgraphs/catalog/store';
import { recordsByIds } from '../../subgraphs/lifecycle/store';
import { machine } from '../machine';

/**
 * `npm run bench -- curation`: what laying curation over the crawled base
 * costs on the read paths every subgraph uses (catalog lists and counts,
 * lookups, the lifecycle entity batch), on a catalog of ~5,000 records with
 * 1% of them curated. The real subgraph code runs against three definitions
 * of catalog.effective_record: the crawled base alone (before curation),
 * one left join, and the two-branch view the hub ships (0015). PGlite always;
 * PostgreSQL too when DATABASE_URL is set.
 */
const TARGET_RECORDS = 5000;
const CURATED = 50;
/** Rounds of turns between the view definitions, and timed calls of each case per turn. */
const ROUNDS = 8;
const CALLS = 6;

const shipped = (() => {
  const sql = readFileSync(join(__dirname, '../../store/migrations/0015_effective_record.sql'), 'utf8');
  return sql.slice(sql.indexOf('create view catalog.effective_record as')).trim().replace(/;$/, '');
})();

const COLUMNS = `r.id, r.kind, r.subtype, r.name, r.stages, r.primary_stage, r.sido, r.sigungu, r.region_code, r.address, r.phone, r.lat, r.lng,
  r.geo_approx, r.special_care, r.capacity, r.enrolled, r.attrs, r.site_id, r.source_key, r.provenance, r.content_hash, r.status,
  r.miss_count, r.created_at, r.updated_at, r.withdrawn_at`;
const pick = (field: string, column: string) => `case when '${field}' = any (s.fields) then s.${column} else r.${column} end as ${column}`;

const VIEWS: Record<string, string> = {
  'crawled base only (before curation)': `create view catalog.effective_record as select ${COLUMNS}, true as published, null::text as merged_into, '{}'::text[] as curated_fields from catalog.record r`,
  'one left join': `create view catalog.effective_record as
    select r.id, r.kind, ${pick('kind', 'subtype')}, ${pick('name', 'name')}, ${pick('stages', 'stages')},
      ${pick('primaryStage', 'primary_stage')}, ${pick('region', 'sido')}, ${pick('region', 'sigungu')}, ${pick('region', 'region_code')}, ${pick('address', 'address')},
      ${pick('phone', 'phone')}, ${pick('location', 'lat')}, ${pick('location', 'lng')}, case when 'location' = any (s.fields) then false else r.geo_approx end as geo_approx,
      ${pick('specialCare', 'special_care')}, ${pick('capacity', 'capacity')}, ${pick('enrolled', 'enrolled')}, r.attrs || coalesce(s.attrs, '{}') as attrs,
      r.site_id, r.source_key, r.provenance, r.content_hash, r.status, r.miss_count, r.created_at, greatest(r.updated_at, s.updated_at) as updated_at, r.withdrawn_at,
      coalesce(s.published and s.merged_into is null, true) as published, s.merged_into, coalesce(s.fields, '{}') as curated_fields
    from catalog.record r left join curation.record_state s on s.record_id = r.id`,
  'two branches (shipped, 0015)': shipped,
};

/** Synthetic policies that bring the catalog to TARGET_RECORDS. */
function fillers(count: number): SourceRecord[] {
  const stages: Stage[] = ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'];
  return Array.from({ length: count }, (_, i) => ({
    kind: 'POLICY' as RecordKind,
    sourceKey: `P${i}`,
    subtype: 'POLICY',
    name: `벤치 지원정책 ${i}`,
    stages: [stages[i % 4]!],
    primaryStage: stages[i % 4]!,
    sido: '서울특별시',
    attrs: { summary: '벤치마크용 정책' },
    provenance: { siteId: 'bench', url: `http://bench.test/${i}`, fetchedAt: '2026-01-01T00:00:00.000Z', contentHash: String(i), adapter: 'bench@1' },
  }));
}

async function prepare(store: Store): Promise<void> {
  await loadSeed(store);
  await upsertRecords(store, FIXTURES);
  const { rows } = await store.query<{ n: number }>('select count(*)::int as n from catalog.record');
  if (rows[0]!.n < TARGET_RECORDS) await upsertRecords(store, fillers(TARGET_RECORDS - rows[0]!.n));
  // 1% curated: phones of 40 records, 시군구 of 10 (moved to 강서구, so the 강서구 filter must see them).
  await store.query(
    `insert into curation.override (record_id, field, value, base_value, set_by, reason)
     select id, 'phone', '"02-000-0000"', curation.base_value(r, 'phone'), 'bench', 'bench' from catalog.record r where kind = 'FACILITY' order by id limit $1`,
    [CURATED - 10],
  );
  await store.query(
    `insert into curation.override (record_id, field, value, base_value, set_by, reason)
     select id, 'region', '{"sido":"서울특별시","sigungu":"강서구","code":"11500"}', curation.base_value(r, 'region'), 'bench', 'bench'
     from catalog.record r where kind = 'FACILITY' and sigungu <> '강서구' order by id desc limit 10`,
  );
  await store.query('analyze');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Case = [label: string, fn: () => Promise<unknown>];

async function cases(store: Store): Promise<Case[]> {
  const ids = (await store.query<{ id: string }>(`select id from catalog.record where primary_stage = 'INFANT' and kind = 'FACILITY' order by md5(id) limit 20`)).rows.map((r) => r.id);
  const list = async (q: ReturnType<typeof facilityListQuery>) => Promise.all([countRecords(store, q), listRecordRefs(store, q)]);
  return [
    ['facilities, no filter (count + page)', () => list(facilityListQuery(null, 20, null))],
    ['facilities in 강서구 (count + page)', () => list(facilityListQuery({ region: { sido: '서울', sigungu: '강서구' } }, 20, null))],
    ['facilities of kind KINDERGARTEN (count + page)', () => list(facilityListQuery({ kinds: ['KINDERGARTEN'] }, 20, null))],
    ['facilities with NIGHT care (count + page)', () => list(facilityListQuery({ specialCare: ['NIGHT'] }, 20, null))],
    ['policies of stage ELEMENTARY (count + page)', () => list(policyListQuery({ stages: ['ELEMENTARY'] }, 20, null))],
    ['facility(id)', () => recordRefById(store, 'FACILITY', ids[0]!)],
    ['entity batch of 20 ids (lifecycle)', () => recordsByIds(store, 'INFANT', ids)],
  ];
}

/** Does the 시군구 filter use catalog.record's index under this view? */
async function usesRegionIndex(store: Store): Promise<boolean> {
  const { rows } = await store.query<Record<string, unknown>>(
    `explain (format json) select count(*) from catalog.effective_record where kind = 'FACILITY' and status = 'ACTIVE' and published and sido = '서울특별시' and sigungu = '강서구'`,
  );
  return JSON.stringify(rows).includes('record_region_idx');
}

interface Outcome {
  index: boolean;
  /** Median ms per case, in case order. */
  ms: number[];
}

/**
 * The machine is shared: the view definitions take turns in ROUNDS rounds
 * (a few calls of every case each), so a noisy minute weighs on all of them
 * alike; each figure is the median over all rounds.
 */
async function compare(store: Store, progress: (m: string) => void): Promise<{ labels: string[]; outcomes: Map<string, Outcome> }> {
  const list = await cases(store);
  const samples = new Map(Object.keys(VIEWS).map((name) => [name, list.map(() => [] as number[])]));
  const index = new Map<string, boolean>();
  for (let round = 0; round < ROUNDS; round++) {
    progress(`  round ${round + 1}/${ROUNDS}`);
    for (const [name, ddl] of Object.entries(VIEWS)) {
      await store.query('drop view catalog.effective_record');
      await store.query(ddl);
      index.set(name, await usesRegionIndex(store));
      for (const [i, [, fn]] of list.entries()) {
        await fn();
        for (let k = 0; k < CALLS; k++) {
          const t = performance.now();
          await fn();
          samples.get(name)![i]!.push(performance.now() - t);
        }
      }
    }
  }
  await store.query('drop view catalog.effective_record');
  await store.query(shipped);
  return {
    labels: list.map(([label]) => label),
    outcomes: new Map([...samples].map(([name, s]) => [name, { index: index.get(name)!, ms: s.map(median) }])),
  };
}

function table(driver: string, { labels, outcomes }: Awaited<ReturnType<typeof compare>>): string {
  const names = [...outcomes.keys()];
  const rows = labels.map((label, i) => `| ${label} | ${names.map((n) => outcomes.get(n)!.ms[i]!.toFixed(2)).join(' | ')} |`);
  const index = `| 시군구 filter served by record_region_idx | ${names.map((n) => (outcomes.get(n)!.index ? 'yes' : 'no (seq scan)')).join(' | ')} |`;
  return [`**${driver}**, median ms per call (round trip included)`, '', `| read path | ${names.join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`, ...rows, index].join('\n');
}

export async function run(progress: (message: string) => void): Promise<string> {
  const tables: string[] = [];
  progress('PGlite: loading ~5,000 records');
  const lite = await openStore({});
  try {
    await prepare(lite);
    tables.push(table('PGlite', await compare(lite, progress)));
  } finally {
    await lite.close();
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `dolbom_bench_curation_${process.pid}`;
    await withAdmin(url, (admin) => admin.query(createDatabaseSql(name)));
    const pg = await openPgStore({ connectionString: withDatabase(url, name), max: 2 });
    try {
      const { migrate } = await import('../../store');
      await migrate(pg);
      progress('PostgreSQL: loading ~5,000 records');
      await prepare(pg);
      tables.push(table('PostgreSQL', await compare(pg, progress)));
    } finally {
      await pg.close();
      await withAdmin(url, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`));
    }
  }
  return [
    `Read paths over catalog.effective_record, ${TARGET_RECORDS.toLocaleString('en')} records, ${CURATED} curated (40 phones, 10 moved to 강서구).`,
    `The real catalog and lifecycle store functions run against each view definition, taking turns over ${ROUNDS} rounds; each figure is the median of ${ROUNDS * CALLS} calls.`,
    '',
    ...tables.flatMap((t) => [t, '']),
    `Machine: ${machine()}.`,
  ].join('\n');
}
