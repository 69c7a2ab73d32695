import type { SourceRecord } from '../../common/record';
import { finaliseRecord } from '../ingest/finalise';
import { MAX_FOLLOW_PER_PAGE, MAX_RECORDS_PER_PAGE, ParseError, type CrawlRequest, type SiteAdapter, type SiteConfig } from './adapter';
import type { FetchedPage } from './fetch';

/** What parsing one fetched page yields: finalised records and follow-ups, or the error class of an adapter that failed. */
export type ParsedPage =
  | { ok: true; records: SourceRecord[]; recordKeys: string[]; follow: CrawlRequest[] }
  | { ok: false; errorClass: 'PARSE' | 'ADAPTER'; error: string };

/**
 * The parse stage of a page: the adapter's parse, the per-page bounds, and
 * each record finalised with its provenance. Pure (no I/O), so it runs the
 * same on the crawl's thread or in a parse worker (parse-pool.ts).
 */
export function parseFetchedPage(adapter: SiteAdapter, site: SiteConfig, adapterTag: string, page: FetchedPage, request: CrawlRequest): ParsedPage {
  try {
    const parsed = adapter.parse(page, request, site);
    if (parsed.records.length > MAX_RECORDS_PER_PAGE || parsed.follow.length > MAX_FOLLOW_PER_PAGE) {
      throw new ParseError(`page yielded too much (${parsed.records.length} records, ${parsed.follow.length} links)`);
    }
    const provenance = { siteId: site.id, url: page.finalUrl, fetchedAt: new Date().toISOString(), contentHash: page.contentHash, adapter: adapterTag };
    const records = parsed.records.map((draft) => finaliseRecord(draft, site, provenance));
    return {
      ok: true,
      records,
      recordKeys: [...new Set(records.map((r) => r.sourceKey))],
      follow: parsed.follow.map((f) => ({ ...f, referer: f.referer ?? page.finalUrl })),
    };
  } catch (error) {
    return { ok: false, errorClass: error instanceof ParseError ? 'PARSE' : 'ADAPTER', error: (error as Error).message.slice(0, 500) };
  }
}
