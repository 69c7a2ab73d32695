import { AGES, DAY } from './layout';

/**
 * A facility's free seats from its day row (layout.ts DAY), by the rule of the
 * centre's public freeSeats field (subgraphs/lifecycle/base-resolvers.ts
 * centreFreeSeats, issue 21: "69 free seats while every age class shows 0"):
 * - every age class the facility publishes has a known capacity and enrolment:
 *   the classes' free seats summed, or 정원 − 현원 when that is known and smaller;
 * - otherwise (no classes, or one with a figure missing): 정원 − 현원, unknown
 *   when either is.
 *
 * "Publishes" read from the row: the writer files an age's capacity and
 * enrolment from attrs.ageClasses, -1 where the list has no number, so an age
 * with either figure ≥ 0 is a published class and an age with both -1 is a
 * class the list does not have (a centre without ageClasses has -1 at every
 * age and falls back to 정원 − 현원). The row keeps ages 0–5 only, the age
 * classes of AgeClass (common/record.ts).
 *
 * One rule, written twice: in TypeScript for a facility's trend and in SQL for
 * the cell sums; free-seats.test.ts holds them to each other and to centreFreeSeats.
 */

/** What the row says for free seats; classes: the classes' free seats and enrolment when they are the basis. */
export interface DayFreeSeats {
  freeSeats: number | null;
  classes: { freeSeats: number; enrolled: number } | null;
}

export function dayFreeSeats(at: (position: number) => number): DayFreeSeats {
  const capacity = at(DAY.capacity);
  const enrolled = at(DAY.enrolled);
  const capacityFree = capacity >= 0 && enrolled >= 0 ? Math.max(0, capacity - enrolled) : null;
  const published = AGES.filter((a) => at(DAY.capacityAge(a)) >= 0 || at(DAY.enrolledAge(a)) >= 0);
  if (published.length === 0 || !published.every((a) => at(DAY.capacityAge(a)) >= 0 && at(DAY.enrolledAge(a)) >= 0)) {
    return { freeSeats: capacityFree, classes: null };
  }
  const classes = published.reduce(
    (n, a) => ({ freeSeats: n.freeSeats + Math.max(0, at(DAY.capacityAge(a)) - at(DAY.enrolledAge(a))), enrolled: n.enrolled + at(DAY.enrolledAge(a)) }),
    { freeSeats: 0, enrolled: 0 },
  );
  if (capacityFree !== null && capacityFree < classes.freeSeats) return { freeSeats: capacityFree, classes: null };
  return { freeSeats: classes.freeSeats, classes };
}

/**
 * The same as a SQL expression over the smallint[] row `v` (e.g. `d.v`): an
 * integer, null when unknown. Integer arithmetic: six classes of up to 32767
 * seats overflow smallint. (No aggregate inside: CELL_VALUE counts its sums.)
 */
export function dayFreeSeatsSql(v: string): string {
  const at = (i: number) => `${v}[${i}]::int`;
  const capacityFree = `case when ${at(DAY.capacity)} >= 0 and ${at(DAY.enrolled)} >= 0 then greatest(${at(DAY.capacity)} - ${at(DAY.enrolled)}, 0) end`;
  const anyPublished = AGES.map((a) => `${at(DAY.capacityAge(a))} >= 0 or ${at(DAY.enrolledAge(a))} >= 0`).join(' or ');
  // An age is complete when both figures are known or both are not (not published).
  const allComplete = AGES.map((a) => `(${at(DAY.capacityAge(a))} >= 0) = (${at(DAY.enrolledAge(a))} >= 0)`).join(' and ');
  const inClasses = AGES.map(
    (a) => `case when ${at(DAY.capacityAge(a))} >= 0 and ${at(DAY.enrolledAge(a))} >= 0 then greatest(${at(DAY.capacityAge(a))} - ${at(DAY.enrolledAge(a))}, 0) else 0 end`,
  ).join(' + ');
  // least() ignores a null: with 정원 − 현원 unknown the classes' sum stands, as in centreFreeSeats.
  return `(case when (${anyPublished}) and ${allComplete} then least(${inClasses}, ${capacityFree}) else ${capacityFree} end)`;
}
