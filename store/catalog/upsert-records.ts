import { recordId } from '../../common/record-id';
import type { SourceRecord } from '../../common/record';
import type { Queryable } from '../types';
import { recordContentHash } from './content-hash';

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Rows per statement: large enough to amortise round trips, small enough to bound one statement. */
const BATCH = 500;

/**
 * Inserts or updates records by (site_id, source_key). A row whose content
 * hash is unchanged is not written at all (no new tuple, no updated_at bump),
 * so re-running a loader or a crawl over the same data costs reads only.
 * A record that reappears after being withdrawn becomes ACTIVE again.
 */
export async function upsertRecords(db: Queryable, records: readonly SourceRecord[]): Promise<UpsertResult> {
  const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
  const seen = new Set<string>();
  for (let start = 0; start < records.length; start += BATCH) {
    const rows = [];
    for (const record of records.slice(start, start + BATCH)) {
      const key = `${record.provenance.siteId}\u0000${record.sourceKey}`;
      // The same source key twice in one batch would make `on conflict` fail; the last one wins.
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(toRow(record));
    }
    if (rows.length === 0) continue;
    const { rows: written } = await db.query<{ inserted: boolean }>(UPSERT_SQL, [JSON.stringify(rows)]);
    const inserted = written.filter((r) => r.inserted).length;
    result.inserted += inserted;
    result.updated += written.length - inserted;
    result.unchanged += rows.length - written.length;
  }
  return result;
}

function toRow(record: SourceRecord) {
  return {
    id: recordId(record.kind, record.provenance.siteId, record.sourceKey),
    kind: record.kind,
    subtype: record.subtype,
    name: record.name,
    stages: record.stages,
    primary_stage: record.primaryStage,
    sido: record.sido ?? null,
    sigungu: record.sigungu ?? null,
    region_code: record.regionCode ?? null,
    address: record.address ?? null,
    phone: record.phone ?? null,
    lat: record.lat ?? null,
    lng: record.lng ?? null,
    geo_approx: record.geoApprox ?? false,
    special_care: record.specialCare ?? [],
    capacity: record.capacity ?? null,
    enrolled: record.enrolled ?? null,
    attrs: record.attrs,
    site_id: record.provenance.siteId,
    source_key: record.sourceKey,
    provenance: record.provenance,
    content_hash: recordContentHash(record),
  };
}

// One statement per batch: the rows travel as one jsonb parameter.
// `xmax = 0` is true only for freshly inserted tuples, which tells inserts from updates.
const UPSERT_SQL = `
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
on conflict (site_id, source_key) do update set
  kind = excluded.kind, subtype = excluded.subtype, name = excluded.name, stages = excluded.stages,
  primary_stage = excluded.primary_stage, sido = excluded.sido, sigungu = excluded.sigungu,
  region_code = excluded.region_code, address = excluded.address, phone = excluded.phone,
  lat = excluded.lat, lng = excluded.lng, geo_approx = excluded.geo_approx,
  special_care = excluded.special_care, capacity = excluded.capacity, enrolled = excluded.enrolled,
  attrs = excluded.attrs, provenance = excluded.provenance, content_hash = excluded.content_hash,
  status = 'ACTIVE', miss_count = 0, withdrawn_at = null, updated_at = now()
where r.content_hash is distinct from excluded.content_hash or r.status <> 'ACTIVE'
returning (xmax = 0) as inserted`;
