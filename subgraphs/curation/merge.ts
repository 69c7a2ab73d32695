import type { Principal } from '../../common/auth';
import { HubError } from '../../common/errors';
import { remergeRecords } from '../../store/catalog/upsert-records';
import type { Queryable } from '../../store';
import { writeAudit } from './store';

/**
 * Editors' merges of duplicate facilities, done the way ingest merges the
 * duplicates it recognises: the merged record's sources are attached to the
 * kept record (catalog.source_record.record_id), which is then recomputed
 * from all its sources by priority, and the merged record, left without
 * sources, is withdrawn. Because ingest finds a known source's record through
 * that column, and matches new duplicates against it, no later crawl can undo
 * the merge. curation.merge_source remembers where each moved source came
 * from, so unmerge can give it back.
 */

/** The crawler's lock on record writes (crawlers/core/runner.ts): a merge and a crawl batch never interleave. */
async function lockCatalogWrites(tx: Queryable): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('catalog.upsert_records'))`);
}

interface Head {
  id: string;
  kind: string;
  merged_into: string | null;
}

const conflict = (ko: string, en: string, field: string) => new HubError('CONFLICT', { ko, en }, { field });

/**
 * The records' curation locks too (store.ts lockRecord), in a fixed order, so
 * an editor's concurrent change to one of them sees the merge or precedes it.
 */
async function lockRecords(tx: Queryable, ids: readonly string[]): Promise<void> {
  await tx.query(`select count(pg_advisory_xact_lock(hashtextextended('curation.record:' || id, 0))) from (select unnest($1::text[]) as id order by 1) ids`, [ids]);
}

export async function mergeFacilities(tx: Queryable, actor: Principal, keepId: string, mergeIds: readonly string[], reason: string): Promise<void> {
  const all = [keepId, ...mergeIds];
  await lockCatalogWrites(tx);
  await lockRecords(tx, all);
  const { rows } = await tx.query<Head>('select id, kind, merged_into from catalog.effective_record where id = any($1::text[])', [all]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = all.filter((id) => !byId.has(id));
  if (missing.length) throw new HubError('NOT_FOUND', { ko: `레코드가 없습니다: ${missing.join(', ')}`, en: `No such record: ${missing.join(', ')}` }, { field: 'mergeIds' });
  const notFacility = rows.filter((r) => r.kind !== 'FACILITY').map((r) => r.id);
  if (notFacility.length) throw conflict(`시설만 병합할 수 있습니다: ${notFacility.join(', ')}`, `Only facilities can be merged: ${notFacility.join(', ')}`, 'mergeIds');
  const keep = byId.get(keepId)!;
  if (keep.merged_into) throw conflict(`${keepId}는 이미 ${keep.merged_into}에 병합되었습니다.`, `${keepId} is already merged into ${keep.merged_into}.`, 'keepId');
  const merged = mergeIds.filter((id) => byId.get(id)!.merged_into);
  if (merged.length) throw conflict(`이미 병합된 레코드입니다: ${merged.join(', ')}`, `Already merged: ${merged.join(', ')}`, 'mergeIds');

  // Sources already recorded (they came from an earlier merge into a record now merged itself) keep their origin.
  await tx.query(
    `insert into curation.merge_source (site_id, source_key, merged_id)
     select site_id, source_key, record_id from catalog.source_record where record_id = any($1::text[])
     on conflict (site_id, source_key) do nothing`,
    [mergeIds],
  );
  await tx.query(`update catalog.source_record set record_id = $1, updated_at = now() where record_id = any($2::text[])`, [keepId, mergeIds]);
  await tx.query(
    `insert into curation.record_state (record_id, merged_into) select unnest($2::text[]), $1
     on conflict (record_id) do update set merged_into = excluded.merged_into, updated_at = now()`,
    [keepId, mergeIds],
  );
  // Records merged earlier into one of these now answer with the kept record directly (no chains).
  const { rows: children } = await tx.query<{ record_id: string; merged_into: string }>(
    `update curation.record_state c set merged_into = $1, updated_at = now()
     from curation.record_state p where c.merged_into = p.record_id and p.record_id = any($2::text[])
     returning c.record_id, p.record_id as merged_into`,
    [keepId, mergeIds],
  );
  await remergeRecords(tx, [keepId, ...mergeIds]);
  await writeAudit(tx, actor, reason, [
    { action: 'MERGE', recordId: keepId, field: 'mergedIds', before: null, after: mergeIds },
    ...mergeIds.map((id) => ({ action: 'MERGE', recordId: id, field: 'mergedInto', before: null, after: keepId })),
    ...children.map((c) => ({ action: 'MERGE', recordId: c.record_id, field: 'mergedInto', before: c.merged_into, after: keepId })),
  ]);
}

/** Gives a merged record its sources back; returns the record it was merged into. */
export async function unmerge(tx: Queryable, actor: Principal, id: string, reason: string): Promise<string> {
  await lockCatalogWrites(tx);
  await lockRecords(tx, [id]);
  const { rows } = await tx.query<{ merged_into: string | null }>('select merged_into from curation.record_state where record_id = $1', [id]);
  const keptId = rows[0]?.merged_into;
  if (!keptId) throw conflict(`${id}는 병합된 레코드가 아닙니다.`, `${id} is not merged.`, 'id');
  await tx.query(
    `update catalog.source_record s set record_id = m.merged_id, updated_at = now()
     from curation.merge_source m
     where m.merged_id = $1 and s.site_id = m.site_id and s.source_key = m.source_key`,
    [id],
  );
  await tx.query('delete from curation.merge_source where merged_id = $1', [id]);
  await tx.query('update curation.record_state set merged_into = null, updated_at = now() where record_id = $1', [id]);
  await tx.query('select curation.tidy($1)', [id]);
  await remergeRecords(tx, [id, keptId]);
  await writeAudit(tx, actor, reason, [
    { action: 'UNMERGE', recordId: id, field: 'mergedInto', before: keptId, after: null },
    { action: 'UNMERGE', recordId: keptId, field: 'mergedIds', before: [id], after: null },
  ]);
  return keptId;
}
