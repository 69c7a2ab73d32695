import type { Store } from '../../store';
import { upsertRecords, type UpsertResult } from '../../store/catalog/upsert-records';
import { childcareSource } from './childcare';
import { kindergartenSource } from './kindergarten';
import { postpartumSource } from './postpartum';
import { checkSourceFile, DEFAULT_DATA_DIR, readSourceFile } from './source-file';
import type { SeedSource, Skipped, SourceRead } from './types';

export type { Skipped } from './types';
export { SeedFileError, DEFAULT_DATA_DIR } from './source-file';

/** What one source did: the upsert counts, plus rows skipped and records placed at a 시군구 centre. */
export interface SourceSummary extends UpsertResult {
  file: string;
  skipped: number;
  geoApprox: number;
}

export interface SeedResult {
  /** By siteId. */
  perSource: Record<string, SourceSummary>;
  total: UpsertResult;
  skipped: Skipped[];
}

export interface LoadSeedOptions {
  /** Folder holding the bundled files (default: simulator/data of this checkout). */
  dataDir?: string;
  /** Called with one human-readable line per step (Korean / English). */
  onProgress?: (message: string) => void;
}

/** The bundled Seoul open data, in load order. */
export const SEED_SOURCES: readonly SeedSource[] = [childcareSource, postpartumSource, kindergartenSource];

/** Throws SeedFileError when a bundled file is missing, before anything else is touched. */
export function checkSeedFiles(dataDir: string = DEFAULT_DATA_DIR): void {
  for (const source of SEED_SOURCES) checkSourceFile(dataDir, source.file);
}

/**
 * Loads the bundled Seoul open data into the catalog until the crawlers
 * publish the same facilities. Every file is read and mapped before anything
 * is written, so a missing or broken file fails the load without a partial
 * write; each source is then written in its own transaction. Idempotent: a
 * second run over unchanged files writes no row (all `unchanged`).
 */
export async function loadSeed(store: Store, options: LoadSeedOptions = {}): Promise<SeedResult> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const progress = options.onProgress ?? (() => undefined);
  const reads: [SeedSource, SourceRead][] = SEED_SOURCES.map((source) => {
    const read = source.read(readSourceFile(dataDir, source.file));
    progress(`${source.file}: 레코드 ${read.records.length}건, 건너뛴 행 ${read.skipped.length}건 / ${read.records.length} records, ${read.skipped.length} rows skipped`);
    for (const note of read.notes) progress(`${source.file}: ${note}`);
    return [source, read];
  });

  const result: SeedResult = { perSource: {}, total: { inserted: 0, updated: 0, unchanged: 0 }, skipped: [] };
  for (const [source, read] of reads) {
    const written = await store.transaction((tx) => upsertRecords(tx, read.records));
    progress(
      `${source.file}: 추가 ${written.inserted}, 변경 ${written.updated}, 그대로 ${written.unchanged} / inserted ${written.inserted}, updated ${written.updated}, unchanged ${written.unchanged}`,
    );
    result.perSource[source.siteId] = { ...written, file: source.file, skipped: read.skipped.length, geoApprox: read.geoApprox };
    result.total.inserted += written.inserted;
    result.total.updated += written.updated;
    result.total.unchanged += written.unchanged;
    result.skipped.push(...read.skipped);
  }
  return result;
}
