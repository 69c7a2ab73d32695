import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDatabaseUnavailable } from './db-errors';
import { badInput, ERROR_CODES, HubError, RESULT_MESSAGES, type ErrorCode } from './errors';
import { httpDuration, httpRequests, routeLabel } from './metrics';
import { decodeUtf8Strict } from './text-hygiene';
import type { Logger } from './logger';

/**
 * A small HTTP front for an Apollo Server (gateway or subgraph) plus plain
 * routes (/health, /ready, the explorer). Plain node:http keeps the hot path
 * short: no framework between the socket and Apollo.
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServerOptions {
  host: string;
  port: number;
  apollo: ApolloServer<BaseContext>;
  /** Exact-path GET routes besides /graphql. */
  routes?: Record<string, RouteHandler>;
  /** Routes matched by path prefix (any method), e.g. a REST facade. */
  prefixRoutes?: Record<string, RouteHandler>;
  maxBodyBytes: number;
  logger: Logger;
  /** Runs before each GraphQL request; returning false means it already answered (e.g. 503 while starting). */
  beforeGraphql?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** The GraphQL context of one request; by default just its headers. */
  context?: (headers: Record<string, string | undefined>) => object;
  /** Answers kept by request body (gateway/plugins/use-response-cache.ts); POST only. */
  responseCache?: GraphqlResponseCache;
}

/**
 * A cache of serialised GraphQL answers keyed by the request body: looked up
 * before Apollo runs (a hit is written as is), offered every complete 200
 * answer after. It keeps what its own rules allow; `context` is the
 * request's GraphQL context, where it leaves what it learnt for them.
 */
export interface GraphqlResponseCache {
  lookup(body: string, context: object): Promise<string | null>;
  store(body: string, context: object, answer: string): void;
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A typed error outside GraphQL execution, in the same shape as a GraphQL error response. */
export function sendError(res: ServerResponse, code: ErrorCode, detail?: { ko: string; en: string }): void {
  const entry = ERROR_CODES[code];
  const ko = detail?.ko ?? entry.ko;
  const en = detail?.en ?? entry.en;
  sendJson(res, entry.http, { errors: [{ message: `${ko} / ${en}`, extensions: { code, messageKo: ko, messageEn: en } }] });
}

class BodyTooLarge extends Error {}

/**
 * A request body as UTF-8 text, or null when it is over `limit` bytes (declared or sent): refused, never
 * truncated. Bytes that are not UTF-8 are refused too (BAD_USER_INPUT), not replaced.
 */
export async function readBodyWithin(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  const text = decodeUtf8Strict(Buffer.concat(chunks));
  if (text === null) throw badInput('body', '요청 본문이 올바른 UTF-8이 아닙니다.', 'The request body is not valid UTF-8.');
  return text;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const text = await readBodyWithin(req, limit);
  if (text === null) throw new BodyTooLarge();
  return text;
}

async function handleGraphql(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  let text: string | undefined;
  if (req.method === 'POST') {
    try {
      text = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, {
          errors: [{ message: `요청 본문이 너무 큽니다 / Request body too large (max ${options.maxBodyBytes} bytes)`, extensions: { code: 'BAD_USER_INPUT', messageKo: '요청 본문이 너무 큽니다', messageEn: 'Request body too large' } }],
        });
        return;
      }
      throw error;
    }
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      sendError(res, 'BAD_USER_INPUT', { ko: '요청 본문이 올바른 JSON이 아닙니다.', en: 'The request body is not valid JSON.' });
      return;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const plain: Record<string, string | undefined> = {};
  for (const [key, value] of headers) plain[key] = value;
  const contextValue = (options.context ? options.context(plain) : { headers: plain }) as BaseContext;
  // JSON bodies only: Apollo's CSRF prevention refuses the others, and a cached answer must not be a way around it.
  const json = /^application\/json\b/i.test(req.headers['content-type'] ?? '');
  const cacheKey = options.responseCache && req.method === 'POST' && json && text ? text : null;
  if (cacheKey) {
    const answer = await options.responseCache!.lookup(cacheKey, contextValue);
    if (answer !== null) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer), 'x-dolbom-cache': 'hit' });
      res.end(answer);
      return;
    }
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => contextValue,
  });
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of response.headers) outHeaders[key] = value;
  res.writeHead(response.status ?? 200, outHeaders);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    if (cacheKey && (response.status ?? 200) === 200) options.responseCache!.store(cacheKey, contextValue, response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const started = performance.now();
    res.once('finish', () => {
      const route = routeLabel(path);
      httpRequests.inc({ route, method: req.method === 'GET' || req.method === 'POST' || req.method === 'HEAD' ? req.method : 'other', status: String(res.statusCode) });
      httpDuration.observe({ route }, (performance.now() - started) / 1000);
    });
    const run = async () => {
      if (path === '/graphql') {
        if (options.beforeGraphql && !(await options.beforeGraphql(req, res))) return;
        return handleGraphql(req, res, options);
      }
      const route = options.routes?.[path];
      if (route && (req.method === 'GET' || req.method === 'HEAD')) return route(req, res);
      for (const [prefix, handler] of Object.entries(options.prefixRoutes ?? {})) {
        if (path.startsWith(prefix)) return handler(req, res);
      }
      sendError(res, 'NOT_FOUND', { ko: `없는 경로입니다: ${path.slice(0, 100)}`, en: `No such path: ${path.slice(0, 100)}` });
    };
    run().catch((error) => {
      // A typed error a route threw is the caller's answer; a database outage is 503; anything else is masked.
      const code: ErrorCode = error instanceof HubError ? error.hubCode : isDatabaseUnavailable(error) ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') options.logger.error({ err: error, path }, 'request failed');
      else if (code === 'SERVICE_UNAVAILABLE') options.logger.warn({ path }, 'database unavailable');
      if (res.headersSent) return void res.end();
      if (error instanceof HubError) return sendError(res, code, { ko: String(error.extensions.messageKo), en: String(error.extensions.messageEn) });
      sendError(res, code);
    });
  });
  // What Node's HTTP parser refuses before any handler runs (headers too large, a malformed request line or URL,
  // a NUL in a header) gets a typed answer in the caller's envelope instead of a bare status line.
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (!socket.writable || (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const rest = /^[A-Z]{3,7} \/openapi\//.test(error.rawPacket?.subarray(0, 40).toString('latin1') ?? '');
    const ko = status === 431 ? '요청 헤더가 너무 큽니다.' : status === 408 ? '요청 시간이 초과되었습니다.' : '요청 형식(요청 줄, URL 또는 헤더)이 올바르지 않습니다.';
    const en = status === 431 ? 'Request headers too large.' : status === 408 ? 'Request timed out.' : 'Malformed request (request line, URL or header).';
    const code: ErrorCode = 'BAD_USER_INPUT';
    const body = JSON.stringify(
      rest
        ? { response: { header: { resultCode: ERROR_CODES[code].resultCode, resultMsg: RESULT_MESSAGES[ERROR_CODES[code].resultCode], errorCode: code, messageKo: ko, messageEn: en } } }
        : { errors: [{ message: `${ko} / ${en}`, extensions: { code, messageKo: ko, messageEn: en } }] },
    );
    const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
    socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  // Longer than typical load-balancer idle timeouts, so the balancer closes first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
