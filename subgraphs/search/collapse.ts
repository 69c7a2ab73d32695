import type { SearchRow } from './store';

/** A hit, and the same programme or policy of other districts folded under it ("다른 구에도 있음"). */
export interface Group {
  row: SearchRow;
  variants: SearchRow[];
}

/**
 * Folds district copies of one policy or programme (the same `variant_key`:
 * the title without region names, search/document.ts — 강남구 출산지원금,
 * 송파구 출산지원금 …) into one hit at the place of the best-ranked of them,
 * so twenty copies do not push everything else off the page. The hit shown
 * is the copy of a region the parent named (query words or filter), else a
 * city-wide or national one (no 시군구), else the best-ranked; the others
 * are its variants, in rank order. Facilities are never folded: another
 * district's centre is another place.
 */
export function groupVariants(rows: readonly SearchRow[], preferred: { sido: string[]; sigungu: string[] }): Group[] {
  const out: Group[] = [];
  const groups = new Map<string, Group>();
  const rank = (row: SearchRow) =>
    row.sigungu && preferred.sigungu.includes(row.sigungu) ? 0 : !row.sigungu && row.sido && preferred.sido.includes(row.sido) ? 1 : !row.sigungu ? 2 : 3;
  for (const row of rows) {
    const group = row.variant_key ? groups.get(row.variant_key) : undefined;
    if (!group) {
      const fresh: Group = { row, variants: [] };
      out.push(fresh);
      if (row.variant_key) groups.set(row.variant_key, fresh);
    } else if (rank(row) < rank(group.row)) {
      group.variants.unshift(group.row);
      group.row = row;
    } else group.variants.push(row);
  }
  return out;
}
