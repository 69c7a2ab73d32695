import { cleanText } from './text';

/** A date cell longer than this is prose, not a date; look at its start only. */
const MAX_DATE = 60;
const MAX_PERIOD = 500;
/** Dates read from one text: a multi-round notice lists a few, and only the first range is parsed. */
const MAX_TOKENS = 8;

/**
 * A date as a notice writes it. The year may be missing (`4/7(화)`, `3. 16.(월)`):
 * programme boards of 육아종합지원센터 and 가족센터 write the year once in the
 * title or not at all, and add the weekday in brackets.
 */
interface DateToken {
  /** Where the date starts in the text, and where it ends (after its weekday). */
  index: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** 0 = 일 … 6 = 토, when the text gives one. */
  weekday: number | null;
}

const WEEKDAYS = '일월화수목금토';
// `(수)`, `(수요일)`, `[수]`, ` 수요일`: the weekday suffix boards add after a date.
const WEEKDAY = /^\s*(?:[([]\s*([일월화수목금토])(?:요일)?\s*[)\]]|([일월화수목금토])요일)/;
const QUOTES = "'‘’`";
// A day must not be the hour of a time that follows (`12. 16. 10:00`, `11. 3. 10시`).
const DAY_END = '(?![\\d:])(?!\\s*시)';
const FULL = new RegExp(`((?:19|20)\\d{2})\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})${DAY_END}\\s*(?:일|\\.(?!\\d))?`, 'y');
const COMPACT = /((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/y;
// `'25.2.24.`: notices write two-digit years after an apostrophe (any of the quote forms word processors produce).
const SHORT_QUOTED = new RegExp(`['‘’\`](\\d{2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})${DAY_END}\\.?`, 'y');
// `26.03.25`, `26. 3. 27.`: three numbers are year, month and day.
const SHORT_BARE = new RegExp(`(\\d{2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})${DAY_END}\\.?`, 'y');
// `3.16`, `3. 16.`, `4/7`, `3월 16일` (not `-`: `3.1-3.31` is a range). Not a ratio or a count (`1.5배`, `3.5%`).
const YEARLESS = new RegExp(`(\\d{1,2})\\s*(?:[./]|월)\\s*(\\d{1,2})${DAY_END}(?!\\s*(?:배|%|명|원|세|개월|주|회|차))\\s*(?:일|\\.(?!\\d))?`, 'y');

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The dates in a text, left to right (at most MAX_TOKENS); impossible ones (2024.02.30, 13.1.) are skipped. */
function scanDates(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (let i = 0; i < text.length && out.length < MAX_TOKENS; i++) {
    const c = text[i]!;
    const prev = text[i - 1];
    const quoted = QUOTES.includes(c) && isDigit(text[i + 1]);
    if (!quoted && (!isDigit(c) || isDigit(prev))) continue;
    const token = readToken(text, i, quoted, prev === '.');
    if (token) {
      out.push(token);
      i = token.end - 1;
    }
  }
  return out;
}

function readToken(text: string, at: number, quoted: boolean, afterDot: boolean): DateToken | null {
  const forms: [RegExp, (m: RegExpExecArray) => number | null][] = quoted
    ? [[SHORT_QUOTED, (m) => 2000 + Number(m[1])]]
    : [
        [COMPACT, (m) => Number(m[1])],
        [FULL, (m) => Number(m[1])],
        ...(afterDot ? [] : ([[SHORT_BARE, (m) => 2000 + Number(m[1])], [YEARLESS, () => null]] as [RegExp, (m: RegExpExecArray) => number | null][])),
      ];
  for (const [re, yearOf] of forms) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const year = yearOf(m);
    const [month, day] = year === null ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (year !== null && isoDate(year, month, day) === null) continue;
    let end = at + m[0].length;
    const w = WEEKDAY.exec(text.slice(end, end + 12));
    if (w) end += w[0].length;
    return { index: at, end, year, month, day, weekday: w ? WEEKDAYS.indexOf(w[1] ?? w[2]!) : null };
  }
  return null;
}

/**
 * A date as Korean public sites write it → ISO `YYYY-MM-DD`: `2024.03.01`,
 * `2024-3-1`, `2024/3/1`, `20240301`, `2024년 3월 1일`, `'25.2.24.`,
 * `26.03.25(수)`, `26. 3. 27.(금)` (two-digit years are 20xx). With
 * `fallbackYear`, a bare `3.7.` or `3월 7일` (the end of a range whose year
 * was given once) is read in that year; without it a date with no year is
 * null (only `parsePeriod` infers years, and marks them). Null when there
 * is no date or it does not exist (2024.02.30).
 */
export function parseKoreanDate(value: string | null | undefined, fallbackYear?: number): string | null {
  if (value == null) return null;
  const first = scanDates(value.slice(0, MAX_DATE).trim())[0];
  if (!first) return null;
  const year = first.year ?? fallbackYear;
  return year === undefined ? null : isoDate(year, first.month, first.day);
}

function isoDate(y: number, mo: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2199) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/**
 * The Korean calendar day (KST, UTC+9) of an HTTP date (`Last-Modified`,
 * `Date`): the reference a yearless date on that page is resolved against.
 */
export function referenceDay(httpDate: string | null | undefined): string | null {
  if (!httpDate) return null;
  const ms = Date.parse(httpDate.slice(0, 100));
  if (!Number.isFinite(ms)) return null;
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
}

export interface Period {
  /** As published, cleaned. */
  text: string;
  /** First day; for a single date, the day itself. */
  start: string | null;
  /** Last day; equal to `start` for a one-day period, null when open-ended (`2025.3.1.~`, `~ 예산 소진 시`). */
  end: string | null;
  /** 상시 / 연중 / 수시: applications are open all year. */
  always: boolean;
  /** Present (true) when the text gave no year and it was taken from the page's date or the crawl date. */
  yearInferred?: true;
}

export interface PeriodOptions {
  /** `YYYY-MM-DD`: the page's date (Last-Modified), else the crawl date. Without it, a date with no year is not read. */
  reference?: string | null;
}

const RANGE_MARK = /^(?:[~∼〜～\-–—]|부터|부터~|에서)$/;
const TIME = '(?:(?:오전|오후|AM|PM)\\s*)?\\d{1,2}\\s*(?:시|:)\\s*(?:\\d{2}\\s*분?)?';
const TIMES = new RegExp(TIME, 'gi');
const LEADING_TIMES = new RegExp(`^\\s*(?:${TIME}(?:\\s*[~∼〜～\\-]\\s*${TIME})?)?\\s*`, 'i');
// `3. 16.(월) ~ 20.(금)`, `3월 16일~20일`: the end of a range within one month gives only its day.
const DAY_ONLY_END = new RegExp(`^\\s*(?:${TIME}\\s*)?[~∼〜～\\-–]\\s*(\\d{1,2})\\s*(일|\\.(?!\\d))?`, 'i');

/** The text between two dates makes them a range when it is a range mark, perhaps around times of day. */
function isRangeGap(gap: string): boolean {
  if (gap.length > 40) return false;
  return RANGE_MARK.test(gap.replace(TIMES, '').replace(/\s+/g, ''));
}

/** A range's last day given as a day of the start's month (the next month when it is smaller). */
function dayOnlyEnd(after: string, start: DateToken): DateToken | null {
  const m = DAY_ONLY_END.exec(after);
  if (!m) return null;
  const rest = after.slice(m[0].length, m[0].length + 12);
  const w = WEEKDAY.exec(rest);
  // Only a day: `~ 20일`, `~ 20.`, `~20(금)` or `~20` ending the text, never `~ 20명`.
  if (!m[2] && !w && !/^\s*(?:$|[,)])/.test(rest)) return null;
  if (/^\s*(?:[:/.월시분명세]|\d)/.test(rest) && !w) return null;
  const day = Number(m[1]);
  const month = day < start.day ? (start.month % 12) + 1 : start.month;
  if (day < 1 || day > 31) return null;
  return { index: start.end, end: start.end, year: null, month, day, weekday: w ? WEEKDAYS.indexOf(w[1] ?? w[2]!) : null };
}

/**
 * 신청기간, 교육기간 → dates: `(1차) '25.2.24.~3.7.`, `2025.1.1~2025.12.31`,
 * `2025. 3. 1. ~ 예산 소진 시`, `~2025.3.31.`, `2025.3.31.까지`, `상시신청`,
 * `연중`, and the programme boards' forms with weekdays and no year:
 * `26.03.25(수)`, `4/7(화)~4/14(화)`, `3. 16.(월) ~ 4. 3.(금)`, `3. 16.(월) ~ 20.(금)`.
 *
 * - Only the first range of a multi-round notice is parsed; the text keeps the rest.
 * - An end without a year takes the start's (the next year's when it would fall
 *   before the start: `12.1.~2.28.`), and a start without one the end's.
 * - When neither has a year, it is inferred from `options.reference`: of the
 *   years around it, the one whose weekdays match what the text says, then the
 *   one nearest the reference (`yearInferred: true`). Without a reference the
 *   dates stay null.
 * - A single date is a one-day period (end = start); `2025.3.1.부터` or
 *   `2025.3.1. ~` is open-ended (end null); `~2025.3.31.`, `…까지`, `마감 …` give only the end.
 */
export function parsePeriod(value: string | null | undefined, options: PeriodOptions = {}): Period | null {
  const text = cleanText(value, MAX_PERIOD);
  if (!text) return null;
  const always = /상시|연중|수시|常時/.test(text);
  const tokens = scanDates(text);
  const first = tokens[0];
  if (!first) return { text, start: null, end: null, always };

  const before = text.slice(0, first.index);
  const after = text.slice(first.end);
  const second = tokens[1];
  const last = second && isRangeGap(text.slice(first.end, second.index)) ? second : dayOnlyEnd(after, first);
  if (last) return resolve(text, always, first, last, options.reference);

  const tail = after.replace(LEADING_TIMES, '');
  if (/[~∼〜～]\s*$/.test(before) || /(?:마감|기한|까지)\s*[:：]?\s*$/.test(before) || /^(?:까지|마감|이내)/.test(tail)) {
    const only = resolve(text, always, first, null, options.reference);
    return { ...only, start: null, end: only.start };
  }
  const open = /^(?:[~∼〜～\-]|부터)/.test(tail);
  const one = resolve(text, always, first, null, options.reference);
  return open ? { ...one, end: null } : one;
}

/** Dates for a start and an optional end token; a single token gives end = start. */
function resolve(text: string, always: boolean, a: DateToken, b: DateToken | null, reference: string | null | undefined): Period {
  const period = (start: string | null, end: string | null, inferred = false): Period =>
    inferred && (start || end) ? { text, start, end, always, yearInferred: true } : { text, start, end, always };
  const endIn = (year: number, start: string | null): string | null => {
    if (!b) return start;
    const end = isoDate(b.year ?? year, b.month, b.day);
    // `2024.12.1.~2.28.`: an end without a year that falls before the start is in the next year.
    if (b.year === null && start && end && end < start) return isoDate(year + 1, b.month, b.day);
    return end;
  };
  if (a.year !== null) {
    const start = isoDate(a.year, a.month, a.day);
    return period(start, endIn(a.year, start));
  }
  if (b?.year != null) {
    const end = isoDate(b.year, b.month, b.day);
    let start = isoDate(b.year, a.month, a.day);
    if (start && end && start > end) start = isoDate(b.year - 1, a.month, a.day);
    return period(start, end);
  }
  const refYear = reference ? Number(reference.slice(0, 4)) : NaN;
  if (!reference || !Number.isInteger(refYear)) return period(null, null);
  const refMs = Date.parse(`${reference.slice(0, 10)}T00:00:00Z`);
  let best: { start: string | null; end: string | null; score: number; distance: number } | null = null;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const start = isoDate(year, a.month, a.day);
    if (!start) continue;
    const end = endIn(year, start);
    // The weekday the text gives decides the year when only one candidate has it (`4/7(화)` is 2026, not 2025).
    const score = Number(a.weekday !== null && weekdayOf(start) === a.weekday) + Number(b?.weekday != null && end !== null && weekdayOf(end) === b.weekday);
    const distance = Math.abs(Date.parse(`${start}T00:00:00Z`) - refMs);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start, end, score, distance };
  }
  return best ? period(best.start, best.end, true) : period(null, null);
}
