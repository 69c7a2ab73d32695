import cron from 'node-cron';
import type { Logger } from '../common/logger';
import type { Store } from '../store/types';
import type { SiteConfig } from './core/adapter';
import { crawlSite, type CrawlOptions, type CrawlSummary } from './core/runner';
import { adapterFor } from './sites';

/**
 * Scheduling as DESIGN describes it: node-cron decides only *when* and
 * enqueues a job row (one pending per site); workers claim jobs with
 * `for update skip locked`, so several processes can share the sites and a
 * crashed worker's job is reclaimed when its lease runs out.
 */
export async function enqueueCrawl(db: Store, siteId: string, reason: string): Promise<boolean> {
  const { rows } = await db.query<{ id: number }>(
    `insert into ingest.crawl_job (site_id, reason) values ($1, $2)
     on conflict (site_id) where state = 'pending' do nothing returning id`,
    [siteId, reason.slice(0, 100)],
  );
  return rows.length > 0;
}

export interface CrawlWorkerOptions {
  db: Store;
  sites: SiteConfig[];
  logger: Logger;
  /** Jobs worked at once by this worker. Default 6. */
  parallel?: number;
  /** A running job not finished within this time is given to another worker. Default 30 min. */
  leaseMs?: number;
  crawl?: CrawlOptions;
  onRun?: (summary: CrawlSummary) => void;
}

export interface CrawlStatus {
  pending: number;
  running: number;
  done: number;
  failed: number;
  lastFinishedAt: string | null;
}

/** Claims and runs crawl jobs until stopped. Returns the stop function (waits for running crawls to end). */
export function startCrawlWorker(options: CrawlWorkerOptions): () => Promise<void> {
  const { db, logger } = options;
  const parallel = Math.max(1, Math.min(16, options.parallel ?? 6));
  const leaseMs = options.leaseMs ?? 30 * 60_000;
  const bySite = new Map(options.sites.map((s) => [s.id, s]));
  const controller = new AbortController();
  let stopped = false;

  const loop = async (): Promise<void> => {
    while (!stopped) {
      let job: { id: number; site_id: string } | undefined;
      try {
        const { rows } = await db.query<{ id: number; site_id: string }>(
          // A site is crawled by one worker at a time: a pending job waits while
          // another job of its site runs, even one whose lease ran out (that one
          // is reclaimed first, so two workers never hold the same site).
          `update ingest.crawl_job j set state = 'running', started_at = now(), lease_until = now() + ($1::int * interval '1 millisecond')
           where j.id = (
             select c.id from ingest.crawl_job c
             where (c.state = 'pending' and not exists (
                      select 1 from ingest.crawl_job r where r.site_id = c.site_id and r.state = 'running'))
                or (c.state = 'running' and c.lease_until < now())
             order by c.enqueued_at limit 1 for update skip locked)
           returning id, site_id`,
          [leaseMs],
        );
        job = rows[0];
      } catch (error) {
        if (stopped) return;
        logger.warn({ err: (error as Error).message }, 'crawl job claim failed');
      }
      if (!job) {
        await sleep(1000, controller.signal);
        continue;
      }
      const site = bySite.get(job.site_id);
      let summary: CrawlSummary | null = null;
      let message: string | null = null;
      try {
        if (!site) throw new Error(`site ${job.site_id} is not in the registry`);
        summary = await crawlSite(db, site, adapterFor(site), { logger, ...options.crawl, signal: controller.signal });
        options.onRun?.(summary);
      } catch (error) {
        message = (error as Error).message.slice(0, 500);
        logger.warn({ site: job.site_id, err: message }, 'crawl job failed');
      }
      await db
        .query(`update ingest.crawl_job set state = $2, finished_at = now(), run_id = $3, run_status = $4, message = $5 where id = $1`, [
          job.id,
          summary && summary.status !== 'failed' && summary.status !== 'aborted' ? 'done' : 'failed',
          summary?.runId || null,
          summary?.status ?? null,
          message ?? summary?.message ?? null,
        ])
        .catch(() => undefined);
    }
  };
  const loops = Array.from({ length: parallel }, () => loop());
  return async () => {
    stopped = true;
    controller.abort();
    await Promise.all(loops);
  };
}

/** One node-cron task per site that enqueues its crawl on the site's schedule. Returns the stop function. */
export function startCrawlSchedule(db: Store, sites: SiteConfig[], logger: Logger): () => void {
  const tasks = sites
    .filter((site) => {
      const ok = cron.validate(site.schedule);
      if (!ok) logger.warn({ site: site.id, schedule: site.schedule }, 'invalid cron schedule: site not scheduled');
      return ok;
    })
    .map((site) =>
      cron.schedule(site.schedule, () => {
        enqueueCrawl(db, site.id, 'schedule').catch((error: Error) => logger.warn({ site: site.id, err: error.message }, 'enqueue failed'));
      }),
    );
  return () => {
    for (const task of tasks) void task.stop();
  };
}

export async function crawlStatus(db: Store): Promise<CrawlStatus> {
  const { rows } = await db.query<{ state: string; n: number; last: string | Date | null }>(
    `select state, count(*)::int as n, max(finished_at) as last from ingest.crawl_job group by state`,
  );
  const get = (s: string) => Number(rows.find((r) => r.state === s)?.n ?? 0);
  const last = rows.map((r) => r.last).filter(Boolean).sort().pop();
  return { pending: get('pending'), running: get('running'), done: get('done'), failed: get('failed'), lastFinishedAt: last ? new Date(last).toISOString() : null };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
