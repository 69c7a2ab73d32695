import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendError } from '../common/http-server';

/** Where `npm ci` (the root postinstall: `npm run build:console`) writes the console. */
export const CONSOLE_DIST = join(__dirname, '..', 'console', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Only this origin, nothing inline: the console is plain bundled files, so a
 * strict policy costs nothing and keeps an injected script from running or
 * phoning home. (Preact sets styles through the CSSOM, which style-src allows.)
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Serves a built single-page app under `prefix` (e.g. /console): files as
 * they are, any other path the app's index.html (the client router decides),
 * hashed assets cached for a year, index.html never.
 */
export function serveSpa(prefix: string, dir: string) {
  const cache = new Map<string, Buffer>();
  const load = async (file: string): Promise<Buffer | null> => {
    const hit = cache.get(file);
    if (hit) return hit;
    try {
      if (!(await stat(file)).isFile()) return null;
      const bytes = await readFile(file);
      cache.set(file, bytes);
      return bytes;
    } catch {
      return null;
    }
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (path !== prefix && !path.startsWith(`${prefix}/`)) {
      sendError(res, 'NOT_FOUND', { ko: `없는 경로입니다: ${path.slice(0, 100)}`, en: `No such path: ${path.slice(0, 100)}` });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (path === prefix) {
      res.writeHead(301, { location: `${prefix}/` });
      res.end();
      return;
    }
    const relative = normalize(path.slice(prefix.length + 1));
    const inside = !relative.startsWith('..') && !relative.includes(`${sep}..`) && !relative.includes('\0');
    const asset = inside && relative !== '.' && relative !== '' ? await load(join(dir, relative)) : null;
    if (asset) {
      const hashed = relative.startsWith(`assets${sep}`);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
        'content-length': asset.length,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : asset);
      return;
    }
    // A missing asset is a 404; any other path is a client route.
    if (relative.startsWith(`assets${sep}`) || extname(relative)) {
      sendError(res, 'NOT_FOUND', { ko: `없는 파일입니다: ${path.slice(0, 100)}`, en: `No such file: ${path.slice(0, 100)}` });
      return;
    }
    const index = await load(join(dir, 'index.html'));
    if (!index) {
      sendError(res, 'SERVICE_UNAVAILABLE', {
        ko: '콘솔이 빌드되지 않았습니다. `npm run build:console`을 실행하세요.',
        en: 'The console is not built; run `npm run build:console`.',
      });
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES['.html']!, 'content-length': index.length, 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : index);
  };
}
