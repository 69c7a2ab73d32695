export { CrawlError, ERROR_CLASSES, type ErrorAction, type ErrorClass } from './errors';
export { decodeDocument, canonicalEncoding, type Decoded, type EncodingSource } from './encoding';
export { parseRobots, type Robots } from './robots';
export { CookieJar } from './cookies';
export { requestKey, normaliseRequestUrl } from './request-key';
export { SiteFetcher, DEFAULT_USER_AGENT, type FetchRequest, type FetchedPage, type FetcherStats, type SitePolicy } from './fetcher';
