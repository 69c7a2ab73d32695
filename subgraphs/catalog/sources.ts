import { loadRegistry } from '../../crawlers/sites/load-registry';
import type { Queryable } from '../../store';

/** `Query.sources`: the registry joined with catalog.source_status (last run, last success, active records). */
interface RunJson {
  status: string;
  started_at: string;
  finished_at: string | null;
  pages: number;
  records: number;
  records_written: number;
  withdrawn: number;
  not_modified?: number;
  errors: Record<string, number>;
  samples?: Record<string, { url: string; error: string | null }>;
  message: string | null;
}

function run(json: RunJson | null) {
  if (!json) return null;
  return {
    status: json.status.toUpperCase(),
    startedAt: new Date(json.started_at).toISOString(),
    finishedAt: json.finished_at ? new Date(json.finished_at).toISOString() : null,
    pagesFetched: json.pages,
    notModified: json.not_modified ?? 0,
    records: json.records,
    recordsUpserted: json.records_written,
    recordsWithdrawn: json.withdrawn,
    pages: json.pages,
    written: json.records_written,
    withdrawn: json.withdrawn,
    errors: Object.entries(json.errors ?? {}).map(([errorClass, count]) => ({
      class: errorClass,
      errorClass,
      count,
      sample: json.samples?.[errorClass] ?? null,
    })),
    message: json.message,
  };
}

/** A site whose last success is older than this is stale (most sites are crawled daily). */
export const STALE_AFTER_HOURS = 48;

const HEALTH: Record<string, string> = { running: 'RUNNING', succeeded: 'OK', partial: 'PARTIAL', failed: 'FAILING', aborted: 'FAILING' };

/** The operations page's reading of a site's runs (issue 17): health, freshness, progress of a running crawl. */
function operations(lastRun: RunJson | null, lastSuccess: RunJson | null, queuedAt: Date | string | null, now: number) {
  const successAt = lastSuccess ? Date.parse(lastSuccess.finished_at ?? lastSuccess.started_at) : null;
  const freshnessHours = successAt === null ? null : Math.max(0, Math.round(((now - successAt) / 3_600_000) * 10) / 10);
  const running = lastRun?.status === 'running';
  const expectedPages = lastSuccess?.pages || null;
  return {
    health: lastRun ? (HEALTH[lastRun.status] ?? 'FAILING') : 'NEVER_CRAWLED',
    freshnessHours,
    stale: freshnessHours === null || freshnessHours > STALE_AFTER_HOURS,
    progress: running
      ? {
          startedAt: new Date(lastRun.started_at).toISOString(),
          pagesFetched: lastRun.pages,
          expectedPages,
          fraction: expectedPages ? Math.min(0.99, Math.round((lastRun.pages / expectedPages) * 100) / 100) : null,
          errors: Object.values(lastRun.errors ?? {}).reduce((a, b) => a + b, 0),
        }
      : null,
    queuedAt: queuedAt ? new Date(queuedAt).toISOString() : null,
  };
}

export async function listSources(db: Queryable, now = Date.now()) {
  const [{ rows }, queued] = await Promise.all([
    db.query<{ site_id: string; last_run: RunJson | null; last_success: RunJson | null; records: number }>(
      `select site_id, last_run, last_success, records from catalog.source_status`,
    ),
    db.query<{ site_id: string; enqueued_at: Date | string }>(`select site_id, enqueued_at from ingest.crawl_job where state = 'pending'`),
  ]);
  const status = new Map(rows.map((r) => [r.site_id, r]));
  const waiting = new Map(queued.rows.map((r) => [r.site_id, r.enqueued_at]));
  return loadRegistry().map((site) => {
    const s = status.get(site.id);
    return {
      ...operations(s?.last_run ?? null, s?.last_success ?? null, waiting.get(site.id) ?? null, now),
      id: site.id,
      name: site.name,
      agency: site.agency,
      url: site.baseUrl,
      stages: site.stages,
      priority: site.priority,
      schedule: site.schedule,
      adapter: site.adapter,
      recordCount: Number(s?.records ?? 0),
      records: Number(s?.records ?? 0),
      lastCrawl: run(s?.last_run ?? null),
      lastSuccess: run(s?.last_success ?? null),
    };
  });
}
