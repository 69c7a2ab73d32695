import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import type { Dispatcher } from 'undici';
import type { Logger } from '../common/logger';
import { referenceCacheLookups } from '../common/metrics';

/**
 * Distributed mode: the catalog's answers to `facility(id)`, `policy(id)` and
 * `program(id)` when the query plan asks the catalog for the reference only
 * (`__typename id`), which is every plan that reads a record by id — the
 * catalog's interfaces carry only `id` (DESIGN contract 3). Without it every
 * record read costs two subgraph executions in a row: the catalog to learn
 * the record's type, then its owning subgraph for the fields (issue 22:
 * facility detail ran at 0.4 × the owning subgraph alone).
 *
 * Only what the catalog answered is kept (never a null: a record may be
 * created any time), keyed by the field and the id asked; any change of that
 * id in the catalog's change feed (`changes`, which also carries editors'
 * stage moves and merges) drops it. A follower polls the feed; the cache
 * answers only once the follower has caught up and while its polls succeed,
 * so a reference changed in the catalog is fetched again within one poll of
 * the change showing in the feed (a transaction still running holds later
 * changes back, migration 0017). The answer is public and the same for every
 * caller (catalog `byId` reads published records only), so no header is part
 * of the key.
 */
export interface CachedRef {
  __typename: string;
  id: string;
}

/** The reference-only shape of one catalog fetch: which field, its response key, and the variable holding the id. */
interface Shape {
  field: string;
  key: string;
  /** The `id` argument: a variable name, or the literal id. */
  id: { variable: string } | { literal: string };
}

const ROOT_FIELDS = new Set(['facility', 'policy', 'program']);
/** Queries longer than this are never reference-only (the planner's are a few hundred characters). */
const MAX_QUERY_CHARS = 4000;
const MAX_SHAPES = 500;

/** Only `__typename` and `id`, directly or in inline fragments on a type, with no alias, argument or directive. */
function referenceOnly(set: SelectionSetNode | undefined): boolean {
  if (!set) return false;
  return set.selections.every((s) => {
    if (s.directives?.length) return false;
    if (s.kind === Kind.FIELD) return !s.alias && !s.arguments?.length && !s.selectionSet && (s.name.value === '__typename' || s.name.value === 'id');
    if (s.kind === Kind.INLINE_FRAGMENT) return referenceOnly(s.selectionSet);
    return false;
  });
}

export function referenceShape(query: string): Shape | null {
  if (query.length > MAX_QUERY_CHARS) return null;
  let doc;
  try {
    doc = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  if (doc.definitions.length !== 1) return null;
  const op = doc.definitions[0]!;
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query' || op.directives?.length) return null;
  if (op.selectionSet.selections.length !== 1) return null;
  const field = op.selectionSet.selections[0]!;
  if (field.kind !== Kind.FIELD || !ROOT_FIELDS.has(field.name.value) || field.directives?.length) return null;
  if (field.arguments?.length !== 1 || field.arguments[0]!.name.value !== 'id') return null;
  const value = field.arguments[0]!.value;
  const id = value.kind === Kind.VARIABLE ? { variable: value.name.value } : value.kind === Kind.STRING ? { literal: value.value } : null;
  if (!id || !referenceOnly(field.selectionSet)) return null;
  return { field: field.name.value, key: field.alias?.value ?? field.name.value, id };
}

export class ReferenceCache {
  private readonly refs = new Map<string, CachedRef>();
  private readonly shapes = new Map<string, Shape | null>();
  private readonly byId = new Map<string, Set<string>>();
  private live = false;
  /** Bumped by every invalidation: an answer fetched across one is not kept. */
  private version = 0;

  constructor(private readonly maxEntries: number) {}

  get isLive(): boolean {
    return this.live;
  }

  /** Live: the follower has caught up with the feed. Not live: nothing is answered and everything kept is dropped. */
  setLive(live: boolean): void {
    if (!live) {
      this.refs.clear();
      this.byId.clear();
      this.version++;
    }
    this.live = live;
  }

  /** The changed records' entries are dropped. */
  forget(ids: readonly string[]): void {
    if (!ids.length) return;
    this.version++;
    for (const id of ids) {
      for (const key of this.byId.get(id) ?? []) this.refs.delete(key);
      this.byId.delete(id);
    }
  }

  private shapeOf(query: string): Shape | null {
    let shape = this.shapes.get(query);
    if (shape === undefined) {
      shape = referenceShape(query);
      if (this.shapes.size >= MAX_SHAPES) this.shapes.delete(this.shapes.keys().next().value!);
      this.shapes.set(query, shape);
    }
    return shape;
  }

  /**
   * Answers the fetch from the cache, or sends it with `fetch` and keeps a
   * reference the catalog returned. Any other fetch goes through untouched.
   */
  async process(options: GraphQLDataSourceProcessOptions, fetch: () => Promise<GatewayGraphQLResponse>): Promise<GatewayGraphQLResponse> {
    const query = options.request.query;
    const shape = this.maxEntries > 0 && query ? this.shapeOf(query) : null;
    const id = shape ? ('literal' in shape.id ? shape.id.literal : options.request.variables?.[shape.id.variable]) : undefined;
    if (!shape || typeof id !== 'string') return fetch();
    const key = `${shape.field}\u0000${id}`;
    if (this.live) {
      const ref = this.refs.get(key);
      if (ref) {
        referenceCacheLookups.inc({ outcome: 'hit' });
        return { data: { [shape.key]: { __typename: ref.__typename, id: ref.id } } };
      }
    }
    referenceCacheLookups.inc({ outcome: 'miss' });
    const version = this.version;
    const response = await fetch();
    const ref = (response.data as Record<string, unknown> | null | undefined)?.[shape.key] as Partial<CachedRef> | null | undefined;
    if (this.live && version === this.version && !response.errors?.length && typeof ref?.__typename === 'string' && typeof ref.id === 'string') {
      this.keep(key, id, { __typename: ref.__typename, id: ref.id });
    }
    return response;
  }

  private keep(key: string, id: string, ref: CachedRef): void {
    if (!this.refs.has(key) && this.refs.size >= this.maxEntries) {
      const oldest = this.refs.keys().next().value!;
      this.refs.delete(oldest);
      const oldId = oldest.slice(oldest.indexOf('\u0000') + 1);
      this.byId.get(oldId)?.delete(oldest);
    }
    this.refs.set(key, ref);
    // The answer may be another record (a merged id answers with the record it was merged into): either changing drops it.
    for (const owner of new Set([id, ref.id])) {
      let keys = this.byId.get(owner);
      if (!keys) this.byId.set(owner, (keys = new Set()));
      keys.add(key);
    }
  }
}

const FEED = 'query ReferenceCacheFeed($since: String) { changes(since: $since, first: 1000) { cursor hasMore changes { id } } }';
/** Pages read per poll at most (1000 changes each); more waits for the next poll. */
const MAX_PAGES_PER_POLL = 50;

/** One page of the change feed after `since`: the ids that changed, where to go on, and whether more waits. */
export type FeedReader = (since: string | null) => Promise<{ cursor: string | null; hasMore: boolean; ids: string[] }>;

/** Reads the change feed from the catalog subgraph over HTTP (distributed mode). */
export function httpFeed(catalogUrl: string, dispatcher: Dispatcher): FeedReader {
  const url = new URL(catalogUrl);
  return async (since) => {
    const response = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: FEED, variables: { since } }),
      headersTimeout: 5000,
      bodyTimeout: 5000,
    });
    const json = (await response.body.json()) as { data?: { changes?: { cursor: string | null; hasMore: boolean; changes: { id: string }[] } | null }; errors?: unknown[] };
    const changes = json.data?.changes;
    if (response.statusCode !== 200 || json.errors?.length || !changes) throw new Error(`change feed answered ${response.statusCode}`);
    return { cursor: changes.cursor, hasMore: changes.hasMore, ids: changes.changes.map((c) => c.id) };
  };
}

/**
 * Follows the change feed every `intervalMs` and drops what changed.
 * From the start of the feed the cache is not live until the follower reads a
 * page with nothing more after it; a failed poll takes it out of service
 * (cleared) until a poll succeeds and the follower has caught up again.
 */
export function followChanges(cache: ReferenceCache, page: FeedReader, options: { intervalMs: number; logger: Logger }): () => Promise<void> {
  let since: string | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let failing = false;

  const poll = async () => {
    try {
      for (let i = 0; i < MAX_PAGES_PER_POLL && !stopped; i++) {
        const p = await page(since);
        cache.forget(p.ids);
        since = p.cursor ?? since;
        if (!p.hasMore) {
          if (!cache.isLive) cache.setLive(true);
          break;
        }
      }
      if (failing) options.logger.info('reference cache: change feed readable again');
      failing = false;
    } catch (error) {
      if (!failing) options.logger.warn({ err: (error as Error).message }, 'reference cache off: the catalog change feed cannot be read');
      failing = true;
      cache.setLive(false);
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = poll().finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  running = poll().finally(schedule);

  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running.catch(() => undefined);
    cache.setLive(false);
  };
}
