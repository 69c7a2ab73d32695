import type { Queryable } from '../types';

export interface StoredSource {
  sourceKey: string;
  status: 'ACTIVE' | 'WITHDRAWN';
  missCount: number;
  recordId: string;
  /** The canonical record as the crawl stored it (provenance apart). */
  content: Record<string, unknown>;
  provenance: Record<string, unknown>;
}

/** What one site's crawls stored (`npm run crawl -- --dump <site>`), by source key; bounded. */
export async function listSourceRecords(db: Queryable, siteId: string, limit = 1000): Promise<StoredSource[]> {
  const { rows } = await db.query<{ source_key: string; status: 'ACTIVE' | 'WITHDRAWN'; miss_count: number; record_id: string; content: Record<string, unknown>; provenance: Record<string, unknown> }>(
    `select source_key, status, miss_count, record_id, content, provenance from catalog.source_record
     where site_id = $1 order by source_key limit $2`,
    [siteId, Math.max(1, Math.min(100_000, limit))],
  );
  return rows.map((r) => ({ sourceKey: r.source_key, status: r.status, missCount: Number(r.miss_count), recordId: r.record_id, content: r.content, provenance: r.provenance }));
}
