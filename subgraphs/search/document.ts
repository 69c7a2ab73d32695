import type { AgeClass } from '../../common/record';
import { facilityHours } from '../../common/opening-hours';
import { CENTER_TYPES, FACILITY_KINDS, SPECIAL_CARE, type CenterType, type FacilityKind, type SpecialCare } from '../../common/record';
import { centreFreeSeats } from '../lifecycle/base-resolvers';
import type { CatalogRow } from '../lifecycle/row';
import { withoutRegionWords } from './regions';
import { chosungOf, chosungWords, isHangul, jamoOf, normaliseTitle, positionedTokens, tsvectorLiteral, words } from './tokenize';

/** Bounds one document's searchable body; policy texts can be long. */
const MAX_BODY = 3000;

export interface SearchDocument {
  recordId: string;
  kind: string;
  subtype: string;
  primaryStage: string;
  stages: string[];
  sido: string | null;
  sigungu: string | null;
  specialCare: string[];
  lat: number | null;
  lng: number | null;
  freeSeatAges: number[];
  hasVacancy: boolean;
  applicationStart: string | null;
  applicationEnd: string | null;
  applicationAlways: boolean;
  opensAt: string | null;
  closesAt: string | null;
  /** Facilities: the latest dated inspection (YYYY-MM-DD), null when none (issue 20, inspectedSince). */
  lastInspectedOn: string | null;
  /** Facilities: the latest dated inspection that found a violation, null when none. */
  lastViolationOn: string | null;
  /** Facilities: any inspection found a violation, dated or not (hasViolations without inspectedSince). */
  hasViolation: boolean;
  title: string;
  titleNorm: string;
  chosung: string;
  body: string;
  /** tsvector literal: title tokens weight A, body tokens weight B (tokenize.ts). */
  tsv: string;
  chosungWords: string;
  staticRank: number;
  /** Policies and programmes: the title without region names, shared by district copies of one thing (folded in search). */
  variantKey: string | null;
  /** Distinct tokens of the title (search.title_posting). */
  titleLexemes: string[];
  /** Hangul words of the title of three syllables or more, with their jamo (search.title_word, for typo corrections). */
  titleWords: { word: string; jamo: string }[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The kind in the Korean word parents use (어린이집, 지원정책, 프로그램), indexed into the body. */
function kindLabelOf(row: CatalogRow): string {
  switch (row.kind) {
    case 'FACILITY':
      return FACILITY_KINDS[(row.subtype in FACILITY_KINDS ? row.subtype : 'OTHER') as FacilityKind];
    case 'POLICY':
      return '지원정책';
    case 'PROGRAM':
      return '프로그램';
  }
}

/**
 * The searchable form of an effective record: title (name, and an English or
 * romanised name when a source has one), and a body of what parents search by —
 * the kind in Korean, address and district, special care in Korean words,
 * centre type, a policy's target, benefit, summary and agency, and a
 * programme's category (부모교육, 체험 …), target, place, organiser and description.
 */
export function toSearchDocument(row: CatalogRow): SearchDocument {
  const attrs = row.attrs;
  const kindLabel = kindLabelOf(row);
  const centerType = attrs.centerType as CenterType | undefined;
  const ageClasses = (attrs.ageClasses as AgeClass[] | undefined) ?? [];
  // The same free seats the centre's GraphQL field shows (age classes summed, capped by capacity − enrolled):
  // a centre with no free seat overall has no free age either.
  const seats = row.kind === 'FACILITY' ? centreFreeSeats(row).freeSeats : null;
  const freeSeatAges = seats === 0 ? [] : ageClasses.filter((c) => c.capacity != null && c.capacity > c.enrolled).map((c) => c.age);
  const period = attrs.applicationPeriod as { start?: string | null; end?: string | null; always?: boolean } | undefined;
  // Published, curated, or (어린이집) derived hours: the same function the GraphQL fields use.
  const hours = facilityHours(row).hours;
  const title = [row.name, text(attrs.nameEn), text(attrs.romanizedName)].filter(Boolean).join(' ');
  const body = [
    kindLabel,
    row.sido,
    row.sigungu,
    row.address,
    ...row.specialCare.map((flag) => SPECIAL_CARE[flag as SpecialCare] ?? ''),
    centerType ? CENTER_TYPES[centerType] : '',
    text(attrs.summary),
    text(attrs.plainSummary),
    text(attrs.target),
    text(attrs.benefit),
    text(attrs.howToApply),
    text(attrs.agency),
    text(attrs.supportType),
    // Only for programmes: some facilities carry a `description` too, and their documents stay as they were.
    ...(row.kind === 'PROGRAM' ? [text(attrs.category), text(attrs.place), text(attrs.provider), text(attrs.description)] : []),
  ]
    .filter(Boolean)
    .join(' ')
    .slice(0, MAX_BODY);
  return {
    recordId: row.id,
    kind: row.kind,
    subtype: row.subtype,
    primaryStage: row.primaryStage,
    stages: row.stages,
    sido: row.sido,
    sigungu: row.sigungu,
    specialCare: row.specialCare,
    lat: row.lat,
    lng: row.lng,
    freeSeatAges,
    hasVacancy: seats != null ? seats > 0 : freeSeatAges.length > 0,
    applicationStart: period?.start ?? null,
    applicationEnd: period?.end ?? null,
    applicationAlways: period?.always ?? false,
    opensAt: hours?.open ?? null,
    closesAt: hours?.close ?? null,
    ...inspectionFacts(row),
    title,
    titleNorm: normaliseTitle(title),
    chosung: chosungOf(row.name),
    body,
    tsv: tsvectorLiteral([
      { text: title, weight: 'A' },
      { text: body, weight: 'B' },
    ]),
    chosungWords: chosungWords(row.name),
    staticRank: staticRank(row, seats != null ? seats > 0 : freeSeatAges.length > 0),
    variantKey: variantKey(row),
    titleLexemes: [...new Set(positionedTokens(title).map((t) => t.lexeme))],
    titleWords: [...new Set(words(row.name).filter((w) => isHangul(w) && [...w].length >= 3))].map((word) => ({ word, jamo: jamoOf(word) })),
  };
}

/** A calendar day YYYY-MM-DD that exists: anything else is no date (the column is a date, 2024-02-30 would fail the batch). */
function isDay(value: unknown): value is string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

/**
 * What search's inspectedSince / hasViolations read, from the facility's
 * attrs.inspections (common/inspections.ts) as the catalog's listing filters
 * read them (subgraphs/catalog/store.ts): an inspection on or after a day is
 * one whose date is that day or later, so the latest date answers it; a
 * violation is `violation: true`. Policies and programmes have none.
 */
export function inspectionFacts(row: CatalogRow): Pick<SearchDocument, 'lastInspectedOn' | 'lastViolationOn' | 'hasViolation'> {
  const list = row.kind === 'FACILITY' && Array.isArray(row.attrs.inspections) ? (row.attrs.inspections as unknown[]) : [];
  let lastInspectedOn: string | null = null;
  let lastViolationOn: string | null = null;
  let hasViolation = false;
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { date, violation } = item as { date?: unknown; violation?: unknown };
    const day = isDay(date) ? date : null;
    if (day && (lastInspectedOn === null || day > lastInspectedOn)) lastInspectedOn = day;
    if (violation !== true) continue;
    hasViolation = true;
    if (day && (lastViolationOn === null || day > lastViolationOn)) lastViolationOn = day;
  }
  return { lastInspectedOn, lastViolationOn, hasViolation };
}

/** Kinds whose per-district copies are variants of one thing (a facility of another district is another place). */
function variantKey(row: CatalogRow): string | null {
  if (row.kind !== 'POLICY' && row.kind !== 'PROGRAM') return null;
  const rest = normaliseTitle(withoutRegionWords(row.name));
  return rest ? `${row.kind}|${rest}` : null;
}

/**
 * A query-independent prior in [0, 1]: what a parent is likelier to want
 * among many equally good matches (a broad query such as 어린이집 matches
 * tens of thousands). Complete records (address and phone, exact location),
 * centres with a free seat, programmes taking applications, policies of the
 * city or the nation over one district's, and short, canonical titles first.
 * Deterministic; ties are broken by id.
 */
export function staticRank(row: CatalogRow, hasVacancy: boolean): number {
  const attrs = row.attrs;
  let rank = 0.3;
  if (row.kind === 'FACILITY') {
    if (row.address && row.phone) rank += 0.2;
    if (row.lat != null && !row.geoApprox) rank += 0.1;
    if (hasVacancy) rank += 0.1;
    const status = text(attrs.operatingStatus);
    if (status && status !== '정상') rank -= 0.2;
  } else if (row.kind === 'POLICY') {
    if (!row.sigungu) rank += 0.2;
    const period = attrs.applicationPeriod as { always?: boolean } | undefined;
    if (period?.always) rank += 0.1;
    if (text(attrs.summary) || text(attrs.benefit)) rank += 0.1;
  } else {
    if (text(attrs.status) === '접수중') rank += 0.2;
    if (text(attrs.description)) rank += 0.1;
  }
  const length = [...row.name].length;
  rank += 0.2 * (1 - Math.min(length, 40) / 40);
  return Math.round(Math.max(0, Math.min(1, rank)) * 1000) / 1000;
}
