import { upsertRecords } from '../../store/catalog/upsert-records';
import type { Store } from '../../store/types';
import type { SiteConfig } from './adapter';
import { saveDocuments } from './run-documents';
import { enqueue } from './run-queue';
import type { Outcome } from './run-types';

/** What the write stage of a run needs. */
export interface CommitContext {
  site: SiteConfig;
  runId: number;
  adapterTag: string;
  keepBodies: boolean;
  revisitAfterMs: number;
  maxRequests: number;
}

/**
 * Write stage: one transaction per batch — records, changed documents,
 * follow-ups, queue state and run stats — so a killed process resumes with
 * nothing half written. `errors` is the run's running count by class (stored
 * whole). Returns how many follow-ups the revisit policy entered as done.
 */
export async function commitBatch(db: Store, { site, runId, adapterTag, keepBodies, revisitAfterMs, maxRequests }: CommitContext, outcomes: Outcome[], errors: Record<string, number>): Promise<number> {
  return db.transaction(async (tx) => {
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
    return trustedInBulk;
  });
}
