import { kstDate } from '../../common/kst';

/** Calendar arithmetic on YYYY-MM-DD strings (UTC, no clock): 만 나이 counts full months and years. */
function parts(d: string): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/** Full months from `from` to `to` (negative when `to` is earlier). */
export function fullMonths(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (to >= from ? d2 < d1 : d2 > d1) months += to >= from ? -1 : 1;
  return months;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `n` months, clamped to the month's last day (1월 31일 + 1개월 = 2월 28/29일). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in Korea (KST). */
export function todayInKorea(now = Date.now()): string {
  return kstDate(new Date(now));
}
