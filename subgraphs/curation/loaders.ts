import DataLoader from 'dataloader';
import type { Queryable } from '../../store';
import type { CuratedRow, OverrideRow } from './row';
import { sourcesOf, type SourceRow } from './record-list';
import { curatedByIds, mergedIdsOf, overridesOf } from './store';

export interface CurationLoaders {
  record: DataLoader<string, CuratedRow | null>;
  overrides: DataLoader<string, OverrideRow[]>;
  mergedIds: DataLoader<string, string[]>;
  sources: DataLoader<string, SourceRow[]>;
}

/** Rows of one batch query grouped by key, in key order (an empty list for a key with none). */
function grouped<T, V>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string, valueOf: (row: T) => V): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(
    async (keys) => {
      const groups = new Map<string, V[]>();
      for (const row of await fetch(keys)) {
        const list = groups.get(keyOf(row)) ?? [];
        list.push(valueOf(row));
        groups.set(keyOf(row), list);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

/**
 * Created per request (never shared across users, CONVENTIONS 4): a review
 * page of 100 items loads its records and their overrides in one statement each.
 */
export function createCurationLoaders(db: Queryable): CurationLoaders {
  return {
    record: new DataLoader<string, CuratedRow | null>(
      async (ids) => {
        const byId = new Map((await curatedByIds(db, ids)).map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: 500 },
    ),
    overrides: grouped((ids) => overridesOf(db, ids), (r) => r.recordId, (r) => r),
    mergedIds: grouped((ids) => mergedIdsOf(db, ids), (r) => r.keptId, (r) => r.mergedId),
    sources: grouped((ids) => sourcesOf(db, ids), (r) => r.recordId, (r) => r),
  };
}
