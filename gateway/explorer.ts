import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { RouteHandler } from '../common/http-server';
import { sendError } from '../common/http-server';

/**
 * Serves the GraphiQL explorer (issue 17) built at install by
 * `npm run build:explorer` into console/dist/explorer: the page at `/`, its
 * hashed assets under /explorer/ with a long cache. The policy allows 'self'
 * only; GraphiQL's CodeMirror sets inline styles and its CSS inlines fonts
 * as data: URIs, hence those two allowances.
 */
const DIST = join(__dirname, '..', 'console', 'dist', 'explorer');
const PREFIX = '/explorer/';

export const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Shown when the build is missing (a checkout without `npm ci`): says how to get the explorer. */
const NOT_BUILT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>돌봄 허브 GraphQL 탐색기 · Dolbom Hub explorer</title></head>
<body><main><h1>돌봄 허브 · Dolbom Hub</h1><p>탐색기가 아직 빌드되지 않았습니다: <code>npm run build:explorer</code>를 실행하세요.
The explorer is not built yet: run <code>npm run build:explorer</code>. GraphQL answers at <code>/graphql</code>.</p></main></body></html>`;

export interface ExplorerRoutes {
  routes: Record<string, RouteHandler>;
  prefixRoutes: Record<string, RouteHandler>;
}

export function explorerRoutes(dist = DIST): ExplorerRoutes {
  const indexPath = join(dist, 'index.html');
  // Read on first request (and again while missing), so a build made after start-up is served without a restart.
  let built: Buffer | null = null;
  const page = () => (built ??= existsSync(indexPath) ? readFileSync(indexPath) : null) ?? Buffer.from(NOT_BUILT);
  const root = normalize(dist) + sep;
  return {
    routes: {
      '/': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-security-policy': EXPLORER_CSP, 'x-content-type-options': 'nosniff' });
        res.end(page());
      },
    },
    prefixRoutes: {
      [PREFIX]: async (req, res) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!.slice(PREFIX.length));
        const file = normalize(join(dist, path));
        const type = TYPES[extname(file)];
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(root) || !type) {
          return sendError(res, 'NOT_FOUND', { ko: '없는 파일입니다', en: 'No such file' });
        }
        const body = await readFile(file).catch(() => null);
        if (!body) return sendError(res, 'NOT_FOUND', { ko: '없는 파일입니다', en: 'No such file' });
        // File names carry a content hash: a year-long, immutable cache is safe.
        res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
    },
  };
}
