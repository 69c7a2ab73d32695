import type { AgeRange } from '../../common/attrs';
import type { SourceRecord, Stage } from '../../common/record';
import type { FetchedPage, FetchRequest } from './fetch';

/**
 * What the crawler core asks of a site adapter (code in crawlers/sites/<id>
 * or a declarative config): where to start, and what a fetched page yields
 * — records and further requests. Adapters are pure functions of the page:
 * no I/O, no clock, so an unchanged page need not be parsed again.
 */

/** A request the crawler should make. Keys for dedupe come from method + normalised URL + form. */
export interface CrawlRequest extends FetchRequest {
  /** Which adapter handler parses the response (e.g. `list`, `detail`). */
  label: string;
  /**
   * `list` pages carry the set of records (a 404 there is a failure); `detail`
   * pages carry one record (a 404 there means the record is gone).
   */
  role?: 'list' | 'detail';
  /** A failure here does not make the crawl partial (e.g. a related link the site shows that we do not need). */
  optional?: boolean;
  /** Small values carried from the parent page to the handler (bounded). */
  meta?: Record<string, string>;
  /** Set by the runner: the page that linked here was unchanged (revisit policy). */
  parentUnchanged?: boolean;
}

/** A record before ingest completes it (region, coordinates fallback, lifecycle tags, provenance). */
export type DraftRecord = Omit<SourceRecord, 'provenance' | 'stages' | 'primaryStage'> & {
  /** Stages the source states explicitly (win over rules). */
  stages?: Stage[];
  primaryStage?: Stage;
  /** Extra text for keyword tagging (target, summary …). */
  tagText?: string;
  /**
   * Age range in months when the source gives one (age rules); an AgeRange
   * (the `ageMonths` transform, parseAgeRange) also carries the text, pregnancy
   * weeks and school grades. Ingest stores it as `attrs.ageMonths`.
   */
  ageMonths?: AgeRange | { min: number | null; max: number | null } | null;
};

export interface ParseResult {
  records: DraftRecord[];
  follow: CrawlRequest[];
}

/** One site as the registry describes it. */
export interface SiteConfig {
  id: string;
  name: string;
  agency: string;
  baseUrl: string;
  /** Adapter name (a folder under crawlers/sites or a declarative config). */
  adapter: string;
  /** Lower is more trusted when sources disagree (catalog merge). */
  priority: number;
  /** Cron expression (node-cron) of the scheduled crawl. */
  schedule: string;
  /** Stages this site's content belongs to when a record says nothing else. */
  stages: Stage[];
  /** Site-specific parameters (service keys, district codes …). */
  params: Record<string, string>;
  /** Fetch politeness overrides. */
  fetch?: {
    concurrency?: number;
    delayMs?: number;
    timeoutMs?: number;
    maxBodyBytes?: number;
    retries?: number;
    /**
     * Revisit policy: a detail page linked from an unchanged list page, fetched less than this long ago, is trusted
     * without a request. 0 = always revalidate (sites whose details change without their lists). Default 30 min.
     */
    revisitAfterMs?: number;
  };
  /** Paths fetched at the start of every run (and resume) before the queue, e.g. to obtain a session cookie. */
  warmup?: string[];
}

export interface SiteAdapter {
  readonly name: string;
  readonly version: string;
  start(site: SiteConfig): CrawlRequest[];
  /** Throws `ParseError` when the page is not what the handler expects (an error page, a login wall …). */
  parse(page: FetchedPage, request: CrawlRequest, site: SiteConfig): ParseResult;
  /**
   * Labels of the detail pages that pages of `label` are expected to lead to. When a run fetched pages of
   * `label` but none of these was requested, or every one failed or answered 404, the run ends `partial`
   * naming the handler (a broken selector or URL template), instead of "succeeding" without its details
   * and counting every record as absent.
   */
  detailLabels?(label: string): string[];
}

/** The page is not what the adapter expected: it counts as a failed page, never as "no records". */
export class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Bounds on what one page may yield. */
export const MAX_RECORDS_PER_PAGE = 5000;
export const MAX_FOLLOW_PER_PAGE = 5000;
