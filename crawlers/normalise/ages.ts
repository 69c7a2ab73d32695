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
  if (/^\s*(?:이하|까지)/.test(after)) return valid({ min: null, max: upperBound(t) });
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
