const MAX_CELL = 100;

/** A non-negative integer from a cell like `1,234`, `12명`, ` 7 `; null when there is none. */
export function parseCount(value: string | number | null | undefined): number | null {
  if (value == null) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  const match = /-?\d[\d,]*/.exec(value.slice(0, MAX_CELL));
  if (!match) return null;
  const n = Number(match[0].replace(/,/g, ''));
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * `9/16` (현원/정원, as listing tables print seats), `9 / 16명`,
 * `현원 9 / 정원 16` → enrolled and capacity. Null when the cell has no such pair.
 */
export function parseSeats(value: string | null | undefined): { enrolled: number; capacity: number } | null {
  if (value == null) return null;
  const m = /(\d[\d,]*)\s*명?\s*\/\s*(?:정원\s*)?(\d[\d,]*)/.exec(value.slice(0, MAX_CELL));
  if (!m) return null;
  const enrolled = parseCount(m[1]);
  const capacity = parseCount(m[2]);
  return enrolled === null || capacity === null ? null : { enrolled, capacity };
}

const UNITS: [string, number][] = [
  ['억', 1e8],
  ['천만', 1e7],
  ['백만', 1e6],
  ['십만', 1e5],
  ['만', 1e4],
  ['천', 1e3],
  ['백', 1e2],
];
const UNIT_PATTERN = UNITS.map(([u]) => u).join('|');
const TERM = new RegExp(`^\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})?`);
const RANGE_HIGH = new RegExp(`^\\s*[~∼〜～-]\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(${UNIT_PATTERN})?\\s*(원)?`);

/**
 * The first amount of money in a cell, in won: `월 25만원` → 250000,
 * `1,000,000원`, `100만원`, `1천만원`, `1억 2천만원`, `2.5만원`, `1만 5천원`,
 * `시간당 5,000원`. `무료` is 0. Null when there is no amount.
 */
export function parseAmountKrw(value: string | null | undefined): number | null {
  if (value == null) return null;
  const text = value.slice(0, MAX_CELL * 2);
  if (/^\s*\d[\d,]*\s*$/.test(text)) return parseCount(text);
  // The first number that is money: it has a unit or is followed by 원 (`2024년 지원금 100만원` is 1000000, not 2024).
  for (const m of text.matchAll(/\d/g)) {
    if (m.index > 0 && /[\d.,]/.test(text[m.index - 1]!)) continue;
    const amount = readAmount(text.slice(m.index));
    if (amount !== null) return amount;
  }
  return /무료|무상/.test(text) ? 0 : null;
}

function readAmount(text: string): number | null {
  let rest = text;
  let total = 0;
  let lastUnit = Infinity;
  let money = false;
  for (;;) {
    const m = TERM.exec(rest);
    if (!m) break;
    const unit = m[2] ? UNITS.find(([u]) => u === m[2])![1] : 1;
    // `1억 2천만` adds up; a larger unit after a smaller one starts another amount (`5천원~1만원`).
    if (unit >= lastUnit) break;
    total += Number(m[1]!.replace(/,/g, '')) * unit;
    lastUnit = unit;
    money ||= unit > 1;
    rest = rest.slice(m[0].length);
    if (unit === 1) break;
  }
  money ||= /^\s*원/.test(rest);
  if (!money && lastUnit === 1) {
    // `1,400~4,200원`, `5~10만원`: the low end of a range takes the high end's unit.
    const high = RANGE_HIGH.exec(rest);
    if (high && (high[1] || high[2])) {
      total *= high[1] ? UNITS.find(([u]) => u === high[1])![1] : 1;
      money = true;
    }
  }
  const won = Math.round(total);
  return money && Number.isSafeInteger(won) ? won : null;
}
