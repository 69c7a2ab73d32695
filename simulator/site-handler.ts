import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeResponse, errorPage } from './encode-response';
import { lowerHeaders, MAX_URL, parseCookies, readBody } from './read-request';
import { appendRequest, type RequestLogEntry } from './request-log';
import type { SimSiteInfo } from './site-list';
import type { SiteDef, SiteRequest } from './types';
import { unit } from './unit';
import type { Misreports } from './misreport';
import { worldAt } from './world';

// One request to one simulated site: admin tick, outage, robots.txt, rate limit, first-request failures,
// latency, then the site's route with a per-tick render cache and ETag / Last-Modified validators.

export const MAX_TICK = 10_000;

interface RenderedPage {
  status: number;
  headers: Record<string, string>;
  payload: Buffer;
  noValidators: boolean;
}

/** Rendered pages kept per site (sites with validators only). */
const RENDER_CACHE = 20_000;

export interface SiteState {
  /** Rendered responses by tick + request (bounded, oldest dropped first). */
  rendered: Map<string, RenderedPage>;
  /** Paths that have already failed once in a tick: `tick\0path`. */
  firstSeen: Map<string, number>;
  /** Start times of recent requests (rate limit window). */
  window: number[];
  baseUrl: string;
}

export interface HandleContext {
  seed: number;
  tick: () => number;
  setTick: (n: number) => void;
  latencyScale: number;
  calm: boolean;
  broken: () => boolean;
  /** Figures published wrongly on purpose (Simulator.misreport). */
  misreports: Misreports;
  log: RequestLogEntry[];
}

export async function handle(def: SiteDef, info: SimSiteInfo, state: SiteState, req: IncomingMessage, res: ServerResponse, ctx: HandleContext): Promise<void> {
  const started = Date.now();
  const rawUrl = req.url ?? '/';
  let bodyText = '';
  const record = (status: number, bytes: number, path: string, query: string): void =>
    appendRequest(ctx.log, { at: started, method: req.method ?? 'GET', path, query, body: bodyText, status, bytes });
  if (rawUrl.length > MAX_URL) {
    res.writeHead(414, { 'content-type': 'text/plain' }).end('URI too long');
    record(414, 0, rawUrl.slice(0, 100), '');
    return;
  }
  const url = new URL(rawUrl, 'http://sim');
  const path = url.pathname;
  const query = url.search.slice(1);
  const body = await readBody(req);
  bodyText = body ? body.subarray(0, 200).toString('utf8') : '';
  if (body === null) {
    res.writeHead(413, { 'content-type': 'text/plain' }).end('body too large');
    record(413, 0, path, query);
    return;
  }

  // Admin: move time. Not linked from any page and not in robots.txt's scope of interest.
  if (path === '/__sim/tick') {
    if (req.method === 'POST') {
      const to = url.searchParams.get('to');
      try {
        if (to !== null) ctx.setTick(Number(to));
        else ctx.setTick(ctx.tick() + 1);
      } catch (error) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message }));
        return;
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ tick: ctx.tick(), seed: ctx.seed }));
    return;
  }

  const send = (status: number, headers: Record<string, string | string[]>, payload: Buffer): void => {
    res.writeHead(status, { 'content-length': String(payload.length), ...headers });
    res.end(req.method === 'HEAD' ? undefined : payload);
    record(status, payload.length, path, query);
  };

  if (ctx.broken()) {
    send(500, { 'content-type': 'text/html; charset=utf-8' }, Buffer.from(errorPage('서비스 점검 중입니다. (500 Internal Server Error)')));
    return;
  }
  if (path === '/robots.txt') {
    send(200, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from(def.robots ?? 'User-agent: *\nDisallow:\n'));
    return;
  }

  const tick = ctx.tick();
  // Rate limit: too many requests inside one second → 429 with Retry-After.
  if (def.rateLimit && !ctx.calm) {
    const now = Date.now();
    while (state.window.length && now - state.window[0]! >= 1000) state.window.shift();
    if (state.window.length >= def.rateLimit.perSecond) {
      send(429, { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(def.rateLimit.retryAfterS) }, Buffer.from(errorPage('요청이 너무 많습니다. 잠시 후 다시 시도하세요.')));
      return;
    }
    state.window.push(now);
  }
  // Intermittent failures: some paths fail on their first request in each tick, then recover.
  if (def.failFirstRate && !ctx.calm && unit(ctx.seed, info.id, 'fail', path, query) < def.failFirstRate) {
    const key = `${tick}\u0000${path}?${query}\u0000${body.toString('latin1')}`;
    if (!state.firstSeen.has(key)) {
      if (state.firstSeen.size > 200_000) state.firstSeen.clear();
      state.firstSeen.set(key, started);
      send(500, { 'content-type': 'text/html; charset=utf-8' }, Buffer.from(errorPage('일시적인 오류가 발생했습니다. (java.sql.SQLException: ORA-12519)')));
      return;
    }
  }
  if (def.latencyMs && ctx.latencyScale > 0) {
    const [min, max] = def.latencyMs;
    const wait = (min + unit(ctx.seed, info.id, 'latency', path, query) * (max - min)) * ctx.latencyScale;
    await new Promise((r) => setTimeout(r, wait));
  }

  const headers = lowerHeaders(req);
  const siteRequest: SiteRequest = {
    method: req.method ?? 'GET',
    path,
    query: url.searchParams,
    form: req.method === 'POST' && (headers['content-type'] ?? '').includes('application/x-www-form-urlencoded') ? new URLSearchParams(body.toString('utf8')) : new URLSearchParams(),
    headers,
    cookies: parseCookies(headers.cookie),
    site: info,
    baseUrl: state.baseUrl,
    seed: ctx.seed,
    tick,
    world: ctx.misreports.apply(worldAt(ctx.seed, tick)),
    worldAt: (t: number) => ctx.misreports.apply(worldAt(ctx.seed, Math.max(0, Math.min(MAX_TICK, t)))),
  };
  // Sites with validators keep rendered pages per tick, as their real counterparts cache them: a 304 costs a lookup.
  const cacheKey = def.validators !== 'none' && !headers.cookie ? `${tick}:${ctx.misreports.version}\u0000${siteRequest.method} ${path}?${query}\u0000${bodyText}` : null;
  let rendered = cacheKey ? state.rendered.get(cacheKey) : undefined;
  if (!rendered) {
    const response = await def.route(siteRequest);
    const encoded = encodeResponse(def, response);
    if (response.setCookie?.length) encoded.headers['set-cookie'] = response.setCookie.join('\u0000');
    rendered = { ...encoded, noValidators: response.noValidators ?? false };
    if (cacheKey && !response.setCookie?.length) {
      if (state.rendered.size >= RENDER_CACHE) state.rendered.delete(state.rendered.keys().next().value!);
      state.rendered.set(cacheKey, rendered);
    }
  }
  const { status, payload } = rendered;
  const out = { ...rendered.headers };
  const response = { noValidators: rendered.noValidators };

  if (status === 200 && !response.noValidators && def.validators !== 'none') {
    const digest = createHash('sha256').update(payload).digest();
    const etag = `"${digest.toString('hex').slice(0, 20)}"`;
    // A fixed date per content (exact-match semantics, like nginx's default): unchanged content keeps its date across ticks and restarts.
    const lastModified = new Date(Date.UTC(2026, 0, 1) + digest.readUInt32BE(0) % (300 * 86_400) * 1000).toUTCString();
    const useEtag = def.validators === 'etag' || def.validators === 'both';
    const useLm = def.validators === 'last-modified' || def.validators === 'both';
    if (useEtag) out.etag = etag;
    if (useLm) out['last-modified'] = lastModified;
    const inm = headers['if-none-match'];
    const ims = headers['if-modified-since'];
    if ((useEtag && inm !== undefined && inm.split(',').map((s) => s.trim()).includes(etag)) || (useLm && !(useEtag && inm) && ims === lastModified)) {
      const { 'content-type': _ct, ...rest } = out;
      res.writeHead(304, rest).end();
      record(304, 0, path, query);
      return;
    }
  }
  const cookieHeader = out['set-cookie'];
  const finalHeaders: Record<string, string | string[]> = { ...out };
  if (cookieHeader) finalHeaders['set-cookie'] = cookieHeader.split('\u0000');
  send(status, finalHeaders, payload);
}
