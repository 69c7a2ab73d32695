import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { startRegistrySimulator, type RegistrySimulator } from './registry/server';
import { SIM_SITES, type SimSiteInfo } from './site-list';
import { SITE_DEFS } from './sites';
import type { SiteDef, SiteRequest, SiteResponse } from './types';
import { worldAt } from './world';

export interface SimulatorOptions {
  /** Seed of the world; the same seed and tick always serve the same content. Default 42. */
  seed?: number;
  /** Starting tick. Default 0. */
  tick?: number;
  /** Bind address. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Site i listens on basePort + i; 0 (default) picks free ports. */
  basePort?: number;
  /** Only these site ids (default: all 30). */
  only?: readonly string[];
  /** Multiplies the simulated latency of slow sites (0 turns it off, e.g. for quick tests). Default 1. */
  latencyScale?: number;
  /** Turns off intermittent 500s and 429s (for benchmarks measuring throughput, not resilience). Default false. */
  calm?: boolean;
}

export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  /** Query string without the leading `?`. */
  query: string;
  /** Start of a form body (POST paging sends the page number there). */
  body: string;
  status: number;
  bytes: number;
}

export interface SimulatedSite extends SimSiteInfo {
  baseUrl: string;
  port: number;
}

export interface Simulator {
  readonly seed: number;
  readonly tick: number;
  readonly sites: readonly SimulatedSite[];
  site(id: string): SimulatedSite;
  /** The simulated resident registry (주민정보 연계, issue 19) on the same clock. */
  readonly registry: Pick<RegistrySimulator, 'baseUrl'>;
  /** Moves every site to tick `n` (≥ 0). */
  setTick(n: number): void;
  /** Moves one tick forward and returns the new tick. */
  advance(): number;
  /** Makes a site answer 500 to every page (robots.txt included) until called again with false: a site broken for a whole crawl. */
  breakSite(siteId: string, broken: boolean): void;
  /** Requests a site has answered (most recent last; bounded). */
  requests(siteId: string): readonly RequestLogEntry[];
  clearRequests(): void;
  close(): Promise<void>;
}

/** Bounds on what a client may send. */
const MAX_BODY = 64 * 1024;
const MAX_URL = 4096;
const LOG_LIMIT = 100_000;
const MAX_TICK = 10_000;

/** A deterministic number in [0, 1) from strings (no Math.random: the same request always behaves the same). */
export function unit(...parts: (string | number)[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000;
}

/** Starts the simulated legacy sites (all 33 unless `only`) on loopback. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 42;
  let tick = options.tick ?? 0;
  const host = options.host ?? '127.0.0.1';
  const latencyScale = options.latencyScale ?? 1;
  const infos = options.only ? SIM_SITES.filter((s) => options.only!.includes(s.id)) : SIM_SITES;
  if (options.only && infos.length !== options.only.length) {
    const unknown = options.only.filter((id) => !SIM_SITES.some((s) => s.id === id));
    throw new Error(`알 수 없는 사이트 / unknown simulated site: ${unknown.join(', ')}`);
  }
  const logs = new Map<string, RequestLogEntry[]>();
  const broken = new Set<string>();
  const servers: Server[] = [];
  const sites: SimulatedSite[] = [];

  const setTick = (n: number): void => {
    if (!Number.isInteger(n) || n < 0 || n > MAX_TICK) throw new Error(`tick must be an integer 0…${MAX_TICK}`);
    tick = n;
  };

  try {
    for (const info of infos) {
      const def = SITE_DEFS[info.id];
      if (!def) throw new Error(`simulated site ${info.id} has no renderer`);
      const log: RequestLogEntry[] = [];
      logs.set(info.id, log);
      const state: SiteState = { rendered: new Map(), firstSeen: new Map(), window: [], baseUrl: '' };
      const server = createServer((req, res) => {
        handle(def, info, state, req, res, {
          seed,
          tick: () => tick,
          setTick,
          latencyScale,
          calm: options.calm ?? false,
          broken: () => broken.has(info.id),
          log,
        }).catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal simulator error');
        });
      });
      server.keepAliveTimeout = 5000;
      server.headersTimeout = 10_000;
      const index = SIM_SITES.indexOf(info);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.basePort ? options.basePort + index : 0, host, () => resolve());
      });
      servers.push(server);
      const { port } = server.address() as AddressInfo;
      state.baseUrl = `http://${host}:${port}`;
      sites.push({ ...info, baseUrl: state.baseUrl, port });
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    throw error;
  }
  const registry = await startRegistrySimulator({ seed, tick: () => tick, setTick, host });

  return {
    seed,
    get tick() {
      return tick;
    },
    sites,
    registry: { baseUrl: registry.baseUrl },
    site(id) {
      const site = sites.find((s) => s.id === id);
      if (!site) throw new Error(`site ${id} is not running`);
      return site;
    },
    setTick,
    breakSite(siteId, isBroken) {
      if (isBroken) broken.add(siteId);
      else broken.delete(siteId);
    },
    advance() {
      setTick(tick + 1);
      return tick;
    },
    requests(siteId) {
      return logs.get(siteId) ?? [];
    },
    clearRequests() {
      for (const log of logs.values()) log.length = 0;
    },
    async close() {
      await registry.close();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}

interface RenderedPage {
  status: number;
  headers: Record<string, string>;
  payload: Buffer;
  noValidators: boolean;
}

/** Rendered pages kept per site (sites with validators only). */
const RENDER_CACHE = 20_000;

interface SiteState {
  /** Rendered responses by tick + request (bounded, oldest dropped first). */
  rendered: Map<string, RenderedPage>;
  /** Paths that have already failed once in a tick: `tick\0path`. */
  firstSeen: Map<string, number>;
  /** Start times of recent requests (rate limit window). */
  window: number[];
  baseUrl: string;
}

interface HandleContext {
  seed: number;
  tick: () => number;
  setTick: (n: number) => void;
  latencyScale: number;
  calm: boolean;
  broken: () => boolean;
  log: RequestLogEntry[];
}

async function handle(def: SiteDef, info: SimSiteInfo, state: SiteState, req: IncomingMessage, res: ServerResponse, ctx: HandleContext): Promise<void> {
  const started = Date.now();
  const rawUrl = req.url ?? '/';
  let bodyText = '';
  const record = (status: number, bytes: number, path: string, query: string): void => {
    if (ctx.log.length >= LOG_LIMIT) ctx.log.splice(0, LOG_LIMIT / 10);
    ctx.log.push({ at: started, method: req.method ?? 'GET', path, query, body: bodyText, status, bytes });
  };
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
    world: worldAt(ctx.seed, tick),
    worldAt: (t: number) => worldAt(ctx.seed, Math.max(0, Math.min(MAX_TICK, t))),
  };
  // Sites with validators keep rendered pages per tick, as their real counterparts cache them: a 304 costs a lookup.
  const cacheKey = def.validators !== 'none' && !headers.cookie ? `${tick}\u0000${siteRequest.method} ${path}?${query}\u0000${bodyText}` : null;
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

function encodeResponse(def: SiteDef, response: SiteResponse): { status: number; headers: Record<string, string>; payload: Buffer } {
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

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').slice(0, 4096).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function errorPage(message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>오류</title></head><body><h1>오류</h1><p>${message}</p></body></html>`;
}
