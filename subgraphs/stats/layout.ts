import { SPECIAL_CARE, type SpecialCare } from '../../common/record';

/**
 * The compact day layouts of store/migrations/0030_history_stats.sql in one
 * place: positions in `stats.facility_day.v` (smallint[21]) and in
 * `stats.cell_day.s` (integer[29]), 1-based as SQL arrays are.
 */
export const AGES = [0, 1, 2, 3, 4, 5] as const;

export const DAY = {
  status: 1,
  capacity: 2,
  enrolled: 3,
  capacityAge: (age: number) => 4 + age,
  enrolledAge: (age: number) => 10 + age,
  waitingAge: (age: number) => 16 + age,
  length: 21,
} as const;

export const CELL = {
  facilities: 1,
  active: 2,
  capacity: 3,
  enrolled: 4,
  free: 5,
  capacityAge: (age: number) => 6 + age,
  enrolledAge: (age: number) => 12 + age,
  freeAge: (age: number) => 18 + age,
  waitingAge: (age: number) => 24 + age,
  length: 29,
} as const;

/** Bit i of `special_care` is the i-th flag of SPECIAL_CARE (append new flags at the end: stored masks keep their meaning). */
export const SPECIAL_CARE_BITS = Object.keys(SPECIAL_CARE) as SpecialCare[];

export function specialCareBit(flag: SpecialCare): number {
  const i = SPECIAL_CARE_BITS.indexOf(flag);
  if (i < 0) throw new Error(`unknown special care ${flag}`);
  return 1 << i;
}

/** smallint bound: a figure beyond it is a source error, kept as the bound rather than failing the day. */
export const SMALLINT_MAX = 32767;
