import type { Principal } from '../../common/auth';
import type { Queryable } from '../../store';
import { CURATED_COLUMNS, toCuratedRow, toOverrideRow, type CuratedRow, type OverrideRow } from './row';

/**
 * The curation subgraph's SQL for records and their overrides. Values are
 * always parameters. Writes run inside the caller's transaction, after
 * `lockRecord`, and write their audit rows in the same statement, so a
 * change is never without its audit row.
 */

/** Curation changes to one record take turns, so `before` in the audit log is what the editor replaced. */
export async function lockRecord(tx: Queryable, id: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('curation.record:' || $1, 0))`, [id]);
}

export async function curatedByIds(db: Queryable, ids: readonly string[]): Promise<CuratedRow[]> {
  const { rows } = await db.query(`select ${CURATED_COLUMNS} from catalog.effective_record where id = any($1::text[])`, [ids]);
  return rows.map(toCuratedRow);
}

/** Overrides of these records, with the base as it is now and whether they wait for review. */
export async function overridesOf(db: Queryable, ids: readonly string[]): Promise<OverrideRow[]> {
  const { rows } = await db.query(
    `select o.record_id, o.field, o.value, o.base_value, curation.base_value(r, o.field) as current_base,
       (v.record_id is not null) as needs_review, o.set_by, o.set_at, o.reason
     from curation.override o
     join catalog.record r on r.id = o.record_id
     left join curation.review v on v.record_id = o.record_id and v.field = o.field
     where o.record_id = any($1::text[])
     order by o.record_id, o.field`,
    [ids],
  );
  return rows.map(toOverrideRow);
}

/** Ids merged into each of these records. */
export async function mergedIdsOf(db: Queryable, ids: readonly string[]): Promise<{ keptId: string; mergedId: string }[]> {
  const { rows } = await db.query<{ merged_into: string; record_id: string }>(
    `select merged_into, record_id from curation.record_state where merged_into = any($1::text[]) order by record_id`,
    [ids],
  );
  return rows.map((r) => ({ keptId: r.merged_into, mergedId: r.record_id }));
}

/**
 * Sets overrides and writes one audit row per field whose effective value
 * changes (`before` is the override it replaces, or the base). Setting a
 * value also makes the current base the one it overrides, so a field waiting
 * for review leaves the queue: the editor has just looked at it. Fields in
 * `pins` get an override even when it equals the base (a value that must
 * hold with another override, see pinStages), without an audit row of their
 * own since nothing visible changed. Returns the fields that changed.
 */
export async function writeOverrides(
  tx: Queryable,
  actor: Principal,
  action: string,
  id: string,
  patch: Record<string, unknown>,
  reason: string,
  pins: readonly string[] = [],
): Promise<string[]> {
  const { rows } = await tx.query<{ field: string }>(
    `with input as (
       select x.key as field, x.value from jsonb_each($2::jsonb) as x
     ), cur as (
       select i.field, i.value, curation.base_value(r, i.field) as base,
         coalesce(o.value, curation.base_value(r, i.field)) as before
       from input i
       join catalog.record r on r.id = $1
       left join curation.override o on o.record_id = r.id and o.field = i.field
     ), changed as (
       select * from cur where before is distinct from value
     ), pinned as (
       select * from cur c where c.field = any($7::text[]) and c.before is not distinct from c.value
         and not exists (select 1 from curation.override o where o.record_id = $1 and o.field = c.field)
     ), written as (
       insert into curation.override as o (record_id, field, value, base_value, set_by, reason)
       select $1, field, value, base, $3, $5 from changed
       union all select $1, field, value, base, $3, $5 from pinned
       on conflict (record_id, field) do update set
         value = excluded.value, base_value = excluded.base_value, set_by = excluded.set_by, set_at = now(), reason = excluded.reason
     ), reviewed as (
       delete from curation.review v using changed c where v.record_id = $1 and v.field = c.field
     )
     insert into curation.audit_log (actor_sub, actor_role, action, record_id, field, before, after, reason)
     select $3, $4, $6, $1, field, before, value, $5 from changed
     returning field`,
    [id, JSON.stringify(patch), actor.sub, actor.role, reason, action, pins],
  );
  return rows.map((r) => r.field);
}

/** Drops overrides of these fields (the base shows again); returns the fields that had one. */
export async function revertOverrides(tx: Queryable, actor: Principal, id: string, fields: readonly string[], reason: string): Promise<string[]> {
  const { rows } = await tx.query<{ field: string }>(
    `with gone as (
       delete from curation.override where record_id = $1 and field = any($2::text[]) returning field, value
     )
     insert into curation.audit_log (actor_sub, actor_role, action, record_id, field, before, after, reason)
     select $3, $4, 'REVERT_OVERRIDE', $1, g.field, g.value, curation.base_value(r, g.field), $5
     from gone g join catalog.record r on r.id = $1
     returning field`,
    [id, fields, actor.sub, actor.role, reason],
  );
  return rows.map((r) => r.field);
}

/**
 * Keeps overrides whose base changed: the current base becomes the one they
 * override, and they leave the review queue. The audit row holds the old and
 * the new base. Returns the fields that had an override (kept or already current).
 */
export async function keepOverrides(tx: Queryable, actor: Principal, id: string, fields: readonly string[], reason: string): Promise<string[]> {
  const { rows } = await tx.query<{ field: string }>(
    `with cur as (
       select o.field, o.base_value as old_base, curation.base_value(r, o.field) as new_base
       from curation.override o join catalog.record r on r.id = o.record_id
       where o.record_id = $1 and o.field = any($2::text[])
     ), kept as (
       update curation.override o set base_value = c.new_base
       from cur c where o.record_id = $1 and o.field = c.field and c.old_base is distinct from c.new_base
     ), reviewed as (
       delete from curation.review where record_id = $1 and field = any($2::text[])
     ), audited as (
       insert into curation.audit_log (actor_sub, actor_role, action, record_id, field, before, after, reason)
       select $3, $4, 'KEEP_OVERRIDE', $1, field, old_base, new_base, $5 from cur where old_base is distinct from new_base
     )
     select field from cur`,
    [id, fields, actor.sub, actor.role, reason],
  );
  return rows.map((r) => r.field);
}

/** Publishes or unpublishes; returns false when it already was (nothing written, no audit row). */
export async function setPublished(tx: Queryable, actor: Principal, id: string, published: boolean, reason: string): Promise<boolean> {
  const { rows } = await tx.query(
    `with prev as (
       select coalesce((select s.published from curation.record_state s where s.record_id = $1), true) as published
     ), up as (
       insert into curation.record_state (record_id, published)
       select $1, $2 from prev where prev.published <> $2
       on conflict (record_id) do update set published = excluded.published, updated_at = now()
     )
     insert into curation.audit_log (actor_sub, actor_role, action, record_id, field, before, after, reason)
     select $3, $4, $5, $1, 'published', to_jsonb(prev.published), to_jsonb($2::boolean), $6 from prev where prev.published <> $2
     returning id`,
    [id, published, actor.sub, actor.role, published ? 'PUBLISH' : 'UNPUBLISH', reason],
  );
  // A published record with nothing else curated needs no state row.
  if (published && rows.length) await tx.query('select curation.tidy($1)', [id]);
  return rows.length > 0;
}

/** Audit rows of changes that are not field overrides (merges, synonyms). */
export interface AuditInput {
  action: string;
  recordId?: string | null;
  term?: string | null;
  field?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function writeAudit(tx: Queryable, actor: Principal, reason: string, entries: readonly AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `insert into curation.audit_log (actor_sub, actor_role, action, record_id, term, field, before, after, reason)
     select $1, $2, x.action, x.record_id, x.term, x.field, x.before, x.after, $3
     from jsonb_to_recordset($4::jsonb) as x(action text, record_id text, term text, field text, before jsonb, after jsonb)`,
    [
      actor.sub,
      actor.role,
      reason,
      JSON.stringify(entries.map((e) => ({ action: e.action, record_id: e.recordId ?? null, term: e.term ?? null, field: e.field ?? null, before: e.before ?? null, after: e.after ?? null }))),
    ],
  );
}
