/**
 * Masks a Korean name for anyone but the parent: the first and last syllables
 * stay, the middle becomes `*` (홍길동 → 홍*동, 남궁민수 → 남**수, 이솔 → 이*).
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** A phone number fit for logs: 010-****-5678. Never log the number in clear. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '***';
  return `${digits.slice(0, 3)}-****-${digits.slice(-4)}`;
}
