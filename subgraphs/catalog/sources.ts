import { loadRegistry } from '../../crawlers/sites';
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

export async function listSources(db: Queryable) {
  const { rows } = await db.query<{ site_id: string; last_run: RunJson | null; last_success: RunJson | null; records: number }>(
    `select site_id, last_run, last_success, records from catalog.source_status`,
  );
  const status = new Map(rows.map((r) => [r.site_id, r]));
  return loadRegistry().map((site) => {
    const s = status.get(site.id);
    return {
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
