import type { SourceRecord } from '../../common/record';
import { createLogger, type Logger } from '../../common/logger';
import type { CrawlRequest } from './adapter';
import type { FetchedPage, SiteFetcher } from './fetch';
import type { ParsePool } from './parse-pool';

// Options, progress and summary of one crawl run, and the rows its stages pass between them.

export interface CrawlOptions {
  /** false: no delays between requests (benchmarks on loopback); robots.txt Disallow still holds. Default true. */
  politeness?: boolean;
  /** Parallel workers (each claims a batch). Default: the site's fetch concurrency or 2. */
  workers?: number;
  /** Requests claimed at once by a worker. Default 8. */
  batchSize?: number;
  /** A claim not finished within this time is given to another worker. Default 120 s. */
  leaseMs?: number;
  /** A running run whose heartbeat is older than this belongs to a dead process and is taken over. Default 30 s. */
  staleRunMs?: number;
  /** Hard bound on requests in one run. Default 50,000. */
  maxRequests?: number;
  /** Keep raw bodies in ingest.document (default true; bodies over 2 MiB are never kept). */
  keepBodies?: boolean;
  missesToWithdraw?: number;
  onProgress?: (progress: CrawlProgress) => void;
  signal?: AbortSignal;
  logger?: Logger;
  /** KST day (YYYY-MM-DD) the history snapshot after this crawl is filed under; default today (tests file two days). */
  snapshotDay?: string;
  /**
   * Parse workers (parse-pool.ts) shared by the sites of one crawl; crawlSites gives one when politeness is off.
   * A run parses its first PARSE_HERE_FIRST pages on its own thread (a small site never waits for a worker to start).
   */
  parsePool?: ParsePool;
  /** Pages a run parses on its own thread before it uses `parsePool` (default PARSE_HERE_FIRST, 256; tests: 0). */
  parseHereFirst?: number;
  /** Where `<id>/adapter.json` configs live (default crawlers/sites): a parse worker loads the same adapter from there. */
  configDir?: string;
  /** Fetcher options passed through (tests: small timeouts). */
  fetcherOptions?: Partial<ConstructorParameters<typeof SiteFetcher>[0]>;
}

export interface CrawlProgress {
  siteId: string;
  runId: number;
  done: number;
  queued: number;
  pages: number;
  errors: number;
}

export type RunStatus = 'succeeded' | 'partial' | 'failed' | 'aborted';

export interface CrawlSummary {
  runId: number;
  siteId: string;
  status: RunStatus;
  resumed: boolean;
  /** Responses received (200 or 304). */
  pages: number;
  bytes: number;
  notModified: number;
  /** 200 responses whose bytes were identical to the stored document: not parsed. */
  unchanged: number;
  /** Detail pages trusted without a request (revisit policy). */
  trusted: number;
  parsed: number;
  records: number;
  recordsWritten: number;
  /** Detail pages that answered 404/410: their records are absent. */
  gone: number;
  withdrawn: number;
  failedRequests: number;
  errors: Record<string, number>;
  durationMs: number;
  /** Why the run is not `succeeded` (or what it noticed), in full. */
  message: string | null;
  /** Per error class, the first failed request of the run (its stored URL and error). */
  errorSamples: Record<string, { url: string; error: string | null }>;
}

export interface ClaimedRow {
  key: string;
  url: string;
  method: string;
  form: Record<string, string> | null;
  referer: string | null;
  xhr: boolean;
  expect: string | null;
  role: 'list' | 'detail';
  optional: boolean;
  parent_unchanged: boolean;
  label: string;
  meta: Record<string, string> | null;
  depth: number;
}

export interface DocumentRow {
  key: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string;
  adapter: string;
  follow: CrawlRequest[];
  record_keys: string[];
  /** Fetched within the site's revisit window. */
  fresh: boolean;
}

export interface Outcome {
  row: ClaimedRow;
  state: 'done' | 'gone' | 'skipped' | 'failed';
  records: SourceRecord[];
  recordKeys: string[];
  follow: CrawlRequest[];
  document: { page: FetchedPage; follow: CrawlRequest[]; recordKeys: string[] } | null;
  counters: { pages: number; bytes: number; notModified: number; unchanged: number; parsed: number; trusted: number };
  /** The stored document was confirmed current (304 or same bytes): its fetched_at moves. */
  revalidated: boolean;
  errorClass: string | null;
  error: string | null;
  abortSite: boolean;
}

let fallbackLogger: Logger | null = null;
/** The logger of a crawl whose caller passed none (also the queue's warnings). */
export function defaultLogger(): Logger {
  fallbackLogger ??= createLogger(process.env.LOG_LEVEL ?? 'warn', 'crawler');
  return fallbackLogger;
}
