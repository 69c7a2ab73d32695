import type { Stage } from '../../common/record';
import type { Queryable } from '../../store';
import { RECORD_COLUMNS, toCatalogRow, type CatalogRow } from './row';

/**
 * Loads the records of one lifecycle stage by id, in one statement. Only
 * records whose primary stage is this subgraph's are returned: a lifecycle
 * subgraph serves its own slice and nothing else (DESIGN contract 2).
 */
export async function recordsByIds(db: Queryable, stage: Stage, ids: readonly string[]): Promise<CatalogRow[]> {
  const { rows } = await db.query(
    `select ${RECORD_COLUMNS} from catalog.effective_record where id = any($1::text[]) and primary_stage = $2 and published`,
    [ids, stage],
  );
  return rows.map(toCatalogRow);
}
