import type { Logger } from '../../common/logger';
import { recordCrawlPresence } from '../../store/catalog/record-presence';
import type { Store } from '../../store/types';
import { sweepBenefitAlerts } from '../../subgraphs/benefits/saved-households';
import { runAnomalyChecks } from '../../subgraphs/curation/anomalies';
import { fileSnapshotsAfterCrawl } from '../../subgraphs/stats/snapshot-writer';
import type { SiteAdapter, SiteConfig } from './adapter';
import { missingDetails, type LabelStateCount } from './run-checks';
import type { CrawlOptions, CrawlSummary, RunStatus } from './run-types';

/** What the finish stage knows once the workers have stopped. */
export interface FinishInput {
  site: SiteConfig;
  adapter: SiteAdapter;
  runId: number;
  resumed: boolean;
  /** Date.now() when crawlSite was called. */
  started: number;
  /** The first abort-site error of the run, if any. */
  abortMessage: string | null;
  log: Logger;
}

/**
 * Finish and report stage: the run's status from its queue, absences counted
 * (withdrawals) only after a complete run, the run row closed, the summary
 * logged, then what follows a crawl (benefit alerts, statistics history).
 */
export async function finishRun(db: Store, { site, adapter, runId, resumed, started, abortMessage, log }: FinishInput, options: CrawlOptions): Promise<CrawlSummary> {
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
  // Statistics history (issue 20): the day's figures after the records they come from — the whole catalogue at the
  // day's first filing, then only this site's records changed since this run started.
  await fileSnapshotsAfterCrawl(db, { day: options.snapshotDay, wroteRecords: summary.recordsWritten > 0, since: run.started_at, siteId: site.id })
    .catch((error: Error) => log.warn({ siteId: site.id, err: error.message }, 'history snapshot failed'));
  // Anomaly flags for editors (issue 20): the checks read the records and the history just filed.
  if (summary.recordsWritten > 0) {
    await runAnomalyChecks(db, { siteId: site.id })
      .then((r) => r.opened + r.resolved > 0 && log.info({ siteId: site.id, ...r }, 'anomaly checks'))
      .catch((error: Error) => log.warn({ siteId: site.id, err: error.message }, 'anomaly checks failed'));
  }
  return summary;
}
