import { badInput } from '../../common/errors';
import { findSido, findSigungu } from '../../common/regions';

/**
 * Argument checks shared by every subgraph that takes pages or regions, so
 * the same bad input gets the same typed, bilingual error everywhere.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** A filter list longer than every enum is a malformed request, not a search. */
const MAX_LIST = 32;
const MAX_NAME = 40;

export function validatePageSize(first: number | null | undefined): number {
  const value = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput('first', `first는 0에서 ${MAX_PAGE_SIZE} 사이여야 합니다 (받은 값: ${value}).`, `first must be between 0 and ${MAX_PAGE_SIZE} (got ${value}).`);
  }
  return value;
}

/**
 * Resolves a region given in Korean names to the catalog's canonical names.
 * Unknown names are an error, not an empty result: a typo (강서군) must not
 * look like "no centres here".
 */
export function validateRegion(region: { sido: string; sigungu?: string | null } | null | undefined): { sido: string | null; sigungu: string | null } {
  if (!region) return { sido: null, sigungu: null };
  const sidoName = region.sido.trim().slice(0, MAX_NAME);
  const sido = findSido(sidoName);
  if (!sido) {
    throw badInput('filter.region.sido', `알 수 없는 시도입니다: ${sidoName}`, `Unknown region (sido): ${sidoName}`);
  }
  if (region.sigungu == null || region.sigungu.trim() === '') return { sido: sido.name, sigungu: null };
  const sigunguName = region.sigungu.trim().slice(0, MAX_NAME);
  const sigungu = findSigungu(sido.name, sigunguName);
  if (!sigungu) {
    throw badInput('filter.region.sigungu', `${sido.name}에 없는 시군구입니다: ${sigunguName}`, `Unknown region: ${sigunguName} is not a district of ${sido.name}`);
  }
  return { sido: sido.name, sigungu: sigungu.name };
}

export function boundedList<T>(field: string, list: readonly T[] | null | undefined): T[] | null {
  if (list == null || list.length === 0) return null;
  if (list.length > MAX_LIST) throw badInput(field, `${field} 값이 너무 많습니다 (최대 ${MAX_LIST}개).`, `Too many values in ${field} (at most ${MAX_LIST}).`);
  return [...new Set(list)];
}

/** A calendar day YYYY-MM-DD that exists (2026-02-30 does not): the inspection filters of facilities(filter:) and search(filter:). */
export function validateDay(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) throw badInput(field, '날짜는 YYYY-MM-DD 형식입니다.', 'A day is YYYY-MM-DD.');
  return value;
}
