import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import type { Queryable, Store } from '../../store';
import { decide, lockCatalogWrites, lockRecords, mergePolicies, sourcesOf } from './merge';
import { encodeCursor, decodeCursor, type Page } from './queues';
import { iso } from './row';
import { writeAudit } from './store';
import { validateId, validateReason } from './validation';

/**
 * The editors' queue of possible duplicate policies: pairs of records
 * ingest held back instead of merging (curation.duplicate_candidate, written
 * by store/catalog/policy-groups.ts). Confirming merges them like
 * mergePolicies; rejecting keeps them apart for good (DIFFERENT decisions
 * on every pair of their sources, so no later crawl merges or proposes
 * them again). Both are audited.
 */
export interface DuplicateRow {
  id: string;
  recordIds: [string, string];
  score: number;
  reasons: string[];
  since: string;
}

const toRow = (row: Record<string, unknown>): DuplicateRow => ({
  id: String(row.id),
  recordIds: [row.record_a as string, row.record_b as string],
  score: Number(row.score),
  reasons: row.reasons as string[],
  since: iso(row.since),
});

type Key = [string, number];
const isKey = (v: unknown): v is Key => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isSafeInteger(v[1]);

/** Oldest first, like the review queue. */
export async function duplicatePage(db: Queryable, first: number, after: string | null): Promise<Page<DuplicateRow> & { totalCount: number }> {
  const key = after ? decodeCursor(after, isKey) : null;
  const [{ rows }, count] = await Promise.all([
    db.query(
      `select id, record_a, record_b, score, reasons, since, to_char(since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as since_key
       from curation.duplicate_candidate
       where $1::timestamptz is null or (since, id) > ($1::timestamptz, $2::bigint)
       order by since, id
       limit $3`,
      [key?.[0] ?? null, key?.[1] ?? null, first + 1],
    ),
    db.query<{ n: number }>('select count(*)::int as n from curation.duplicate_candidate'),
  ]);
  const items = rows.slice(0, first).map((row) => ({ cursor: encodeCursor([row.since_key, Number(row.id)]), node: toRow(row) }));
  return { items, hasNextPage: rows.length > first, totalCount: count.rows[0]?.n ?? 0 };
}

function validateCandidateId(id: string): string {
  if (!/^\d{1,18}$/.test(id)) throw badInput('id', '후보 id가 올바르지 않습니다.', 'Malformed candidate id.');
  return id;
}

/** The candidate, locked until the transaction ends (two editors deciding one pair take turns). */
async function candidate(tx: Queryable, id: string): Promise<DuplicateRow> {
  await lockCatalogWrites(tx);
  const { rows } = await tx.query(`select id, record_a, record_b, score, reasons, since from curation.duplicate_candidate where id = $1 for update`, [id]);
  if (!rows[0]) throw new HubError('NOT_FOUND', { ko: `중복 후보가 없습니다 (이미 처리되었을 수 있습니다): ${id}`, en: `No such duplicate candidate (it may have been settled): ${id}` }, { field: 'id' });
  return toRow(rows[0]);
}

/** Merges the pair into `keepId` (default: the record with the more trusted source); returns the kept id. */
export async function confirmDuplicate(store: Store, actor: Principal, rawId: string, keepId: string | null, reason: string): Promise<string> {
  const id = validateCandidateId(rawId);
  const why = validateReason(reason);
  if (keepId !== null) validateId(keepId, 'keepId');
  return store.transaction(async (tx) => {
    const c = await candidate(tx, id);
    const keep = keepId ?? c.recordIds[0];
    if (!c.recordIds.includes(keep)) throw badInput('keepId', 'keepId는 후보의 두 레코드 중 하나여야 합니다.', 'keepId must be one of the candidate’s two records.');
    await mergePolicies(tx, actor, keep, c.recordIds.filter((r) => r !== keep), why);
    await tx.query('delete from curation.duplicate_candidate where id = $1', [id]);
    return keep;
  });
}

/** Keeps the pair apart for good; returns their ids. */
export async function rejectDuplicate(store: Store, actor: Principal, rawId: string, reason: string): Promise<[string, string]> {
  const id = validateCandidateId(rawId);
  const why = validateReason(reason);
  return store.transaction(async (tx) => {
    const c = await candidate(tx, id);
    const [a, b] = c.recordIds;
    await lockRecords(tx, [a, b]);
    const sources = await sourcesOf(tx, [a, b]);
    const left = sources.filter((s) => s.record_id === a);
    const right = sources.filter((s) => s.record_id === b);
    await decide(tx, actor, why, 'DIFFERENT', left.flatMap((x) => right.map((y) => ({ a: x, b: y }))));
    await tx.query('delete from curation.duplicate_candidate where id = $1', [id]);
    await writeAudit(tx, actor, why, [
      { action: 'REJECT_DUPLICATE', recordId: a, field: 'keptApartFrom', before: null, after: b },
      { action: 'REJECT_DUPLICATE', recordId: b, field: 'keptApartFrom', before: null, after: a },
    ]);
    return [a, b];
  });
}
