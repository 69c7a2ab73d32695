/**
 * Korean phone numbers as published (`02)123-4567`, `02-123-4567`,
 * `0212345678`, `02 . 123 . 4567`, `024313535`) → `02-123-4567`.
 * Returns null for anything that is not a plausible number.
 */
export function normalisePhone(value: string | null | undefined): string | null {
  if (value == null) return null;
  const digits = value.slice(0, 40).replace(/[^\d]/g, '');
  if (digits.length < 8 || digits.length > 12) return null;
  // 1588-1234 style nationwide numbers.
  if (/^1[5-9]\d{6}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  if (digits.startsWith('02')) {
    const rest = digits.slice(2);
    if (rest.length === 7) return `02-${rest.slice(0, 3)}-${rest.slice(3)}`;
    if (rest.length === 8) return `02-${rest.slice(0, 4)}-${rest.slice(4)}`;
    return null;
  }
  if (/^0(1\d|[3-6]\d|70|50\d?)/.test(digits)) {
    const area = digits.startsWith('050') && digits.length === 12 ? digits.slice(0, 4) : digits.slice(0, 3);
    const rest = digits.slice(area.length);
    if (rest.length === 7) return `${area}-${rest.slice(0, 3)}-${rest.slice(3)}`;
    if (rest.length === 8) return `${area}-${rest.slice(0, 4)}-${rest.slice(4)}`;
  }
  return null;
}
