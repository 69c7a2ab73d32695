import { cleanText } from './text';

const MAX_CELL = 200;
/** Counts looked at in one cell; a cell with more is a timetable, not a capacity. */
const MAX_COUNTS = 6;

/** What a programme counts its seats in: people, households (가정), couples (쌍), families (가족), teams (팀). */
export const CAPACITY_UNITS = ['명', '가정', '쌍', '가족', '팀'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

export interface Capacity {
  capacity: number;
  /** The unit as published; null for a bare number in a 정원 cell. */
  unit: CapacityUnit | null;
}

const COUNT = /(\d{1,3}(?:,\d{3})+|\d{1,5})\s*(명|가정|쌍|가족|팀)?/g;
/** Words before a number that say it is the number of seats. */
const MARK_BEFORE = /(?:정원|모집\s*인원|모집|선착순|총|인원|규모)\s*[:：]?\s*(?:약\s*)?$/;
/** Words after a number that say so (`20명 모집`, `15가정 선착순`, `20명 내외`, `10명 이내`). */
const MARK_AFTER = /^\s*(?:모집|선착순|내외|이내|정원|한정|\(선착순\))/;
/** A number per session, class or person is a booking rule, not a capacity: `예약제 (회기당 1명)`, `반별 10명`, `1인당`. */
const PER_BEFORE = /(?:당|별|마다|1:1)\s*$/;
const PER_AFTER = /^\s*(?:당|씩)/;
/** A minimum to run the programme, not the seats: `최소 5명`, `5명 이상 시 개강`. */
const MINIMUM_BEFORE = /최소\s*$/;
const MINIMUM_AFTER = /^\s*(?:이상|부터)/;

/**
 * The number of seats a programme states, with its unit: `정원 20명`,
 * `20명 모집`, `선착순 15가정`, `10쌍`, `모집인원: 30`. Conservative, as the
 * issue that introduced it asks: a number counts only when the text states it
 * as seats — marked (정원, 모집, 선착순, 총, `…내외`, `…이내`) or the cell's only
 * count in a seat unit. Per-session and per-class numbers (`예약제 (회기당
 * 1명)`, `반별 10명`), minimums (`최소 5명`, `5명 이상`), several unmarked counts
 * (`성인 10명, 아동 10명`) and zero are not capacities. A count in brackets
 * counts only when there is none outside them (`10가정(20명)` is 10 가정).
 */
export function parseCapacity(value: string | null | undefined): Capacity | null {
  const text = cleanText(value, MAX_CELL);
  if (!text) return null;
  // A bare number: the cell's label (정원, 모집인원) says what it counts.
  if (/^\d{1,5}$/.test(text)) return Number(text) > 0 ? { capacity: Number(text), unit: null } : null;
  const candidates: (Capacity & { marked: boolean; bracketed: boolean })[] = [];
  let counts = 0;
  for (const m of text.matchAll(COUNT)) {
    if (++counts > MAX_COUNTS) return null;
    const at = m.index;
    // Part of a longer number, a date or a time (`2026.3.1`, `10:00`), or an age (`만 5세`).
    if (at > 0 && /[\d.,:/~\-]/.test(text[at - 1]!)) continue;
    const rest = text.slice(at + m[0].length);
    if (/^\s*(?:[\d.:/]|세|개월|살|학년|주|회|시|분|원|%|일|월|년|차)/.test(rest)) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    const unit = (m[2] as CapacityUnit | undefined) ?? null;
    const marked = MARK_BEFORE.test(before) || MARK_AFTER.test(rest);
    if (PER_BEFORE.test(before) || PER_AFTER.test(rest) || MINIMUM_BEFORE.test(before) || MINIMUM_AFTER.test(rest)) continue;
    if (!unit && !marked) continue;
    const capacity = Number(m[1]!.replace(/,/g, ''));
    if (capacity === 0) continue;
    candidates.push({ capacity, unit, marked, bracketed: depthAt(text, at) > 0 });
  }
  const outside = candidates.filter((c) => !c.bracketed);
  const pool = outside.length ? outside : candidates;
  const marked = pool.filter((c) => c.marked);
  const chosen = marked.length ? marked[0] : pool.length === 1 ? pool[0] : null;
  return chosen ? { capacity: chosen.capacity, unit: chosen.unit } : null;
}

/** How many brackets are open at `index`. */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    else if ((text[i] === ')' || text[i] === ']') && depth > 0) depth--;
  }
  return depth;
}
