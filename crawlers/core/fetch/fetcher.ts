import { createHash } from 'node:crypto';
import { Agent, request, type Dispatcher } from 'undici';
import { CookieJar } from './cookies';
import { decodeDocument, type EncodingSource } from './encoding';
import { ABORT_AFTER_CONSECUTIVE_NETWORK_FAILURES, CrawlError, type ErrorClass } from './errors';
import { ALLOW_ALL, parseRobots, type Robots } from './robots';

export const DEFAULT_USER_AGENT = 'DolbomHubBot/0.1 (+https://github.com/dolbom-hub)';

export interface SitePolicy {
  siteId: string;
  baseUrl: string;
  userAgent?: string;
  /** Requests in flight to the site at once. Default 2. */
  concurrency?: number;
  /** Minimum gap between request starts, ms (robots Crawl-delay raises it). Default 1000. */
  delayMs?: number;
  /** false: no gaps at all (benchmarks on loopback); robots Disallow still holds. Default true. */
  politeness?: boolean;
  respectRobots?: boolean;
  timeoutMs?: number;
  maxBodyBytes?: number;
  maxRedirects?: number;
  retries?: number;
  backoffBaseMs?: number;
  maxRetryAfterMs?: number;
}

export interface FetchRequest {
  url: string;
  method?: 'GET' | 'POST';
  form?: Record<string, string>;
  headers?: Record<string, string>;
  referer?: string;
  /** Adds `X-Requested-With: XMLHttpRequest` (AJAX fragments). */
  xhr?: boolean;
  conditional?: { etag?: string | null; lastModified?: string | null };
  /** What the caller expects; a download that turns out to be an HTML page fails as ERROR_PAGE_AS_DOWNLOAD. */
  expect?: 'html' | 'xml' | 'json' | 'csv' | 'any';
}

export interface FetchedPage {
  url: string;
  finalUrl: string;
  method: string;
  status: number;
  notModified: boolean;
  headers: Record<string, string>;
  bytes: Buffer;
  text: string | null;
  encoding: string | null;
  encodingSource: EncodingSource | null;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  contentHash: string;
  redirects: number;
  attempts: number;
  elapsedMs: number;
}

export interface FetcherStats {
  requests: number;
  bytes: number;
  retries: number;
  errors: Partial<Record<ErrorClass, number>>;
  /** The largest gap between request starts the host's 429/503s taught (0: never refused). */
  throttleMs?: number;
}

const MAX_HEADER_BYTES = 64 * 1024;
/** Adaptive throttle after a 429/503 (see Fetcher.throttleMs): first gap, ceiling, and where easing stops. */
const INITIAL_THROTTLE_MS = 50;
const MAX_THROTTLE_MS = 2000;
const MIN_THROTTLE_MS = 5;
const MAX_FORM_BYTES = 16 * 1024;

/**
 * HTTP for one site, politely: a per-host limit on requests in flight and a
 * minimum gap between request starts (raised by robots.txt Crawl-delay and
 * by 429/503 Retry-After for the whole host), timeouts, a body-size cap that
 * aborts the transfer, manual redirects with loop detection, retries with
 * exponential backoff, cookies, conditional GET and charset decoding.
 */
export class SiteFetcher {
  private readonly policy: Required<Omit<SitePolicy, 'userAgent'>> & { userAgent: string };
  private readonly dispatcher: Dispatcher;
  private readonly jar: CookieJar;
  private robots: Robots | null = null;
  private robotsLoading: Promise<Robots> | null = null;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private nextStart = 0;
  /**
   * Least time between request starts learnt from the host's 429/503s: the
   * Retry-After pause alone lets the same burst through again and again
   * until some request has used up its retries. Doubled on a refusal (once
   * per Retry-After window, since one burst is refused several times over),
   * eased by 2 % on every success (AIMD), so the crawl settles just under
   * the host's limit. Applies with politeness off too: a limit is a limit.
   */
  private throttleMs = 0;
  /** When throttleMs last went up: refusals of one burst arrive together and count once. */
  private throttleRaisedAt = 0;
  private consecutiveNetworkFailures = 0;
  private readonly counters: FetcherStats = { requests: 0, bytes: 0, retries: 0, errors: {} };

  constructor(policy: SitePolicy, options: { dispatcher?: Dispatcher } = {}) {
    this.policy = {
      siteId: policy.siteId,
      baseUrl: policy.baseUrl,
      userAgent: policy.userAgent ?? DEFAULT_USER_AGENT,
      concurrency: Math.max(1, Math.min(32, policy.concurrency ?? 2)),
      delayMs: Math.max(0, policy.delayMs ?? 1000),
      politeness: policy.politeness ?? true,
      respectRobots: policy.respectRobots ?? true,
      timeoutMs: policy.timeoutMs ?? 15_000,
      maxBodyBytes: policy.maxBodyBytes ?? 5 * 1024 * 1024,
      maxRedirects: Math.min(20, policy.maxRedirects ?? 5),
      retries: Math.min(10, policy.retries ?? 3),
      backoffBaseMs: policy.backoffBaseMs ?? 500,
      maxRetryAfterMs: policy.maxRetryAfterMs ?? 60_000,
    };
    this.dispatcher =
      options.dispatcher ??
      new Agent({
        connections: this.policy.concurrency,
        keepAliveTimeout: 10_000,
        connectTimeout: Math.min(this.policy.timeoutMs, 10_000),
        headersTimeout: this.policy.timeoutMs,
        bodyTimeout: this.policy.timeoutMs,
        maxHeaderSize: MAX_HEADER_BYTES,
      });
    this.jar = new CookieJar(new URL(policy.baseUrl).host);
  }

  stats(): FetcherStats {
    return { ...this.counters, errors: { ...this.counters.errors } };
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** Fetches one page (following redirects, retrying what is worth retrying). Throws CrawlError. */
  async fetch(req: FetchRequest): Promise<FetchedPage> {
    try {
      return await this.fetchWithRetries(req);
    } catch (error) {
      if (error instanceof CrawlError) this.counters.errors[error.errorClass] = (this.counters.errors[error.errorClass] ?? 0) + 1;
      throw error;
    }
  }

  private async fetchWithRetries(req: FetchRequest): Promise<FetchedPage> {
    if (this.policy.respectRobots) {
      const robots = await this.loadRobots();
      if (!robots.isAllowed(req.url)) throw new CrawlError('ROBOTS_DISALLOWED', req.url, null, null, 0);
    }
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        const page = await this.fetchFollowing(req, attempt);
        this.consecutiveNetworkFailures = 0;
        if (this.throttleMs > 0) this.throttleMs = this.throttleMs < MIN_THROTTLE_MS ? 0 : this.throttleMs * 0.98;
        return page;
      } catch (error) {
        const crawlError = toCrawlError(error, req.url);
        crawlError.attempts = attempt;
        if (crawlError.errorClass === 'NETWORK' || crawlError.errorClass === 'TIMEOUT') {
          this.consecutiveNetworkFailures++;
          if (this.consecutiveNetworkFailures >= ABORT_AFTER_CONSECUTIVE_NETWORK_FAILURES * (this.policy.retries + 1)) {
            throw new CrawlError('SITE_UNREACHABLE', req.url, crawlError.message, null, attempt);
          }
        }
        if (crawlError.action !== 'retry' || attempt > this.policy.retries) throw crawlError;
        this.counters.retries++;
        const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs;
        const backoff = retryAfter ?? Math.min(30_000, this.policy.backoffBaseMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
        // Retry-After slows the whole host, not only this request, and from then on requests start further apart.
        if (retryAfter !== undefined) {
          const now = Date.now();
          this.nextStart = Math.max(this.nextStart, now + retryAfter);
          if (now - this.throttleRaisedAt >= retryAfter) {
            this.throttleRaisedAt = now;
            this.throttleMs = Math.min(MAX_THROTTLE_MS, Math.max(INITIAL_THROTTLE_MS, this.throttleMs * 2));
          }
          this.counters.throttleMs = Math.max(this.counters.throttleMs ?? 0, Math.round(this.throttleMs));
        }
        await sleep(backoff);
      }
    }
  }

  private async loadRobots(): Promise<Robots> {
    if (this.robots) return this.robots;
    this.robotsLoading ??= (async () => {
      const url = new URL('/robots.txt', this.policy.baseUrl).toString();
      try {
        const page = await this.withSlot(() => this.once({ url }, url));
        const robots = page.status === 200 ? parseRobots(url, page.text ?? '', this.policy.userAgent) : ALLOW_ALL;
        this.robots = robots;
        return robots;
      } catch {
        // No robots.txt reachable: everything allowed (and the real pages will show whether the site is up).
        this.robots = ALLOW_ALL;
        return ALLOW_ALL;
      }
    })();
    return this.robotsLoading;
  }

  private async fetchFollowing(req: FetchRequest, attempt: number): Promise<FetchedPage> {
    const seen = new Set<string>();
    let url = req.url;
    let method = req.method ?? 'GET';
    let form = req.form;
    for (let redirects = 0; ; redirects++) {
      if (seen.has(`${method} ${url}`)) throw new CrawlError('REDIRECT_LOOP', req.url, `${url} again after ${redirects} redirects`);
      seen.add(`${method} ${url}`);
      if (this.policy.respectRobots && redirects > 0 && !(await this.loadRobots()).isAllowed(url)) throw new CrawlError('ROBOTS_DISALLOWED', url);
      const page = await this.withSlot(() => this.once({ ...req, url, method, form }, req.url));
      if (page.status >= 300 && page.status < 400 && page.status !== 304) {
        const location = page.headers.location;
        if (!location) return this.finish(page, req, redirects, attempt);
        if (redirects >= this.policy.maxRedirects) throw new CrawlError('TOO_MANY_REDIRECTS', req.url, `more than ${this.policy.maxRedirects}`);
        url = new URL(location, url).toString();
        if (page.status !== 307 && page.status !== 308) {
          method = 'GET';
          form = undefined;
        }
        continue;
      }
      return this.finish(page, req, redirects, attempt);
    }
  }

  private finish(page: FetchedPage, req: FetchRequest, redirects: number, attempts: number): FetchedPage {
    const { status } = page;
    if (status === 429 || status === 503) {
      const error = new CrawlError(status === 429 ? 'RATE_LIMITED' : 'HTTP_5XX', req.url, null, status);
      (error as CrawlError & { retryAfterMs?: number }).retryAfterMs = retryAfterMs(page.headers['retry-after'], this.policy.maxRetryAfterMs);
      throw error;
    }
    if (status >= 500) throw new CrawlError('HTTP_5XX', req.url, null, status);
    if (status === 404) throw new CrawlError('NOT_FOUND', req.url, null, status);
    if (status === 410) throw new CrawlError('GONE', req.url, null, status);
    if (status >= 400) throw new CrawlError('HTTP_4XX', req.url, null, status);
    const download = /attachment/i.test(page.headers['content-disposition'] ?? '') || (req.expect !== undefined && req.expect !== 'html' && req.expect !== 'any');
    if (download && status === 200 && looksLikeHtml(page.text ?? page.bytes.subarray(0, 512).toString('latin1'))) {
      throw new CrawlError('ERROR_PAGE_AS_DOWNLOAD', req.url, `${page.headers['content-disposition'] ?? page.contentType ?? ''}`.slice(0, 100), status);
    }
    return { ...page, redirects, attempts };
  }

  /** Waits for a free slot and for the host's next allowed start time. */
  private async withSlot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.policy.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      if (this.policy.politeness || this.throttleMs > 0 || this.nextStart > Date.now()) {
        const gap = Math.max(this.throttleMs, this.policy.politeness ? Math.max(this.policy.delayMs, this.robots?.crawlDelayMs() ?? 0) : 0);
        const now = Date.now();
        const start = Math.max(now, this.nextStart);
        this.nextStart = start + gap;
        if (start > now) await sleep(start - now);
      }
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** One HTTP exchange, no redirects followed, no status interpretation. */
  private async once(req: FetchRequest, originalUrl: string): Promise<FetchedPage> {
    const started = Date.now();
    const url = new URL(req.url);
    if (!/^https?:$/.test(url.protocol)) throw new CrawlError('HTTP_4XX', req.url, 'unsupported scheme');
    const headers: Record<string, string> = {
      'user-agent': this.policy.userAgent,
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8',
      'accept-language': 'ko-KR,ko;q=0.9',
      ...(req.headers ?? {}),
    };
    const cookie = this.jar.header(url);
    if (cookie) headers.cookie = cookie;
    if (req.referer) headers.referer = req.referer;
    if (req.xhr) headers['x-requested-with'] = 'XMLHttpRequest';
    if (req.conditional?.etag) headers['if-none-match'] = req.conditional.etag;
    if (req.conditional?.lastModified) headers['if-modified-since'] = req.conditional.lastModified;
    let body: string | undefined;
    if (req.method === 'POST') {
      body = new URLSearchParams(req.form ?? {}).toString();
      if (body.length > MAX_FORM_BYTES) throw new CrawlError('HTTP_4XX', req.url, 'form too large');
      headers['content-type'] = 'application/x-www-form-urlencoded; charset=UTF-8';
    }
    this.counters.requests++;
    let response: Dispatcher.ResponseData;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.policy.timeoutMs);
    try {
      response = (await request(url, { method: req.method ?? 'GET', headers, body, dispatcher: this.dispatcher, signal: abort.signal })) as Dispatcher.ResponseData;
      const lower: Record<string, string> = {};
      for (const [k, v] of Object.entries(response.headers)) if (v !== undefined) lower[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
      this.jar.store(response.headers['set-cookie'] as string | string[] | undefined, url);
      const declared = Number(lower['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > this.policy.maxBodyBytes) {
        response.body.destroy();
        throw new CrawlError('TOO_LARGE', originalUrl, `${declared} bytes > ${this.policy.maxBodyBytes}`, response.statusCode);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += (chunk as Buffer).length;
        if (size > this.policy.maxBodyBytes) {
          response.body.destroy();
          throw new CrawlError('TOO_LARGE', originalUrl, `more than ${this.policy.maxBodyBytes} bytes`, response.statusCode);
        }
        chunks.push(chunk as Buffer);
      }
      const bytes = Buffer.concat(chunks);
      this.counters.bytes += bytes.length;
      const contentType = lower['content-type'] ?? null;
      const textual = response.statusCode !== 304 && bytes.length > 0 && isTextual(contentType, bytes);
      const decoded = textual ? decodeDocument(bytes, contentType) : null;
      return {
        url: originalUrl,
        finalUrl: url.toString(),
        method: req.method ?? 'GET',
        status: response.statusCode,
        notModified: response.statusCode === 304,
        headers: lower,
        bytes,
        text: decoded?.text ?? null,
        encoding: decoded?.encoding ?? null,
        encodingSource: decoded?.source ?? null,
        contentType,
        etag: lower.etag ?? null,
        lastModified: lower['last-modified'] ?? null,
        contentHash: createHash('sha256').update(bytes).digest('hex'),
        redirects: 0,
        attempts: 1,
        elapsedMs: Date.now() - started,
      };
    } catch (error) {
      if (error instanceof CrawlError) throw error;
      if (abort.signal.aborted) throw new CrawlError('TIMEOUT', originalUrl, `no answer within ${this.policy.timeoutMs} ms`);
      throw toCrawlError(error, originalUrl);
    } finally {
      clearTimeout(timer);
    }
  }
}

function isTextual(contentType: string | null, bytes: Buffer): boolean {
  if (!contentType || /octet-stream/i.test(contentType)) {
    // Downloads without a useful type: text unless it has NUL bytes.
    return !bytes.subarray(0, 1024).includes(0);
  }
  return /text|html|xml|json|csv|javascript/i.test(contentType);
}

function looksLikeHtml(start: string): boolean {
  return /^\s*(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body|script)/i.test(start.slice(0, 512));
}

function retryAfterMs(value: string | undefined, max: number): number {
  if (!value) return 1000;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.min(max, Math.max(0, seconds * 1000));
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.min(max, Math.max(0, date - Date.now())) : 1000;
}

function toCrawlError(error: unknown, url: string): CrawlError {
  if (error instanceof CrawlError) return error;
  const e = error as { code?: string; name?: string; message?: string };
  const code = e.code ?? '';
  if (/TIMEOUT/i.test(code) || e.name === 'AbortError' || /timeout/i.test(e.message ?? '')) return new CrawlError('TIMEOUT', url, e.message ?? code);
  return new CrawlError('NETWORK', url, `${code} ${e.message ?? ''}`.trim());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
