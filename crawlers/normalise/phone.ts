/** Longest cell looked at: a phone cell sometimes holds several numbers and a note. */
const MAX_INPUT = 100;

/**
 * One phone number as Korean public sites publish it → `02-123-4567`.
 * Copes with `02)123-4567`, `(02)123-4567`, `0212345678`, ` 02 . 123 . 4567`,
 * `024313535` (LOCALDATA drops separators), `+82-2-123-4567`, mobiles
 * (`010-1234-5678`), 070/050x and nationwide `1588-1234` numbers. When a cell
 * holds several (`02-123-4567, 02-123-4568` or `… (내선 12)`), the first wins.
 * Null for anything that is not a plausible number.
 *
 * `localAreaCode`: the area code of a source that publishes local numbers
 * without it (Seoul LOCALDATA has `2246-2001`, `355-0069`); without it such
 * numbers are null, never guessed.
 */
export function normalisePhone(value: string | null | undefined, options: { localAreaCode?: string } = {}): string | null {
  if (value == null) return null;
  const text = value
    .slice(0, MAX_INPUT)
    .replace(/\+\s*82[\s.\-)]*(?:\(0\))?/g, '0')
    .replace(/[^\d]+/g, (sep) => (/^[\s.\-()]+$/.test(sep) && sep.length <= 5 ? '' : ' '));
  const local = options.localAreaCode && /^0\d{1,3}$/.test(options.localAreaCode) ? options.localAreaCode : null;
  for (const chunk of text.split(' ')) {
    const withArea = local && /^[2-9]\d{6,7}$/.test(chunk) && !/^1[5-9]\d{6}$/.test(chunk) ? `${local}${chunk}` : chunk;
    const formatted = formatDigits(withArea);
    if (formatted) return formatted;
  }
  return null;
}

function formatDigits(raw: string): string | null {
  // `0202…` from `+82-02-…` written with the leading 0 kept.
  const digits = raw.startsWith('002') ? raw.slice(1) : raw;
  if (/^1[5-9]\d{6}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  const area = areaCode(digits);
  if (!area) return null;
  const rest = digits.slice(area.length);
  if (rest.length === 7) return `${area}-${rest.slice(0, 3)}-${rest.slice(3)}`;
  if (rest.length === 8) return `${area}-${rest.slice(0, 4)}-${rest.slice(4)}`;
  return null;
}

/** 02 Seoul; 031–033, 041–044, 051–055, 061–064 regions; 010–019 mobile; 070 internet; 050x personal; 080 toll-free. */
function areaCode(digits: string): string | null {
  if (digits.startsWith('02')) return '02';
  const four = /^050\d/.exec(digits);
  if (four) return four[0];
  const three = /^0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4]|1[016789]|70|80)/.exec(digits);
  return three ? three[0] : null;
}
