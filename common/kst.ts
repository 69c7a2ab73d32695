/** Korea has one time zone and no daylight saving: KST = UTC+9 all year. */
export const KST_OFFSET_MS = 9 * 3600_000;

/** YYYY-MM-DD of an instant in KST. */
export function kstDate(at: Date): string {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Wall-clock parts of an instant in KST. */
function kstParts(at: Date): { y: number; m: number; d: number; hh: string; mm: string } {
  const t = new Date(at.getTime() + KST_OFFSET_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: String(t.getUTCHours()).padStart(2, '0'), mm: String(t.getUTCMinutes()).padStart(2, '0') };
}

/** An instant as a Korean reader writes it, in KST: `2026년 12월 5일 05:28` (for 2026-12-04T20:28Z). */
export function kstDateTimeKo(at: Date): string {
  const p = kstParts(at);
  return `${p.y}년 ${p.m}월 ${p.d}일 ${p.hh}:${p.mm}`;
}

/** The same instant for the English text: `5 Dec 2026, 05:28 KST`. */
export function kstDateTimeEn(at: Date): string {
  const p = kstParts(at);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][p.m - 1];
  return `${p.d} ${month} ${p.y}, ${p.hh}:${p.mm} KST`;
}
