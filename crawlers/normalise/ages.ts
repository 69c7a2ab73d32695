import type { AgeRange } from '../../common/attrs';
import { cleanText } from './text';

export type { AgeRange };

const MAX_CELL = 200;

export interface AgeMonths {
  /** Youngest eligible age in completed months (inclusive); null = no lower bound. */
  min: number | null;
  /** Oldest eligible age in completed months (inclusive); null = no upper bound. */
  max: number | null;
}

type Unit = 'month' | 'year';
interface Term {
  n: number;
  unit: Unit | null;
}

const TERM = /(?:만\s*)?(\d{1,3})\s*(개월|세|살)?/g;

/**
 * Eligible ages → months, the unit the admission and welfare rules use:
 * `만 6개월~만 5세` → {6, 71}, `만 12세 이하` → {null, 155}, `0~5세` → {0, 71},
 * `생후 36개월 미만` → {null, 35}, `만 3세 이상` → {36, null}, `만 5세` → {60, 71}.
 * An age in years as an upper bound means up to the day before the next
 * birthday (만 5세 = 60–71 months). Null when no age is stated.
 */
export function parseAgeMonths(value: string | null | undefined): AgeMonths | null {
  if (value == null) return null;
  const text = value.slice(0, MAX_CELL);
  const range = /(?:만\s*)?(\d{1,3})\s*(개월|세|살)?\s*(?:~|∼|〜|～|-|부터)\s*(?:만\s*)?(\d{1,3})\s*(개월|세|살)/.exec(text);
  if (range) {
    const high: Term = { n: Number(range[3]), unit: unitOf(range[4]) };
    // `0~5세`: the lower bound borrows the upper bound's unit.
    const low: Term = { n: Number(range[1]), unit: unitOf(range[2]) ?? high.unit };
    const after = text.slice(range.index + range[0].length);
    const max = /^\s*미만/.test(after) ? lowerBound(high) - 1 : upperBound(high);
    return valid({ min: lowerBound(low), max });
  }
  const term = [...text.matchAll(TERM)].find((m) => m[2]);
  if (!term) return null;
  const t: Term = { n: Number(term[1]), unit: unitOf(term[2]) };
  const after = text.slice(term.index + term[0].length);
  if (/^\s*(?:이하|이내|까지)/.test(after)) return valid({ min: null, max: upperBound(t) });
  if (/^\s*미만/.test(after)) return valid({ min: null, max: lowerBound(t) - 1 });
  if (/^\s*(?:이상|부터)/.test(after)) return valid({ min: lowerBound(t), max: null });
  if (/^\s*초과/.test(after)) return valid({ min: upperBound(t) + 1, max: null });
  return valid({ min: lowerBound(t), max: upperBound(t) });
}

function unitOf(word: string | undefined): Unit | null {
  if (!word) return null;
  return word === '개월' ? 'month' : 'year';
}

function lowerBound(t: Term): number {
  return t.unit === 'month' ? t.n : t.n * 12;
}

function upperBound(t: Term): number {
  return t.unit === 'month' ? t.n : t.n * 12 + 11;
}

/** Ages past 130 years or inverted ranges are misreads, not rules. */
function valid(a: AgeMonths): AgeMonths | null {
  const ok = (n: number | null) => n === null || (n >= 0 && n <= 1560);
  if (!ok(a.min) || !ok(a.max)) return null;
  if (a.min !== null && a.max !== null && a.min > a.max) return null;
  return a;
}

// Bounded alternatives only, on a text cut to MAX_CELL.
const PREGNANCY = /임신|임산부|임부|태아|출산\s*예정|예비\s*(?:부모|엄마|아빠|맘)/;
const WEEKS_RANGE = /(\d{1,2})\s*주?\s*(?:~|∼|〜|～|-|부터)\s*(\d{1,2})\s*주\s*(미만)?/;
const WEEKS = /(\d{1,2})\s*주\s*(?:차)?\s*(이상|이후|부터|초과|이하|이내|까지|미만)?/;
const MAX_WEEKS = 42;

/** The pregnancy weeks a text allows: `임신 16주 이상` → {16, null}, `임신 12주 미만` → {null, 11}, `임산부` → {null, null}. */
function pregnancyWeeks(text: string): AgeRange['pregnancyWeeks'] {
  const at = text.search(PREGNANCY);
  if (at < 0) return null;
  // The weeks belong to the pregnancy words (`임신 16주`), not to a later clause.
  const near = text.slice(at, at + 40);
  const range = WEEKS_RANGE.exec(near);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]) - (range[3] ? 1 : 0);
    return min <= max && max <= MAX_WEEKS ? { min, max } : { min: null, max: null };
  }
  const w = WEEKS.exec(near);
  if (!w) return { min: null, max: null };
  const n = Number(w[1]);
  if (n > MAX_WEEKS) return { min: null, max: null };
  switch (w[2]) {
    case '이상':
    case '이후':
    case '부터':
      return { min: n, max: null };
    case '초과':
      return { min: n + 1, max: null };
    case '이하':
    case '이내':
    case '까지':
      return { min: null, max: n };
    case '미만':
      return { min: null, max: n - 1 };
    default:
      return { min: n, max: n };
  }
}

type Level = 'E' | 'M' | 'H';
const LEVEL_OFFSET: Record<Level, number> = { E: 0, M: 6, H: 9 };
const LEVEL_GRADES: Record<Level, number> = { E: 6, M: 3, H: 3 };
const LEVEL_WORD = '(초등|중학|고등|초|중|고)(?:학교|학생)?';
// `초등 1~3학년`, `초1~초3`, `초등 4학년~중학교 3학년`.
const GRADE_RANGE = new RegExp(`${LEVEL_WORD}\\s*(\\d)\\s*(?:학년)?\\s*(?:~|∼|〜|～|-|부터)\\s*(?:${LEVEL_WORD}\\s*)?(\\d)\\s*(학년)?`);
// `초등 4학년 이상`, `중학교 1학년`.
const GRADE_ONE = new RegExp(`${LEVEL_WORD}\\s*(\\d)\\s*학년\\s*(이상|이하|까지|부터)?`);
// `초등학생`, `중학생`, `고등학생`, `초·중학생`, `중·고등학생`, `초등 전학년`.
const LEVELS = /(초등학생|초등학교|초등생|초등\s*전\s*학년|중학생|중학교|고등학생|고등학교|고교생)|([초중고])\s*[·ㆍ,/]\s*([초중고])(?:\s*[·ㆍ,/]\s*([초중고]))?\s*(?:등)?\s*(?:학생|학교)/g;
const MAX_LEVELS = 6;

function level(word: string): Level {
  return word.startsWith('초') ? 'E' : word.startsWith('중') ? 'M' : 'H';
}

/** Grade `g` of a level on the 1–12 scale, null when the level has no such grade (초등 7학년). */
function grade(l: Level, g: number): number | null {
  return g >= 1 && g <= LEVEL_GRADES[l] ? LEVEL_OFFSET[l] + g : null;
}

function schoolGrades(text: string): AgeRange['schoolGrades'] {
  const range = GRADE_RANGE.exec(text);
  if (range && (range[5] || range[3])) {
    const from = level(range[1]!);
    const to = range[3] ? level(range[3]) : from;
    const min = grade(from, Number(range[2]));
    const max = grade(to, Number(range[4]));
    if (min !== null && max !== null && min <= max) return { min, max };
  }
  const one = GRADE_ONE.exec(text);
  if (one) {
    const l = level(one[1]!);
    const g = grade(l, Number(one[2]));
    if (g !== null) {
      if (one[3] === '이상' || one[3] === '부터') return { min: g, max: LEVEL_OFFSET[l] + LEVEL_GRADES[l] };
      if (one[3] === '이하' || one[3] === '까지') return { min: LEVEL_OFFSET[l] + 1, max: g };
      return { min: g, max: g };
    }
  }
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  for (const m of text.matchAll(LEVELS)) {
    if (++n > MAX_LEVELS) break;
    const words = m[1] ? [m[1]] : [m[2]!, m[3]!, m[4]].filter((w): w is string => !!w);
    for (const w of words) {
      const l = level(w);
      min = Math.min(min, LEVEL_OFFSET[l] + 1);
      max = Math.max(max, LEVEL_OFFSET[l] + LEVEL_GRADES[l]);
    }
  }
  return Number.isFinite(min) ? { min, max } : null;
}

/**
 * 대상연령 → months, pregnancy weeks and school grades: `만 0~5세` → 0–71
 * months, `0~23개월`, `생후 4개월~12개월` → 4–12, `9~24세` → 108–299,
 * `임신 16주 이상` → weeks ≥ 16, `초등 1~3학년` → grades 1–3, `중학생` →
 * grades 7–9. Grades are not turned into months (a grade spans two birth
 * years); the lifecycle rules read them directly. Null when the text states
 * none of these.
 */
export function parseAgeRange(value: string | null | undefined): AgeRange | null {
  const text = cleanText(value, MAX_CELL);
  if (!text) return null;
  const months = parseAgeMonths(text);
  const weeks = pregnancyWeeks(text);
  const grades = schoolGrades(text);
  if (!months && !weeks && !grades) return null;
  return { text, min: months?.min ?? null, max: months?.max ?? null, pregnancyWeeks: weeks, schoolGrades: grades };
}
