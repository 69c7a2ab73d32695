import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import type { Dispatcher } from 'undici';
import type { Logger } from '../common/logger';
import { referenceCacheLookups } from '../common/metrics';
import type { Queryable } from '../store';
import { AFTER_CURSOR, decodeChangeCursor, encodeChangeCursor, MAX_CHANGES_PAGE, SERVABLE } from '../subgraphs/catalog/changes';

/**
 * The catalog's answers to `facility(id)`, `policy(id)` and
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
 *
 * Single mode (the catalog in this process, on this process's store) adds
 * read-your-writes: every write on the store ends by telling the cache
 * (Store.onWrite), and from then on it answers nothing until a poll that
 * started after the write has read the feed to its end with no committed
 * change held back behind a running transaction (storeFeed). Writes by other
 * processes to the same PostgreSQL database are seen within one poll, as in
 * distributed mode.
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
  /** Writes told (single mode), and how many of them the feed was last read to the end after. */
  private writes = 0;
  private caughtUpTo = 0;

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

  /** A write on this process's store has ended: answers wait for a poll that starts after it (followChanges). */
  noteWrite(): void {
    this.writes++;
    this.version++;
  }

  /** Writes told so far: a poll takes this mark when it starts. */
  get writeMark(): number {
    return this.writes;
  }

  /** A poll that started at `mark` read the feed to its end with nothing held back. */
  caughtUp(mark: number): void {
    if (mark > this.caughtUpTo) this.caughtUpTo = mark;
  }

  /** Answers may be given: the follower has caught up, and with every write told before its last complete poll. */
  private get fresh(): boolean {
    return this.live && this.caughtUpTo === this.writes;
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
    if (this.fresh) {
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

/**
 * One page of the change feed after `since`: the ids that changed, where to go on, whether more waits, and
 * whether committed changes are held back behind a running transaction (known to storeFeed only).
 */
export type FeedReader = (since: string | null) => Promise<{ cursor: string | null; hasMore: boolean; ids: string[]; heldBack?: boolean }>;

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
 * Reads catalog.change straight from the store (single mode). Like the
 * `changes` field it moves its cursor only past changes below the oldest
 * running transaction (a change behind one may still be committed before
 * it), but it also drops the ids of committed changes beyond that point at
 * once, and says they exist (`heldBack`): a write told by Store.onWrite may
 * be one of them, so the cache stays closed until none is held back.
 */
export function storeFeed(db: Queryable): FeedReader {
  return async (since) => {
    const from = decodeChangeCursor(since);
    const { rows } = await db.query<{ tx: string; seq: string; record_id: string; served: boolean }>(
      `select c.tx::text as tx, c.seq::text as seq, c.record_id, ${SERVABLE} as served
       from catalog.change c where ${AFTER_CURSOR} order by c.tx, c.seq limit $3`,
      [from.tx, from.seq, MAX_CHANGES_PAGE + 1],
    );
    const page = rows.slice(0, MAX_CHANGES_PAGE);
    const held = page.findIndex((r) => !r.served);
    const served = held < 0 ? page : page.slice(0, held);
    const last = served[served.length - 1];
    return { cursor: last ? encodeChangeCursor(last) : since, hasMore: held < 0 && rows.length > MAX_CHANGES_PAGE, ids: page.map((r) => r.record_id), heldBack: held >= 0 };
  };
}

/** The follower's handle: `wake` polls soon (a write was told), `stop` ends it. */
export interface Follower {
  wake(): void;
  stop(): Promise<void>;
}

/** How soon a woken follower polls: writes in a burst (a crawl's batches) share one poll. */
const WAKE_DELAY_MS = 10;

/**
 * Follows the change feed every `intervalMs` and drops what changed.
 * From the start of the feed the cache is not live until the follower reads a
 * page with nothing more after it; a failed poll takes it out of service
 * (cleared) until a poll succeeds and the follower has caught up again.
 */
export function followChanges(cache: ReferenceCache, page: FeedReader, options: { intervalMs: number; logger: Logger }): Follower {
  let since: string | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let due = 0;
  let polling = false;
  let again = false;
  let running: Promise<void> = Promise.resolve();
  let failing = false;

  const poll = async () => {
    const mark = cache.writeMark;
    try {
      for (let i = 0; i < MAX_PAGES_PER_POLL && !stopped; i++) {
        const p = await page(since);
        cache.forget(p.ids);
        since = p.cursor ?? since;
        if (!p.hasMore) {
          if (!cache.isLive) cache.setLive(true);
          if (!p.heldBack) cache.caughtUp(mark);
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

  const start = () => {
    polling = true;
    again = false;
    running = poll().finally(() => {
      polling = false;
      schedule(again ? WAKE_DELAY_MS : options.intervalMs);
    });
  };
  /** The next poll in `ms` (sooner only: a wake never postpones one already due). */
  const schedule = (ms: number) => {
    if (stopped) return;
    const at = Date.now() + ms;
    if (timer && due <= at) return;
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(() => {
      timer = null;
      start();
    }, ms);
    timer.unref();
  };
  start();

  return {
    wake() {
      if (stopped) return;
      if (polling) again = true;
      else schedule(WAKE_DELAY_MS);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => undefined);
      cache.setLive(false);
    },
  };
}
