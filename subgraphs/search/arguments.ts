import { badInput } from '../../common/errors';
import { boundedList, validateDay, validatePageSize, validateRegion } from '../common/validation';
import { MAX_QUERY_LENGTH } from './query';
import type { NearSql, QuestionScope, SearchFilterSql } from './store';

/** Relevance pages are offsets; deeper than this, a parent should narrow the search instead. */
export const MAX_OFFSET = 1000;
const MAX_RADIUS_KM = 100;

export interface SearchArgs {
  query?: string | null;
  filter?: {
    stages?: string[] | null;
    recordKinds?: string[] | null;
    kinds?: string[] | null;
    region?: { sido: string; sigungu?: string | null } | null;
    specialCare?: string[] | null;
    vacancy?: { ageClass?: number | null } | null;
    openAt?: string | null;
    applicationOpen?: boolean | null;
    inspectedSince?: string | null;
    hasViolations?: boolean | null;
    questions?: QuestionScope | null;
  } | null;
  near?: { lat: number; lng: number; radiusKm?: number | null } | null;
  sort?: 'RELEVANCE' | 'DISTANCE' | 'NAME' | null;
  first?: number | null;
  after?: string | null;
}

export function encodeOffset(offset: number): string {
  return Buffer.from(`s1:${offset}`, 'utf8').toString('base64url');
}

export function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const text = cursor.length <= 64 && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^s1:(\d{1,6})$/.exec(text);
  if (!match) throw badInput('after', '잘못된 커서입니다: 이전 응답의 endCursor를 그대로 사용하세요.', 'Malformed cursor: pass an endCursor from a previous response unchanged.');
  const offset = Number(match[1]);
  if (offset > MAX_OFFSET) throw badInput('after', `검색 결과는 ${MAX_OFFSET}번째까지만 볼 수 있습니다. 조건을 좁혀 주세요.`, `Search pages stop at result ${MAX_OFFSET}; narrow the search.`);
  return offset;
}

export function validateQuery(query: string | null | undefined): string | null {
  if (query == null) return null;
  if (query.length > MAX_QUERY_LENGTH) throw badInput('query', `검색어는 ${MAX_QUERY_LENGTH}자까지입니다.`, `The query is limited to ${MAX_QUERY_LENGTH} characters.`);
  const trimmed = query.trim();
  return trimmed === '' ? null : trimmed;
}

export function validateNear(near: SearchArgs['near']): NearSql | null {
  if (!near) return null;
  const radiusKm = near.radiusKm ?? 5;
  if (!(Math.abs(near.lat) <= 90) || !(Math.abs(near.lng) <= 180)) throw badInput('near', '좌표가 올바르지 않습니다.', 'Invalid coordinates.');
  if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) throw badInput('near.radiusKm', `반경은 0보다 크고 ${MAX_RADIUS_KM}km 이하여야 합니다.`, `radiusKm must be above 0 and at most ${MAX_RADIUS_KM}.`);
  return { lat: near.lat, lng: near.lng, radiusKm };
}

export function validateFilter(filter: SearchArgs['filter'], today: string): SearchFilterSql {
  const age = filter?.vacancy?.ageClass;
  if (age != null && !(Number.isInteger(age) && age >= 0 && age <= 5)) throw badInput('filter.vacancy.ageClass', '연령반은 만 0세에서 5세 사이입니다.', 'ageClass must be 0 to 5.');
  const openAt = filter?.openAt ?? null;
  if (openAt !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(openAt)) throw badInput('filter.openAt', '시간은 HH:MM 형식입니다 (예: 19:30).', 'openAt must be HH:MM (e.g. 19:30).');
  return {
    stages: boundedList('filter.stages', filter?.stages),
    recordKinds: boundedList('filter.recordKinds', filter?.recordKinds),
    subtypes: boundedList('filter.kinds', filter?.kinds),
    ...validateRegion(filter?.region),
    specialCare: boundedList('filter.specialCare', filter?.specialCare),
    vacancy: filter?.vacancy ? { age: age ?? null } : null,
    openAt,
    applicationOpenOn: filter?.applicationOpen ? today : null,
    inspectedSince: validateDay('filter.inspectedSince', filter?.inspectedSince),
    hasViolations: filter?.hasViolations ?? null,
    questions: filter?.questions ?? 'EXCLUDE',
  };
}

export { validatePageSize };
