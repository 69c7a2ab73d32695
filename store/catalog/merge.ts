import { EXTRACTOR_VERSION } from '../../common/benefits/criteria';
import { extractCriteria, policyTextsOf } from '../../common/benefits/extract';
import { inspectionsOf } from '../../common/inspections';
import type { Provenance, SourceRecord, Stage } from '../../common/record';
import { policyScope } from './policy-match';

/** What one source says of a record (the canonical record minus provenance). */
export type SourceContent = Omit<SourceRecord, 'provenance'>;

export interface SourceState {
  siteId: string;
  priority: number;
  content: SourceContent;
  provenance: Provenance;
}

/**
 * Facilities that may be the same place across sites: same kind of facility,
 * same 시군구, same name once spaces and punctuation are ignored. Policies
 * are compared within their scope (`POLICY|서울특별시 강남구`, see
 * policy-groups.ts), whose names vary too much across portals for an exact
 * key. Programmes are never merged automatically.
 */
export function matchKey(record: SourceContent): string | null {
  if (record.kind === 'POLICY') return `POLICY|${policyScope(record)}`;
  if (record.kind !== 'FACILITY' || !record.sigungu) return null;
  const name = record.name.normalize('NFC').replace(/[\s·.,\-_()[\]{}'"]/g, '').toLowerCase();
  return name ? `${record.subtype}|${record.sigungu}|${name}` : null;
}

const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '');

/**
 * Same key is not enough (two 해님어린이집 in one 구 exist): the phones, when
 * both sources publish one, must be the same number — in any format, so
 * `02)123-4567` on a district site matches `02-123-4567` on the city portal.
 */
export function sameFacility(a: SourceContent, b: SourceContent): boolean {
  const pa = digits(a.phone);
  const pb = digits(b.phone);
  return !pa || !pb || pa === pb;
}

const FIELDS = ['name', 'sido', 'sigungu', 'regionCode', 'address', 'phone', 'capacity', 'enrolled'] as const;

/**
 * The value of one field from sources most trusted first: the first that
 * has it. With `richest`, sources of the same priority as that first one
 * compete on text, the longest non-empty one winning: 서울시 board and 강남구
 * site rank alike, and one writes `강남구 산후조리비 지원`, the other
 * `산후조리비 지원`; one has a summary, the other only a title.
 */
function pickValue(ordered: readonly SourceState[], read: (content: SourceContent) => unknown, richest: boolean): unknown {
  // An empty text is a value for facilities (as it always was), a gap for policies' richest-text rule.
  const has = (v: unknown) => v !== null && v !== undefined && !(richest && v === '');
  const first = ordered.find((s) => has(read(s.content)));
  if (!first) return null;
  let best = read(first.content);
  if (!richest || typeof best !== 'string') return best;
  for (const s of ordered) {
    const v = read(s.content);
    if (s.priority === first.priority && typeof v === 'string' && v.length > (best as string).length) best = v;
  }
  return best;
}

/**
 * The merged record from its active sources, most trusted first: each field
 * from the first source that has it (for policies the richest text among
 * equally trusted sources), coordinates from the first source with exact
 * ones, attrs merged key by key the same way, stages united, every
 * provenance kept.
 */
export function mergeSources(sources: readonly SourceState[]) {
  const ordered = [...sources].sort((a, b) => a.priority - b.priority || (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0));
  const primary = ordered[0]!;
  const richest = primary.content.kind === 'POLICY';
  const pick = <K extends (typeof FIELDS)[number]>(field: K): SourceContent[K] | null =>
    pickValue(ordered, (c) => c[field], richest && field === 'name') as SourceContent[K] | null;
  const exact = ordered.find((s) => s.content.lat != null && s.content.lng != null && !s.content.geoApprox);
  const located = exact ?? ordered.find((s) => s.content.lat != null && s.content.lng != null);
  const attrs: Record<string, unknown> = {};
  for (const key of new Set(ordered.flatMap((s) => Object.keys(s.content.attrs)))) {
    const value = pickValue(ordered, (c) => c.attrs[key], richest);
    if (value !== null && value !== undefined) attrs[key] = value;
  }
  // Inspections (점검 이력) are not one value that sources disagree on: each inspection site files its own, so the
  // facility shows all of them (common/inspections.ts), newest first.
  const inspections = ordered.flatMap((s) => (Array.isArray(s.content.attrs.inspections) ? s.content.attrs.inspections : []));
  if (inspections.length) attrs.inspections = inspectionsOf({ inspections });
  // A policy published by several portals (복지로 and 보조금24) is judged on the merged fields: 보조금24's JA codes
  // with the richer target text. Re-derived here so the record's criteria match the attrs it shows.
  if (richest && sources.length > 1) {
    attrs.criteria = extractCriteria(policyTextsOf({ sido: pick('sido'), sigungu: pick('sigungu'), siteId: primary.siteId, attrs }));
    attrs.criteriaVersion = EXTRACTOR_VERSION;
  }
  const stages = [...new Set(ordered.flatMap((s) => s.content.stages))] as Stage[];
  const specialCare = [...new Set(ordered.flatMap((s) => s.content.specialCare ?? []))];
  return {
    kind: primary.content.kind,
    subtype: primary.content.subtype,
    stages,
    primaryStage: primary.content.primaryStage,
    name: pick('name')!,
    sido: pick('sido'),
    sigungu: pick('sigungu'),
    regionCode: pick('regionCode'),
    address: pick('address'),
    phone: pick('phone'),
    capacity: pick('capacity'),
    enrolled: pick('enrolled'),
    lat: located?.content.lat ?? null,
    lng: located?.content.lng ?? null,
    geoApprox: located ? !exact : false,
    specialCare,
    attrs,
    siteId: primary.siteId,
    sourceKey: primary.content.sourceKey,
    provenance: ordered.map((s) => s.provenance),
  };
}
