import type { Principal } from '../../common/auth';
import { HubError } from '../../common/errors';
import { regroupPolicies } from '../../store/catalog/policy-groups';
import { remergeRecords } from '../../store/catalog/upsert-records';
import type { Queryable } from '../../store';
import { writeAudit } from './store';

/**
 * Editors' merges of duplicate records, done the way ingest merges the
 * duplicates it recognises: the merged record's sources are attached to the
 * kept record (catalog.source_record.record_id), which is then recomputed
 * from all its sources by priority, and the merged record, left without
 * sources, is withdrawn. Because ingest finds a known source's record through
 * that column, and matches new duplicates against it, no later crawl can undo
 * the merge. curation.merge_source remembers where each moved source came
 * from, so unmerge can give it back.
 *
 * Policies are regrouped by ingest whenever their scope changes
 * (store/catalog/policy-groups.ts), so for them the merge is also written as
 * editors' decisions on the sources (curation.match_decision): SAME pairs
 * that hold them together, and on unmerge DIFFERENT pairs that keep them
 * apart, both whatever later crawls bring.
 */

export type MergeKind = 'FACILITY' | 'POLICY';

/** The crawler's lock on record writes (crawlers/core/runner.ts): a merge and a crawl batch never interleave. */
export async function lockCatalogWrites(tx: Queryable): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('catalog.upsert_records'))`);
}

interface Head {
  id: string;
  kind: string;
  merged_into: string | null;
}

const conflict = (ko: string, en: string, field: string) => new HubError('CONFLICT', { ko, en }, { field });
const KIND_NAMES: Record<MergeKind, { ko: string; en: string }> = { FACILITY: { ko: '시설', en: 'facilities' }, POLICY: { ko: '정책', en: 'policies' } };

/**
 * The records' curation locks too (store.ts lockRecord), in a fixed order, so
 * an editor's concurrent change to one of them sees the merge or precedes it.
 */
export async function lockRecords(tx: Queryable, ids: readonly string[]): Promise<void> {
  await tx.query(`select count(pg_advisory_xact_lock(hashtextextended('curation.record:' || id, 0))) from (select unnest($1::text[]) as id order by 1) ids`, [ids]);
}

export interface SourceRef {
  site_id: string;
  source_key: string;
  record_id: string;
  match_key: string | null;
}

export const sourcesOf = async (tx: Queryable, ids: readonly string[]): Promise<SourceRef[]> =>
  (
    await tx.query<SourceRef>(
      `select site_id, source_key, record_id, match_key from catalog.source_record where record_id = any($1::text[]) order by priority, site_id, source_key`,
      [ids],
    )
  ).rows;

/** Editors' decisions on source pairs, each pair stored once with its smaller source first. */
export async function decide(tx: Queryable, actor: Principal, reason: string, decision: 'SAME' | 'DIFFERENT', pairs: readonly { a: SourceRef; b: SourceRef; mergedId?: string }[]): Promise<void> {
  if (pairs.length === 0) return;
  const rows = pairs.map(({ a, b, mergedId }) => {
    const [x, y] = [a, b].sort((p, q) => (p.site_id < q.site_id ? -1 : p.site_id > q.site_id ? 1 : p.source_key < q.source_key ? -1 : p.source_key > q.source_key ? 1 : 0));
    return { site_a: x!.site_id, key_a: x!.source_key, site_b: y!.site_id, key_b: y!.source_key, merged_id: mergedId ?? null };
  });
  await tx.query(
    `insert into curation.match_decision (site_a, key_a, site_b, key_b, decision, merged_id, decided_by, reason)
     select x.site_a, x.key_a, x.site_b, x.key_b, $2, x.merged_id, $3, $4
     from jsonb_to_recordset($1::jsonb) as x(site_a text, key_a text, site_b text, key_b text, merged_id text)
     on conflict (site_a, key_a, site_b, key_b) do update set
       decision = excluded.decision, merged_id = excluded.merged_id, decided_by = excluded.decided_by, reason = excluded.reason, decided_at = now()`,
    [JSON.stringify(rows), decision, actor.sub, reason],
  );
}

/** Policies: regroup every scope the sources live in, so ingest's grouping takes the editor's decision in at once. */
async function recompute(tx: Queryable, kind: MergeKind, sources: readonly SourceRef[], ids: readonly string[]): Promise<void> {
  if (kind === 'POLICY') await regroupPolicies(tx, sources.map((s) => s.match_key).filter((k): k is string => k !== null), ids);
  else await remergeRecords(tx, ids);
}

/** Merges records of one kind into `keepId`. */
export async function mergeRecords(tx: Queryable, actor: Principal, kind: MergeKind, keepId: string, mergeIds: readonly string[], reason: string): Promise<void> {
  const all = [keepId, ...mergeIds];
  await lockCatalogWrites(tx);
  await lockRecords(tx, all);
  const { rows } = await tx.query<Head>('select id, kind, merged_into from catalog.effective_record where id = any($1::text[])', [all]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = all.filter((id) => !byId.has(id));
  if (missing.length) throw new HubError('NOT_FOUND', { ko: `레코드가 없습니다: ${missing.join(', ')}`, en: `No such record: ${missing.join(', ')}` }, { field: 'mergeIds' });
  const wrongKind = rows.filter((r) => r.kind !== kind).map((r) => r.id);
  if (wrongKind.length) {
    const name = KIND_NAMES[kind];
    throw conflict(`${name.ko}만 병합할 수 있습니다: ${wrongKind.join(', ')}`, `Only ${name.en} can be merged here: ${wrongKind.join(', ')}`, 'mergeIds');
  }
  const keep = byId.get(keepId)!;
  if (keep.merged_into) throw conflict(`${keepId}는 이미 ${keep.merged_into}에 병합되었습니다.`, `${keepId} is already merged into ${keep.merged_into}.`, 'keepId');
  const merged = mergeIds.filter((id) => byId.get(id)!.merged_into);
  if (merged.length) throw conflict(`이미 병합된 레코드입니다: ${merged.join(', ')}`, `Already merged: ${merged.join(', ')}`, 'mergeIds');

  const sources = await sourcesOf(tx, all);
  if (kind === 'POLICY') {
    // The kept record's most trusted source anchors every other: the merged ones (`merged_id` lets unmerge take back
    // exactly these) and the kept record's own, which the editor has just confirmed as one policy (without them, a
    // merged source that disagrees with one of them would split the kept record when ingest regroups it).
    const anchor = sources.find((s) => s.record_id === keepId);
    const others = sources.filter((s) => s !== anchor);
    if (anchor) await decide(tx, actor, reason, 'SAME', others.map((s) => ({ a: anchor, b: s, mergedId: s.record_id === keepId ? undefined : s.record_id })));
  }
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
  await recompute(tx, kind, sources, all);
  await writeAudit(tx, actor, reason, [
    { action: 'MERGE', recordId: keepId, field: 'mergedIds', before: null, after: mergeIds },
    ...mergeIds.map((id) => ({ action: 'MERGE', recordId: id, field: 'mergedInto', before: null, after: keepId })),
    ...children.map((c) => ({ action: 'MERGE', recordId: c.record_id, field: 'mergedInto', before: c.merged_into, after: keepId })),
  ]);
}

export const mergeFacilities = (tx: Queryable, actor: Principal, keepId: string, mergeIds: readonly string[], reason: string) => mergeRecords(tx, actor, 'FACILITY', keepId, mergeIds, reason);
export const mergePolicies = (tx: Queryable, actor: Principal, keepId: string, mergeIds: readonly string[], reason: string) => mergeRecords(tx, actor, 'POLICY', keepId, mergeIds, reason);

/**
 * Gives a merged record its sources back; returns the record it was merged
 * into. For policies this also undoes a merge ingest made: `id` may be the
 * own id of a source that joined another site's record of the same policy
 * (resolve-record-ids.ts); the source leaves that record, and editors'
 * DIFFERENT decisions keep it out of it from then on.
 */
export async function unmerge(tx: Queryable, actor: Principal, id: string, reason: string): Promise<string> {
  await lockCatalogWrites(tx);
  await lockRecords(tx, [id]);
  const { rows } = await tx.query<{ merged_into: string | null }>('select merged_into from curation.record_state where record_id = $1', [id]);
  const keptId = rows[0]?.merged_into;
  if (!keptId) return splitIngestMerge(tx, actor, id, reason);
  const { rows: kinds } = await tx.query<{ kind: MergeKind }>('select kind from catalog.record where id = $1', [id]);
  const kind = kinds[0]!.kind;
  const returned = (await tx.query<SourceRef>(
    `update catalog.source_record s set record_id = m.merged_id, updated_at = now()
     from curation.merge_source m
     where m.merged_id = $1 and s.site_id = m.site_id and s.source_key = m.source_key
     returning s.site_id, s.source_key, s.record_id, s.match_key`,
    [id],
  )).rows;
  await tx.query('delete from curation.merge_source where merged_id = $1', [id]);
  await tx.query('update curation.record_state set merged_into = null, updated_at = now() where record_id = $1', [id]);
  await tx.query('select curation.tidy($1)', [id]);
  if (kind === 'POLICY') {
    await tx.query(`delete from curation.match_decision where merged_id = $1 and decision = 'SAME'`, [id]);
    const kept = await sourcesOf(tx, [keptId]);
    await decide(tx, actor, reason, 'DIFFERENT', returned.flatMap((a) => kept.map((b) => ({ a, b }))));
    await recompute(tx, kind, [...returned, ...kept], [id, keptId]);
  } else await remergeRecords(tx, [id, keptId]);
  await writeAudit(tx, actor, reason, [
    { action: 'UNMERGE', recordId: id, field: 'mergedInto', before: keptId, after: null },
    { action: 'UNMERGE', recordId: keptId, field: 'mergedIds', before: [id], after: null },
  ]);
  return keptId;
}

/** The own id of a policy source ingest put into another record: the source leaves it, kept apart from its sources for good. */
async function splitIngestMerge(tx: Queryable, actor: Principal, id: string, reason: string): Promise<string> {
  const { rows } = await tx.query<SourceRef & { kind: string }>(
    `select site_id, source_key, record_id, match_key, content ->> 'kind' as kind from catalog.source_record where derived_id = $1 and record_id <> $1`,
    [id],
  );
  const source = rows.find((r) => r.kind === 'POLICY');
  if (!source) throw conflict(`${id}는 병합된 레코드가 아닙니다.`, `${id} is not merged.`, 'id');
  const keptId = source.record_id;
  await lockRecords(tx, [keptId]);
  const others = (await sourcesOf(tx, [keptId])).filter((s) => !(s.site_id === source.site_id && s.source_key === source.source_key));
  await decide(tx, actor, reason, 'DIFFERENT', others.map((b) => ({ a: source, b })));
  await recompute(tx, 'POLICY', [source, ...others], [keptId]);
  await writeAudit(tx, actor, reason, [
    { action: 'UNMERGE', recordId: id, field: 'mergedInto', before: keptId, after: null },
    { action: 'UNMERGE', recordId: keptId, field: 'mergedIds', before: [id], after: null },
  ]);
  return keptId;
}
