/**
 * Provenance `fetchedAt` of a bundled file is the date its data describes,
 * not when this process read it (a reload must not look like a new fetch).
 * Public datasets give that date per row; these pick the file's date.
 */

/** The date most rows carry (ties: the later one). 어린이집.csv: 3,900 rows say 2025-02-19, a few stragglers other dates. */
export function mostCommonDate(dates: Iterable<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, n] of counts) {
    const bestCount = best ? counts.get(best)! : 0;
    if (n > bestCount || (n === bestCount && best !== null && date > best)) best = date;
  }
  return best;
}

/** The latest date (a licence register export is at least as new as its newest change). */
export function latestDate(dates: Iterable<string | null>): string | null {
  let latest: string | null = null;
  for (const d of dates) if (d && (latest === null || d > latest)) latest = d;
  return latest;
}

/** `2025-02-19` → `2025-02-19T00:00:00+09:00`: Korean public data dates are KST days. */
export function kstMidnight(date: string): string {
  return `${date}T00:00:00+09:00`;
}
