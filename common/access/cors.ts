import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS per key: a browser may use a key only from the origins its partner
 * registered. Preflights carry no key (X-API-Key is the header being asked
 * about), so they are answered generically and the real request decides:
 * without Access-Control-Allow-Origin the browser keeps the answer from the page.
 */
const ALLOWED_HEADERS = 'content-type, x-api-key, authorization, apollo-require-preflight';

export function originOf(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : null;
}

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || allowed.includes(origin);
}

/** Sets the CORS headers of an answer to an allowed origin. */
export function allowOrigin(res: ServerResponse, origin: string): void {
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-expose-headers', 'retry-after');
  res.setHeader('vary', 'Origin');
}

/** Answers a preflight (OPTIONS) request. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const origin = originOf(req);
  const headers: Record<string, string> = { vary: 'Origin', 'content-length': '0' };
  if (origin) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-allow-methods'] = 'GET, POST, OPTIONS';
    headers['access-control-allow-headers'] = ALLOWED_HEADERS;
    headers['access-control-max-age'] = '600';
  }
  res.writeHead(204, headers);
  res.end();
}
