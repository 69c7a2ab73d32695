import { gzipSync } from 'node:zlib';
import type { Queryable } from '../../store/types';
import type { SiteConfig } from './adapter';
import { toStored } from './run-queue';
import type { DocumentRow, Outcome } from './run-types';

/** The stored last version of each page (ingest.document): what conditional GETs and the revisit policy compare against. */

const MAX_BODY_KEPT = 2 * 1024 * 1024;

export async function loadDocuments(db: Queryable, siteId: string, keys: string[], revisitAfterMs: number): Promise<Map<string, DocumentRow>> {
  const { rows } = await db.query<DocumentRow>(
    `select key, etag, last_modified, content_hash, adapter, follow, record_keys,
            $3::int > 0 and fetched_at > now() - ($3::int * interval '1 millisecond') as fresh
     from ingest.document where site_id = $1 and key = any($2::text[])`,
    [siteId, keys, revisitAfterMs],
  );
  return new Map(rows.map((r) => [r.key, r]));
}

/** One statement for the batch's changed documents; bodies are kept gzip-compressed. */
export async function saveDocuments(db: Queryable, site: SiteConfig, outcomes: Outcome[], adapterTag: string, keepBodies: boolean): Promise<void> {
  const rows = outcomes
    .filter((o): o is Outcome & { document: NonNullable<Outcome['document']> } => o.document !== null)
    .map(({ row, document: { page, follow, recordKeys } }) => ({
      key: row.key,
      url: toStored(page.finalUrl, site.baseUrl),
      status: page.status,
      etag: page.etag,
      last_modified: page.lastModified,
      content_hash: page.contentHash,
      content_type: page.contentType,
      encoding: page.encoding,
      bytes: page.bytes.length,
      body: keepBodies && page.bytes.length <= MAX_BODY_KEPT ? gzipSync(page.bytes, { level: 1 }).toString('base64') : null,
      follow: follow.map((f) => ({ ...f, url: toStored(f.url, site.baseUrl), referer: f.referer ? toStored(f.referer, site.baseUrl) : undefined })),
      record_keys: recordKeys,
    }));
  if (!rows.length) return;
  await db.query(
    `insert into ingest.document (site_id, key, url, status, etag, last_modified, content_hash, content_type, encoding, bytes, body_gzip, adapter, follow, record_keys, fetched_at, changed_at)
     select $1, x.key, x.url, x.status, x.etag, x.last_modified, x.content_hash, x.content_type, x.encoding, x.bytes, decode(x.body, 'base64'), $2, x.follow, x.record_keys, now(), now()
     from jsonb_to_recordset($3::jsonb) as x(key text, url text, status int, etag text, last_modified text, content_hash text, content_type text, encoding text, bytes int, body text, follow jsonb, record_keys text[])
     on conflict (site_id, key) do update set url = excluded.url, status = excluded.status, etag = excluded.etag, last_modified = excluded.last_modified,
       content_hash = excluded.content_hash, content_type = excluded.content_type, encoding = excluded.encoding, bytes = excluded.bytes,
       body_gzip = excluded.body_gzip, adapter = excluded.adapter, follow = excluded.follow, record_keys = excluded.record_keys,
       fetched_at = excluded.fetched_at, changed_at = excluded.changed_at`,
    [site.id, adapterTag, JSON.stringify(rows)],
  );
}
