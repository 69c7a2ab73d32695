import type { Queryable } from '../types';
import { regroupPolicies } from './policy-groups';
import { remergeRecords } from './upsert-records';

/** Successful crawls a record may be missing from before it is withdrawn (DESIGN contract 9). */
export const DEFAULT_MISSES_TO_WITHDRAW = 3;

export interface PresenceResult {
  /** Sources newly withdrawn by this crawl. */
  withdrawn: number;
  /** Sources missing from this crawl but not yet withdrawn. */
  missing: number;
}

/**
 * Records which source keys a *successful, complete* crawl of a site listed.
 * Call it only then: a site that was down, slow or returned garbage must
 * never count as "the records are gone". A source missing from N consecutive
 * successful crawls is withdrawn; a record is withdrawn when all its sources
 * are, and comes back when any source publishes it again (upsertRecords).
 * Run it in a transaction: a withdrawn policy source regroups its scope.
 */
export async function recordCrawlPresence(
  db: Queryable,
  siteId: string,
  seenSourceKeys: readonly string[],
  missesToWithdraw = DEFAULT_MISSES_TO_WITHDRAW,
): Promise<PresenceResult> {
  // The lock every record write takes first (crawler commits, regroups, editors' merges): taken later, after this
  // transaction has locked its site's source rows, it could deadlock with a regroup that moves those rows.
  await db.query(`select pg_advisory_xact_lock(hashtext('catalog.upsert_records'))`);
  // Only rows that need it are written, so a crawl where everything is present writes nothing.
  await db.query(
    `update catalog.source_record set miss_count = 0
     where site_id = $1 and source_key = any($2::text[]) and miss_count > 0`,
    [siteId, seenSourceKeys],
  );
  const { rows } = await db.query<{ record_id: string; withdrawn: boolean; match_key: string | null }>(
    `update catalog.source_record
     set miss_count = miss_count + 1,
         status = case when miss_count + 1 >= $3 then 'WITHDRAWN' else status end,
         withdrawn_at = case when miss_count + 1 >= $3 then now() else withdrawn_at end,
         updated_at = now()
     where site_id = $1 and status = 'ACTIVE' and not (source_key = any($2::text[]))
     returning record_id, status = 'WITHDRAWN' as withdrawn, match_key`,
    [siteId, seenSourceKeys, missesToWithdraw],
  );
  const withdrawn = rows.filter((r) => r.withdrawn);
  // A policy source that goes may leave its group another shape (or its id to the next most trusted source).
  const policies = withdrawn.filter((r) => r.match_key?.startsWith('POLICY|'));
  await remergeRecords(db, [...new Set(withdrawn.filter((r) => !policies.includes(r)).map((r) => r.record_id))]);
  if (policies.length) await regroupPolicies(db, [...new Set(policies.map((r) => r.match_key!))], [...new Set(policies.map((r) => r.record_id))]);
  return { withdrawn: withdrawn.length, missing: rows.length - withdrawn.length };
}
