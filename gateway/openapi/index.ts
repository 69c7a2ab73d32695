import type { ApolloServer, BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerPreflight } from '../../common/access/cors';
import type { Config } from '../../common/config';
import { ERROR_CODES, type Bilingual, type ErrorCode } from '../../common/errors';
import { sendJson, type RouteHandler } from '../../common/http-server';
import type { Logger } from '../../common/logger';
import { openStore, type Store } from '../../store';
import { renderDocsPage } from './docs-page';
import { buildOpenApiDocument } from './document';
import { createKeyGate } from './key-gate';
import { handleRest, OPENAPI_PREFIX } from './rest-handler';

export interface OpenApiOptions {
  config: Config;
  /** The hub's store (single mode); null in distributed mode, where the gateway opens DATABASE_URL itself for keys. */
  store: Store | null;
  apollo: ApolloServer<BaseContext>;
  logger: Logger;
  waitReady(): Promise<boolean>;
}

export interface OpenApi {
  /** For startHttpServer's prefixRoutes: the REST facade, its OpenAPI document and docs page. */
  prefixRoutes: Record<string, RouteHandler>;
  /** For /graphql: checks a partner's key (if any) before Apollo; false when it already answered. */
  beforeGraphql(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

/** A GraphQL-shaped error answer for /graphql, with the public-data result code too. */
function sendGraphqlError(res: ServerResponse, code: ErrorCode, message?: Bilingual, retryAfterSeconds?: number): void {
  const entry = ERROR_CODES[code];
  const ko = message?.ko ?? entry.ko;
  const en = message?.en ?? entry.en;
  if (retryAfterSeconds) res.setHeader('retry-after', String(retryAfterSeconds));
  sendJson(res, entry.http, { errors: [{ message: `${ko} / ${en}`, extensions: { code, messageKo: ko, messageEn: en, resultCode: entry.resultCode } }] });
}

/**
 * The partner-facing Open API (issue 7), wired into the gateway's HTTP server
 * as one prefix route and one pre-GraphQL hook, so the gateway's hot path
 * gains nothing for requests without a key.
 */
export async function createOpenApi(options: OpenApiOptions): Promise<OpenApi> {
  const { config, logger } = options;
  const ownStore = !options.store && config.DATABASE_URL ? await openStore({ databaseUrl: config.DATABASE_URL, migrate: false }) : null;
  const gate = createKeyGate(options.store ?? ownStore, logger);
  const documentJson = JSON.stringify(buildOpenApiDocument());
  const docsHtml = renderDocsPage();
  const deps = { apollo: options.apollo, gate, logger, waitReady: options.waitReady };

  const openapi: RouteHandler = async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const subpath = path.slice(OPENAPI_PREFIX.length) || '/';
    if (subpath === '/openapi.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-cache' });
      res.end(documentJson);
      return;
    }
    if ((subpath === '/' || subpath === '/docs') && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(docsHtml);
      return;
    }
    await handleRest(req, res, subpath, deps);
  };

  return {
    prefixRoutes: { [OPENAPI_PREFIX]: openapi },
    async beforeGraphql(req, res) {
      if (req.method === 'OPTIONS') {
        answerPreflight(req, res);
        return false;
      }
      const outcome = await gate.check(req, res);
      if (outcome.kind !== 'refused') return true;
      sendGraphqlError(res, outcome.code, outcome.message, outcome.retryAfterSeconds);
      return false;
    },
    async close() {
      await ownStore?.close();
    },
  };
}
