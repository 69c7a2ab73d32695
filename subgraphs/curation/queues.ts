import { badInput } from '../../common/errors';
import type { Queryable } from '../../store';
import { toAuditRow, toReviewRow, type AuditRow, type ReviewRow } from './row';

/**
 * The two lists editors page through: the review queue (oldest first) and
 * the audit log (newest first). Cursors are opaque base64url JSON of the
 * sort key; a malformed one is BAD_USER_INPUT.
 */
export const encode = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decode<T>(cursor: string, check: (value: unknown) => value is T): T {
  try {
    if (cursor.length <= 200) {
      const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (check(value)) return value;
    }
  } catch {
    // fall through: malformed
  }
  throw badInput('after', '커서가 올바르지 않습니다.', 'Malformed cursor.');
}

type ReviewKey = [string, string, string];
const isReviewKey = (v: unknown): v is ReviewKey => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string');

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
}

export async function reviewPage(db: Queryable, first: number, after: string | null): Promise<Page<ReviewRow> & { totalCount: number }> {
  const key = after ? decode(after, isReviewKey) : null;
  const [{ rows }, count] = await Promise.all([
    db.query(
      `select v.record_id, v.field, o.value, v.old_base, v.new_base, v.since, to_char(v.since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as since_key
       from curation.review v join curation.override o using (record_id, field)
       -- Microseconds in the cursor: two fields flagged by one crawl share a timestamp, and none may be skipped.
       where $1::timestamptz is null or (v.since, v.record_id, v.field) > ($1::timestamptz, $2::text, $3::text)
       order by v.since, v.record_id, v.field
       limit $4`,
      [key?.[0] ?? null, key?.[1] ?? null, key?.[2] ?? null, first + 1],
    ),
    db.query<{ n: number }>('select count(*)::int as n from curation.review'),
  ]);
  const items = rows.slice(0, first).map((row) => ({
    cursor: encode([row.since_key, row.record_id, row.field]),
    node: toReviewRow(row),
  }));
  return { items, hasNextPage: rows.length > first, totalCount: count.rows[0]?.n ?? 0 };
}

export interface AuditFilter {
  recordId: string | null;
  field: string | null;
  actor: string | null;
  action: string | null;
  term: string | null;
  since: string | null;
  until: string | null;
}

const isAuditKey = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

export async function auditPage(db: Queryable, filter: AuditFilter, first: number, after: string | null): Promise<Page<AuditRow>> {
  const before = after ? decode(after, isAuditKey) : null;
  const { rows } = await db.query(
    `select id, at, actor_sub, actor_role, action, record_id, term, field, before, after, reason
     from curation.audit_log
     where ($1::bigint is null or id < $1)
       and ($2::text is null or record_id = $2)
       and ($3::text is null or field = $3)
       and ($4::text is null or actor_sub = $4)
       and ($5::text is null or action = $5)
       and ($6::text is null or term = $6)
       and ($7::timestamptz is null or at >= $7)
       and ($9::timestamptz is null or at < $9)
     order by id desc
     limit $8`,
    [before, filter.recordId, filter.field, filter.actor, filter.action, filter.term, filter.since, first + 1, filter.until],
  );
  const items = rows.slice(0, first).map((row) => ({ cursor: encode(Number(row.id)), node: toAuditRow(row) }));
  return { items, hasNextPage: rows.length > first };
}

/** The same opaque cursors for the other queues (duplicates.ts). */
export { encode as encodeCursor, decode as decodeCursor };
