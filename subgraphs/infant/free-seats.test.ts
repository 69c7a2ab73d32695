import type { AgeClass } from '../../common/record';
import type { CatalogRow } from '../lifecycle/row';
import { infantFields } from './resolvers';

/**
 * ChildcareCenter.freeSeats agrees with its age classes (issue 21: a centre
 * showed 69 free seats while every age class showed 0), or says why not.
 */
const F = infantFields.ChildcareCenter;
const row = (capacity: number | null, enrolled: number | null, ageClasses?: AgeClass[]) => ({ capacity, enrolled, attrs: ageClasses ? { ageClasses } : {} }) as unknown as CatalogRow;
const seats = (r: CatalogRow) => ({
  freeSeats: F.freeSeats(r),
  basis: F.freeSeatsBasis(r),
  capacityFreeSeats: F.capacityFreeSeats(r),
  classes: (F.ageClasses(r) as { freeSeats: number | null }[]).map((c) => c.freeSeats),
});

test('the issue’s centre: 정원 100, 현원 31, every class full → 0 free seats, 69 licensed places unfilled', () => {
  const full: AgeClass[] = [0, 1, 2, 3, 4, 5].map((age) => ({ age, classes: 1, enrolled: age < 1 ? 3 : 5 + (age === 5 ? 3 : 0), capacity: age < 1 ? 3 : 5 + (age === 5 ? 3 : 0) }));
  expect(full.reduce((n, c) => n + c.enrolled, 0)).toBe(31);
  expect(seats(row(100, 31, full))).toEqual({ freeSeats: 0, basis: 'AGE_CLASSES', capacityFreeSeats: 69, classes: [0, 0, 0, 0, 0, 0] });
});

test('freeSeats is the sum of the age classes whenever every class has a capacity', () => {
  const r = row(60, 40, [
    { age: 1, classes: 2, enrolled: 8, capacity: 10 },
    { age: 2, classes: 1, enrolled: 7, capacity: 7 },
    { age: 3, classes: 1, enrolled: 20, capacity: 15 }, // over its capacity: 0, not −5
  ]);
  const s = seats(r);
  expect(s).toEqual({ freeSeats: 2, basis: 'AGE_CLASSES', capacityFreeSeats: 20, classes: [2, 0, 0] });
  expect(s.freeSeats).toBe(s.classes.reduce((n, c) => n! + c!, 0));
});

test('without complete age classes it says so: 정원 − 현원 with basis CAPACITY, or null with no basis', () => {
  expect(seats(row(50, 45))).toEqual({ freeSeats: 5, basis: 'CAPACITY', capacityFreeSeats: 5, classes: [] });
  expect(seats(row(50, 45, [{ age: 1, classes: 1, enrolled: 5, capacity: null }, { age: 2, classes: 1, enrolled: 7, capacity: 7 }]))).toEqual({
    freeSeats: 5,
    basis: 'CAPACITY',
    capacityFreeSeats: 5,
    classes: [null, 0],
  });
  expect(seats(row(null, 10))).toEqual({ freeSeats: null, basis: null, capacityFreeSeats: null, classes: [] });
});

test('a class with room in a centre whose licence is full: no free seat, basis CAPACITY', () => {
  // 정원 20, 현원 25 (over capacity, as real data has), yet the 만0세반 shows a free place.
  const r = row(20, 25, [{ age: 0, classes: 1, enrolled: 2, capacity: 3 }, { age: 1, classes: 1, enrolled: 5, capacity: 5 }]);
  expect(seats(r)).toEqual({ freeSeats: 0, basis: 'CAPACITY', capacityFreeSeats: 0, classes: [1, 0] });
});
