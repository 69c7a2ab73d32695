import type { SimSiteInfo } from './site-list';
import type { World } from './world/types';

/** One request as a simulated site sees it. Bodies and headers are already bounded by the server. */
export interface SiteRequest {
  method: string;
  /** Path without the query string, e.g. `/cpms/cpmsList.do`. */
  path: string;
  query: URLSearchParams;
  /** Parsed `application/x-www-form-urlencoded` body (POST), empty otherwise. */
  form: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  cookies: Record<string, string>;
  site: SimSiteInfo;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  seed: number;
  tick: number;
  /** The world at the current tick. */
  world: World;
  /** The world at another tick (e.g. a stale listing one tick behind). */
  worldAt(tick: number): World;
}

export type ContentKind = 'html' | 'xml' | 'json' | 'csv' | 'text';

export interface SiteResponse {
  status?: number;
  kind: ContentKind;
  body: string | Buffer;
  headers?: Record<string, string>;
  setCookie?: string[];
  /** Overrides the site's page encoding for this response (e.g. a CP949 CSV on a UTF-8 site). */
  encoding?: 'utf-8' | 'cp949';
  /** Never send ETag / Last-Modified for this response (dynamic pages). */
  noValidators?: boolean;
}

/**
 * A simulated site: its routes plus the legacy behaviours the server layer
 * applies around them (encoding, charset header, validators, failures, rate
 * limits, latency, robots.txt).
 */
export interface SiteDef {
  id: string;
  /** Encoding of text responses. */
  encoding: 'utf-8' | 'cp949';
  /** How the charset appears in Content-Type for HTML: correct, missing (only `<meta>` says it) or wrong (says UTF-8 for CP949 bytes). */
  charsetHeader?: 'correct' | 'missing' | 'wrong';
  /** Prefix HTML with a UTF-8 BOM (and send no charset). */
  bom?: boolean;
  /** Conditional-GET support. */
  validators: 'etag' | 'last-modified' | 'both' | 'none';
  /** robots.txt body; default allows everything. */
  robots?: string;
  /** Share of paths (0–1) that answer 500 to their first request in each tick. */
  failFirstRate?: number;
  /** More than `perSecond` requests within one second → 429 with `Retry-After: retryAfterS`. */
  rateLimit?: { perSecond: number; retryAfterS: number };
  /** Added latency per data page in ms, [min, max] picked deterministically per path. */
  latencyMs?: [number, number];
  route(req: SiteRequest): SiteResponse | Promise<SiteResponse>;
}
