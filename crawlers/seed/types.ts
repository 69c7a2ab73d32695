/** A source row the loader could not turn into a record, and why. */
export interface Skipped {
  source: string;
  /** 1-based line or item number in the source file. */
  row: number;
  reason: string;
}
