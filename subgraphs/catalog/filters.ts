import type { Stage } from '../../common/record';
import { badInput } from '../../common/errors';
import { boundedList, validatePageSize, validateRegion } from '../common/validation';
import type { FacilityFilter, PolicyFilter } from './__generated__/resolvers-types';
import { decodeCursor, type CursorKey } from './cursor';

/** A validated list query, ready for SQL. */
export interface ListQuery {
  kind: 'FACILITY' | 'POLICY';
  stages: Stage[] | null;
  sido: string | null;
  sigungu: string | null;
  subtypes: string[] | null;
  specialCare: string[] | null;
  first: number;
  after: CursorKey | null;
  /** Rows skipped (page-numbered clients); 0 with `after`. */
  offset: number;
}

/** Deeper than this, a client should filter (or follow the change feed) instead of paging. */
export const MAX_OFFSET = 100_000;

function paging(first: number | null | undefined, after: string | null | undefined, offset: number | null | undefined) {
  if (offset != null && (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET)) {
    throw badInput('offset', `offset은 0에서 ${MAX_OFFSET} 사이입니다.`, `offset must be between 0 and ${MAX_OFFSET}.`);
  }
  if (offset && after) throw badInput('offset', 'offset과 after는 함께 쓸 수 없습니다.', 'Pass either offset or after, not both.');
  return { first: validatePageSize(first), after: after ? decodeCursor(after) : null, offset: offset ?? 0 };
}

export function facilityListQuery(filter: FacilityFilter | null | undefined, first: number | null | undefined, after: string | null | undefined, offset?: number | null): ListQuery {
  return {
    kind: 'FACILITY',
    stages: boundedList('filter.stages', filter?.stages),
    ...validateRegion(filter?.region),
    subtypes: boundedList('filter.kinds', filter?.kinds),
    specialCare: boundedList('filter.specialCare', filter?.specialCare),
    ...paging(first, after, offset),
  };
}

export function policyListQuery(filter: PolicyFilter | null | undefined, first: number | null | undefined, after: string | null | undefined, offset?: number | null): ListQuery {
  return {
    kind: 'POLICY',
    stages: boundedList('filter.stages', filter?.stages),
    ...validateRegion(filter?.region),
    subtypes: null,
    specialCare: null,
    ...paging(first, after, offset),
  };
}
