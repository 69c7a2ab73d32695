import { graphql, parse, validate, type DocumentNode } from 'graphql';
import { CENTER_TYPES, SPECIAL_CARE } from '../../common/record';
import { SIDO } from '../../common/regions';
import { migrate } from '../../store';
import { openPgStore } from '../../store/pg-driver';
import { createDatabaseSql, quoteIdent, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { createSubgraph } from '../../subgraphs/stats/server';
import { CELL_VALUE, SUM_CELLS } from '../../subgraphs/stats/snapshot-writer';
import { machine, percentile } from '../machine';

/**
 * `npm run bench -- stats` (issue 20): a year of daily history for 50,000
 * facilities generated straight into a fresh PostgreSQL database (the
 * writer's tables and layout, values varying by day), the day cells built
 * from it as the writer builds them, then the ten most used statistics
 * queries through the stats subgraph in-process, and the size on disk.
 * Needs DATABASE_URL.
 */
const FACILITIES = 50_000;
const DAYS = 365;
const FIRST_DAY = '2025-01-01';
const LAST_DAY = '2025-12-31';
const REPEATS = 20;

const QUERIES: { label: string; variables: Record<string, unknown> }[] = [
  { label: '서울 free seats, daily, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'DAY' }, filter: { region: { sido: '서울' } } } },
  { label: '강서구 free seats, daily, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'DAY' }, filter: { region: { sido: '서울', sigungu: '강서구' } } } },
  { label: '서울 by 시군구, monthly, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'MONTH' }, filter: { region: { sido: '서울' } }, groupBy: ['SIGUNGU'] } },
  { label: 'nationwide by 시도, monthly, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'MONTH' }, groupBy: ['SIDO'] } },
  { label: 'nationwide by kind, weekly, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'WEEK' }, groupBy: ['KIND'] } },
  { label: '서울 어린이집 by centre type, monthly', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'MONTH' }, filter: { region: { sido: '서울' }, kinds: ['CHILDCARE_CENTER'] }, groupBy: ['CENTER_TYPE'] } },
  { label: '야간연장 centres, daily, 90 days', variables: { range: { from: '2025-10-03', to: LAST_DAY, granularity: 'DAY' }, filter: { specialCare: ['NIGHT'] } } },
  { label: 'by special care, monthly, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'MONTH' }, groupBy: ['SPECIAL_CARE'] } },
  { label: '강서구 by centre type, daily, 30 days', variables: { range: { from: '2025-12-02', to: LAST_DAY, granularity: 'DAY' }, filter: { region: { sido: '서울', sigungu: '강서구' } }, groupBy: ['CENTER_TYPE'] } },
  { label: 'nationwide 국공립, weekly, a year', variables: { range: { from: FIRST_DAY, to: LAST_DAY, granularity: 'WEEK' }, filter: { centerTypes: ['NATIONAL_PUBLIC'] } } },
];

const QUERY = `query($range: StatsRangeInput!, $filter: FacilityStatsFilter, $groupBy: [FacilityStatsGroup!]) {
  facilityStats(range: $range, filter: $filter, groupBy: $groupBy) { group { sido sigungu kind centerType specialCare }
    points { period day facilities capacity enrolled { value suppressed } freeSeats { value suppressed } occupancy { value } waiting { value }
             ageClasses { age capacity freeSeats { value suppressed } } } } }`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export async function run(progress: (message: string) => void): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('bench stats needs DATABASE_URL (PostgreSQL)');
  const name = `dolbom_bench_stats_${process.pid}_${Date.now()}`;
  await withAdmin(url, (admin) => admin.query(createDatabaseSql(name)));
  // A bulk build: its month-sized inserts run past the hub's 30 s statement timeout (the timed queries stay far below it).
  const store = await openPgStore({ connectionString: withDatabase(url, name), max: 4, statementTimeoutMs: 0 });
  try {
    await migrate(store);
    // Regions: every 시군구 of the country, Seoul weighted as it is (about a sixth of the centres).
    const regions = SIDO.flatMap((s) => s.sigungu.map((g) => [s.name, g.name] as const));
    const seoul = regions.filter(([s]) => s === '서울특별시');
    progress(`facilities: ${FACILITIES} over ${regions.length} 시군구`);
    await store.query(
      `insert into stats.facility (facility_id, sido, sigungu, kind, center_type, special_care)
       select 'fac_' || lpad(to_hex(i), 16, '0'), r.sido, r.sigungu,
              case when i % 20 < 14 then 'CHILDCARE_CENTER' when i % 20 < 17 then 'KINDERGARTEN' when i % 20 = 17 then 'LOCAL_CHILDREN_CENTER' when i % 20 = 18 then 'COMMUNITY_CARE_CENTER' else 'HOURLY_CARE_PROVIDER' end,
              case when i % 20 < 14 then ($2::text[])[1 + (i * 7) % cardinality($2::text[])] end,
              case when i % 9 = 0 then 16 when i % 13 = 0 then 8 | 32 else 0 end
       from generate_series(1, $1::int) i
       cross join lateral (select case when i % 6 = 0 then $3::text[] else $5::text[] end as sidos,
                                  case when i % 6 = 0 then $4::text[] else $6::text[] end as sigungus) pick
       cross join lateral (select pick.sidos[1 + (i * 31) % cardinality(pick.sidos)] as sido, pick.sigungus[1 + (i * 31) % cardinality(pick.sigungus)] as sigungu) r`,
      [FACILITIES, Object.keys(CENTER_TYPES), seoul.map((r) => r[0]), seoul.map((r) => r[1]), regions.map((r) => r[0]), regions.map((r) => r[1])],
    );
    void SPECIAL_CARE;
    progress(`history: ${FACILITIES} × ${DAYS} days`);
    const startedGen = Date.now();
    // One statement per month keeps each transaction and its WAL moderate; values move by day and facility.
    for (let m = 0; m < 12; m++) {
      await store.query(
        `insert into stats.facility_day (fkey, day, v)
         select f.fkey, d::date,
                array[1, cap, enr, c0, c1, c2, c3, c4, c5, e0, e1, e2, e3, e4, e5, w, w / 2, w / 3, 0, 0, 0]::smallint[]
         from generate_series(($1::date + make_interval(months => $2)), ($1::date + make_interval(months => $2 + 1) - interval '1 day'), interval '1 day') d
         cross join stats.facility f
         cross join lateral (select 20 + (f.fkey * 37) % 80 as cap) c
         cross join lateral (select greatest(0, cap - ((f.fkey + extract(doy from d)::int * 3) % 11)) as enr, (f.fkey + extract(doy from d)::int) % 7 as w) e
         cross join lateral (select cap / 10 as c0, cap / 6 as c1, cap / 5 as c2, cap / 5 as c3, cap / 5 as c4, cap - cap / 10 - cap / 6 - 3 * (cap / 5) as c5) ca
         cross join lateral (select least(c0, enr) as e0, least(c1, greatest(0, enr - c0)) as e1, least(c2, greatest(0, enr - c0 - c1)) as e2,
                                    least(c3, greatest(0, enr - c0 - c1 - c2)) as e3, least(c4, greatest(0, enr - c0 - c1 - c2 - c3)) as e4,
                                    greatest(0, enr - c0 - c1 - c2 - c3 - c4) as e5) ea
         where d <= $3::date
         order by 2, 1`,
        [FIRST_DAY, m, LAST_DAY],
      );
      progress(`  month ${m + 1}/12 (${((Date.now() - startedGen) / 1000).toFixed(0)} s)`);
    }
    progress('cells: built per day from the rows, as the writer does');
    await store.query(
      `insert into stats.cell_day (day, sido, sigungu, kind, center_type, special_care, s)
       select d.day, coalesce(f.sido, ''), coalesce(f.sigungu, ''), f.kind, coalesce(f.center_type, ''), f.special_care, ${CELL_VALUE}
       from stats.facility_day d join stats.facility f on f.fkey = d.fkey
       group by 1, 2, 3, 4, 5, 6`,
    );
    await store.query(
      `insert into stats.sido_day (day, sido, kind, center_type, special_care, s)
       select day, sido, kind, center_type, special_care, ${SUM_CELLS} from stats.cell_day group by 1, 2, 3, 4, 5`,
    );
    await store.query(`insert into stats.filed_day (day) select d::date from generate_series($1::date, $2::date, interval '1 day') d`, [FIRST_DAY, LAST_DAY]);
    await store.query('vacuum analyze stats.facility_day');
    await store.query('vacuum analyze stats.sido_day');
    await store.query('vacuum analyze stats.cell_day');
    await store.query('vacuum analyze stats.facility');
    const generatedS = (Date.now() - startedGen) / 1000;
    const { rows: sizes } = await store.query<{ rows: string; day_table: string; day_total: string; cells: string; cell_rows: string; sido: string; sido_rows: string; dims: string }>(
      `select (select count(*) from stats.facility_day) as rows,
              pg_relation_size('stats.facility_day') as day_table, pg_total_relation_size('stats.facility_day') as day_total,
              pg_total_relation_size('stats.cell_day') as cells, (select count(*) from stats.cell_day) as cell_rows,
              pg_total_relation_size('stats.sido_day') as sido, (select count(*) from stats.sido_day) as sido_rows,
              pg_total_relation_size('stats.facility') as dims`,
    );
    const size = sizes[0]!;

    const subgraph = createSubgraph({ store });
    const document: DocumentNode = parse(QUERY);
    const errors = validate(subgraph.schema, document);
    if (errors.length) throw errors[0];
    const lines: string[] = [];
    const all: number[] = [];
    for (const q of QUERIES) {
      const times: number[] = [];
      let points = 0;
      for (let i = 0; i < REPEATS + 2; i++) {
        const started = performance.now();
        const result = await graphql({ schema: subgraph.schema, source: QUERY, variableValues: q.variables, contextValue: subgraph.createContext() });
        const ms = performance.now() - started;
        if (result.errors) throw result.errors[0];
        points = (result.data as any).facilityStats.reduce((n: number, s: any) => n + s.points.length, 0);
        if (i >= 2) times.push(ms); // two warm-up runs (plan cache, buffers)
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      lines.push(`| ${q.label} | ${points} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times[times.length - 1]!.toFixed(1)} |`);
      progress(`${q.label}: p95 ${percentile(times, 95).toFixed(1)} ms`);
    }
    all.sort((a, b) => a - b);
    const rows = Number(size.rows);
    return [
      `### Statistics over a year of daily history (${FACILITIES.toLocaleString('en')} facilities × ${DAYS} days, PostgreSQL)`,
      '',
      `Workload: facilityStats through the stats subgraph in-process, each query ${REPEATS} times after 2 warm-ups, one at a time. Machine: ${machine()}.`,
      '',
      '| query | points | p50 ms | p95 ms (goal ≤ 100) | max ms |',
      '|---|---:|---:|---:|---:|',
      ...lines,
      `| **all ${QUERIES.length} queries** | | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 95).toFixed(1)} | ${all[all.length - 1]!.toFixed(1)} |`,
      '',
      '| history on disk | rows | size | bytes per row |',
      '|---|---:|---:|---:|',
      `| stats.facility_day (heap) | ${rows.toLocaleString('en')} | ${mb(Number(size.day_table))} | ${(Number(size.day_table) / rows).toFixed(1)} |`,
      `| stats.facility_day (heap + primary key) | ${rows.toLocaleString('en')} | ${mb(Number(size.day_total))} | ${(Number(size.day_total) / rows).toFixed(1)} |`,
      `| stats.cell_day (sums the queries read, with indexes) | ${Number(size.cell_rows).toLocaleString('en')} | ${mb(Number(size.cells))} | ${(Number(size.cells) / Number(size.cell_rows)).toFixed(1)} |`,
      `| stats.sido_day (시도-level sums, with index) | ${Number(size.sido_rows).toLocaleString('en')} | ${mb(Number(size.sido))} | ${(Number(size.sido) / Number(size.sido_rows)).toFixed(1)} |`,
      `| stats.facility (dimensions, once per facility) | ${FACILITIES.toLocaleString('en')} | ${mb(Number(size.dims))} | ${(Number(size.dims) / FACILITIES).toFixed(1)} |`,
      '',
      `Generating and loading the year took ${generatedS.toFixed(0)} s.`,
    ].join('\n');
  } finally {
    await store.close();
    await withAdmin(url, (a) => a.query(`drop database if exists ${quoteIdent(name)} with (force)`));
  }
}
