/** Korea has one time zone and no daylight saving: KST = UTC+9 all year. */
export const KST_OFFSET_MS = 9 * 3600_000;

/** YYYY-MM-DD of an instant in KST. */
export function kstDate(at: Date): string {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}
