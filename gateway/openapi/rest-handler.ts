import type { ApolloServer, BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerPreflight } from '../../common/access/cors';
import { HubError, isErrorCode, type ErrorCode } from '../../common/errors';
import type { Logger } from '../../common/logger';
import { answerBenefits, BENEFITS_PATH } from './benefits-route';
import { sendFailure, sendPage, type Format } from './envelope';
import { runRestOperation } from './operation';
import type { KeyGate } from './key-gate';
import { parseParams, responseFormat } from './params';
import { allParams, matchRoute, type RouteSpec } from './routes';

export const OPENAPI_PREFIX = '/openapi/v1';

export interface RestDeps {
  apollo: ApolloServer<BaseContext>;
  gate: KeyGate;
  logger: Logger;
  /** False when the hub is still starting or failed to start. */
  waitReady(): Promise<boolean>;
}

/**
 * One REST request: format, readiness, key (mandatory here: a missing key
 * answers 11), parameters, then the route's GraphQL operation executed by
 * the gateway's own Apollo server in-process (plugins, limits and error
 * masking included), and its answer in the envelope.
 */
export async function handleRest(req: IncomingMessage, res: ServerResponse, subpath: string, deps: RestDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parsedFormat = responseFormat(url.searchParams, req.headers.accept);
  // A JSON body asks for a JSON answer unless `type` says otherwise (GET keeps the portals' XML default).
  const format: Format = subpath === BENEFITS_PATH && !url.searchParams.has('type') ? 'json' : parsedFormat.format;
  const formatError = parsedFormat.error;
  const fail = (code: ErrorCode, message?: { ko: string; en: string }, extra?: { field?: string; retryAfterSeconds?: number }) => sendFailure(res, format, code, message, extra);

  if (req.method === 'OPTIONS') return answerPreflight(req, res);
  const benefits = subpath === BENEFITS_PATH;
  const match = benefits ? null : matchRoute(subpath);
  if (benefits && req.method !== 'POST') {
    res.setHeader('allow', 'POST, OPTIONS');
    return fail('BAD_USER_INPUT', { ko: 'POST (JSON 본문)로 요청하세요.', en: 'Use POST with a JSON body.' });
  }
  if (!match && !benefits) return fail('NOT_FOUND', { ko: `없는 API입니다: ${subpath.slice(0, 100)} (${OPENAPI_PREFIX}/docs 참고)`, en: `No such API: ${subpath.slice(0, 100)} (see ${OPENAPI_PREFIX}/docs)` });
  if (!benefits && req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD, OPTIONS');
    return fail('BAD_USER_INPUT', { ko: 'GET으로 요청하세요.', en: 'Use GET.' });
  }
  if (formatError) return fail('BAD_USER_INPUT', { ko: formatError.extensions.messageKo as string, en: formatError.extensions.messageEn as string }, { field: 'type' });
  if (!(await deps.waitReady())) return fail('SERVICE_UNAVAILABLE', { ko: '허브가 아직 시작 중입니다.', en: 'The hub is still starting.' });

  const gate = await deps.gate.check(req, res);
  if (gate.kind === 'none') return fail('MISSING_PARAMETER', { ko: '서비스 키(serviceKey 또는 X-API-Key)가 필요합니다.', en: 'A service key (serviceKey or X-API-Key) is required.' }, { field: 'serviceKey' });
  if (gate.kind === 'refused') return fail(gate.code, gate.message, { retryAfterSeconds: gate.retryAfterSeconds });
  if (!gate.key.scopes.includes('read')) return fail('FORBIDDEN', { ko: '이 서비스 키에는 read 범위가 없습니다.', en: 'This service key lacks the read scope.' }, { field: 'scope' });

  try {
    if (benefits) await answerBenefits(req, res, format, deps, fail);
    else await answer(req, res, format, match!.route, url.searchParams, match!.params, deps);
  } catch (error) {
    if (error instanceof HubError) {
      return fail(error.hubCode, { ko: error.extensions.messageKo as string, en: error.extensions.messageEn as string }, { field: error.extensions.field as string | undefined });
    }
    throw error;
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, format: Format, route: RouteSpec, query: URLSearchParams, path: Record<string, string>, deps: RestDeps): Promise<void> {
  const params = parseParams(allParams(route), query, path);
  const data = await runRestOperation(req, res, format, deps, { route: route.operationId, query: route.query, variables: route.variables(params) });
  if (data === null) return;
  const result = route.result(data, params);
  if (!result) return sendFailure(res, format, 'NOT_FOUND');
  sendPage(res, format, {
    items: result.items,
    numOfRows: route.paging === 'none' ? result.items.length : (params.numOfRows as number),
    pageNo: route.paging === 'pages' ? (params.pageNo as number) : 1,
    totalCount: result.totalCount,
    extra: result.extra,
  });
}
