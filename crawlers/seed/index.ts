import type { SourceRecord } from '../../common/record';
import type { Store } from '../../store';
import { upsertRecords, type UpsertResult } from '../../store/catalog/upsert-records';
import { CHILDCARE_FILE, CHILDCARE_SITE_ID, childcareRecords } from './childcare';
import { KINDERGARTEN_FILE, KINDERGARTEN_SITE_ID, kindergartenRecords } from './kindergarten';
import { POSTPARTUM_FILE, POSTPARTUM_SITE_ID, postpartumRecords } from './postpartum';
import { DEFAULT_DATA_DIR, readSourceFile, type SourceFile } from './source-file';
import type { Skipped } from './types';

export type { Skipped } from './types';
export { SeedFileError } from './source-file';

export interface SeedResult {
  perSource: Record<string, UpsertResult & { skipped: number }>;
  total: UpsertResult;
  skipped: Skipped[];
}

export interface LoadSeedOptions {
  /** Folder holding the bundled files (default simulator/data). */
  dataDir?: string;
  onProgress?: (message: string) => void;
}

const SOURCES: { siteId: string; file: string; read: (file: SourceFile, skipped: Skipped[]) => SourceRecord[] }[] = [
  { siteId: CHILDCARE_SITE_ID, file: CHILDCARE_FILE, read: childcareRecords },
  { siteId: POSTPARTUM_SITE_ID, file: POSTPARTUM_FILE, read: postpartumRecords },
  { siteId: KINDERGARTEN_SITE_ID, file: KINDERGARTEN_FILE, read: kindergartenRecords },
];

/**
 * Loads the bundled Seoul open data into the catalog until the crawlers
 * publish the same facilities. Each source is written in one transaction, so
 * a failure leaves a source either fully loaded or as it was. Idempotent: a
 * second run over unchanged files writes no row.
 */
export async function loadSeed(store: Store, options: LoadSeedOptions = {}): Promise<SeedResult> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const progress = options.onProgress ?? (() => undefined);
  const result: SeedResult = { perSource: {}, total: { inserted: 0, updated: 0, unchanged: 0 }, skipped: [] };
  for (const source of SOURCES) {
    const skipped: Skipped[] = [];
    const records = source.read(readSourceFile(dataDir, source.file), skipped);
    progress(`${source.file}: ${records.length} records read, ${skipped.length} rows skipped; writing…`);
    const written = await store.transaction((tx) => upsertRecords(tx, records));
    progress(`${source.file}: inserted ${written.inserted}, updated ${written.updated}, unchanged ${written.unchanged}`);
    result.perSource[source.siteId] = { ...written, skipped: skipped.length };
    result.total.inserted += written.inserted;
    result.total.updated += written.updated;
    result.total.unchanged += written.unchanged;
    result.skipped.push(...skipped);
  }
  return result;
}
