import type { Stage } from '../../common/record';
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
}

export function facilityListQuery(filter: FacilityFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): ListQuery {
  return {
    kind: 'FACILITY',
    stages: boundedList('filter.stages', filter?.stages),
    ...validateRegion(filter?.region),
    subtypes: boundedList('filter.kinds', filter?.kinds),
    specialCare: boundedList('filter.specialCare', filter?.specialCare),
    first: validatePageSize(first),
    after: after ? decodeCursor(after) : null,
  };
}

export function policyListQuery(filter: PolicyFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): ListQuery {
  return {
    kind: 'POLICY',
    stages: boundedList('filter.stages', filter?.stages),
    ...validateRegion(filter?.region),
    subtypes: null,
    specialCare: null,
    first: validatePageSize(first),
    after: after ? decodeCursor(after) : null,
  };
}
