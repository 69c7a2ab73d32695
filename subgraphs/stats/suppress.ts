/**
 * Small-cell suppression (issue 20: "a cell with fewer than 5 people is
 * suppressed and marked"). A figure that counts people — children enrolled,
 * applicants waiting, offers — of 1 to 4 is withheld; so is every figure
 * derived from it that would give it back (free seats = capacity − enrolled,
 * occupancy = enrolled ÷ capacity, applicants per seat, hours to offer).
 * Zero reveals nobody and is shown.
 */
export const MIN_PEOPLE = 5;

export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export const isSmall = (people: number): boolean => people > 0 && people < MIN_PEOPLE;

/** `value` unless one of the people counts it derives from is small. */
export function figure(value: number | null, ...people: number[]): Figure {
  return people.some(isSmall) ? { value: null, suppressed: true } : { value, suppressed: false };
}
