import { EXTRACTOR_VERSION, type Criterion } from './criteria';
import { extractCriteria, policyTextsOf } from './extract';

/** What a policy row offers for reading its criteria (a catalog.effective_record row, camelCased). */
export interface CriteriaRow {
  sido?: string | null;
  sigungu?: string | null;
  siteId?: string;
  attrs: Record<string, unknown>;
  /** Public field names editors overrode (catalog.effective_record.curated_fields). */
  curatedFields?: readonly string[];
}

/**
 * A policy's effective criteria: the editors' list when they overrode
 * `criteria` (a whole-list override, laid over the base by
 * catalog.effective_record), else those stored at ingest, else — a record
 * written before the extractor existed or by an older version — derived now
 * from the same attrs, so an extractor change shows without a re-crawl.
 */
export function effectiveCriteria(row: CriteriaRow): Criterion[] {
  const stored = row.attrs.criteria;
  if (row.curatedFields?.includes('criteria') && Array.isArray(stored)) return stored as Criterion[];
  if (Array.isArray(stored) && row.attrs.criteriaVersion === EXTRACTOR_VERSION) return stored as Criterion[];
  return extractCriteria(policyTextsOf(row));
}
