import { int } from './random';
import type { ChildcareRow, KindergartenItem } from './types';

// Ticks of the bundled real data: only enrolment moves (the files themselves are never rewritten).

const AGE_COLUMNS = ['아동수-만0세', '아동수-만1세', '아동수-만2세', '아동수-만3세', '아동수-만4세', '아동수-만5세', '아동수-영아혼합(만0~2세)', '아동수-유아혼합(만3~5세)', '아동수-특수장애'];
const num = (v: string | undefined): number | null => (v === undefined || v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

/**
 * ~2% of centres gain or lose a child or two. The per-age 아동수 columns move
 * and 아동수-총계 stays their sum; 현원 moves by the same amount (it equals
 * 아동수-총계 in the file except where the file itself disagrees), never
 * below 0 nor above 정원 when 정원 is known.
 */
export function moveEnrolment(rows: ChildcareRow[], random: () => number): ChildcareRow[] {
  // ~2%: draw that many distinct rows (cheaper than a coin per row).
  const picked = new Set<number>();
  const target = Math.round(rows.length * (0.015 + random() * 0.01));
  while (picked.size < target) picked.add(Math.floor(random() * rows.length));
  const out = rows.slice();
  for (const i of [...picked].sort((a, b) => a - b)) out[i] = moveOne(rows[i]!, random);
  return out;
}

function moveOne(row: ChildcareRow, random: () => number): ChildcareRow {
  const f = row.fields;
  const capacity = num(f['정원']);
  const current = num(f['현원']);
  if (current === null) return row;
  const room = capacity !== null && capacity > 0 ? capacity - current : Infinity;
  // A child or two join (if there is room) or leave (if anyone is there).
  const join = room > 0 && (current === 0 || random() < 0.5);
  const columns = AGE_COLUMNS.filter((c) => num(f[c]) !== null && (join || num(f[c])! > 0));
  const column = columns.length ? columns[Math.floor(random() * columns.length)]! : null;
  const size = int(random, 1, 2);
  const delta = join ? Math.min(size, room) : -Math.min(size, current, column ? num(f[column])! : current);
  if (delta === 0) return row;
  const fields: Record<string, string> = { ...f, 현원: String(current + delta) };
  if (column) {
    fields[column] = String(num(f[column])! + delta);
    if (num(f['아동수-총계']) !== null) fields['아동수-총계'] = String(AGE_COLUMNS.reduce((n, c) => n + (num(fields[c]) ?? 0), 0));
  }
  return { ...row, fields };
}

/** Now and then a kindergarten's enrolment (ppcnt3/4/5, mixppcnt) moves by one. */
export function moveKindergartens(items: KindergartenItem[], random: () => number): KindergartenItem[] {
  if (random() >= 0.3) return items;
  const i = Math.floor(random() * items.length);
  const item = items[i]!;
  const columns = ['ppcnt3', 'ppcnt4', 'ppcnt5', 'mixppcnt'].filter((c) => typeof item[c] === 'string' && /^\d+$/.test(item[c] as string));
  if (!columns.length) return items;
  const column = columns[Math.floor(random() * columns.length)]!;
  const next = Math.max(0, Number(item[column]) + (random() < 0.5 ? -1 : 1));
  const out = items.slice();
  out[i] = { ...item, [column]: String(next) };
  return out;
}
