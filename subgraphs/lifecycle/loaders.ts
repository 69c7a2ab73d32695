import DataLoader from 'dataloader';
import type { Stage } from '../../common/record';
import type { Queryable } from '../../store';
import type { CatalogRow } from './row';
import { mergedTargets, recordsByIds } from './store';

export interface LifecycleLoaders {
  /** Records by id; null for an id this stage does not serve. */
  record: DataLoader<string, CatalogRow | null>;
}

/**
 * Created per request (never shared across users, CONVENTIONS 4): all the
 * `_entities` representations of one request become one SQL statement, and
 * results come back in key order.
 */
export function createLifecycleLoaders(db: Queryable, stage: Stage): LifecycleLoaders {
  return {
    record: new DataLoader<string, CatalogRow | null>(
      async (ids) => {
        const rows = await recordsByIds(db, stage, ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        // Ids of records merged into another (by editors, or policy sources at ingest) answer with that record (no broken links for partners).
        const missing = ids.filter((id) => byId.get(id)?.status !== 'ACTIVE');
        const targets = missing.length ? await mergedTargets(db, missing) : new Map<string, string>();
        const unloaded = [...new Set(targets.values())].filter((id) => !byId.has(id));
        if (unloaded.length) for (const row of await recordsByIds(db, stage, unloaded)) byId.set(row.id, row);
        return ids.map((id) => byId.get(targets.get(id) ?? '') ?? byId.get(id) ?? null);
      },
      // An _entities batch is bounded by the gateway's page size limit; cap it anyway.
      { maxBatchSize: 500 },
    ),
  };
}
