import { z } from 'zod';

/**
 * Rules for editor-written text. Everything editors write is shown as plain
 * text by every client (apps, partner portals, the Open API's XML), so markup
 * is refused rather than escaped: a `<b>` an editor meant as bold would show
 * as literal tags on a partner's page.
 */

/** A tag (`<b>`, `</p>`, `<!--`, `<?xml`) or a character reference (`&amp;`, `&#60;`). `a < b` stays allowed. */
const MARKUP = /<[a-zA-Z/!?]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;
/** Control characters other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Bilingual messages of the custom checks below, by the key each check reports. */
export const CHECK_MESSAGES = {
  html: { ko: 'HTML이나 문자 참조(&amp; 등)는 쓸 수 없습니다. 일반 텍스트로 적어 주세요.', en: 'HTML and character references (&amp; …) are not allowed: write plain text.' },
  control: { ko: '제어 문자는 쓸 수 없습니다.', en: 'Control characters are not allowed.' },
  blank: { ko: '빈 값은 쓸 수 없습니다 (지우려면 null).', en: 'Must not be blank (use null to clear).' },
  url: { ko: 'http(s) 주소여야 합니다.', en: 'Must be an http(s) URL.' },
  date: { ko: '날짜는 YYYY-MM-DD 형식이어야 합니다.', en: 'Dates are YYYY-MM-DD.' },
  time: { ko: '시각은 HH:MM 형식이어야 합니다.', en: 'Times are HH:MM.' },
  timeRange: { ko: '닫는 시각은 여는 시각보다 늦어야 합니다 (자정까지는 24:00).', en: 'Close must be after open (24:00 for midnight).' },
  phone: { ko: '전화번호 형식이 아닙니다.', en: 'Not a phone number.' },
  region: { ko: '알 수 없는 시도 또는 시군구입니다.', en: 'Unknown sido or sigungu.' },
  range: { ko: '최솟값이 최댓값보다 클 수 없습니다.', en: 'The minimum must not exceed the maximum.' },
  duplicateId: { ko: '기준 id가 중복됩니다.', en: 'Criterion ids must be unique.' },
} as const;

export type CheckKey = keyof typeof CHECK_MESSAGES;

/** Plain text of 1…max characters (after trimming), without markup or control characters. */
export function plainText(max: number) {
  return z
    .string()
    .max(max)
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => value.length > 0, { message: 'blank' satisfies CheckKey })
    .refine((value) => !MARKUP.test(value), { message: 'html' satisfies CheckKey })
    .refine((value) => !CONTROL.test(value), { message: 'control' satisfies CheckKey });
}

/** An http(s) URL without credentials. */
export function webUrl(max = 500) {
  return z
    .string()
    .max(max)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
      } catch {
        return false;
      }
    }, { message: 'url' satisfies CheckKey });
}

/** `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date' satisfies CheckKey });

/** `HH:MM`, 00:00–24:00. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'time' satisfies CheckKey });

/** Korean phone numbers as sites publish them: digits, dashes, parentheses, spaces, optional +82. */
export const phoneNumber = z
  .string()
  .max(40)
  .refine((value) => /^\+?[\d\-() ]+$/.test(value) && value.replace(/\D/g, '').length >= 7, { message: 'phone' satisfies CheckKey });
