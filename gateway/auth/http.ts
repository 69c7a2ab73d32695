import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_CODES, HubError, type Bilingual, type ErrorCode } from '../../common/errors';
import { readBodyWithin } from '../../common/http-server';

/** Small HTTP helpers of the /auth routes: cookies, a bounded JSON body, typed error answers. */

/** Largest JSON body an /auth route reads (an email and a password fit many times over). */
export const AUTH_BODY_LIMIT = 8 * 1024;

export function parseCookies(req: IncomingMessage): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!(name in cookies)) {
      try {
        cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        // A cookie that is not valid percent-encoding is not one of ours.
      }
    }
  }
  return cookies;
}

export interface CookieOptions {
  httpOnly: boolean;
  path: string;
  secure: boolean;
  /** Seconds; 0 clears the cookie. */
  maxAge: number;
}

export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${o.path}`,
    `Max-Age=${o.maxAge}`,
    ...(o.maxAge === 0 ? ['Expires=Thu, 01 Jan 1970 00:00:00 GMT'] : []),
    'SameSite=Strict',
    ...(o.httpOnly ? ['HttpOnly'] : []),
    ...(o.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Adds Set-Cookie lines to those already set on the response. */
export function appendCookies(res: ServerResponse, cookies: string[]): void {
  const had = res.getHeader('set-cookie');
  res.setHeader('set-cookie', [...(Array.isArray(had) ? had : had === undefined ? [] : [String(had)]), ...cookies]);
}

/** True when the browser reached the hub over https (directly, or through a proxy that says so). */
export function isHttps(req: IncomingMessage): boolean {
  const socket = req.socket as { encrypted?: boolean };
  return Boolean(socket.encrypted) || /^https\b/i.test(String(req.headers['x-forwarded-proto'] ?? ''));
}

/**
 * A typed error of the /auth routes: `{ error: { code, messageKo, messageEn } }`
 * (the console reads this), and the GraphQL-shaped `errors` that
 * common/http-server's sendError writes, so one client handles both.
 */
export function sendAuthError(res: ServerResponse, error: HubError | ErrorCode, message?: Bilingual): void {
  const hub = typeof error === 'string' ? new HubError(error, message) : error;
  const { code, messageKo, messageEn, resultCode: _resultCode, ...details } = hub.extensions as Record<string, unknown> & { code: ErrorCode; messageKo: string; messageEn: string };
  const http = ERROR_CODES[code].http;
  if (typeof details.retryAfterSeconds === 'number') res.setHeader('retry-after', String(details.retryAfterSeconds));
  const text = JSON.stringify({
    error: { code, messageKo, messageEn, ...details },
    errors: [{ message: `${messageKo} / ${messageEn}`, extensions: { code, messageKo, messageEn, ...details } }],
  });
  res.writeHead(http, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/** The request's JSON object body, at most AUTH_BODY_LIMIT bytes; BAD_USER_INPUT otherwise. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new HubError('BAD_USER_INPUT', { ko: '요청 본문은 application/json이어야 합니다.', en: 'The request body must be application/json.' });
  }
  const text = await readBodyWithin(req, AUTH_BODY_LIMIT);
  if (text === null) throw new HubError('BAD_USER_INPUT', { ko: '요청 본문이 너무 큽니다.', en: 'The request body is too large.' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HubError('BAD_USER_INPUT', { ko: '요청 본문이 올바른 JSON이 아닙니다.', en: 'The request body is not valid JSON.' });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new HubError('BAD_USER_INPUT', { ko: '요청 본문은 JSON 객체여야 합니다.', en: 'The request body must be a JSON object.' });
  }
  return body as Record<string, unknown>;
}
