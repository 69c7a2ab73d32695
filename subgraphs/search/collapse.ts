import { withoutRegionWords } from './regions';
import type { SearchRow } from './store';
import { normaliseTitle } from './tokenize';

/** A hit, and the same programme or policy of other districts folded under it ("다른 구에도 있음"). */
export interface Collapsed {
  row: SearchRow;
  variants: SearchRow[];
}

/** Kinds whose per-district copies are variants of one thing (a facility of another district is another place). */
const VARIANT_KINDS = new Set(['POLICY', 'PROGRAM']);

function variantKey(row: SearchRow): string | null {
  if (!VARIANT_KINDS.has(row.kind)) return null;
  const rest = normaliseTitle(withoutRegionWords(row.title));
  return rest ? `${row.kind}|${row.subtype}|${rest}` : null;
}

/**
 * Folds district variants of one policy or programme (강남구 출산지원금,
 * 송파구 출산지원금 … — the same title once the region names are taken out)
 * into one hit at the place of the best-ranked of them, so twenty copies do
 * not push everything else off the page. The hit shown is the one of a
 * region the parent named (query words, filter or `preferred`), else a
 * city-wide or national one (no 시군구), else the best-ranked; the others
 * are its variants, in rank order.
 */
export function collapseVariants(rows: readonly SearchRow[], preferred: { sido: string[]; sigungu: string[] }): Collapsed[] {
  const out: Collapsed[] = [];
  const groups = new Map<string, Collapsed>();
  const rankOf = (row: SearchRow) => (row.sigungu && preferred.sigungu.includes(row.sigungu) ? 0 : !row.sigungu && row.sido && preferred.sido.includes(row.sido) ? 1 : !row.sigungu ? 2 : 3);
  for (const row of rows) {
    const key = variantKey(row);
    const group = key ? groups.get(key) : undefined;
    if (!group) {
      const fresh = { row, variants: [] };
      out.push(fresh);
      if (key) groups.set(key, fresh);
      continue;
    }
    if (rankOf(row) < rankOf(group.row)) {
      group.variants.unshift(group.row);
      group.row = row;
    } else group.variants.push(row);
  }
  return out;
}
