/**
 * The identity of a request for queue dedupe: method + normalised URL
 * (lower-case host, no default port, no fragment, sorted query) + sorted
 * form body. Two links to the same page written differently are one request.
 */
export function normaliseRequestUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const params = [...u.searchParams.entries()].sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  u.search = new URLSearchParams(params).toString();
  return u.toString();
}

export function requestKey(req: { url: string; method?: string; form?: Record<string, string> }): string {
  const form = req.form ? new URLSearchParams(Object.entries(req.form).sort(([a], [b]) => a.localeCompare(b))).toString() : '';
  return `${(req.method ?? 'GET').toUpperCase()} ${normaliseRequestUrl(req.url)}${form ? ` ${form}` : ''}`;
}
