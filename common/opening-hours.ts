import type { DayHours, OpeningHours } from './attrs';

/**
 * A facility's opening hours and where they come from, decided in this one
 * place from the effective record (catalog.effective_record: crawled base ⊕
 * curation). The search document (subgraphs/search/document.ts, which fills
 * `opens_at`/`closes_at` for `openAt`) and the GraphQL fields
 * (`Facility.openingHours`, `hoursSource`) both call `facilityHours`, so they
 * cannot disagree; nothing is stored, so crawlers, the seed loader and the
 * adapters need no code for it, and a curated special-care flag or operating
 * status changes the derived hours at once. The rule and its sources:
 * docs/opening-hours.md.
 */

/** Where `openingHours` comes from. */
export const HOURS_SOURCES = ['SOURCE', 'DERIVED', 'CURATED'] as const;
export type HoursSource = (typeof HOURS_SOURCES)[number];

/** What `facilityHours` reads of a record (a CatalogRow has all of it). */
export interface HoursRecord {
  subtype: string;
  specialCare: readonly string[];
  attrs: Record<string, unknown>;
  /** Public fields an editor overrode (`curated_fields` of catalog.effective_record). */
  curatedFields?: readonly string[];
}

export interface FacilityHours {
  hours: OpeningHours | null;
  source: HoursSource | null;
}

/**
 * The legal standard day of 어린이집 (보육사업안내, 어린이집 운영시간; DOMAIN.md
 * "Opening hours of childcare centres"): Monday–Friday 12 hours, Saturday 8.
 */
export const STANDARD_WEEKDAY = { open: '07:30', close: '19:30' } as const;
export const STANDARD_SATURDAY = { open: '07:30', close: '15:30' } as const;
/** Close of a day that runs to midnight. `HH:MM` strings compare as times, and `24:00` sorts after every time of the day. */
export const MIDNIGHT = '24:00';

const CLOSED: DayHours = { open: null, close: null, closed: true };
const day = (open: string, close: string): DayHours => ({ open, close, closed: false });

/**
 * The hours a 어린이집 keeps by law and by its special-care flags, when its
 * source publishes none. Each flag adds what the 보육사업안내 says it adds, and
 * nothing the data does not say:
 * - NIGHT 야간연장(형): the weekday runs on to 24:00 (야간연장보육, 19:30–24:00).
 * - EXTENDED_HOURS 시간연장(형): the same care under its name before the 2020
 *   reform (시간연장보육 was 19:30–24:00; DOMAIN: "Seoul's 시간연장 국공립
 *   centres run to midnight"), so also to 24:00 — not the 연장보육 16:00–19:30
 *   every centre runs inside the standard day.
 * - TWENTY_FOUR_HOURS 24시간: the weekday is all day (00:00–24:00), so
 *   `openAt` matches any time.
 * - HOLIDAY 휴일(보육): open on Sundays and public holidays. DOMAIN gives no
 *   hours for that day, so it gets the standard 12-hour day (07:30–19:30);
 *   without the flag those days are closed (DOMAIN: closed on public holidays).
 * Saturday stays the standard 07:30–15:30: the operating committee may close
 * it with the parents' consent, which no source tells us, so the text says so.
 * The night flags extend weekdays only: the guidance ties them to the weekday
 * day, and claiming Saturday-night care from a flag would send parents to a
 * closed door. A centre whose 운영현황 says it is closed (휴지, 폐지) has no hours.
 */
export function deriveChildcareHours(specialCare: readonly string[], operatingStatus?: string | null): OpeningHours | null {
  if (operatingStatus && /휴지|폐지|폐원/.test(operatingStatus)) return null;
  const care = new Set(specialCare);
  const weekday = care.has('TWENTY_FOUR_HOURS')
    ? day('00:00', MIDNIGHT)
    : day(STANDARD_WEEKDAY.open, care.has('NIGHT') || care.has('EXTENDED_HOURS') ? MIDNIGHT : STANDARD_WEEKDAY.close);
  const saturday = day(STANDARD_SATURDAY.open, STANDARD_SATURDAY.close);
  const holiday = care.has('HOLIDAY') ? day(STANDARD_WEEKDAY.open, STANDARD_WEEKDAY.close) : CLOSED;
  const text = `평일 ${words(weekday)}, 토요일 ${words(saturday)}, 일요일·공휴일 ${words(holiday)} (보육사업안내 기준 추정, 토요일은 휴무일 수 있음)`;
  return { text, open: weekday.open, close: weekday.close, weekday, saturday, holiday };
}

function words(d: DayHours): string {
  if (d.closed) return '휴무';
  return d.open === '00:00' && d.close === MIDNIGHT ? '24시간' : `${d.open}~${d.close}`;
}

/**
 * The opening hours a facility shows, and their source: an editor's override
 * first (CURATED, also when the editor blanked them: then no hours), then what
 * the source published (SOURCE: 유치원알리미 `opertime`, a site's 운영시간),
 * then, for 어린이집 only, the legal rule (DERIVED). The standard day is the
 * 영유아보육법's, so no other kind (유치원 keep the 유아교육법's hours) is derived.
 */
export function facilityHours(row: HoursRecord): FacilityHours {
  const stored = asOpeningHours(row.attrs.openingHours);
  if (row.curatedFields?.includes('openingHours')) return { hours: stored, source: 'CURATED' };
  if (stored) return { hours: stored, source: 'SOURCE' };
  if (row.subtype === 'CHILDCARE_CENTER') {
    const operatingStatus = typeof row.attrs.operatingStatus === 'string' ? row.attrs.operatingStatus : null;
    const derived = deriveChildcareHours(row.specialCare, operatingStatus);
    if (derived) return { hours: derived, source: 'DERIVED' };
  }
  return { hours: null, source: null };
}

/** Open at `time` (`HH:MM`) on a usual day: the comparison search's `openAt` makes on opens_at / closes_at. */
export function isOpenAt(hours: Pick<OpeningHours, 'open' | 'close'> | null, time: string): boolean {
  return hours?.open != null && hours.close != null && hours.open <= time && hours.close > time;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const time = (value: unknown): string | null => (typeof value === 'string' && TIME.test(value) ? value : null);

function asDay(value: unknown): DayHours | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.closed === true) return CLOSED;
  const open = time(v.open);
  const close = time(v.close);
  return open && close ? day(open, close) : null;
}

/**
 * attrs.openingHours as stored (jsonb written by parseHours, a declarative
 * adapter or an editor), checked field by field: a malformed time reads as
 * unknown, never as a wrong time. When only the weekday is given, it is
 * also the usual day `openAt` compares.
 */
function asOpeningHours(value: unknown): OpeningHours | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const weekday = asDay(v.weekday);
  const saturday = asDay(v.saturday);
  const holiday = asDay(v.holiday);
  const open = time(v.open) ?? weekday?.open ?? null;
  const close = time(v.close) ?? weekday?.close ?? null;
  const text = typeof v.text === 'string' && v.text.trim() ? v.text : open && close ? `${open}~${close}` : null;
  if (!text) return null;
  return { text, open, close, weekday, saturday, holiday };
}
