/**
 * 기준중위소득 (standard median income), monthly KRW by household size, as
 * versioned data: each year's table is a 보건복지부 고시 (중앙생활보장위원회
 * 의결), effective 1 January. A verdict uses the table of the year of its
 * `on` date, or the latest table before it (a year not yet published).
 *
 * Households of 7 or more: the 고시 adds, per member over 6, the difference
 * between the 6- and 5-person amounts; that rule is applied here.
 */
export interface MedianIncomeTable {
  year: number;
  /** Index 0 = 1 person … index 5 = 6 persons. */
  bySize: readonly number[];
  source: string;
}

export const MEDIAN_INCOME_TABLES: readonly MedianIncomeTable[] = Object.freeze([
  {
    year: 2025,
    bySize: [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805],
    source: '보건복지부 고시 제2024-146호 (2025년 기준중위소득), DOMAIN.md',
  },
  {
    year: 2026,
    bySize: [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952],
    source: '보건복지부 고시 (2026년 기준중위소득, 2025-08 중앙생활보장위원회 의결), DOMAIN.md',
  },
]);

export function medianTableFor(year: number): MedianIncomeTable {
  const tables = [...MEDIAN_INCOME_TABLES].sort((a, b) => a.year - b.year);
  let chosen = tables[0]!;
  for (const t of tables) if (t.year <= year) chosen = t;
  return chosen;
}

/** The median monthly income of a household of `size` (≥ 1) in the table. */
export function medianIncome(table: MedianIncomeTable, size: number): number {
  const s = Math.max(1, Math.floor(size));
  if (s <= 6) return table.bySize[s - 1]!;
  const step = table.bySize[5]! - table.bySize[4]!;
  return table.bySize[5]! + step * (s - 6);
}
