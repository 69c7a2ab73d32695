import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Store } from '../store';

/** What every subgraph needs from the process that hosts it. */
export interface SubgraphDeps {
  store: Store;
}

/** What a subgraph may know of the incoming request: its headers (lower-case names). */
export interface RequestInfo {
  headers: Readonly<Record<string, string | undefined>>;
}

/**
 * A built subgraph (CONVENTIONS 1: `server.ts` builds the schema and binds no
 * port). The gateway runs it in-process, or `subgraphs/main.ts` serves it over HTTP.
 */
export interface Subgraph<Context = unknown> {
  name: string;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  /**
   * A fresh context (with fresh DataLoaders) for one request. Subgraphs that
   * need the caller's identity read it from the headers (Authorization,
   * X-API-Key), the same in-process and over HTTP.
   */
  createContext(request?: RequestInfo): Context;
}
