import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { SourceRecord } from '../../common/record';
import { createLogger, type Logger } from '../../common/logger';
import { recordCrawlPresence } from '../../store/catalog/record-presence';
import { upsertRecords } from '../../store/catalog/upsert-records';
import type { Queryable, Store } from '../../store/types';
import { finaliseRecord } from '../ingest/finalise';
import { MAX_FOLLOW_PER_PAGE, MAX_RECORDS_PER_PAGE, ParseError, type CrawlRequest, type SiteAdapter, type SiteConfig } from './adapter';
import { CrawlError, requestKey, SiteFetcher, type FetchedPage } from './fetch';
import { missingDetails, type LabelStateCount } from './run-checks';
import { sweepBenefitAlerts } from '../../subgraphs/benefits/saved-households';
import { crawlErrors, crawlPages } from '../../common/metrics';
import { fileSnapshotsAfterCrawl } from '../../subgraphs/stats/snapshot-writer';

/**
 * One crawl run of one site: a persisted queue (ingest.request) worked by a
 * few workers, conditional GETs against the stored documents, parsing only
 * of pages whose bytes changed, one transaction per batch (records,
 * documents, follow-ups, queue state, run stats). Killed at any point, the
 * next call resumes the same run without refetching finished pages.
 */
export interface CrawlOptions {
  /** false: no delays between requests (benchmarks on loopback); robots.txt Disallow still holds. Default true. */
  politeness?: boolean;
  /** Parallel workers (each claims a batch). Default: the site's fetch concurrency or 2. */
  workers?: number;
  /** Requests claimed at once by a worker. Default 8. */
  batchSize?: number;
  /** A claim not finished within this time is given to another worker. Default 120 s. */
  leaseMs?: number;
  /** A running run whose heartbeat is older than this belongs to a dead process and is taken over. Default 30 s. */
  staleRunMs?: number;
  /** Hard bound on requests in one run. Default 50,000. */
  maxRequests?: number;
  /** Keep raw bodies in ingest.document (default true; bodies over 2 MiB are never kept). */
  keepBodies?: boolean;
  missesToWithdraw?: number;
  onProgress?: (progress: CrawlProgress) => void;
  signal?: AbortSignal;
  logger?: Logger;
  /** KST day (YYYY-MM-DD) the history snapshot after this crawl is filed under; default today (tests file two days). */
  snapshotDay?: string;
  /** Fetcher options passed through (tests: small timeouts). */
  fetcherOptions?: Partial<ConstructorParameters<typeof SiteFetcher>[0]>;
}

export interface CrawlProgress {
  siteId: string;
  runId: number;
  done: number;
  queued: number;
  pages: number;
  errors: number;
}

export type RunStatus = 'succeeded' | 'partial' | 'failed' | 'aborted';

export interface CrawlSummary {
  runId: number;
  siteId: string;
  status: RunStatus;
  resumed: boolean;
  /** Responses received (200 or 304). */
  pages: number;
  bytes: number;
  notModified: number;
  /** 200 responses whose bytes were identical to the stored document: not parsed. */
  unchanged: number;
  /** Detail pages trusted without a request (revisit policy). */
  trusted: number;
  parsed: number;
  records: number;
  recordsWritten: number;
  /** Detail pages that answered 404/410: their records are absent. */
  gone: number;
  withdrawn: number;
  failedRequests: number;
  errors: Record<string, number>;
  durationMs: number;
  /** Why the run is not `succeeded` (or what it noticed), in full. */
  message: string | null;
  /** Per error class, the first failed request of the run (its stored URL and error). */
  errorSamples: Record<string, { url: string; error: string | null }>;
}

const MAX_BODY_KEPT = 2 * 1024 * 1024;
/** Values carried to a request (`meta`); the declarative engine bounds them below this, so nothing is dropped silently. */
const MAX_META = 16 * 1024;

interface ClaimedRow {
  key: string;
  url: string;
  method: string;
  form: Record<string, string> | null;
  referer: string | null;
  xhr: boolean;
  expect: string | null;
  role: 'list' | 'detail';
  optional: boolean;
  parent_unchanged: boolean;
  label: string;
  meta: Record<string, string> | null;
  depth: number;
}

interface DocumentRow {
  key: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string;
  adapter: string;
  follow: CrawlRequest[];
  record_keys: string[];
  /** Fetched within the site's revisit window. */
  fresh: boolean;
}

interface Outcome {
  row: ClaimedRow;
  state: 'done' | 'gone' | 'skipped' | 'failed';
  records: SourceRecord[];
  recordKeys: string[];
  follow: CrawlRequest[];
  document: { page: FetchedPage; follow: CrawlRequest[]; recordKeys: string[] } | null;
  counters: { pages: number; bytes: number; notModified: number; unchanged: number; parsed: number; trusted: number };
  /** The stored document was confirmed current (304 or same bytes): its fetched_at moves. */
  revalidated: boolean;
  errorClass: string | null;
  error: string | null;
  abortSite: boolean;
}

let fallbackLogger: Logger | null = null;
function defaultLogger(): Logger {
  fallbackLogger ??= createLogger(process.env.LOG_LEVEL ?? 'warn', 'crawler');
  return fallbackLogger;
}

/**
 * Request URLs are stored relative to the site's base URL when they are on
 * its origin, so keys, stored follow-ups and resumed queues survive a move
 * of the site (a new simulator port, a staging host).
 */
export function toStored(url: string, baseUrl: string): string {
  const u = new URL(url);
  const base = new URL(baseUrl);
  return u.origin === base.origin ? `${u.pathname}${u.search}` : u.toString();
}

export function fromStored(url: string, baseUrl: string): string {
  return new URL(url, baseUrl).toString();
}

export function hashKey(req: CrawlRequest, baseUrl: string): string {
  const relative = toStored(req.url, baseUrl);
  let key = requestKey({ ...req, url: new URL(relative, 'http://site.invalid').toString() });
  // A page reached with other carried values is another request: a frame shared by two programmes builds
  // each programme's record, so it is fetched once per parent, not deduped into one record.
  if (req.meta && Object.keys(req.meta).length) key += ` meta:${JSON.stringify(Object.entries(req.meta).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export async function crawlSite(db: Store, site: SiteConfig, adapter: SiteAdapter, options: CrawlOptions = {}): Promise<CrawlSummary> {
  const started = Date.now();
  const adapterTag = `${adapter.name}@${adapter.version}`;
  const log = (options.logger ?? defaultLogger()).child({ site: site.id });
  const { runId, resumed } = await startOrResume(db, site, adapter, adapterTag, options.staleRunMs ?? 30_000);
  log.info({ runId, resumed }, resumed ? 'crawl resumed' : 'crawl started');

  const fetcher = new SiteFetcher({
    siteId: site.id,
    baseUrl: site.baseUrl,
    concurrency: site.fetch?.concurrency ?? 2,
    delayMs: options.politeness === false ? 0 : (site.fetch?.delayMs ?? 1000),
    politeness: options.politeness !== false,
    timeoutMs: site.fetch?.timeoutMs,
    maxBodyBytes: site.fetch?.maxBodyBytes,
    retries: site.fetch?.retries,
    ...options.fetcherOptions,
  });
  const errors: Record<string, number> = {};
  let abortMessage: string | null = null;
  let failed = 0;
  let inFlight = 0;
  let done = 0;
  let lastProgress = 0;
  let idle: (() => void)[] = [];
  /** Wakes idle workers: one after a commit (its follow-ups may be claimable), all when the run may be over. */
  const wakeIdle = (all = false): void => {
    const waiting = all ? idle : idle.slice(0, 1);
    idle = all ? [] : idle.slice(1);
    for (const wake of waiting) wake();
  };
  // Bounded wait: a commit wakes idle workers at once; the timer only guards against a missed wake-up.
  const nextCommit = (): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(resolve, 250);
    idle.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  const leaseMs = options.leaseMs ?? 120_000;
  const batchSize = options.batchSize ?? 16;
  const maxRequests = options.maxRequests ?? 50_000;
  const keepBodies = options.keepBodies ?? true;
  const revisitAfterMs = Math.max(0, site.fetch?.revisitAfterMs ?? 30 * 60_000);

  // An operator watching a long crawl sees it move: progress at least every 10 s while it runs.
  const progressLog = setInterval(() => log.info({ runId, done, failed, inFlight, errors }, 'crawl progress'), 10_000);
  progressLog.unref();
  try {
    for (const path of site.warmup ?? []) {
      try {
        await fetcher.fetch({ url: new URL(path, site.baseUrl).toString() });
      } catch (error) {
        log.warn({ err: (error as Error).message }, 'warm-up request failed');
      }
    }

    const worker = async (): Promise<void> => {
      for (;;) {
        if (abortMessage || options.signal?.aborted) return;
        const claimed = await claim(db, runId, batchSize, leaseMs);
        // A full batch suggests more is queued: let one more idle worker try.
        if (claimed.length === batchSize) wakeIdle();
        if (claimed.length === 0) {
          if (inFlight === 0) return;
          // Idle until another worker commits (its pages may add requests), instead of polling the queue.
          await nextCommit();
          continue;
        }
        inFlight++;
        try {
          const documents = await loadDocuments(db, site.id, claimed.map((c) => c.key), revisitAfterMs);
          const outcomes = await Promise.all(claimed.map((row) => processOne(row, documents.get(row.key) ?? null)));
          for (const o of outcomes) {
            crawlPages.inc({ site: site.id, state: o.state });
            if (o.errorClass) crawlErrors.inc({ site: site.id, class: o.errorClass });
            if (o.errorClass) errors[o.errorClass] = (errors[o.errorClass] ?? 0) + 1;
            if (o.state === 'failed' && !o.row.optional) failed++;
            if (o.abortSite && !abortMessage) abortMessage = o.error;
          }
          await commit(outcomes);
          wakeIdle();
          done += outcomes.length;
          if (options.onProgress && Date.now() - lastProgress >= 500) {
            lastProgress = Date.now();
            options.onProgress({ siteId: site.id, runId, done, queued: await countOpen(db, runId), pages: done, errors: failed });
          }
        } finally {
          inFlight--;
          if (inFlight === 0) wakeIdle(true);
        }
      }
    };

    const processOne = async (row: ClaimedRow, doc: DocumentRow | null): Promise<Outcome> => {
      const request: CrawlRequest = {
        url: fromStored(row.url, site.baseUrl),
        method: row.method === 'POST' ? 'POST' : 'GET',
        form: row.form ?? undefined,
        referer: row.referer ? fromStored(row.referer, site.baseUrl) : undefined,
        xhr: row.xhr,
        expect: (row.expect ?? undefined) as CrawlRequest['expect'],
        label: row.label,
        role: row.role,
        optional: row.optional,
        meta: row.meta ?? undefined,
        // Only a document this adapter version parsed can stand in for the page: another version needs the body.
        conditional: doc && doc.adapter === adapterTag ? { etag: doc.etag, lastModified: doc.last_modified } : undefined,
      };
      const outcome: Outcome = {
        row,
        state: 'done',
        records: [],
        recordKeys: [],
        follow: [],
        document: null,
        counters: { pages: 0, bytes: 0, notModified: 0, unchanged: 0, parsed: 0, trusted: 0 },
        revalidated: false,
        errorClass: null,
        error: null,
        abortSite: false,
      };
      const reuse = (d: DocumentRow): void => {
        outcome.follow = d.follow.map((f) => ({ ...f, url: fromStored(f.url, site.baseUrl), referer: f.referer ? fromStored(f.referer, site.baseUrl) : undefined, parentUnchanged: true }));
        outcome.recordKeys = d.record_keys;
      };
      // Revisit policy: a detail under an unchanged list, fetched recently, is trusted without a request.
      if (row.parent_unchanged && row.role === 'detail' && doc?.fresh && doc.adapter === adapterTag) {
        outcome.counters.trusted = 1;
        reuse(doc);
        return outcome;
      }
      let page: FetchedPage;
      try {
        page = await fetcher.fetch(request);
      } catch (error) {
        if (error instanceof CrawlError) {
          outcome.errorClass = error.errorClass;
          outcome.error = error.message.slice(0, 500);
          if ((error.errorClass === 'NOT_FOUND' || error.errorClass === 'GONE') && row.role === 'detail') outcome.state = 'gone';
          else if (error.errorClass === 'ROBOTS_DISALLOWED') outcome.state = 'skipped';
          else outcome.state = 'failed';
          outcome.abortSite = error.action === 'abort-site';
          return outcome;
        }
        outcome.state = 'failed';
        outcome.errorClass = 'INTERNAL';
        outcome.error = (error as Error).message.slice(0, 500);
        return outcome;
      }
      outcome.counters.pages = 1;
      outcome.counters.bytes = page.bytes.length;
      if (doc && (page.notModified || (page.contentHash === doc.content_hash && doc.adapter === adapterTag))) {
        // Unchanged: what it yielded last time still holds. No parse, no write.
        if (page.notModified) outcome.counters.notModified = 1;
        else outcome.counters.unchanged = 1;
        outcome.revalidated = true;
        reuse(doc);
        return outcome;
      }
      if (page.notModified) {
        // 304 without a stored document (cannot happen unless the row was deleted): treat as a failure to refetch next run.
        outcome.state = 'failed';
        outcome.errorClass = 'NOT_MODIFIED_WITHOUT_DOCUMENT';
        return outcome;
      }
      try {
        const parsed = adapter.parse(page, request, site);
        if (parsed.records.length > MAX_RECORDS_PER_PAGE || parsed.follow.length > MAX_FOLLOW_PER_PAGE) {
          throw new ParseError(`page yielded too much (${parsed.records.length} records, ${parsed.follow.length} links)`);
        }
        outcome.counters.parsed = 1;
        const provenance = { siteId: site.id, url: page.finalUrl, fetchedAt: new Date().toISOString(), contentHash: page.contentHash, adapter: adapterTag };
        outcome.records = parsed.records.map((draft) => finaliseRecord(draft, site, provenance));
        outcome.recordKeys = [...new Set(outcome.records.map((r) => r.sourceKey))];
        outcome.follow = parsed.follow.map((f) => ({ ...f, referer: f.referer ?? page.finalUrl }));
        outcome.document = { page, follow: outcome.follow, recordKeys: outcome.recordKeys };
      } catch (error) {
        outcome.state = 'failed';
        outcome.errorClass = error instanceof ParseError ? 'PARSE' : 'ADAPTER';
        outcome.error = (error as Error).message.slice(0, 500);
      }
      return outcome;
    };

    const commit = async (outcomes: Outcome[]): Promise<void> => {
      await db.transaction(async (tx) => {
        const records = outcomes.flatMap((o) => o.records);
        // Sites crawled side by side publish the same facilities: their record writes (dedupe across
        // sources) take turns, or two sites could both create the record the other is creating.
        if (records.length) await tx.query(`select pg_advisory_xact_lock(hashtext('catalog.upsert_records'))`);
        const written = records.length ? await upsertRecords(tx, records, { priority: site.priority }) : { inserted: 0, updated: 0, unchanged: 0 };
        await saveDocuments(tx, site, outcomes, adapterTag, keepBodies);
        // A page that answered 404/410 has no last version: kept, the revisit policy would trust it under an unchanged
        // list at the next run and bring its record back to life (a programme the API still lists after its page went).
        const goneKeys = outcomes.filter((o) => o.state === 'gone').map((o) => o.row.key);
        if (goneKeys.length) await tx.query(`delete from ingest.document where site_id = $1 and key = any($2::text[])`, [site.id, goneKeys]);
        const revalidated = outcomes.filter((o) => o.revalidated).map((o) => o.row.key);
        if (revalidated.length && revisitAfterMs > 0) await tx.query(`update ingest.document set fetched_at = now() where site_id = $1 and key = any($2::text[])`, [site.id, revalidated]);
        const follows = outcomes.flatMap((o) => o.follow.map((f) => ({ f, depth: o.row.depth + 1 })));
        const trustedInBulk = follows.length ? await enqueue(tx, runId, site.baseUrl, follows, maxRequests, { siteId: site.id, adapterTag, revisitAfterMs }) : 0;
        done += trustedInBulk;
        await tx.query(
          `update ingest.request r set state = u.state, record_keys = u.record_keys, error_class = u.error_class, error = u.error, claimed_until = null
           from (select * from jsonb_to_recordset($2::jsonb) as x(key text, state text, record_keys text[], error_class text, error text)) u
           where r.run_id = $1 and r.key = u.key`,
          [runId, JSON.stringify(outcomes.map((o) => ({ key: o.row.key, state: o.state, record_keys: o.recordKeys, error_class: o.errorClass, error: o.error })))],
        );
        const sum = (k: keyof Outcome['counters']): number => outcomes.reduce((n, o) => n + o.counters[k], 0);
        await tx.query(
          `update ingest.crawl_run set heartbeat_at = now(), pages = pages + $2, bytes = bytes + $3, not_modified = not_modified + $4,
             unchanged = unchanged + $5, parsed = parsed + $6, trusted = trusted + $11, records = records + $7, records_written = records_written + $8,
             gone = gone + $9, errors = $10::jsonb
           where id = $1`,
          [runId, sum('pages'), sum('bytes'), sum('notModified'), sum('unchanged'), sum('parsed'), records.length, written.inserted + written.updated, outcomes.filter((o) => o.state === 'gone').length, JSON.stringify(errors), sum('trusted') + trustedInBulk],
        );
      });
    };

    const workers = Math.max(1, Math.min(16, options.workers ?? site.fetch?.concurrency ?? 2));
    await Promise.all(Array.from({ length: workers }, () => worker()));
  } finally {
    clearInterval(progressLog);
    await fetcher.close();
  }

  // Finish: only a complete crawl with no failed page may count absences.
  const { rows: stateRows } = await db.query<{ state: string; n: number }>(
    `select case when state = 'failed' and optional then 'failed_optional' else state end as state, count(*)::int as n
     from ingest.request where run_id = $1 group by 1`,
    [runId],
  );
  const states = Object.fromEntries(stateRows.map((r) => [r.state, Number(r.n)]));
  const open = (states.pending ?? 0) + (states.claimed ?? 0);
  const failedTotal = states.failed ?? 0;
  let status: RunStatus;
  let message: string | null = abortMessage;
  if (abortMessage) status = 'aborted';
  else if (options.signal?.aborted || open > 0) {
    status = 'partial';
    message = options.signal?.aborted ? '중단됨 / interrupted' : `${open} requests left`;
  } else if (failedTotal > 0) status = (states.done ?? 0) > 0 ? 'partial' : 'failed';
  else status = 'succeeded';
  if (status === 'succeeded' || status === 'partial') {
    const { rows: labelRows } = await db.query<LabelStateCount>(`select label, state, count(*)::int as n from ingest.request where run_id = $1 group by 1, 2`, [runId]);
    const missing = missingDetails(adapter, labelRows);
    if (missing.length) {
      // Details the config expects never arrived: nothing may be counted absent from such a run.
      status = 'partial';
      message = [message, ...missing].filter(Boolean).join('; ');
      log.warn({ missing }, 'detail pages missing');
    }
  }

  let withdrawn = 0;
  if (status === 'succeeded') {
    const { rows } = await db.query<{ k: string }>(`select distinct unnest(record_keys) as k from ingest.request where run_id = $1 and state = 'done'`, [runId]);
    // One transaction: a withdrawal that regroups policies moves other sites' sources, which must not show half done.
    const presence = await db.transaction((tx) => recordCrawlPresence(tx, site.id, rows.map((r) => r.k), options.missesToWithdraw));
    withdrawn = presence.withdrawn;
  }
  const { rows: runRows } = await db.query<{
    pages: number; bytes: string | number; not_modified: number; unchanged: number; trusted: number; parsed: number; records: number; records_written: number; gone: number; errors: Record<string, number>; started_at: string | Date; resumes: number;
  }>(
    `update ingest.crawl_run set status = $2, finished_at = now(), withdrawn = $3, message = $4, heartbeat_at = now()
     where id = $1 returning pages, bytes, not_modified, unchanged, trusted, parsed, records, records_written, gone, errors, started_at, resumes`,
    [runId, status, withdrawn, message],
  );
  const run = runRows[0]!;
  const { rows: sampleRows } = await db.query<{ samples: CrawlSummary['errorSamples'] | null }>(`select catalog.crawl_error_samples($1) as samples`, [runId]);
  const summary: CrawlSummary = {
    runId,
    siteId: site.id,
    status,
    resumed,
    pages: run.pages,
    bytes: Number(run.bytes),
    notModified: run.not_modified,
    unchanged: run.unchanged,
    trusted: run.trusted,
    parsed: run.parsed,
    records: run.records,
    recordsWritten: run.records_written,
    gone: run.gone,
    withdrawn,
    failedRequests: failedTotal,
    errors: run.errors,
    durationMs: Date.now() - started,
    message,
    errorSamples: sampleRows[0]?.samples ?? {},
  };
  log.info({ ...summary, errors: undefined, errorSamples: undefined }, 'crawl finished');
  // Benefit alerts (issue 18): a crawl that wrote records may have made a policy match a saved household.
  if (summary.recordsWritten > 0) {
    await sweepBenefitAlerts(db)
      .then((sent) => sent && log.info({ siteId: site.id, alerts: sent }, 'benefit alerts queued'))
      .catch((error: Error) => log.warn({ siteId: site.id, err: error.message }, 'benefit alerts failed'));
  }
  // Statistics history (issue 20): the day's figures of every facility and policy, after the records they come from.
  await fileSnapshotsAfterCrawl(db, { day: options.snapshotDay, wroteRecords: summary.recordsWritten > 0 })
    .catch((error: Error) => log.warn({ siteId: site.id, err: error.message }, 'history snapshot failed'));
  return summary;
}

async function startOrResume(db: Store, site: SiteConfig, adapter: SiteAdapter, adapterTag: string, staleRunMs: number): Promise<{ runId: number; resumed: boolean }> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('ingest.crawl_run:' || $1))`, [site.id]);
    const { rows } = await tx.query<{ id: number; stale: boolean; owner: string | null }>(
      `select id, owner, heartbeat_at < now() - ($2::int * interval '1 millisecond') as stale from ingest.crawl_run where site_id = $1 and status = 'running'`,
      [site.id, staleRunMs],
    );
    const running = rows[0];
    if (running && !running.stale && !ownerIsGone(running.owner)) {
      throw new CrawlAlreadyRunning(site.id, Number(running.id));
    }
    if (running) {
      // The process that ran it is gone: its claims go back to the queue; finished pages stay finished.
      await tx.query(`update ingest.request set state = 'pending', claimed_until = null where run_id = $1 and state = 'claimed'`, [running.id]);
      await tx.query(`update ingest.crawl_run set resumes = resumes + 1, heartbeat_at = now(), owner = $2 where id = $1`, [running.id, OWNER]);
      return { runId: Number(running.id), resumed: true };
    }
    const { rows: created } = await tx.query<{ id: number }>(`insert into ingest.crawl_run (site_id, adapter, owner) values ($1, $2, $3) returning id`, [site.id, adapterTag, OWNER]);
    const runId = Number(created[0]!.id);
    const start = adapter.start(site).map((f) => ({ f: { ...f, role: f.role ?? ('list' as const) }, depth: 0 }));
    await enqueue(tx, runId, site.baseUrl, start, Number.MAX_SAFE_INTEGER);
    return { runId, resumed: false };
  });
}

const OWNER = `${hostname()}:${process.pid}`;

/** A run owned by a process of this host that no longer exists (killed) can be taken over at once. */
function ownerIsGone(owner: string | null): boolean {
  if (!owner) return false;
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch {
    return true;
  }
}

export class CrawlAlreadyRunning extends Error {
  constructor(
    readonly siteId: string,
    readonly runId: number,
  ) {
    super(`${siteId}: 이미 수집 중입니다 (run ${runId}) / a crawl of this site is already running`);
    this.name = 'CrawlAlreadyRunning';
  }
}

interface Trust {
  siteId: string;
  adapterTag: string;
  revisitAfterMs: number;
}

/**
 * Queues follow-up requests (deduped by key). A detail under an unchanged
 * list whose stored document is fresh, from this adapter version and links
 * nowhere else is entered as already done with its stored record keys (the
 * revisit policy, applied in bulk): it costs no claim, no request and no
 * parse. Returns how many were trusted this way.
 */
async function enqueue(db: Queryable, runId: number, baseUrl: string, items: { f: CrawlRequest; depth: number }[], maxRequests: number, trust?: Trust): Promise<number> {
  if (maxRequests !== Number.MAX_SAFE_INTEGER) {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ingest.request where run_id = $1`, [runId]);
    const room = maxRequests - Number(rows[0]!.n);
    if (room <= 0) return 0;
    items = items.slice(0, room);
  }
  const seen = new Set<string>();
  const rows = [];
  for (const { f, depth } of items) {
    const key = hashKey(f, baseUrl);
    if (seen.has(key)) continue;
    seen.add(key);
    const meta = f.meta && JSON.stringify(f.meta).length <= MAX_META ? f.meta : null;
    // Past the bound a carried value would change the record built from it: say so rather than lose it quietly.
    if (f.meta && !meta) defaultLogger().warn({ url: f.url, label: f.label }, 'carried values (meta) over 16 KiB dropped');
    rows.push({ key, url: toStored(f.url, baseUrl), method: f.method ?? 'GET', form: f.form ?? null, referer: f.referer ? toStored(f.referer, baseUrl) : null, xhr: f.xhr ?? false, expect: f.expect ?? null, role: f.role ?? 'detail', optional: f.optional ?? false, parent_unchanged: f.parentUnchanged ?? false, label: f.label, meta, depth });
  }
  if (!rows.length) return 0;
  const { rows: inserted } = await db.query<{ trusted: boolean }>(
    `insert into ingest.request (run_id, key, url, method, form, referer, xhr, expect, role, optional, parent_unchanged, label, meta, depth, state, record_keys)
     select $1, x.key, x.url, x.method, x.form, x.referer, x.xhr, x.expect, x.role, x.optional, x.parent_unchanged, x.label, x.meta, x.depth,
            case when t.ok then 'done' else 'pending' end, case when t.ok then d.record_keys end
     from jsonb_to_recordset($2::jsonb) as x(key text, url text, method text, form jsonb, referer text, xhr boolean, expect text, role text, optional boolean, parent_unchanged boolean, label text, meta jsonb, depth int)
     left join ingest.document d on d.site_id = $3 and d.key = x.key
     cross join lateral (select coalesce(x.parent_unchanged and x.role = 'detail' and d.key is not null and d.adapter = $4 and d.follow = '[]'::jsonb
                                 and $5::int > 0 and d.fetched_at > now() - ($5::int * interval '1 millisecond'), false) as ok) t
     on conflict (run_id, key) do nothing
     returning state = 'done' as trusted`,
    [runId, JSON.stringify(rows), trust?.siteId ?? '', trust?.adapterTag ?? '', trust?.revisitAfterMs ?? 0],
  );
  return inserted.filter((r) => r.trusted).length;
}

async function claim(db: Store, runId: number, limit: number, leaseMs: number): Promise<ClaimedRow[]> {
  const { rows } = await db.query<ClaimedRow>(
    `update ingest.request r set state = 'claimed', attempts = attempts + 1, claimed_until = now() + ($3::int * interval '1 millisecond')
     where (r.run_id, r.key) in (
       select run_id, key from ingest.request
       where run_id = $1 and (state = 'pending' or (state = 'claimed' and claimed_until < now()))
       order by depth, seq
       limit $2
       for update skip locked)
     returning key, url, method, form, referer, xhr, expect, role, optional, parent_unchanged, label, meta, depth`,
    [runId, limit, leaseMs],
  );
  return rows;
}

async function countOpen(db: Queryable, runId: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ingest.request where run_id = $1 and state in ('pending', 'claimed')`, [runId]);
  return Number(rows[0]!.n);
}

async function loadDocuments(db: Queryable, siteId: string, keys: string[], revisitAfterMs: number): Promise<Map<string, DocumentRow>> {
  const { rows } = await db.query<DocumentRow>(
    `select key, etag, last_modified, content_hash, adapter, follow, record_keys,
            $3::int > 0 and fetched_at > now() - ($3::int * interval '1 millisecond') as fresh
     from ingest.document where site_id = $1 and key = any($2::text[])`,
    [siteId, keys, revisitAfterMs],
  );
  return new Map(rows.map((r) => [r.key, r]));
}

/** One statement for the batch's changed documents; bodies are kept gzip-compressed. */
async function saveDocuments(db: Queryable, site: SiteConfig, outcomes: Outcome[], adapterTag: string, keepBodies: boolean): Promise<void> {
  const rows = outcomes
    .filter((o): o is Outcome & { document: NonNullable<Outcome['document']> } => o.document !== null)
    .map(({ row, document: { page, follow, recordKeys } }) => ({
      key: row.key,
      url: toStored(page.finalUrl, site.baseUrl),
      status: page.status,
      etag: page.etag,
      last_modified: page.lastModified,
      content_hash: page.contentHash,
      content_type: page.contentType,
      encoding: page.encoding,
      bytes: page.bytes.length,
      body: keepBodies && page.bytes.length <= MAX_BODY_KEPT ? gzipSync(page.bytes, { level: 1 }).toString('base64') : null,
      follow: follow.map((f) => ({ ...f, url: toStored(f.url, site.baseUrl), referer: f.referer ? toStored(f.referer, site.baseUrl) : undefined })),
      record_keys: recordKeys,
    }));
  if (!rows.length) return;
  await db.query(
    `insert into ingest.document (site_id, key, url, status, etag, last_modified, content_hash, content_type, encoding, bytes, body_gzip, adapter, follow, record_keys, fetched_at, changed_at)
     select $1, x.key, x.url, x.status, x.etag, x.last_modified, x.content_hash, x.content_type, x.encoding, x.bytes, decode(x.body, 'base64'), $2, x.follow, x.record_keys, now(), now()
     from jsonb_to_recordset($3::jsonb) as x(key text, url text, status int, etag text, last_modified text, content_hash text, content_type text, encoding text, bytes int, body text, follow jsonb, record_keys text[])
     on conflict (site_id, key) do update set url = excluded.url, status = excluded.status, etag = excluded.etag, last_modified = excluded.last_modified,
       content_hash = excluded.content_hash, content_type = excluded.content_type, encoding = excluded.encoding, bytes = excluded.bytes,
       body_gzip = excluded.body_gzip, adapter = excluded.adapter, follow = excluded.follow, record_keys = excluded.record_keys,
       fetched_at = excluded.fetched_at, changed_at = excluded.changed_at`,
    [site.id, adapterTag, JSON.stringify(rows)],
  );
}
