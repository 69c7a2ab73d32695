import type { RecordKind, Stage } from '../../common/record';
import { badInput } from '../../common/errors';
import { programStatusSpellings } from '../../common/program-status';
import { boundedList, validateDay, validatePageSize, validateRegion } from '../common/validation';
import type { FacilityFilter, PolicyFilter, ProgramFilter } from './__generated__/resolvers-types';
import { decodeCursor, type CursorKey } from './cursor';

/** A validated list query, ready for SQL. */
export interface ListQuery {
  kind: RecordKind;
  stages: Stage[] | null;
  sido: string | null;
  sigungu: string | null;
  subtypes: string[] | null;
  specialCare: string[] | null;
  /** Programmes: any of these categories (attrs.category, as published). */
  categories: string[] | null;
  /** Programmes: any of these published status words (common/program-status.ts spellings). */
  statusSpellings: string[] | null;
  /** Facilities: an inspection (attrs.inspections) on or after this day, YYYY-MM-DD. */
  inspectedSince?: string | null;
  /** Facilities: with (true) or without (false) an inspection that found a violation (since inspectedSince when given). */
  hasViolations?: boolean | null;
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
    categories: null,
    statusSpellings: null,
    inspectedSince: validateDay('filter.inspectedSince', filter?.inspectedSince),
    hasViolations: filter?.hasViolations ?? null,
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
    categories: null,
    statusSpellings: null,
    ...paging(first, after, offset),
  };
}

/** A category is a board's word (부모교육, 체험 …): bounded like a name, compared exactly. */
const MAX_CATEGORY = 40;

export function programListQuery(filter: ProgramFilter | null | undefined, first: number | null | undefined, after: string | null | undefined, offset?: number | null): ListQuery {
  const categories = boundedList('filter.categories', filter?.categories?.map((c) => c.trim()));
  if (categories?.some((c) => c === '' || c.length > MAX_CATEGORY)) {
    throw badInput('filter.categories', `분류는 1~${MAX_CATEGORY}자입니다.`, `A category is 1 to ${MAX_CATEGORY} characters.`);
  }
  const statuses = boundedList('filter.statuses', filter?.statuses);
  return {
    kind: 'PROGRAM',
    stages: boundedList('filter.stages', filter?.stages),
    ...validateRegion(filter?.region),
    subtypes: null,
    specialCare: null,
    categories,
    statusSpellings: statuses ? programStatusSpellings(statuses) : null,
    ...paging(first, after, offset),
  };
}
