import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES, isErrorCode } from '../../common/errors';

/**
 * Sets the HTTP status of a response from the error registry when the whole
 * operation failed (no data): BAD_USER_INPUT → 400, FORBIDDEN → 403 … A
 * partial result (some data, some errors) stays 200, as GraphQL over HTTP
 * expects. Errors never carry the status themselves, so a subgraph always
 * answers the gateway with 200 and the gateway decides, in both modes alike.
 */
export function httpStatusFromErrors(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (data != null && Object.values(data).some((v) => v != null))) return;
          const statuses = errors.map((e) => e.extensions?.code).filter(isErrorCode).map((code) => ERROR_CODES[code].http);
          if (statuses.length) response.http.status = Math.max(...statuses);
        },
      };
    },
  };
}
