import { cleanText } from './text';

/** A date cell longer than this is prose, not a date; look at its start only. */
const MAX_DATE = 60;
const MAX_PERIOD = 500;

const COMPACT = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;
const FULL = /(?<!\d)((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)/;
// `'25.2.24.`: notices write two-digit years after an apostrophe (any of the quote forms word processors produce).
const SHORT_YEAR = /['‘’`](\d{2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})(?!\d)/;
const BARE_SHORT_YEAR = /^(\d{2})\.(\d{1,2})\.(\d{1,2})\.?$/;
const MONTH_DAY = /^(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)\s*(?:일|\.)?/;

/**
 * A date as Korean public sites write it → ISO `YYYY-MM-DD`: `2024.03.01`,
 * `2024-3-1`, `2024/3/1`, `20240301`, `2024년 3월 1일`, `'25.2.24.`
 * (two-digit years are 20xx). With `fallbackYear`, a bare `3.7.` or `3월 7일`
 * (the end of a range whose year was given once) is read in that year.
 * Null when there is no date or it does not exist (2024.02.30).
 */
export function parseKoreanDate(value: string | null | undefined, fallbackYear?: number): string | null {
  if (value == null) return null;
  const text = value.slice(0, MAX_DATE).trim();
  let m = COMPACT.exec(text) ?? FULL.exec(text);
  let year = m ? Number(m[1]) : NaN;
  if (!m) {
    m = SHORT_YEAR.exec(text) ?? BARE_SHORT_YEAR.exec(text);
    year = m ? 2000 + Number(m[1]) : NaN;
  }
  if (!m && fallbackYear !== undefined) {
    const md = MONTH_DAY.exec(text);
    if (md) return isoDate(fallbackYear, Number(md[1]), Number(md[2]));
  }
  return m ? isoDate(year, Number(m[2]), Number(m[3])) : null;
}

function isoDate(y: number, mo: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2199) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Period {
  /** As published, cleaned. */
  text: string;
  start: string | null;
  end: string | null;
  /** 상시 / 연중 / 수시: applications are open all year. */
  always: boolean;
}

/**
 * 신청기간 → dates: `(1차) '25.2.24.~3.7.`, `2025.1.1~2025.12.31`,
 * `2025. 3. 1. ~ 예산 소진 시`, `~2025.3.31.`, `2025.3.31.까지`, `상시신청`,
 * `연중`. Only the first range of a multi-round notice is parsed; the text
 * keeps the rest. An end without a year takes the start's (the next year's
 * when it would fall before the start: `12.1.~2.28.`).
 */
export function parsePeriod(value: string | null | undefined): Period | null {
  const text = cleanText(value, MAX_PERIOD);
  if (!text) return null;
  const always = /상시|연중|수시|常時/.test(text);
  const [left = '', ...rest] = text.split(/\s*(?:~|∼|〜|～|부터|\s-\s)\s*/);
  if (rest.length === 0) {
    const only = parseKoreanDate(left);
    const isEnd = /까지|마감|이내/.test(left);
    return { text, start: isEnd ? null : only, end: isEnd ? only : null, always };
  }
  // Stop the end at the next round or note: `3.7. (2차) '25.6.1.~6.10.`.
  const right = (rest[0] ?? '').split(/[,(/]|\s{2,}/)[0] ?? '';
  const start = parseKoreanDate(left);
  const startYear = start ? Number(start.slice(0, 4)) : undefined;
  let end = parseKoreanDate(right, startYear);
  if (start && end && end < start && parseKoreanDate(right) === null) {
    end = parseKoreanDate(right, (startYear ?? 0) + 1);
  }
  return { text, start, end, always };
}
