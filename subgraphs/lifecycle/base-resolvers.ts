import { effectiveCriteria } from '../../common/benefits/effective';
import { PROGRAM_STATUSES, programStatusOf } from '../../common/program-status';
import type { AgeClass } from '../../common/record';
import { inspectionsOf } from '../../common/inspections';
import { facilityHours } from '../../common/opening-hours';
import { FACILITY_KINDS, type FacilityKind } from '../../common/record';
import { parseAgeMonths, type AgeMonths } from '../../crawlers/normalise/ages';
import type { CatalogRow } from './row';

/**
 * Field resolvers shared by every concrete type of the Facility, Policy and
 * Program interfaces. Scalar columns (id, name, stages, address …) resolve by name;
 * these cover the fields computed from a row or read from its attrs.
 */
type FieldResolver = (row: CatalogRow) => unknown;

function facilityKind(row: CatalogRow): FacilityKind {
  return Object.prototype.hasOwnProperty.call(FACILITY_KINDS, row.subtype) ? (row.subtype as FacilityKind) : 'OTHER';
}

const common: Record<string, FieldResolver> = {
  region: (r) => (r.sido || r.sigungu ? { sido: r.sido, sigungu: r.sigungu, code: r.regionCode } : null),
  provenance: (r) => (Array.isArray(r.provenance) ? r.provenance : [r.provenance]),
  withdrawn: (r) => r.status === 'WITHDRAWN',
  stageReasons: (r) => (Array.isArray(r.attrs.lifecycleReasons) ? r.attrs.lifecycleReasons : []),
  // Editors' plain-language summary lives in attrs (curation overrides, laid over the base by catalog.effective_record).
  plainSummary: (r) => (typeof r.attrs.plainSummary === 'string' ? r.attrs.plainSummary : null),
};

export const facilityFieldResolvers: Record<string, FieldResolver> = {
  ...common,
  kind: facilityKind,
  kindLabel: (r) => FACILITY_KINDS[facilityKind(r)],
  location: (r) => (r.lat != null && r.lng != null ? { lat: r.lat, lng: r.lng, approximate: r.geoApprox } : null),
  // The same function fills the search document's opens_at / closes_at, so openAt and these fields agree.
  openingHours: (r) => facilityHours(r).hours,
  hoursSource: (r) => facilityHours(r).source,
  // 점검 이력, united across inspection sources at ingest (store/catalog/merge.ts).
  inspections: (r) => inspectionsOf(r.attrs),
};

export const policyFieldResolvers: Record<string, FieldResolver> = {
  ...common,
  ...attrFields(['summary', 'target', 'benefit', 'benefitHtml', 'amountKrw', 'howToApply', 'applicationPeriod', 'agency', 'contact', 'url', 'supportType']),
  minAgeMonths: (r) => (r.attrs.ageMonths as { min?: number | null } | null)?.min ?? null,
  maxAgeMonths: (r) => (r.attrs.ageMonths as { max?: number | null } | null)?.max ?? null,
  // Effective: the editors' override, else what ingest stored, else derived now (an older extractor's record).
  criteria: (r) => effectiveCriteria({ sido: r.sido, sigungu: r.sigungu, attrs: r.attrs, curatedFields: r.curatedFields }),
};

const textAttr = (r: CatalogRow, name: string): string | null => {
  const value = r.attrs[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/**
 * A programme's ages in months. Adapters keep only the text (대상연령) in
 * attrs, so it is read here with the normaliser ingest tags stages with; an
 * `ageMonths` an adapter stored wins.
 */
function programAges(r: CatalogRow): AgeMonths | null {
  const stored = r.attrs.ageMonths as AgeMonths | null | undefined;
  return stored ?? parseAgeMonths(textAttr(r, 'ages'));
}

export const programFieldResolvers: Record<string, FieldResolver> = {
  ...common,
  ...attrFields(['category', 'target', 'ages', 'schedule', 'place', 'fee', 'contact', 'description']),
  period: (r) => {
    const period = r.attrs.period as { text?: string; start?: string | null; end?: string | null } | null | undefined;
    return period?.text ? { text: period.text, start: period.start ?? null, end: period.end ?? null } : null;
  },
  minAgeMonths: (r) => programAges(r)?.min ?? null,
  maxAgeMonths: (r) => programAges(r)?.max ?? null,
  freeSeats: (r) => freeSeats(r.capacity, r.enrolled),
  status: (r) => programStatusOf(r.attrs.status),
  statusLabel: (r) => {
    const status = programStatusOf(r.attrs.status);
    return status ? PROGRAM_STATUSES[status].label : textAttr(r, 'status');
  },
  // Boards rarely link a programme page of its own; the page the crawler read it from is where a parent finds it.
  url: (r) => textAttr(r, 'url') ?? (Array.isArray(r.provenance) ? r.provenance[0]?.url : r.provenance?.url) ?? null,
};

/** Resolvers reading same-named keys of `attrs` (null when the source did not publish them). */
export function attrFields(names: readonly string[]): Record<string, FieldResolver> {
  return Object.fromEntries(names.map((name) => [name, (r: CatalogRow) => r.attrs[name] ?? null]));
}

/** Free seats never go below zero: a centre over capacity (real data has some) has none. */
export function freeSeats(capacity: number | null | undefined, enrolled: number | null | undefined): number | null {
  return capacity == null || enrolled == null ? null : Math.max(0, capacity - enrolled);
}

export function ageClassSeats(row: CatalogRow) {
  const classes = (row.attrs.ageClasses as AgeClass[] | undefined) ?? [];
  return classes.map((c) => ({ ...c, freeSeats: freeSeats(c.capacity, c.enrolled) }));
}

/**
 * A centre's free seats, consistent with its age classes (issue 21: "69 free
 * seats while every age class shows 0"). A place is free only where an age
 * class has room AND the licence (정원) allows one more child, so:
 * - every age class has a known capacity: the sum of the classes' free seats
 *   (basis AGE_CLASSES), or 정원 − 현원 when that is smaller (basis CAPACITY:
 *   the licence is full even though a class has room);
 * - otherwise (no classes published, or one without a capacity): 정원 − 현원
 *   (basis CAPACITY); null with a null basis when that is unknown too.
 * capacityFreeSeats is always 정원 − 현원: licensed places, which may have no
 * class formed for them (the 69 of the issue).
 */
export function centreFreeSeats(row: CatalogRow): { freeSeats: number | null; basis: 'AGE_CLASSES' | 'CAPACITY' | null; capacityFreeSeats: number | null } {
  const classes = ageClassSeats(row);
  const capacityFree = freeSeats(row.capacity, row.enrolled);
  if (classes.length > 0 && classes.every((c) => c.freeSeats != null)) {
    const inClasses = classes.reduce((n, c) => n + c.freeSeats!, 0);
    if (capacityFree != null && capacityFree < inClasses) return { freeSeats: capacityFree, basis: 'CAPACITY', capacityFreeSeats: capacityFree };
    return { freeSeats: inClasses, basis: 'AGE_CLASSES', capacityFreeSeats: capacityFree };
  }
  return { freeSeats: capacityFree, basis: capacityFree == null ? null : 'CAPACITY', capacityFreeSeats: capacityFree };
}
