import { regionHints } from './regions';
import { MAX_VARIANTS, type SearchRow } from './store';

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
/**
 * The district a copy is of: its 시군구, or the region its title names
 * (a city board's page for 강남구 출산지원금 may carry no address). Null for
 * a city-wide or national record.
 */
export function regionOf(row: Pick<SearchRow, 'sigungu' | 'title'>): string | null {
  if (row.sigungu) return row.sigungu;
  for (const word of row.title.split(/[\s()[\]·,]+/)) {
    const hint = regionHints(word).find((h) => h.sigungu);
    if (hint) return hint.sigungu;
  }
  return null;
}

export function groupVariants(rows: readonly SearchRow[], preferred: { sido: string[]; sigungu: string[] }): Group[] {
  const out: Group[] = [];
  const groups = new Map<string, Group & { regions: Set<string | null> }>();
  const rank = (row: SearchRow) => {
    const region = regionOf(row);
    return region && preferred.sigungu.includes(region) ? 0 : !region && row.sido && preferred.sido.includes(row.sido) ? 1 : !region ? 2 : 3;
  };
  for (const row of rows) {
    const group = row.variant_key ? groups.get(row.variant_key) : undefined;
    const region = regionOf(row);
    // Only copies of other districts fold: two records of one place (or two national ones) an editor kept apart stay two hits.
    if (!group || group.regions.has(region)) {
      const fresh = { row, variants: [], regions: new Set([region]) };
      out.push(fresh);
      if (row.variant_key && !group) groups.set(row.variant_key, fresh);
      continue;
    }
    group.regions.add(region);
    // Past the listing limit a copy still folds (it is the same thing), it is just not listed.
    if (group.variants.length >= MAX_VARIANTS) continue;
    if (rank(row) < rank(group.row)) {
      group.variants.unshift(group.row);
      group.row = row;
    } else group.variants.push(row);
  }
  return out.map(({ row, variants }) => ({ row, variants }));
}
