import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Partner service keys (서비스키). Like 공공데이터포털 keys they are standard
 * base64, so they may hold `+` and `/`: partners pass them raw or
 * URL-encoded, and both must work (a raw `+` in a query string is not a space here).
 */
const KEY_BYTES = 33; // 264 bits, 44 base64 characters, no padding
const MAX_KEY_LENGTH = 256;

export function generateServiceKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/** Keys are random 264-bit secrets, so one SHA-256 suffices: nothing to guess, nothing to stretch. */
export function hashServiceKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The first characters, shown in lists so an operator can tell keys apart. */
export function keyPrefix(key: string): string {
  return key.slice(0, 6);
}

/**
 * The key of a request: the `X-API-Key` header, else the `serviceKey` query
 * parameter (any letter case), read from the raw query so `+` survives,
 * then percent-decoded (twice at most: some clients encode an encoded key).
 */
export function serviceKeyOf(req: Pick<IncomingMessage, 'headers' | 'url'>): string | null {
  const header = req.headers['x-api-key'];
  const fromHeader = (Array.isArray(header) ? header[0] : header)?.trim();
  if (fromHeader) return fromHeader.slice(0, MAX_KEY_LENGTH);
  const url = req.url ?? '';
  const q = url.indexOf('?');
  if (q < 0) return null;
  for (const pair of url.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).toLowerCase() !== 'servicekey') continue;
    const value = percentDecode(percentDecode(pair.slice(eq + 1).slice(0, MAX_KEY_LENGTH * 3)));
    return value.trim() ? value.trim() : null;
  }
  return null;
}

function percentDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
