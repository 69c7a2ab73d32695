/** Longest text field we keep; legacy pages sometimes paste whole documents into one cell. */
export const MAX_TEXT = 20_000;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·' };

/**
 * Cleans text taken from layout tables: decodes leftover entities, turns
 * NBSP/full-width spaces into spaces, drops zero-width characters, and
 * collapses the whitespace that table layouts leave around values.
 */
export function cleanText(value: string | null | undefined, max = MAX_TEXT): string | null {
  if (value == null) return null;
  const text = value
    .slice(0, max * 2)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u00a0\u3000\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max);
  return text === '' ? null : text;
}

/** A non-negative integer from a cell like `1,234`, `12명`, ` 7 `; null when there is none. */
export function parseCount(value: string | null | undefined): number | null {
  if (value == null) return null;
  const match = /-?\d[\d,]*/.exec(value.slice(0, 64));
  if (!match) return null;
  const n = Number(match[0].replace(/,/g, ''));
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
