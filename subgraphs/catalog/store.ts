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

/** Numbered parameters of one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const INSPECTIONS = "jsonb_array_elements(case when jsonb_typeof(attrs->'inspections') = 'array' then attrs->'inspections' else '[]'::jsonb end)";

/**
 * The conditions of a list query over catalog.record's columns (the
 * effective record has the same names). Only the filters the query sets are
 * in the text, each value a parameter: a statement per combination of
 * filters (a fixed, bounded set of texts), so each is prepared once per
 * connection and its generic plan serves that combination with its indexes
 * (`$n is null or …` for every filter cannot use one, and planning it anew
 * each time was half of a list page's database time). Withdrawn records never
 * appear in lists.
 */
function conditions(q: ListQuery, p: Params): string[] {
  const c = [`kind = ${p.add(q.kind)}`, "status = 'ACTIVE'"];
  if (q.stages != null) c.push(`stages && ${p.add(q.stages)}::text[]`);
  if (q.sido != null) c.push(`sido = ${p.add(q.sido)}::text`);
  if (q.sigungu != null) c.push(`sigungu = ${p.add(q.sigungu)}::text`);
  if (q.subtypes != null) c.push(`subtype = any(${p.add(q.subtypes)}::text[])`);
  if (q.specialCare != null) c.push(`special_care @> ${p.add(q.specialCare)}::text[]`);
  if (q.categories != null) c.push(`attrs->>'category' = any(${p.add(q.categories)}::text[])`);
  // The published status words, compared as common/program-status.ts programStatusKey leaves them.
  if (q.statusSpellings != null) c.push(`regexp_replace(attrs->>'status', '[\\s\\[\\]()]', '', 'g') = any(${p.add(q.statusSpellings)}::text[])`);
  // Inspections (attrs.inspections, common/inspections.ts); dates are YYYY-MM-DD, so text order is date order.
  const since = q.inspectedSince != null ? p.add(q.inspectedSince) : null;
  if (since) c.push(`exists (select 1 from ${INSPECTIONS} i where i->>'date' >= ${since}::text)`);
  if (q.hasViolations != null) {
    c.push(`${p.add(q.hasViolations)}::boolean = exists (select 1 from ${INSPECTIONS} i where (i->'violation') = 'true'::jsonb${since ? ` and i->>'date' >= ${since}::text` : ''})`);
  }
  return c;
}

/** Unpublished (and merged-away) records never appear in lists either. */
export async function countRecords(db: Queryable, q: ListQuery): Promise<number> {
  const p = new Params();
  const where = conditions(q, p).join(' and ');
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from catalog.effective_record where ${where} and published`, p.values, { prepare: true });
  return rows[0]?.n ?? 0;
}

/**
 * One page in (name, id) order, plus one extra row to tell whether a next
 * page exists. The effective record is read as its two branches (migration
 * 0015): records no editor touched straight from catalog.record, where the
 * index on (kind, name, id) of active records yields the page in order and
 * stops after it (through the view, every matching record was read and
 * sorted: 1,201 for a policy page); and the touched ones (curation.record_state,
 * a few) through the view by id, with their overridden values. The union is
 * the view's rows exactly.
 */
export async function listRecordRefs(db: Queryable, q: ListQuery): Promise<{ refs: RecordRef[]; hasNextPage: boolean }> {
  const p = new Params();
  const where = conditions(q, p);
  if (q.after) where.push(`(name, id) > (${p.add(q.after.name)}::text, ${p.add(q.after.id)}::text)`);
  const filter = where.join(' and ');
  const limit = p.add(q.first + 1);
  const offset = p.add(q.offset);
  const { rows } = await db.query(
    `select ${REF_COLUMNS} from (
       (select ${REF_COLUMNS} from catalog.record r
        where ${filter} and not exists (select 1 from curation.record_state s where s.record_id = r.id)
        order by name, id
        limit ${limit}::int + ${offset}::int)
       union all
       (select ${REF_COLUMNS} from catalog.effective_record
        where id = any (array(select record_id from curation.record_state)) and ${filter} and published)
     ) page
     order by name, id
     limit ${limit} offset ${offset}`,
    p.values,
    { prepare: true },
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
