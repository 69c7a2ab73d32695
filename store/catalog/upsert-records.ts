import { createHash } from 'node:crypto';
import { recordId } from '../../common/record-id';
import type { SourceRecord } from '../../common/record';
import type { Queryable } from '../types';
import { canonicalJson, recordContentHash } from './content-hash';
import { matchKey, mergeSources, sameFacility, type SourceContent, type SourceState } from './merge';
import { regroupPolicies } from './policy-groups';

export interface UpsertResult {
  /** Sources seen for the first time. */
  inserted: number;
  /** Sources whose content changed (or that came back after being withdrawn). */
  updated: number;
  /** Sources that said exactly what they said before: nothing was written for them. */
  unchanged: number;
}

export interface UpsertOptions {
  /** Trust of the publishing site; lower wins field by field (site registry). Default 100. */
  priority?: number;
}

/** Rows per statement: large enough to amortise round trips, small enough to bound one statement. */
const BATCH = 500;

/**
 * Writes what sources say, by (site, source key), and keeps the merged
 * catalog records up to date. A source whose content hash is unchanged costs
 * one read and no write, so re-running a loader or a crawl over the same data
 * writes nothing. A new facility that another site already publishes (same
 * kind, 시군구 and name, compatible phone) joins that record instead of
 * creating a duplicate; policies are regrouped by scope (policy-groups.ts).
 * Call it inside a transaction to make a batch atomic.
 */
export async function upsertRecords(db: Queryable, records: readonly SourceRecord[], options: UpsertOptions = {}): Promise<UpsertResult> {
  const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
  const unique = new Map<string, SourceRecord>();
  // The same source key twice in one call: the last one wins.
  for (const record of records) unique.set(`${record.provenance.siteId}\u0000${record.sourceKey}`, record);
  const all = [...unique.values()];
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = await upsertBatch(db, all.slice(start, start + BATCH), options.priority ?? 100);
    result.inserted += batch.inserted;
    result.updated += batch.updated;
    result.unchanged += batch.unchanged;
  }
  return result;
}

interface Pending {
  record: SourceRecord;
  content: SourceContent;
  hash: string;
  recordId: string;
  isNew: boolean;
  /** The match key the source had before this write (null when new). */
  oldMatchKey: string | null;
}

async function upsertBatch(db: Queryable, records: SourceRecord[], priority: number): Promise<UpsertResult> {
  const { rows: existing } = await db.query<{ site_id: string; source_key: string; record_id: string; content_hash: string; status: string; match_key: string | null }>(
    `select s.site_id, s.source_key, s.record_id, s.content_hash, s.status, s.match_key
     from catalog.source_record s
     join unnest($1::text[], $2::text[]) as k(site_id, source_key) using (site_id, source_key)`,
    [records.map((r) => r.provenance.siteId), records.map((r) => r.sourceKey)],
  );
  const known = new Map(existing.map((row) => [`${row.site_id}\u0000${row.source_key}`, row]));

  let unchanged = 0;
  const pending: Pending[] = [];
  for (const record of records) {
    const { provenance: _provenance, ...content } = record;
    const hash = recordContentHash(record);
    const row = known.get(`${record.provenance.siteId}\u0000${record.sourceKey}`);
    if (row && row.content_hash === hash && row.status === 'ACTIVE') {
      unchanged++;
      continue;
    }
    pending.push({ record, content, hash, recordId: row?.record_id ?? '', isNew: !row, oldMatchKey: row?.match_key ?? null });
  }
  if (pending.length === 0) return { inserted: 0, updated: 0, unchanged };

  const policies = pending.filter((p) => p.content.kind === 'POLICY');
  const others = pending.filter((p) => p.content.kind !== 'POLICY');
  await attachNewSources(db, others.filter((p) => p.isNew));
  // A new policy source starts on its own record; the regroup below moves it to the policy it publishes.
  for (const p of policies) if (p.isNew) p.recordId = recordId(p.record.kind, p.record.provenance.siteId, p.record.sourceKey);
  await writeSources(db, pending, priority);
  await remergeRecords(db, [...new Set(others.map((p) => p.recordId))]);
  if (policies.length) {
    const keys = policies.flatMap((p) => [matchKey(p.content), p.oldMatchKey]).filter((k): k is string => k !== null);
    await regroupPolicies(db, keys, [...new Set(policies.map((p) => p.recordId))]);
  }
  const inserted = pending.filter((p) => p.isNew).length;
  return { inserted, updated: pending.length - inserted, unchanged };
}

/** Gives each new source a record: an existing one of another site it duplicates, or its own. */
async function attachNewSources(db: Queryable, fresh: Pending[]): Promise<void> {
  const keys = [...new Set(fresh.map((p) => matchKey(p.content)).filter((k): k is string => k !== null))];
  const candidates = keys.length
    ? (
        await db.query<{ record_id: string; site_id: string; match_key: string; content: SourceContent }>(
          `select record_id, site_id, match_key, content from catalog.source_record
           where match_key = any($1::text[]) and status = 'ACTIVE' order by priority, site_id`,
          [keys],
        )
      ).rows
    : [];
  for (const p of fresh) {
    const key = matchKey(p.content);
    const match = key
      ? candidates.find((c) => c.match_key === key && c.site_id !== p.record.provenance.siteId && sameFacility(c.content, p.content))
      : undefined;
    p.recordId = match?.record_id ?? recordId(p.record.kind, p.record.provenance.siteId, p.record.sourceKey);
  }
}

async function writeSources(db: Queryable, pending: Pending[], priority: number): Promise<void> {
  // The merged record must exist before its sources reference it; remerge fills it in.
  await db.query(
    `insert into catalog.record (id, kind, subtype, name, stages, primary_stage, site_id, source_key, provenance, content_hash)
     select x.id, x.kind, x.subtype, x.name, x.stages, x.stages[1], x.site_id, x.source_key, '[]'::jsonb, ''
     from jsonb_to_recordset($1::jsonb) as x(id text, kind text, subtype text, name text, stages text[], site_id text, source_key text)
     on conflict (id) do nothing`,
    [JSON.stringify(pending.map((p) => ({ id: p.recordId, kind: p.content.kind, subtype: p.content.subtype, name: p.content.name, stages: [p.content.primaryStage], site_id: p.record.provenance.siteId, source_key: p.record.sourceKey })))],
  );
  await db.query(
    `insert into catalog.source_record as s (site_id, source_key, record_id, derived_id, priority, match_key, content, content_hash, provenance)
     select site_id, source_key, record_id, derived_id, priority, match_key, content, content_hash, provenance
     from jsonb_to_recordset($1::jsonb) as x(site_id text, source_key text, record_id text, derived_id text, priority integer,
       match_key text, content jsonb, content_hash text, provenance jsonb)
     on conflict (site_id, source_key) do update set
       priority = excluded.priority, match_key = excluded.match_key, content = excluded.content,
       content_hash = excluded.content_hash, provenance = excluded.provenance,
       status = 'ACTIVE', miss_count = 0, withdrawn_at = null, updated_at = now()`,
    [
      JSON.stringify(
        pending.map((p) => ({
          site_id: p.record.provenance.siteId,
          source_key: p.record.sourceKey,
          record_id: p.recordId,
          derived_id: recordId(p.record.kind, p.record.provenance.siteId, p.record.sourceKey),
          priority,
          match_key: matchKey(p.content),
          content: p.content,
          content_hash: p.hash,
          provenance: p.record.provenance,
        })),
      ),
    ],
  );
}

/**
 * Recomputes merged records from their active sources and writes those that
 * changed; a record with no active source left is withdrawn (never deleted).
 */
export async function remergeRecords(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const { rows } = await db.query<{ record_id: string; site_id: string; priority: number; content: SourceContent; provenance: SourceState['provenance'] }>(
    `select record_id, site_id, priority, content, provenance from catalog.source_record
     where record_id = any($1::text[]) and status = 'ACTIVE'`,
    [ids],
  );
  const byRecord = new Map<string, SourceState[]>();
  for (const row of rows) {
    const list = byRecord.get(row.record_id) ?? [];
    list.push({ siteId: row.site_id, priority: row.priority, content: row.content, provenance: row.provenance });
    byRecord.set(row.record_id, list);
  }
  const merged = [...byRecord].map(([id, sources]) => {
    const m = mergeSources(sources);
    return {
      id,
      kind: m.kind,
      subtype: m.subtype,
      name: m.name,
      stages: m.stages,
      primary_stage: m.primaryStage,
      sido: m.sido,
      sigungu: m.sigungu,
      region_code: m.regionCode,
      address: m.address,
      phone: m.phone,
      lat: m.lat,
      lng: m.lng,
      geo_approx: m.geoApprox,
      special_care: m.specialCare,
      capacity: m.capacity,
      enrolled: m.enrolled,
      attrs: m.attrs,
      site_id: m.siteId,
      source_key: m.sourceKey,
      provenance: m.provenance,
      content_hash: createHash('sha256').update(canonicalJson(m)).digest('hex'),
    };
  });
  if (merged.length) await db.query(MERGED_UPSERT_SQL, [JSON.stringify(merged)]);
  const orphaned = ids.filter((id) => !byRecord.has(id));
  if (orphaned.length) {
    await db.query(
      `update catalog.record set status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now()
       where id = any($1::text[]) and status = 'ACTIVE'`,
      [orphaned],
    );
  }
}

const MERGED_UPSERT_SQL = `
insert into catalog.record as r (
  id, kind, subtype, name, stages, primary_stage, sido, sigungu, region_code, address, phone,
  lat, lng, geo_approx, special_care, capacity, enrolled, attrs, site_id, source_key, provenance, content_hash)
select id, kind, subtype, name, stages, primary_stage, sido, sigungu, region_code, address, phone,
  lat, lng, geo_approx, special_care, capacity, enrolled, attrs, site_id, source_key, provenance, content_hash
from jsonb_to_recordset($1::jsonb) as x(
  id text, kind text, subtype text, name text, stages text[], primary_stage text, sido text, sigungu text,
  region_code text, address text, phone text, lat double precision, lng double precision, geo_approx boolean,
  special_care text[], capacity integer, enrolled integer, attrs jsonb, site_id text, source_key text,
  provenance jsonb, content_hash text)
on conflict (id) do update set
  kind = excluded.kind, subtype = excluded.subtype, name = excluded.name, stages = excluded.stages,
  primary_stage = excluded.primary_stage, sido = excluded.sido, sigungu = excluded.sigungu,
  region_code = excluded.region_code, address = excluded.address, phone = excluded.phone,
  lat = excluded.lat, lng = excluded.lng, geo_approx = excluded.geo_approx,
  special_care = excluded.special_care, capacity = excluded.capacity, enrolled = excluded.enrolled,
  attrs = excluded.attrs, site_id = excluded.site_id, source_key = excluded.source_key,
  provenance = excluded.provenance, content_hash = excluded.content_hash,
  status = 'ACTIVE', miss_count = 0, withdrawn_at = null, updated_at = now()
where r.content_hash is distinct from excluded.content_hash or r.status <> 'ACTIVE'`;
