/**
 * Typed crawl errors. Each class decides what the crawler does next:
 * `retry` (the fetcher retries with backoff, then gives up on the page),
 * `skip` (give up on this page now), `abort-site` (stop the site's run: it
 * is unreachable or refusing us).
 */
export const ERROR_CLASSES = {
  TIMEOUT: { action: 'retry', ko: '응답 시간 초과', en: 'timed out' },
  NETWORK: { action: 'retry', ko: '연결 오류', en: 'network error' },
  HTTP_5XX: { action: 'retry', ko: '서버 오류', en: 'server error' },
  RATE_LIMITED: { action: 'retry', ko: '요청 제한(429)', en: 'rate limited (429)' },
  NOT_FOUND: { action: 'skip', ko: '페이지 없음(404)', en: 'not found (404)' },
  GONE: { action: 'skip', ko: '삭제된 페이지(410)', en: 'gone (410)' },
  HTTP_4XX: { action: 'skip', ko: '요청 거부', en: 'client error' },
  TOO_LARGE: { action: 'skip', ko: '응답이 너무 큼', en: 'response too large' },
  REDIRECT_LOOP: { action: 'skip', ko: '리다이렉트 반복', en: 'redirect loop' },
  TOO_MANY_REDIRECTS: { action: 'skip', ko: '리다이렉트 과다', en: 'too many redirects' },
  ROBOTS_DISALLOWED: { action: 'skip', ko: 'robots.txt가 금지한 주소', en: 'disallowed by robots.txt' },
  ERROR_PAGE_AS_DOWNLOAD: { action: 'skip', ko: '파일 대신 오류 페이지', en: 'an HTML error page served as the download' },
  DECODE: { action: 'skip', ko: '문자 인코딩 오류', en: 'undecodable body' },
  SITE_UNREACHABLE: { action: 'abort-site', ko: '사이트에 연결할 수 없음', en: 'site unreachable' },
} as const;

export type ErrorClass = keyof typeof ERROR_CLASSES;
export type ErrorAction = 'retry' | 'skip' | 'abort-site';

export class CrawlError extends Error {
  readonly action: ErrorAction;
  constructor(
    readonly errorClass: ErrorClass,
    readonly url: string,
    readonly detail: string | null = null,
    readonly status: number | null = null,
    public attempts = 1,
  ) {
    const info = ERROR_CLASSES[errorClass];
    super(`${info.ko} / ${info.en}: ${url.slice(0, 300)}${status ? ` (HTTP ${status})` : ''}${detail ? ` — ${detail.slice(0, 200)}` : ''}`);
    this.name = 'CrawlError';
    this.action = info.action;
  }
}

/** Consecutive network failures after which a site is considered down for this run. */
export const ABORT_AFTER_CONSECUTIVE_NETWORK_FAILURES = 5;
