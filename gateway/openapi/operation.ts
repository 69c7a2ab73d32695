import type { IncomingMessage, ServerResponse } from 'node:http';
import { isErrorCode, type Bilingual, type ErrorCode } from '../../common/errors';
import { sendFailure, type Format } from './envelope';
import type { RestDeps } from './rest-handler';

export interface RestOperation {
  /** Names the route in the log when the operation fails inside. */
  route: string;
  query: string;
  variables: Record<string, unknown>;
  /** The message of a BAD_USER_INPUT that carries no Korean/English pair (JSON bodies: name the problem). */
  explainInvalid?: boolean;
}

/**
 * Runs a REST route's GraphQL operation with the context a /graphql request
 * has (the key the gate normalised) and, when it fails, answers the typed
 * failure in the envelope. Returns the data, or null when the failure is sent.
 */
export async function runRestOperation(req: IncomingMessage, res: ServerResponse, format: Format, deps: RestDeps, op: RestOperation): Promise<unknown | null> {
  const response = await deps.apollo.executeOperation(
    { query: op.query, variables: op.variables },
    { contextValue: { headers: { 'x-api-key': req.headers['x-api-key'] as string } } },
  );
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  const { data, errors } = response.body.singleResult;
  if (!errors?.length) return data;
  const first = errors[0]!;
  const code = first.extensions?.code;
  const mapped: ErrorCode = isErrorCode(code) ? code : code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  if (mapped === 'INTERNAL_SERVER_ERROR') deps.logger.error({ route: op.route, code }, 'open api operation failed');
  const ko = first.extensions?.messageKo;
  const en = first.extensions?.messageEn;
  const message: Bilingual | undefined =
    typeof ko === 'string' && typeof en === 'string' && mapped !== 'INTERNAL_SERVER_ERROR'
      ? { ko, en }
      : op.explainInvalid && mapped === 'BAD_USER_INPUT'
        ? { ko: '요청 값이 올바르지 않습니다.', en: first.message.slice(0, 300) }
        : undefined;
  sendFailure(res, format, mapped, message, { field: typeof first.extensions?.field === 'string' ? first.extensions.field : undefined });
  return null;
}
