import { graphql } from 'graphql';
import type { Role } from '../../common/auth';
import { tokenFor } from '../../common/auth/testing';
import { loadConfig, type Config } from '../../common/config';
import type { Store } from '../../store';
import { createSubgraph } from './server';

/** Test helpers: editors' tokens, the curation subgraph in-process, and waiting for the search indexer. */

/** The configuration the hub under test reads. */
export const hubConfig = (): Config => loadConfig({ ...process.env, LOG_LEVEL: 'silent' });

const tokens = new WeakMap<Store, Map<string, Promise<string>>>();

/** `Authorization` header of a token with this role and sub, signed with the keys of `store` (the database of the hub or subgraph under test). */
export async function bearer(store: Store, role: Role, sub: string): Promise<Record<string, string>> {
  const key = `${role}:${sub}`;
  let ofStore = tokens.get(store);
  if (!ofStore) tokens.set(store, (ofStore = new Map()));
  if (!ofStore.has(key)) ofStore.set(key, tokenFor(store, { role, sub, facilities: role === 'CENTER_STAFF' ? ['any'] : [] }));
  return { authorization: `Bearer ${await ofStore.get(key)!}` };
}

/** The curation subgraph executed in-process, as the caller named by `headers`. */
export function curationHarness(store: Store) {
  const subgraph = createSubgraph({ store, config: hubConfig() });
  return async <T = any>(headers: Record<string, string>, source: string, variables?: Record<string, unknown>) => {
    const result = await graphql({ schema: subgraph.schema, source, variableValues: variables, contextValue: subgraph.createContext({ headers }) });
    return { data: result.data as T, errors: result.errors, code: result.errors?.[0]?.extensions?.code as string | undefined };
  };
}

/** Polls until `check` holds (or gives up after `ms`); returns how long it took. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** GraphQL documents the tests share. */
export const Q = {
  record: `fragment R on CuratedRecord { id name phone address published withdrawn mergedInto mergedIds plainSummary stages primaryStage
    region { sido sigungu code } overrides { field value baseValue overriddenBase needsReview setBy reason } }`,
};
