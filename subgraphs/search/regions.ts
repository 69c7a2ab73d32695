import { SIDO } from '../../common/regions';

/** A region a query word names: a 시도, or a 시군구 of a 시도. */
export interface RegionHint {
  sido: string;
  sigungu: string | null;
}

/**
 * Every way a query names a region: 시도 names and their short forms (서울,
 * 서울시, 부산), 시군구 names (강남구, 수원시) and their stems when they keep
 * two syllables (강남, 송파, 수원; never 중 for 중구). A stem can name several
 * 시군구 (강서: 서울 강서구 and 부산 강서구): all of them are hints.
 */
const BY_WORD = new Map<string, RegionHint[]>();
const add = (word: string, hint: RegionHint) => {
  const list = BY_WORD.get(word) ?? [];
  if (!list.some((h) => h.sido === hint.sido && h.sigungu === hint.sigungu)) list.push(hint);
  BY_WORD.set(word, list);
};
for (const sido of SIDO) {
  for (const name of [sido.name, ...sido.aliases]) add(name, { sido: sido.name, sigungu: null });
  for (const g of sido.sigungu) {
    add(g.name, { sido: sido.name, sigungu: g.name });
    if ([...g.name].length > 2) add(g.name.slice(0, -1), { sido: sido.name, sigungu: g.name });
  }
}

/** The regions `word` names, or an empty list. */
export function regionHints(word: string): RegionHint[] {
  return BY_WORD.get(word) ?? [];
}

/** Full names of what `word` names (강남 → 강남구), for matching the text of records that spell it out. */
export function regionFullNames(hints: readonly RegionHint[]): string[] {
  return [...new Set(hints.map((h) => h.sigungu ?? h.sido))];
}

/**
 * A title without the region names in it (강남구 출산지원금 → 출산지원금,
 * 노원구 어린이집 입소 상담의 날 → 어린이집 입소 상담의 날): the same
 * programme or policy of another district has the same rest.
 */
export function withoutRegionWords(title: string): string {
  return title
    .split(/\s+/)
    .filter((w) => regionHints(w.replace(/[()[\]·,]/g, '')).length === 0)
    .join(' ');
}
