import { z } from 'zod';
import { badInput } from '../../common/errors';
import { CENTER_TYPES, FACILITY_KINDS, SPECIAL_CARE, type SpecialCare } from '../../common/record';
import { boundedList, validateRegion } from '../common/validation';
import { specialCareBit } from './layout';
import type { FacilityFilterValues, StatsRange } from './store';

/** The longest range one query may ask for: two years of days. */
export const MAX_RANGE_DAYS = 731;

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v);

const rangeSchema = z.object({
  from: dateString,
  to: dateString,
  granularity: z.enum(['DAY', 'WEEK', 'MONTH']).nullish(),
});

export function validateRange(input: unknown, field = 'range'): StatsRange {
  const parsed = rangeSchema.safeParse(input);
  if (!parsed.success) {
    const path = [field, ...parsed.error.issues[0]!.path].join('.');
    throw badInput(path, `${path}: 날짜는 YYYY-MM-DD 형식이어야 합니다.`, `${path}: dates must be YYYY-MM-DD.`);
  }
  const { from, to } = parsed.data;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days < 1) throw badInput(`${field}.to`, '기간의 끝이 시작보다 앞섭니다.', 'The range ends before it starts.');
  if (days > MAX_RANGE_DAYS) throw badInput(`${field}.to`, `기간은 최대 ${MAX_RANGE_DAYS}일입니다.`, `A range spans at most ${MAX_RANGE_DAYS} days.`);
  return { from, to, granularity: (parsed.data.granularity ?? 'DAY').toLowerCase() as StatsRange['granularity'] };
}

export interface FacilityFilterInput {
  region?: { sido: string; sigungu?: string | null } | null;
  kinds?: readonly string[] | null;
  centerTypes?: readonly string[] | null;
  specialCare?: readonly string[] | null;
}

function known(field: string, list: string[] | null, allowed: Record<string, string>): string[] | null {
  for (const v of list ?? []) if (!(v in allowed)) throw badInput(field, `알 수 없는 값입니다: ${v.slice(0, 40)}`, `Unknown value: ${v.slice(0, 40)}`);
  return list;
}

export function validateFacilityFilter(filter: FacilityFilterInput | null | undefined): FacilityFilterValues {
  const region = validateRegion(filter?.region ?? null);
  const kinds = known('filter.kinds', boundedList('filter.kinds', filter?.kinds), FACILITY_KINDS);
  const centerTypes = known('filter.centerTypes', boundedList('filter.centerTypes', filter?.centerTypes), CENTER_TYPES);
  const flags = known('filter.specialCare', boundedList('filter.specialCare', filter?.specialCare), SPECIAL_CARE) ?? [];
  return { ...region, kinds, centerTypes, specialCareMask: flags.reduce((m, f) => m | specialCareBit(f as SpecialCare), 0) };
}
