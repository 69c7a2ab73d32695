import type { RecordKind, Stage } from '../../common/record';
import type { Queryable } from '../../store';
import { resolveRecordIds } from '../../store/catalog/resolve-record-ids';
import type { ListQuery } from './filters';

/** What the catalog needs of a record to return an entity reference. */
export interface RecordRef {
  id: string;
  kind: RecordKind;
  subtype: string;
  primaryStage: Stage;
  name: string;
}

const REF_COLUMNS = 'id, kind, subtype, primary_stage, name';

function toRef(row: Record<string, unknown>): RecordRef {
  return {
    id: row.id as string,
    kind: row.kind as RecordRef['kind'],
    subtype: row.subtype as string,
    primaryStage: row.primary_stage as Stage,
    name: row.name as string,
  };
}

/**
 * One record by id, of the given kind; withdrawn records still answer
 * (partners keep links), and so does an id that now belongs to another
 * record: a facility or policy an editor merged, or a policy source that
 * joined the record of the same policy from another site at ingest. It
 * answers with that record (resolveRecordIds). The redirect costs a query
 * only when the id itself does not answer as an active record.
 */
export async function recordRefById(db: Queryable, kind: RecordKind, id: string): Promise<RecordRef | null> {
  // Prepared: a key lookup on every `facility(id)`, where planning the view would cost more than running it.
  const direct = await db.query(`select ${REF_COLUMNS}, status from catalog.effective_record where id = $1 and kind = $2 and published`, [id, kind], { prepare: true });
  if (direct.rows[0]?.status === 'ACTIVE') return toRef(direct.rows[0]);
  const target = (await resolveRecordIds(db, [id])).get(id);
  if (target && target !== id) {
    const kept = await db.query(`select ${REF_COLUMNS} from catalog.effective_record where id = $1 and kind = $2 and published`, [target, kind]);
    if (kept.rows[0]) return toRef(kept.rows[0]);
  }
  return direct.rows[0] ? toRef(direct.rows[0]) : null;
}

/**
 * The WHERE clause of a list query. Every value is a parameter; a null
 * parameter switches its condition off, so one statement serves every filter
 * combination. Withdrawn and unpublished records never appear in lists.
 */
function where(q: ListQuery): { sql: string; params: unknown[] } {
  return {
    sql: `kind = $1 and status = 'ACTIVE' and published
      and ($2::text[] is null or stages && $2::text[])
      and ($3::text is null or sido = $3)
      and ($4::text is null or sigungu = $4)
      and ($5::text[] is null or subtype = any($5::text[]))
      and ($6::text[] is null or special_care @> $6::text[])
      and ($7::text[] is null or attrs->>'category' = any($7::text[]))
      and ($8::text[] is null or regexp_replace(attrs->>'status', '[\\s\\[\\]()]', '', 'g') = any($8::text[]))
      and ($9::text is null or exists (select 1 from jsonb_array_elements(case when jsonb_typeof(attrs->'inspections') = 'array' then attrs->'inspections' else '[]'::jsonb end) i
           where i->>'date' >= $9::text))
      and ($10::boolean is null or $10::boolean = exists (select 1 from jsonb_array_elements(case when jsonb_typeof(attrs->'inspections') = 'array' then attrs->'inspections' else '[]'::jsonb end) i
           where (i->'violation') = 'true'::jsonb and ($9::text is null or i->>'date' >= $9::text)))`,
    // $8: the published status words, compared as common/program-status.ts programStatusKey leaves them.
    // $9/$10: inspections (attrs.inspections, common/inspections.ts); dates are YYYY-MM-DD, so text order is date order.
    params: [q.kind, q.stages, q.sido, q.sigungu, q.subtypes, q.specialCare, q.categories, q.statusSpellings, q.inspectedSince ?? null, q.hasViolations ?? null],
  };
}

export async function countRecords(db: Queryable, q: ListQuery): Promise<number> {
  const w = where(q);
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from catalog.effective_record where ${w.sql}`, w.params);
  return rows[0]?.n ?? 0;
}

/** One page in (name, id) order, plus one extra row to tell whether a next page exists. */
export async function listRecordRefs(db: Queryable, q: ListQuery): Promise<{ refs: RecordRef[]; hasNextPage: boolean }> {
  const w = where(q);
  const params = [...w.params, q.after?.name ?? null, q.after?.id ?? null, q.first + 1, q.offset];
  const { rows } = await db.query(
    `select ${REF_COLUMNS} from catalog.effective_record
     where ${w.sql} and ($11::text is null or (name, id) > ($11::text, $12::text))
     order by name, id
     limit $13 offset $14`,
    params,
  );
  const refs = rows.map(toRef);
  return { refs: refs.slice(0, q.first), hasNextPage: refs.length > q.first };
}

/**
 * The facility that runs each programme, in one statement for a batch of
 * programmes: the facility its source names (`attrs.provider`, 육아종합지원센터
 * boards) or else the one named like the publishing site (`sites`: registry
 * id → name; 강남구보건소 publishes its own courses), compared without spaces,
 * within the programme's 시도/시군구 when it has them. Only an unambiguous
 * match counts: the one facility of that name there, or the one of them the
 * programme's own site publishes (노원구육아종합지원센터 is also the name of
 * a 어린이집 it runs; the centre's site publishes the centre); otherwise none.
 *
 * No index serves the name comparison: the facilities are read once per
 * batch (about 60 ms on PGlite over the simulator's 5,000), and only when a
 * query selects `provider`. An expression index on the space-free name would
 * make it a probe; it needs a migration.
 */
export async function programProviders(db: Queryable, programIds: readonly string[], sites: ReadonlyMap<string, string>): Promise<Map<string, RecordRef>> {
  const { rows } = await db.query(
    // Materialised steps: the few names wanted are collected first, so facilities are read once and
    // compared by array membership (a nested loop of name comparisons took 0.6 s for 20 programmes).
    `with p as materialized (
       select e.id, e.site_id, replace(coalesce(nullif(e.attrs->>'provider', ''), s.name), ' ', '') as provider, e.sido, e.sigungu
       from catalog.effective_record e
       left join unnest($2::text[], $3::text[]) as s (site_id, name) on s.site_id = e.site_id
       where e.id = any($1::text[]) and e.kind = 'PROGRAM'
     ), f as materialized (
       select f.id, f.kind, f.subtype, f.primary_stage, f.name, f.site_id, f.sido, f.sigungu, replace(f.name, ' ', '') as key
       from catalog.effective_record f
       where f.kind = 'FACILITY' and f.status = 'ACTIVE' and f.published
         and replace(f.name, ' ', '') = any (array(select distinct provider from p where provider is not null))
     ), m as (
       select p.id as program_id, f.id, f.kind, f.subtype, f.primary_stage, f.name, f.site_id = p.site_id as same_site,
         count(*) over (partition by p.id) as n, count(*) filter (where f.site_id = p.site_id) over (partition by p.id) as n_same
       from p join f on f.key = p.provider
        and (p.sido is null or f.sido = p.sido) and (p.sigungu is null or f.sigungu = p.sigungu)
     )
     select program_id, ${REF_COLUMNS} from m where (same_site and n_same = 1) or (n = 1 and n_same = 0)`,
    [programIds, [...sites.keys()], [...sites.values()]],
  );
  return new Map(rows.map((row) => [row.program_id as string, toRef(row)]));
}
