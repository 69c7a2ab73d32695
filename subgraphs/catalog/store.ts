import type { Stage } from '../../common/record';
import type { Queryable } from '../../store';
import { resolveRecordIds } from '../../store/catalog/resolve-record-ids';
import type { ListQuery } from './filters';

/** What the catalog needs of a record to return an entity reference. */
export interface RecordRef {
  id: string;
  kind: 'FACILITY' | 'POLICY' | 'PROGRAM';
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
export async function recordRefById(db: Queryable, kind: 'FACILITY' | 'POLICY', id: string): Promise<RecordRef | null> {
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
      and ($6::text[] is null or special_care @> $6::text[])`,
    params: [q.kind, q.stages, q.sido, q.sigungu, q.subtypes, q.specialCare],
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
     where ${w.sql} and ($7::text is null or (name, id) > ($7::text, $8::text))
     order by name, id
     limit $9 offset $10`,
    params,
  );
  const refs = rows.map(toRef);
  return { refs: refs.slice(0, q.first), hasNextPage: refs.length > q.first };
}
