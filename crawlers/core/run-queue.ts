import { createHash } from 'node:crypto';
import type { Queryable, Store } from '../../store/types';
import type { CrawlRequest } from './adapter';
import { requestKey } from './fetch';
import { defaultLogger, type ClaimedRow } from './run-types';

/** The persisted queue of one run (ingest.request): keys, enqueue with the bulk revisit policy, claims. */

/** Values carried to a request (`meta`); the declarative engine bounds them below this, so nothing is dropped silently. */
const MAX_META = 16 * 1024;


/**
 * Request URLs are stored relative to the site's base URL when they are on
 * its origin, so keys, stored follow-ups and resumed queues survive a move
 * of the site (a new simulator port, a staging host).
 */
export function toStored(url: string, baseUrl: string): string {
  const u = new URL(url);
  const base = new URL(baseUrl);
  return u.origin === base.origin ? `${u.pathname}${u.search}` : u.toString();
}

export function fromStored(url: string, baseUrl: string): string {
  return new URL(url, baseUrl).toString();
}

export function hashKey(req: CrawlRequest, baseUrl: string): string {
  const relative = toStored(req.url, baseUrl);
  let key = requestKey({ ...req, url: new URL(relative, 'http://site.invalid').toString() });
  // A page reached with other carried values is another request: a frame shared by two programmes builds
  // each programme's record, so it is fetched once per parent, not deduped into one record.
  if (req.meta && Object.keys(req.meta).length) key += ` meta:${JSON.stringify(Object.entries(req.meta).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export interface Trust {
  siteId: string;
  adapterTag: string;
  revisitAfterMs: number;
}

/**
 * Queues follow-up requests (deduped by key). A detail under an unchanged
 * list whose stored document is fresh, from this adapter version and links
 * nowhere else is entered as already done with its stored record keys (the
 * revisit policy, applied in bulk): it costs no claim, no request and no
 * parse. Returns how many were trusted this way.
 */
export async function enqueue(db: Queryable, runId: number, baseUrl: string, items: { f: CrawlRequest; depth: number }[], maxRequests: number, trust?: Trust): Promise<number> {
  if (maxRequests !== Number.MAX_SAFE_INTEGER) {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ingest.request where run_id = $1`, [runId]);
    const room = maxRequests - Number(rows[0]!.n);
    if (room <= 0) return 0;
    items = items.slice(0, room);
  }
  const seen = new Set<string>();
  const rows = [];
  for (const { f, depth } of items) {
    const key = hashKey(f, baseUrl);
    if (seen.has(key)) continue;
    seen.add(key);
    const meta = f.meta && JSON.stringify(f.meta).length <= MAX_META ? f.meta : null;
    // Past the bound a carried value would change the record built from it: say so rather than lose it quietly.
    if (f.meta && !meta) defaultLogger().warn({ url: f.url, label: f.label }, 'carried values (meta) over 16 KiB dropped');
    rows.push({ key, url: toStored(f.url, baseUrl), method: f.method ?? 'GET', form: f.form ?? null, referer: f.referer ? toStored(f.referer, baseUrl) : null, xhr: f.xhr ?? false, expect: f.expect ?? null, role: f.role ?? 'detail', optional: f.optional ?? false, parent_unchanged: f.parentUnchanged ?? false, label: f.label, meta, depth });
  }
  if (!rows.length) return 0;
  const { rows: inserted } = await db.query<{ trusted: boolean }>(
    `insert into ingest.request (run_id, key, url, method, form, referer, xhr, expect, role, optional, parent_unchanged, label, meta, depth, state, record_keys)
     select $1, x.key, x.url, x.method, x.form, x.referer, x.xhr, x.expect, x.role, x.optional, x.parent_unchanged, x.label, x.meta, x.depth,
            case when t.ok then 'done' else 'pending' end, case when t.ok then d.record_keys end
     from jsonb_to_recordset($2::jsonb) as x(key text, url text, method text, form jsonb, referer text, xhr boolean, expect text, role text, optional boolean, parent_unchanged boolean, label text, meta jsonb, depth int)
     left join ingest.document d on d.site_id = $3 and d.key = x.key
     cross join lateral (select coalesce(x.parent_unchanged and x.role = 'detail' and d.key is not null and d.adapter = $4 and d.follow = '[]'::jsonb
                                 and $5::int > 0 and d.fetched_at > now() - ($5::int * interval '1 millisecond'), false) as ok) t
     on conflict (run_id, key) do nothing
     returning state = 'done' as trusted`,
    [runId, JSON.stringify(rows), trust?.siteId ?? '', trust?.adapterTag ?? '', trust?.revisitAfterMs ?? 0],
  );
  return inserted.filter((r) => r.trusted).length;
}

export async function claim(db: Store, runId: number, limit: number, leaseMs: number): Promise<ClaimedRow[]> {
  const { rows } = await db.query<ClaimedRow>(
    `update ingest.request r set state = 'claimed', attempts = attempts + 1, claimed_until = now() + ($3::int * interval '1 millisecond')
     where (r.run_id, r.key) in (
       select run_id, key from ingest.request
       where run_id = $1 and (state = 'pending' or (state = 'claimed' and claimed_until < now()))
       order by depth, seq
       limit $2
       for update skip locked)
     returning key, url, method, form, referer, xhr, expect, role, optional, parent_unchanged, label, meta, depth`,
    [runId, limit, leaseMs],
  );
  return rows;
}

export async function countOpen(db: Queryable, runId: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ingest.request where run_id = $1 and state in ('pending', 'claimed')`, [runId]);
  return Number(rows[0]!.n);
}
