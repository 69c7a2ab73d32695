import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from './db-errors';
import { ERROR_CODES, formattedError, isErrorCode } from './errors';
import type { Logger } from './logger';

/**
 * Codes raised by GraphQL itself for a malformed request: safe to show, and
 * the caller needs their detail (which field, which variable). They get a
 * Korean message in front of GraphQL's English one.
 */
const REQUEST_ERROR_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '쿼리 구문이 올바르지 않습니다',
  GRAPHQL_VALIDATION_FAILED: '스키마에 맞지 않는 쿼리입니다',
  BAD_USER_INPUT: '요청 값이 올바르지 않습니다',
  BAD_REQUEST: '잘못된 요청입니다',
  OPERATION_RESOLUTION_FAILURE: '실행할 오퍼레이션을 찾을 수 없습니다',
  PERSISTED_QUERY_NOT_FOUND: '저장된 쿼리를 찾을 수 없습니다',
  PERSISTED_QUERY_NOT_SUPPORTED: '저장된 쿼리를 지원하지 않습니다',
};

const APQ_HASH_MISMATCH = 'provided sha does not match query';

/**
 * GraphQL's variable coercion errors quote the value they refused, and a
 * value may be personal data (a resident registration number sent as a
 * number, a phone): keep where and why, drop what.
 */
export function withoutValues(message: string): string {
  const head = /^(Variable "\$\w+") got invalid value /.exec(message);
  if (!head) return message;
  const at = [...message.matchAll(/ at "([\w.[\]]+)"; /g)].pop();
  const rest = at ? message.slice(at.index! + at[0].length) : message.includes('; ') ? message.slice(message.lastIndexOf('; ') + 2) : '';
  // "String cannot represent a non string value: 4501011234567" → up to the colon.
  const reason = rest.split(':')[0]!.trim();
  return `${head[1]} got an invalid value${at ? ` at "${at[1]}"` : ''}${reason ? `; ${reason}` : ''}`;
}

/**
 * Apollo `formatError`: intended errors (our registry, or GraphQL's own
 * request errors) pass with their code and a Korean and English message;
 * anything else is logged and replaced by "Unexpected error." so SQL, stack
 * traces and personal data never reach a caller (CONVENTIONS 3).
 */
export function createErrorMasker(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    // Apollo's automatic persisted queries answer a hash that does not match its query without a code.
    const code = formatted.message === APQ_HASH_MISMATCH ? 'BAD_REQUEST' : extensions.code;
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR' && typeof extensions.messageKo === 'string') {
      const { serviceName: _serviceName, stacktrace: _stacktrace, ...safe } = extensions;
      return { ...formatted, extensions: safe };
    }
    if (typeof code === 'string' && REQUEST_ERROR_CODES[code]) {
      const ko = REQUEST_ERROR_CODES[code]!;
      const en = withoutValues(formatted.message);
      return {
        message: `${ko} / ${en}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, messageKo: ko, messageEn: en },
      };
    }
    if (isDatabaseUnavailable(error)) {
      // A dependency is down, not a bug: 503 with its code, so callers retry and operators see an outage.
      logger.warn({ code: (error as { code?: string })?.code, path: formatted.path }, 'database unavailable');
      return formattedError('SERVICE_UNAVAILABLE', formatted.path);
    }
    logger.error({ err: error, code, path: formatted.path }, 'unexpected error (masked)');
    const internal = ERROR_CODES.INTERNAL_SERVER_ERROR;
    return {
      message: `${internal.ko} / ${internal.en}`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageKo: internal.ko, messageEn: internal.en },
    };
  };
}
