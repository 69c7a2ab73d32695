import type { ApolloServerPlugin } from '@apollo/server';
import { HubError } from '../../common/errors';
import { measureOperation } from './query-measure';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export function queryLimitsFrom(config: { GRAPHQL_MAX_DEPTH: number; GRAPHQL_MAX_ALIASES: number; GRAPHQL_MAX_COST: number }): QueryLimits {
  return { maxDepth: config.GRAPHQL_MAX_DEPTH, maxAliases: config.GRAPHQL_MAX_ALIASES, maxCost: config.GRAPHQL_MAX_COST };
}

/**
 * Refuses operations too deep, too aliased or too costly before anything is
 * planned or fetched (issue 7: the API is open to partners' code). Runs for
 * every request, keyed or not, and for persisted queries too: Apollo resolves
 * the operation from its hash first, and registers a new hash only after
 * this check passed. The measure is one walk of the operation, cached per
 * document (Apollo reuses the parsed document of a repeated query).
 */
export function useQueryLimits(limits: QueryLimits): ApolloServerPlugin {
  const fits = new WeakSet<object>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const cacheable = !request.variables || Object.keys(request.variables).length === 0;
          if (cacheable && fits.has(operation)) return;
          const m = measureOperation(schema, document, operation, request.variables ?? {});
          const over = (what: string, ko: string, value: number, limit: number) =>
            new HubError('QUERY_TOO_COMPLEX', { ko: `${ko}이(가) ${value}로 한도 ${limit}를 넘습니다.`, en: `The query's ${what} is ${value}, over the limit of ${limit}.` }, { limit, value, measure: what });
          if (m.depth > limits.maxDepth) throw over('depth', '쿼리 깊이', m.depth, limits.maxDepth);
          if (m.aliases > limits.maxAliases) throw over('aliases', '별칭 수', m.aliases, limits.maxAliases);
          if (m.cost > limits.maxCost) throw over('cost', '예상 비용', m.cost, limits.maxCost);
          if (cacheable) fits.add(operation);
        },
      };
    },
  };
}
