import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { formattedError } from '../common/errors';
import type { Dispatcher } from 'undici';
import { CALLER_HEADERS, inflightKey, InflightQueries } from './inflight';

type CallerHeaders = Record<string, string | undefined> | undefined;

/**
 * A subgraph over HTTP (distributed mode) on undici's request API with a
 * keep-alive dispatcher. @apollo/gateway's RemoteGraphQLDataSource builds a
 * node-fetch Request and Headers for every fetch and then goes through the
 * WHATWG fetch; profiling the distributed gateway showed that per-call
 * overhead as the largest cost after the subgraphs themselves. This sends the
 * same JSON body and reads the same answer with none of it.
 *
 * Subgraphs authenticate the caller themselves, from the same headers as
 * in-process (CALLER_HEADERS); identical queries of the same caller in flight
 * at once share one request (inflight.ts). An HTTP error becomes the same
 * error RemoteGraphQLDataSource raises (`<status>: <statusText>` with the
 * response in extensions), which the gateway's error masking then hides.
 */
export class HttpSubgraph implements GraphQLDataSource {
  private readonly inflight = new InflightQueries();
  private readonly origin: string;
  private readonly path: string;

  constructor(
    private readonly url: string,
    private readonly dispatcher: Dispatcher,
  ) {
    const parsed = new URL(url);
    this.origin = parsed.origin;
    this.path = `${parsed.pathname}${parsed.search}`;
  }

  process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const caller = (options.context as { headers?: CallerHeaders } | undefined)?.headers;
    return this.inflight.run(inflightKey(options.request.query, options.request.variables, caller), () => this.send(options, caller));
  }

  private async send(options: GraphQLDataSourceProcessOptions, caller: CallerHeaders): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    for (const name of CALLER_HEADERS) {
      const value = caller?.[name];
      if (value !== undefined) headers[name] = value;
    }
    let response: Dispatcher.ResponseData;
    let text: string;
    try {
      response = await this.dispatcher.request({
        origin: this.origin,
        path: this.path,
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables, operationName, extensions }),
      });
      text = await response.body.text();
    } catch {
      // Not reachable (refused, reset, timed out): the fields it owns are unavailable, the rest of the answer stands.
      return unavailable(query, variables);
    }
    if (response.statusCode === 502 || response.statusCode === 503 || response.statusCode === 504) return unavailable(query, variables);
    const json = /^application\/(graphql-response\+)?json/.test(String(response.headers['content-type'] ?? '')) ? safeParse(text) : undefined;
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw new GraphQLError(`${response.statusCode}: ${statusText(response.statusCode)}`, {
        extensions: {
          response: { url: this.url, status: response.statusCode, statusText: statusText(response.statusCode), body: json ?? text },
          ...(response.statusCode === 401 ? { code: 'UNAUTHENTICATED' } : response.statusCode === 403 ? { code: 'FORBIDDEN' } : {}),
        },
      });
    }
    if (json === undefined || json === null || typeof json !== 'object') throw new Error(`Expected JSON response body, but received: ${text.slice(0, 200)}`);
    return json as GatewayGraphQLResponse;
  }
}

/**
 * The answer of a subgraph that is down: no data, and one SERVICE_UNAVAILABLE
 * error per field it was asked for, with its path — each root field, or each
 * entity of an `_entities` fetch, whose path the gateway maps onto the
 * caller's response. Fields other subgraphs serve stay in the answer.
 */
export function unavailable(query: string, variables: Record<string, unknown> | undefined): GatewayGraphQLResponse {
  let paths: (string | number)[][] = [];
  try {
    const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const fields = (operation?.selectionSet.selections ?? []).filter((f): f is FieldNode => f.kind === Kind.FIELD);
    const representations = variables?.representations;
    paths = fields.flatMap((f) => (f.name.value === '_entities' && Array.isArray(representations) ? representations.map((_, i) => [f.alias?.value ?? '_entities', i]) : [[f.alias?.value ?? f.name.value]]));
  } catch {
    // An unparsable query cannot have been sent by the gateway; answer one error without a path.
  }
  return { data: null, errors: (paths.length ? paths : [undefined]).map((path) => formattedError('SERVICE_UNAVAILABLE', path)) } as GatewayGraphQLResponse;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function statusText(status: number): string {
  return ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' } as Record<number, string>)[status] ?? 'Error';
}
