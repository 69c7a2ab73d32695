/** Longest text field we keep; legacy pages sometimes paste whole documents into one cell. */
export const MAX_TEXT = 20_000;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  tilde: '~',
};

/**
 * Cleans text taken from layout tables: decodes the entities that survive
 * scraping (`&nbsp;`, `&#40;`, even double-escaped `&amp;nbsp;`), turns NBSP
 * and full-width spaces into spaces, drops zero-width characters and the
 * BOM, and collapses the whitespace that table layouts leave around values.
 * Null when nothing is left. At most `max` characters are kept.
 */
export function cleanText(value: string | null | undefined, max = MAX_TEXT): string | null {
  if (value == null) return null;
  const text = decodeEntities(decodeEntities(String(value).slice(0, max * 2)))
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\s]+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
  return text === '' ? null : text;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
