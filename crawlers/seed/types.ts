import type { SourceRecord } from '../../common/record';
import type { SourceFile } from './source-file';

/** A source row the loader could not turn into a record, and why. */
export interface Skipped {
  /** siteId of the source. */
  source: string;
  /** 1-based line of a CSV (the header is line 1) or item number of a JSON list. */
  row: number;
  reason: string;
}

/** What reading one bundled file produced, before anything is written. */
export interface SourceRead {
  records: SourceRecord[];
  skipped: Skipped[];
  /** Records placed at their 시군구 centre because the source had no usable coordinates. */
  geoApprox: number;
  /** Things worth a line in the progress log (unknown labels, rejected coordinates …). */
  notes: string[];
}

/** One bundled file and how to read it. */
export interface SeedSource {
  siteId: string;
  file: string;
  read(file: SourceFile): SourceRead;
}
