import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../common/db-errors';
import { formattedError } from '../common/errors';
import type { Subgraph } from '../subgraphs/subgraph';
import { inflightKey, InflightQueries } from './inflight';

/** The query planner emits a finite set of subgraph operations; this bounds the cache anyway. */
const MAX_CACHED_DOCUMENTS = 1000;

/**
 * Runs a subgraph inside the gateway process (DESIGN contract 5: no HTTP hop).
 *
 * Unlike @apollo/gateway's LocalGraphQLDataSource it (a) gives the subgraph
 * its own context, created once per incoming gateway request, so DataLoaders
 * batch across all fetches of that request and are never shared between
 * users; (b) caches parsed and validated documents, because the planner
 * sends the same few operations over and over; and (c) runs identical queries
 * of the same caller that are in flight at once only once (inflight.ts).
 */
export class InProcessDataSource implements GraphQLDataSource {
  private readonly contexts = new WeakMap<object, unknown>();
  private readonly documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  private readonly inflight = new InflightQueries();

  constructor(
    private readonly subgraph: Subgraph<unknown>,
    /** Called once per fetch the query plan sends here (tests assert which subgraphs a plan called). */
    private readonly onFetch?: () => void,
  ) {}

  process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    this.onFetch?.();
    const headers = (options.context as { headers?: Record<string, string | undefined> } | undefined)?.headers;
    return this.inflight.run(inflightKey(options.request.query, options.request.variables, headers), async () => {
      // Yield to the event loop first. On PGlite a whole fetch (resolvers and statements) otherwise runs in one
      // chain of microtasks on this thread, so no other request is even read before it ends and nothing can
      // join it: under 32 connections every policy page ran its own list, count and entity reads
      // (docs/performance.md). Over HTTP the gateway waits on a socket here and identical fetches share one.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return this.execute(options);
    });
  }

  private async execute(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const source = options.request.query ?? '';
    const document = this.document(source);
    if (!('kind' in document)) return { errors: document.map((e) => e.toJSON()) };
    const result = await execute({
      schema: this.subgraph.schema,
      document,
      variableValues: options.request.variables,
      operationName: options.request.operationName,
      contextValue: this.contextFor(options.context),
    });
    return {
      data: result.data as Record<string, unknown> | null | undefined,
      // Serialised as a subgraph over HTTP would answer (its masker turns a database outage into SERVICE_UNAVAILABLE).
      errors: result.errors?.map((e) => (isDatabaseUnavailable(e.originalError) ? { ...e.toJSON(), ...formattedError('SERVICE_UNAVAILABLE') } : e.toJSON())),
    };
  }

  private contextFor(gatewayContext: { headers?: Record<string, string | undefined> } | undefined): unknown {
    if (!gatewayContext) return this.subgraph.createContext();
    let context = this.contexts.get(gatewayContext);
    if (!context) {
      context = this.subgraph.createContext({ headers: gatewayContext.headers ?? {} });
      this.contexts.set(gatewayContext, context);
    }
    return context;
  }

  private document(source: string): DocumentNode | readonly GraphQLError[] {
    const cached = this.documents.get(source);
    if (cached) return cached;
    let result: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(source);
      const errors = validate(this.subgraph.schema, document);
      result = errors.length ? errors : document;
    } catch (error) {
      result = [error as GraphQLError];
    }
    if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(source, result);
    return result;
  }
}
