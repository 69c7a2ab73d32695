/**
 * Dates as Korean public sites write them → ISO `YYYY-MM-DD`:
 * `2024.03.01`, `2024-03-01`, `2024/3/1`, `20240301`, `2024년 3월 1일`,
 * `'25.2.24.` (two-digit year). Null when it is not a real date.
 */
export function parseKoreanDate(value: string | null | undefined, fallbackYear?: number): string | null {
  if (value == null) return null;
  const text = value.slice(0, 40).trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) m = /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/.exec(text);
  if (!m) {
    const short = /'(\d{2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})/.exec(text);
    if (short) m = [short[0], `20${short[1]}`, short[2]!, short[3]!] as unknown as RegExpExecArray;
  }
  if (!m && fallbackYear) {
    const monthDay = /^(\d{1,2})\s*[.월]\s*(\d{1,2})/.exec(text);
    if (monthDay) m = [monthDay[0], String(fallbackYear), monthDay[1]!, monthDay[2]!] as unknown as RegExpExecArray;
  }
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `09시00분~20시00분`, `09:00~20:00`, `9시~18시` → opening hours with `HH:MM` ends. */
export function parseHours(value: string | null | undefined): { text: string; open: string | null; close: string | null } | null {
  if (value == null || value.trim() === '') return null;
  const text = value.slice(0, 100).trim();
  const times = [...text.matchAll(/(\d{1,2})\s*(?:시|:)\s*(\d{1,2})?\s*분?/g)].map((m) => {
    const h = Number(m[1]);
    const min = Number(m[2] ?? 0);
    return h <= 24 && min < 60 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
  });
  return { text, open: times[0] ?? null, close: times[1] ?? null };
}
