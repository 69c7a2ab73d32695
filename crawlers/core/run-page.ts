import type { CrawlRequest, SiteAdapter, SiteConfig } from './adapter';
import { CrawlError, type FetchedPage, type SiteFetcher } from './fetch';
import { parseFetchedPage, type ParsedPage } from './parse-page';
import { fromStored } from './run-queue';
import type { ClaimedRow, DocumentRow, Outcome } from './run-types';

/** What the fetch-and-parse stage of a run needs about its site. */
export interface PageContext {
  site: SiteConfig;
  adapter: SiteAdapter;
  /** `name@version` of the adapter: a stored document of another version cannot stand in for the page. */
  adapterTag: string;
  fetcher: SiteFetcher;
  /** Parses in a worker thread instead of here (parse-pool.ts); absent: parsed on this thread. */
  parser?: { parse(page: FetchedPage, request: CrawlRequest): Promise<ParsedPage> };
}

/**
 * Fetch, parse and normalise stage for one claimed request: trusted without a
 * request (revisit policy), fetched and found unchanged (304 or same bytes:
 * what it yielded last time still holds), or parsed into finalised records and
 * follow-ups. Never throws: every failure becomes the outcome's error class.
 */
export async function processPage(row: ClaimedRow, doc: DocumentRow | null, { site, adapter, adapterTag, fetcher, parser }: PageContext): Promise<Outcome> {
  const request: CrawlRequest = {
    url: fromStored(row.url, site.baseUrl),
    method: row.method === 'POST' ? 'POST' : 'GET',
    form: row.form ?? undefined,
    referer: row.referer ? fromStored(row.referer, site.baseUrl) : undefined,
    xhr: row.xhr,
    expect: (row.expect ?? undefined) as CrawlRequest['expect'],
    label: row.label,
    role: row.role,
    optional: row.optional,
    meta: row.meta ?? undefined,
    // Only a document this adapter version parsed can stand in for the page: another version needs the body.
    conditional: doc && doc.adapter === adapterTag ? { etag: doc.etag, lastModified: doc.last_modified } : undefined,
  };
  const outcome: Outcome = {
    row,
    state: 'done',
    records: [],
    recordKeys: [],
    follow: [],
    document: null,
    counters: { pages: 0, bytes: 0, notModified: 0, unchanged: 0, parsed: 0, trusted: 0 },
    revalidated: false,
    errorClass: null,
    error: null,
    abortSite: false,
  };
  const reuse = (d: DocumentRow): void => {
    outcome.follow = d.follow.map((f) => ({ ...f, url: fromStored(f.url, site.baseUrl), referer: f.referer ? fromStored(f.referer, site.baseUrl) : undefined, parentUnchanged: true }));
    outcome.recordKeys = d.record_keys;
  };
  // Revisit policy: a detail under an unchanged list, fetched recently, is trusted without a request.
  if (row.parent_unchanged && row.role === 'detail' && doc?.fresh && doc.adapter === adapterTag) {
    outcome.counters.trusted = 1;
    reuse(doc);
    return outcome;
  }
  let page: FetchedPage;
  try {
    page = await fetcher.fetch(request);
  } catch (error) {
    if (error instanceof CrawlError) {
      outcome.errorClass = error.errorClass;
      outcome.error = error.message.slice(0, 500);
      if ((error.errorClass === 'NOT_FOUND' || error.errorClass === 'GONE') && row.role === 'detail') outcome.state = 'gone';
      else if (error.errorClass === 'ROBOTS_DISALLOWED') outcome.state = 'skipped';
      else outcome.state = 'failed';
      outcome.abortSite = error.action === 'abort-site';
      return outcome;
    }
    outcome.state = 'failed';
    outcome.errorClass = 'INTERNAL';
    outcome.error = (error as Error).message.slice(0, 500);
    return outcome;
  }
  outcome.counters.pages = 1;
  outcome.counters.bytes = page.bytes.length;
  if (doc && (page.notModified || (page.contentHash === doc.content_hash && doc.adapter === adapterTag))) {
    // Unchanged: what it yielded last time still holds. No parse, no write.
    if (page.notModified) outcome.counters.notModified = 1;
    else outcome.counters.unchanged = 1;
    outcome.revalidated = true;
    reuse(doc);
    return outcome;
  }
  if (page.notModified) {
    // 304 without a stored document (cannot happen unless the row was deleted): treat as a failure to refetch next run.
    outcome.state = 'failed';
    outcome.errorClass = 'NOT_MODIFIED_WITHOUT_DOCUMENT';
    return outcome;
  }
  // Never throws: a page the parse worker cannot take is parsed on this thread (runner.ts workerParser).
  const parsed = parser ? await parser.parse(page, request) : parseFetchedPage(adapter, site, adapterTag, page, request);
  if (!parsed.ok) {
    outcome.state = 'failed';
    outcome.errorClass = parsed.errorClass;
    outcome.error = parsed.error;
    return outcome;
  }
  outcome.counters.parsed = 1;
  outcome.records = parsed.records;
  outcome.recordKeys = parsed.recordKeys;
  outcome.follow = parsed.follow;
  outcome.document = { page, follow: outcome.follow, recordKeys: outcome.recordKeys };
  return outcome;
}
