import { kstDate } from '../../common/kst';
import { PROGRAM_STATUSES, type ProgramStatus } from '../../common/program-status';
import type { Queryable, Store } from '../../store/types';
import { dayFreeSeatsSql } from './free-seats';
import { AGES, CELL, SMALLINT_MAX, SPECIAL_CARE_BITS } from './layout';

/**
 * Files the day's history (issue 20): one compact row per facility per KST
 * day in stats.facility_day (upserted: a second crawl the same day replaces
 * the figures, it adds no row), the day's cell sums in stats.cell_day, and
 * one row per policy in stats.policy_day. Called by the crawl pipeline after
 * a crawl that wrote records (every facility: the day's sums must cover the
 * whole catalogue, not only the site just crawled) and by apply when a
 * waiting list changes (only the facilities of those lists).
 *
 * Set-based SQL: a handful of statements whatever the number of facilities.
 */
export interface SnapshotOptions {
  /** KST day to file under, YYYY-MM-DD. Default today (KST). */
  day?: string;
  /** Only these facilities (apply). Default: every facility and policy. */
  facilityIds?: readonly string[];
  /**
   * Only these records, of any kind (a crawl's changes on a day already filed
   * in full): their facility, policy and programme rows are refiled and the
   * cells of their regions marked stale (refreshCells rebuilds them).
   */
  recordIds?: readonly string[];
}

export interface SnapshotResult {
  day: string;
  facilities: number;
  policies: number;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Bound on an id list from apply (a transaction touches a few lists). */
const MAX_IDS = 1000;

const clamp = (expr: string) => `least(${SMALLINT_MAX}, greatest(-1, coalesce(${expr}, -1)))`;
const ageValue = (field: 'capacity' | 'enrolled', age: number) =>
  clamp(`(select max((e->>'${field}')::int) from jsonb_array_elements(ac.list) e where (e->>'age') = '${age}' and jsonb_typeof(e->'${field}') = 'number')`);

/** The facility's day as smallint[21] (layout.ts DAY); `r` is catalog.effective_record, `w` the waiting counts. */
const DAY_VALUE = `array[
  case when r.status = 'ACTIVE' then 1 else 0 end,
  ${clamp('r.capacity')}, ${clamp('r.enrolled')},
  ${AGES.map((a) => ageValue('capacity', a)).join(', ')},
  ${AGES.map((a) => ageValue('enrolled', a)).join(', ')},
  ${AGES.map((a) => `least(${SMALLINT_MAX}, coalesce(w.n[${a + 1}], 0))`).join(', ')}
]::smallint[]`;

/**
 * Sums of a cell (layout.ts CELL) over facility_day rows `d`; unknown (-1) counts 0, free seats per facility never
 * below 0. A facility's free seats follow its public freeSeats field (free-seats.ts: its age classes' free seats,
 * capped by 정원 − 현원; 정원 − 현원 when the classes are incomplete); each age class's are its own capacity −
 * enrolled. Seats, children and waiting lists count only for operating facilities: a withdrawn centre's last
 * published figures are not seats anyone can have.
 */
const pos = (i: number) => `case when d.v[1] = 1 then greatest(d.v[${i}], 0) else 0 end`;
const free = (cap: number, enr: number) => `case when d.v[1] = 1 and d.v[${cap}] >= 0 and d.v[${enr}] >= 0 then greatest(d.v[${cap}] - d.v[${enr}], 0) else 0 end`;
const facilityFree = `case when d.v[1] = 1 then coalesce(${dayFreeSeatsSql('d.v')}, 0) else 0 end`;
export const CELL_VALUE = `array[
  count(*), sum(d.v[1]), sum(${pos(2)}), sum(${pos(3)}), sum(${facilityFree}),
  ${AGES.map((a) => `sum(${pos(4 + a)})`).join(', ')},
  ${AGES.map((a) => `sum(${pos(10 + a)})`).join(', ')},
  ${AGES.map((a) => `sum(${free(4 + a, 10 + a)})`).join(', ')},
  ${AGES.map((a) => `sum(${pos(16 + a)})`).join(', ')}
]::int[]`;
if (CELL_VALUE.split('sum(').length - 1 + 1 !== CELL.length) throw new Error('cell layout and CELL_VALUE disagree');

export async function fileSnapshots(db: Store | Queryable, options: SnapshotOptions = {}): Promise<SnapshotResult> {
  const day = options.day ?? kstDate(new Date());
  if (!DAY_PATTERN.test(day)) throw new Error(`snapshot day must be YYYY-MM-DD: ${day}`);
  const some = options.recordIds ?? options.facilityIds;
  const ids = some ? [...new Set(some)].slice(0, MAX_IDS) : null;
  if (ids && ids.length === 0) return { day, facilities: 0, policies: 0 };
  // Every kind refiled (a crawl's records), or facilities only (apply's lists).
  const allKinds = !ids || options.recordIds !== undefined;
  const run = async (tx: Queryable): Promise<SnapshotResult> => {
    const scope = ids ? 'and r.id = any($2::text[])' : '';
    // Regions whose cells change: the facilities' regions before and after this write.
    const regions = ids
      ? await tx.query<{ sido: string; sigungu: string }>(
          `select coalesce(sido, '') as sido, coalesce(sigungu, '') as sigungu from stats.facility where facility_id = any($1::text[])
           union select coalesce(sido, ''), coalesce(sigungu, '') from catalog.effective_record where id = any($1::text[]) and kind = 'FACILITY'`,
          [ids],
        )
      : null;
    // A full write (after a crawl) rebuilds the day's cells and excludes every other writer of cells. Apply's
    // writes take no lock: they file their facilities' rows and mark the regions stale (refreshCells).
    // Every upsert below writes its rows in key order, so two partial filings whose records overlap (two sites'
    // crawls ending together refile what changed since each started) lock them in the same order and never
    // deadlock: unordered, PostgreSQL found one in the crawl bench and that filing was lost.
    if (!regions) await tx.query(`select pg_advisory_xact_lock(hashtext('stats.snapshot'))`);
    await tx.query(
      `insert into stats.facility (facility_id, sido, sigungu, kind, center_type, special_care)
       select r.id, r.sido, r.sigungu, r.subtype, r.attrs->>'centerType',
              coalesce((select bit_or(1 << (array_position($1::text[], f) - 1)) from unnest(r.special_care) f where f = any($1::text[])), 0)
       from catalog.effective_record r
       where r.kind = 'FACILITY' and r.published and r.merged_into is null ${scope}
       order by r.id
       on conflict (facility_id) do update set sido = excluded.sido, sigungu = excluded.sigungu, kind = excluded.kind,
         center_type = excluded.center_type, special_care = excluded.special_care, updated_at = now()
       where (stats.facility.sido, stats.facility.sigungu, stats.facility.kind, stats.facility.center_type, stats.facility.special_care)
         is distinct from (excluded.sido, excluded.sigungu, excluded.kind, excluded.center_type, excluded.special_care)`,
      ids ? [SPECIAL_CARE_BITS, ids] : [SPECIAL_CARE_BITS],
    );
    const written = await tx.query<{ n: number }>(
      `with waiting as (
         select facility_id, array_agg(n order by age_class) as n from (
           select a.facility_id, g.age as age_class, count(a.id)::int as n
           from (select distinct facility_id from apply.application where status in ('WAITING', 'OFFERED') ${ids ? 'and facility_id = any($2::text[])' : ''}) f
           cross join generate_series(0, 5) g(age)
           left join apply.application a on a.facility_id = f.facility_id and a.age_class = g.age and a.status in ('WAITING', 'OFFERED')
           group by 1, 2) x
         group by facility_id
       ), upserted as (
         insert into stats.facility_day (fkey, day, v)
         select f.fkey, $1::date, ${DAY_VALUE}
         from catalog.effective_record r
         join stats.facility f on f.facility_id = r.id
         cross join lateral (select case when jsonb_typeof(r.attrs->'ageClasses') = 'array' then r.attrs->'ageClasses' else '[]'::jsonb end as list) ac
         left join waiting w on w.facility_id = r.id
         where r.kind = 'FACILITY' and r.published and r.merged_into is null ${scope}
         order by f.fkey
         on conflict (day, fkey) do update set v = excluded.v where stats.facility_day.v is distinct from excluded.v
         returning 1
       ) select count(*)::int as n from upserted`,
      ids ? [day, ids] : [day],
    );
    if (regions) {
      await tx.query(
        `insert into stats.dirty_region (day, sido, sigungu) select $1::date, x.sido, x.sigungu from unnest($2::text[], $3::text[]) as x(sido, sigungu) order by 2, 3 on conflict do nothing`,
        [day, regions.rows.map((r) => r.sido), regions.rows.map((r) => r.sigungu)],
      );
      if (!allKinds) return { day, facilities: Number(written.rows[0]!.n), policies: 0 };
    } else await rebuildCells(tx, day, null);
    let policies = 0;
    if (allKinds) {
      const p = await tx.query<{ n: number }>(
        `with upserted as (
           insert into stats.policy_day (policy_id, day, active, open)
           select r.id, $1::date, r.status = 'ACTIVE',
                  case when r.status <> 'ACTIVE' then false
                       when r.attrs->'applicationPeriod'->'always' = 'true'::jsonb then true
                       when ps.start is null and ps.finish is null then null
                       else coalesce(ps.start <= $1::date, true) and coalesce(ps.finish >= $1::date, true) end
           from catalog.effective_record r
           cross join lateral (select
             case when r.attrs->'applicationPeriod'->>'start' ~ '^\\d{4}-\\d{2}-\\d{2}$' then (r.attrs->'applicationPeriod'->>'start')::date end as start,
             case when r.attrs->'applicationPeriod'->>'end' ~ '^\\d{4}-\\d{2}-\\d{2}$' then (r.attrs->'applicationPeriod'->>'end')::date end as finish) ps
           where r.kind = 'POLICY' and r.published and r.merged_into is null ${scope}
           order by r.id
           on conflict (day, policy_id) do update set active = excluded.active, open = excluded.open
           where (stats.policy_day.active, stats.policy_day.open) is distinct from (excluded.active, excluded.open)
           returning 1
         ) select count(*)::int as n from upserted`,
        ids ? [day, ids] : [day],
      );
      policies = Number(p.rows[0]!.n);
      // Programmes: status words mapped as the catalog's filter maps them (the spellings as data, not SQL).
      const spellings = (Object.keys(PROGRAM_STATUSES) as ProgramStatus[]).flatMap((st) => PROGRAM_STATUSES[st].spellings.map((sp) => [sp, st] as const));
      await tx.query(
        `insert into stats.program_day (day, program_id, active, category, status)
         select $1::date, r.id, r.status = 'ACTIVE', nullif(r.attrs->>'category', ''),
                (select m.st from unnest($2::text[], $3::text[]) as m(sp, st) where m.sp = regexp_replace(r.attrs->>'status', '[\\s\\[\\]()]', '', 'g'))
         from catalog.effective_record r
         where r.kind = 'PROGRAM' and r.published and r.merged_into is null ${ids ? 'and r.id = any($4::text[])' : ''}
         order by r.id
         on conflict (day, program_id) do update set active = excluded.active, category = excluded.category, status = excluded.status
         where (stats.program_day.active, stats.program_day.category, stats.program_day.status) is distinct from (excluded.active, excluded.category, excluded.status)`,
        [day, spellings.map((x) => x[0]), spellings.map((x) => x[1]), ...(ids ? [ids] : [])],
      );
    }
    return { day, facilities: Number(written.rows[0]!.n), policies };
  };
  return 'transaction' in db ? db.transaction(run) : run(db);
}

/**
 * The crawl pipeline's hook. The first crawl of a day files every facility,
 * policy and programme (a day's sums cover the whole catalogue); a later
 * crawl that wrote records refiles only its own site's records changed since
 * it started (`since`, the run's start on the database clock; `siteId`, the
 * site crawled) and those editors changed meanwhile, and refreshes their
 * regions' cells, so thirty sites crawled in a row cost one full filing, not
 * thirty. Each run files what it wrote, so the runs together cover every
 * change: a site's filing need not refile the records other sites crawled
 * side by side are writing (issue 22: with politeness off the portal twin's
 * thousands of records, changed since every other run started, made each of
 * the 29 other filings a full one, under the writers' lock). One that wrote
 * nothing costs one lookup.
 */
export async function fileSnapshotsAfterCrawl(db: Store, options: { day?: string; wroteRecords: boolean; since?: string | Date; siteId: string }): Promise<SnapshotResult | null> {
  const day = options.day ?? kstDate(new Date());
  const { rows } = await db.query(`select 1 from stats.filed_day where day = $1::date`, [day]);
  if (!rows.length || (options.wroteRecords && !options.since)) return fileSnapshots(db, { day });
  if (!options.wroteRecords) return null;
  // A site's records: those its sources feed, and those its sources were first filed under (a source re-pointed to
  // another site's record by the dedupe leaves its first record changed too: withdrawn, or fed by fewer sources).
  // And every record an editor changed meanwhile: editors' changes file nothing of their own.
  const { rows: changed } = await db.query<{ id: string }>(
    `select r.id from catalog.record r
     where r.updated_at >= $1::timestamptz and r.kind in ('FACILITY', 'POLICY', 'PROGRAM')
       and r.id in (select s.record_id from catalog.source_record s where s.site_id = $2
                    union select s.derived_id from catalog.source_record s where s.site_id = $2)
     union
     select c.record_id from curation.record_state c join catalog.record r on r.id = c.record_id
     where c.updated_at >= $1::timestamptz and r.kind in ('FACILITY', 'POLICY', 'PROGRAM')
     limit ${MAX_IDS + 1}`,
    [options.since, options.siteId],
  );
  // Past the bound a full filing is cheaper than the id list.
  if (changed.length > MAX_IDS) return fileSnapshots(db, { day });
  const filed = await fileSnapshots(db, { day, recordIds: changed.map((r) => r.id) });
  await refreshCells(db);
  return filed;
}

/**
 * Rebuilds a day's cells from stats.facility_day: every cell (null) or those
 * of some regions. Runs under the writers' lock. Stale marks are removed
 * first, so a mark committed before the rebuild reads the rows is covered by it.
 */
async function rebuildCells(tx: Queryable, day: string, regions: { sido: string[]; sigungu: string[] } | null): Promise<void> {
  const inRegions = (alias: string) => `and (coalesce(${alias}.sido, ''), coalesce(${alias}.sigungu, '')) in (select * from unnest($2::text[], $3::text[]))`;
  const params = regions ? [day, regions.sido, regions.sigungu] : [day];
  await tx.query(`delete from stats.dirty_region r where r.day = $1::date ${regions ? inRegions('r') : ''}`, params);
  await tx.query(`delete from stats.cell_day c where c.day = $1::date ${regions ? inRegions('c') : ''}`, params);
  await tx.query(
    `insert into stats.cell_day (day, sido, sigungu, kind, center_type, special_care, s)
     select $1::date, coalesce(f.sido, ''), coalesce(f.sigungu, ''), f.kind, coalesce(f.center_type, ''), f.special_care, ${CELL_VALUE}
     from stats.facility_day d join stats.facility f on f.fkey = d.fkey
     where d.day = $1::date ${regions ? inRegions('f') : ''}
     group by 2, 3, 4, 5, 6`,
    params,
  );
  // The 시도 level, summed from the cells just written (only the 시도 touched).
  const sidos = regions ? [...new Set(regions.sido)] : null;
  const sidoParams = sidos ? [day, sidos] : [day];
  await tx.query(`delete from stats.sido_day where day = $1::date ${sidos ? 'and sido = any($2::text[])' : ''}`, sidoParams);
  await tx.query(
    `insert into stats.sido_day (day, sido, kind, center_type, special_care, s)
     select day, sido, kind, center_type, special_care, ${SUM_CELLS}
     from stats.cell_day where day = $1::date ${sidos ? 'and sido = any($2::text[])' : ''}
     group by 1, 2, 3, 4, 5`,
    sidoParams,
  );
  if (!regions) await tx.query(`insert into stats.filed_day (day) values ($1::date) on conflict (day) do update set filed_at = now()`, [day]);
}

/** Element-wise sum of cell arrays `s` (integer[29]). */
export const SUM_CELLS = `array[${Array.from({ length: CELL.length }, (_, i) => `sum(s[${i + 1}])`).join(', ')}]::int[]`;

/** Bound on stale marks handled by one refresh (each is a region of a day). */
const MAX_DIRTY = 2000;

/**
 * Brings the cells up to date with apply's writes: each stale region of a day
 * is rebuilt; a day with no cells at all (apply wrote before any crawl that
 * day) is filed in full, so a day's sums always cover every facility.
 * Statistics readers call it first; it costs one lookup when nothing is stale.
 */
export async function refreshCells(db: Store): Promise<number> {
  const { rows: any } = await db.query(`select 1 from stats.dirty_region limit 1`);
  if (!any.length) return 0;
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('stats.snapshot'))`);
    const { rows } = await tx.query<{ day: string; sido: string; sigungu: string; filed: boolean }>(
      `select to_char(r.day, 'YYYY-MM-DD') as day, r.sido, r.sigungu,
              exists (select 1 from stats.filed_day f where f.day = r.day) as filed
       from stats.dirty_region r order by r.day limit ${MAX_DIRTY}`,
    );
    const days = new Map<string, { filed: boolean; sido: string[]; sigungu: string[] }>();
    for (const r of rows) {
      const d = days.get(r.day) ?? { filed: r.filed, sido: [], sigungu: [] };
      d.sido.push(r.sido);
      d.sigungu.push(r.sigungu);
      days.set(r.day, d);
    }
    for (const [day, d] of days) {
      if (d.filed) await rebuildCells(tx, day, d);
      else await fileSnapshots(tx, { day });
    }
    return rows.length;
  });
}
