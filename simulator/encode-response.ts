import iconv from 'iconv-lite';
import type { SiteDef, SiteResponse } from './types';

/** A site's response as bytes and headers the way that site sends them (charset, BOM, content types). */
export function encodeResponse(def: SiteDef, response: SiteResponse): { status: number; headers: Record<string, string>; payload: Buffer } {
  const status = response.status ?? 200;
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  const encoding = response.encoding ?? def.encoding;
  const text = typeof response.body === 'string';
  let payload = typeof response.body === 'string' ? (encoding === 'cp949' ? iconv.encode(response.body, 'cp949') : Buffer.from(response.body, 'utf8')) : response.body;
  const label = encoding === 'cp949' ? 'euc-kr' : 'UTF-8';
  if (!headers['content-type']) {
    switch (response.kind) {
      case 'html': {
        const mode = def.bom ? 'missing' : (def.charsetHeader ?? 'correct');
        headers['content-type'] = mode === 'correct' ? `text/html; charset=${label}` : mode === 'wrong' ? 'text/html; charset=UTF-8' : 'text/html';
        break;
      }
      case 'xml':
        headers['content-type'] = `application/xml; charset=${label}`;
        break;
      case 'json':
        // The 유치원알리미-style API sends CP949 JSON with no charset at all.
        headers['content-type'] = encoding === 'cp949' ? 'application/json' : 'application/json; charset=UTF-8';
        break;
      case 'csv':
        headers['content-type'] = 'application/octet-stream';
        break;
      default:
        headers['content-type'] = `text/plain; charset=${label}`;
    }
  }
  if (text && response.kind === 'html' && def.bom) payload = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), payload]);
  return { status, headers, payload };
}

export function errorPage(message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>오류</title></head><body><h1>오류</h1><p>${message}</p></body></html>`;
}
