import type { ApolloServerPlugin } from '@apollo/server';
import { isErrorCode } from '../../common/errors';
import { graphqlDuration, graphqlOperations, operationLabel } from '../../common/metrics';

/** GraphQL operations by name, type and outcome, with their latency (GET /metrics). */
export function operationMetrics(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(ctx) {
          const operation = operationLabel(ctx.operationName ?? ctx.request.operationName);
          const code = ctx.response.body.kind === 'single' ? ctx.response.body.singleResult.errors?.[0]?.extensions?.code : undefined;
          const outcome = code === undefined ? 'ok' : typeof code === 'string' && (isErrorCode(code) || /^GRAPHQL_[A-Z_]{1,30}$|^BAD_REQUEST$|^PERSISTED_QUERY_[A-Z_]{1,20}$/.test(code)) ? code : 'error';
          graphqlOperations.inc({ operation, type: ctx.operation?.operation ?? 'unknown', outcome });
          graphqlDuration.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
