import DataLoader from 'dataloader';
import { loadRegistry } from '../../crawlers/sites/load-registry';
import type { Queryable } from '../../store';
import { programProviders, type RecordRef } from './store';

export interface CatalogLoaders {
  /** The facility that runs a programme (by programme id); null when unknown or ambiguous. */
  provider: DataLoader<string, RecordRef | null>;
}

let siteNames: ReadonlyMap<string, string> | null = null;

/** Registry id → site name, read once per process (the registry is a file that changes with a deploy). */
function sites(): ReadonlyMap<string, string> {
  siteNames ??= new Map(loadRegistry().map((site) => [site.id, site.name]));
  return siteNames;
}

/**
 * Created per request (CONVENTIONS 4): the `provider` of every programme in
 * one answer (a page of `programs`, the programme hits of a search) is one
 * SQL statement, not one per programme.
 */
export function createCatalogLoaders(db: Queryable): CatalogLoaders {
  return {
    provider: new DataLoader<string, RecordRef | null>(
      async (ids) => {
        const found = await programProviders(db, ids, sites());
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: 500 },
    ),
  };
}
