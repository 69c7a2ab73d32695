import type { Stage } from '../../common/record';
import type { Queryable } from '../../store';
import { resolveRecordIds } from '../../store/catalog/resolve-record-ids';
import { RECORD_COLUMNS, toCatalogRow, type CatalogRow } from './row';

/**
 * Loads the records of one lifecycle stage by id, in one statement. Only
 * records whose primary stage is this subgraph's are returned: a lifecycle
 * subgraph serves its own slice and nothing else (DESIGN contract 2).
 */
export async function recordsByIds(db: Queryable, stage: Stage, ids: readonly string[]): Promise<CatalogRow[]> {
  // The hottest statement of the hub (every entity fetch): prepared, since planning the effective-record
  // view costs ten times its execution; each id is its own primary-key probe (lateral, `limit 1` keeps
  // the view from being flattened), so the prepared plan is right for one id or five hundred.
  const { rows } = await db.query(
    `select r.* from unnest($1::text[]) as k (id)
     cross join lateral (select ${RECORD_COLUMNS} from catalog.effective_record e where e.id = k.id and e.primary_stage = $2 and e.published limit 1) r`,
    [ids, stage],
    { prepare: true },
  );
  return rows.map(toCatalogRow);
}

/**
 * The record each of these ids now belongs to, for ids that did not answer
 * themselves as active records (old id → current id): facilities and
 * policies editors merged, policy sources ingest merged into another site's
 * record of the same policy. Asked only for ids that did not answer, so
 * ordinary entity fetches cost nothing extra.
 */
export async function mergedTargets(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const resolved = await resolveRecordIds(db, ids);
  return new Map([...resolved].filter(([id, target]) => id !== target));
}
