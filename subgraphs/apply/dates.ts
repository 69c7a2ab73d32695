import { badInput } from '../../common/errors';
import { KST_OFFSET_MS, kstDate } from '../../common/kst';

export { kstDate };

/** The UTC instant of a KST wall-clock time on a KST date (`2025-03-01`, 12 → 03:00Z). */
export function kstInstant(date: string, hour = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - KST_OFFSET_MS + hour * 3600_000);
}

export function parseDate(field: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput(field, `${field}: YYYY-MM-DD 형식의 날짜가 필요합니다.`, `${field}: expected a date YYYY-MM-DD.`);
  }
  return value;
}

export function parseInstant(field: string, value: string): Date {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw badInput(field, `${field}: ISO 8601 시각이 필요합니다.`, `${field}: expected an ISO 8601 timestamp.`);
  return new Date(t);
}

/**
 * Age class (만N세반) for an admission year. The 보육사업안내 assigns classes
 * by birth year, not by the birthday: for the 2024 year 만0세반 is "born
 * 2023-01-01 or later", 만1세반 "born in 2022", … so class = year − birth year − 1
 * (a child born in the admission year itself is also 만0세반). Null past 만5세반.
 */
export function ageClassFor(birthDate: string, admissionYear: number): number | null {
  const birthYear = Number(birthDate.slice(0, 4));
  const ageClass = Math.max(0, admissionYear - birthYear - 1);
  return ageClass > 5 ? null : ageClass;
}

/** Completed months of age at an instant (for care-slot eligibility, 6–36 months for 시간제보육). */
export function ageInMonths(birthDate: string, at: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = kstDate(at).split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}
