import type { Store } from '../../store/types';
import type { SiteAdapter, SiteConfig } from './adapter';
import { SiteFetcher } from './fetch';
import { commitBatch, type CommitContext } from './run-commit';
import { loadDocuments } from './run-documents';
import { finishRun } from './run-finish';
import { processPage, type PageContext } from './run-page';
import { claim, countOpen } from './run-queue';
import { startOrResume } from './run-start';
import { crawlErrors, crawlPages } from '../../common/metrics';
import type { Logger } from '../../common/logger';
import { parseFetchedPage } from './parse-page';
import { defaultLogger, type CrawlOptions, type CrawlSummary } from './run-types';

// The stages live beside this file (run-start, run-queue, run-page, run-documents, run-commit, run-finish);
// their public names stay importable from here.
export type { CrawlOptions, CrawlProgress, CrawlSummary, RunStatus } from './run-types';
export { fromStored, hashKey, toStored } from './run-queue';
export { CrawlAlreadyRunning } from './run-start';

/**
 * One crawl run of one site: a persisted queue (ingest.request) worked by a
 * few workers, conditional GETs against the stored documents, parsing only
 * of pages whose bytes changed, one transaction per batch (records,
 * documents, follow-ups, queue state, run stats). Killed at any point, the
 * next call resumes the same run without refetching finished pages.
 *
 * Stages: startOrResume (plan) → warm-up → workers { claim → loadDocuments →
 * processPage (fetch, parse, normalise) → commitBatch (write) } → finishRun.
 */
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

    const pageContext: PageContext = { site, adapter, adapterTag, fetcher, parser: workerParser(site, adapter, adapterTag, options, log) };
    const commitContext: CommitContext = { site, runId, adapterTag, keepBodies, revisitAfterMs, maxRequests };

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
          const outcomes = await Promise.all(claimed.map((row) => processPage(row, documents.get(row.key) ?? null, pageContext)));
          for (const o of outcomes) {
            crawlPages.inc({ site: site.id, state: o.state });
            if (o.errorClass) crawlErrors.inc({ site: site.id, class: o.errorClass });
            if (o.errorClass) errors[o.errorClass] = (errors[o.errorClass] ?? 0) + 1;
            if (o.state === 'failed' && !o.row.optional) failed++;
            if (o.abortSite && !abortMessage) abortMessage = o.error;
          }
          // Read after the await: `done += await …` would add to a value other workers have since moved.
          const trustedInBulk = await commitBatch(db, commitContext, outcomes, errors);
          done += trustedInBulk;
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

    const workers = Math.max(1, Math.min(16, options.workers ?? site.fetch?.concurrency ?? 2));
    await Promise.all(Array.from({ length: workers }, () => worker()));
  } finally {
    clearInterval(progressLog);
    await fetcher.close();
  }

  return finishRun(db, { site, adapter, runId, resumed, started, abortMessage, log }, options);
}

/** Pages a run parses on its own thread before it sends pages to the parse workers. */
export const PARSE_HERE_FIRST = 256;

/**
 * Parsing through options.parsePool once the run has parsed PARSE_HERE_FIRST
 * pages itself; a page the pool cannot take (a worker failed, a config that
 * does not clone) is parsed here, so the pool only ever changes where the
 * work runs, never what a page yields.
 */
function workerParser(site: SiteConfig, adapter: SiteAdapter, adapterTag: string, options: CrawlOptions, log: Logger): PageContext['parser'] {
  const pool = options.parsePool;
  if (!pool) return undefined;
  const first = Math.max(0, options.parseHereFirst ?? PARSE_HERE_FIRST);
  let here = 0;
  let warned = false;
  return {
    async parse(page, request) {
      if (here < first || !pool.usable) {
        here++;
        return parseFetchedPage(adapter, site, adapterTag, page, request);
      }
      try {
        return await pool.parse({ site, configDir: options.configDir, adapterTag, page, request });
      } catch (error) {
        if (!warned) log.warn({ err: (error as Error).message }, 'parse worker unavailable: parsing on the crawl thread');
        warned = true;
        return parseFetchedPage(adapter, site, adapterTag, page, request);
      }
    },
  };
}
