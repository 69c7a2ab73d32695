import type { CenterType, SpecialCare } from '../../common/record';

/** Longest label or list looked at. */
const MAX_LABEL = 40;
const MAX_LIST = 500;

/**
 * Source labels → our enums. Labels are compared with all separators
 * removed, because sources lose or vary them: the Seoul CSV writes
 * 법인·단체등 as `법인?단체등` (the middle dot did not survive a CP949 round
 * trip), others use ㆍ, ・, ･ or U+FFFD for it.
 */
const squash = (s: string) => s.normalize('NFC').replace(/[\s·?ㆍ・･‧\ufffd.,/()\-_]/g, '');

const CENTER_TYPE_LABELS: Record<string, CenterType> = {
  국공립: 'NATIONAL_PUBLIC',
  사회복지법인: 'SOCIAL_WELFARE_CORPORATION',
  법인단체등: 'CORPORATION_ORGANIZATION',
  법인단체: 'CORPORATION_ORGANIZATION',
  민간: 'PRIVATE',
  가정: 'HOME',
  협동: 'COOPERATIVE',
  부모협동: 'COOPERATIVE',
  직장: 'WORKPLACE',
};

/** 어린이집유형 → CenterType; null for a label we do not know (never guessed). `민간어린이집` works too. */
export function mapCenterType(label: string | null | undefined): CenterType | null {
  if (!label) return null;
  const key = squash(label.slice(0, MAX_LABEL)).replace(/어린이집$/, '');
  return Object.prototype.hasOwnProperty.call(CENTER_TYPE_LABELS, key) ? CENTER_TYPE_LABELS[key]! : null;
}

/** 제공서비스 values of the Seoul data and the special-care words other sites use. 일반 means none. */
const SPECIAL_CARE_LABELS: Record<string, SpecialCare | null> = {
  일반: null,
  야간연장형: 'NIGHT',
  야간연장: 'NIGHT',
  야간: 'NIGHT',
  장애아통합: 'DISABLED_INTEGRATED',
  장애아전문: 'DISABLED_SPECIALIZED',
  시간제보육: 'HOURLY',
  시간제: 'HOURLY',
  휴일보육: 'HOLIDAY',
  휴일: 'HOLIDAY',
  영아전담: 'INFANT_SPECIALIZED',
  영아전문: 'INFANT_SPECIALIZED',
  방과후통합: 'AFTER_SCHOOL',
  방과후전담: 'AFTER_SCHOOL',
  방과후: 'AFTER_SCHOOL',
  '24시간': 'TWENTY_FOUR_HOURS',
  시간연장: 'EXTENDED_HOURS',
  시간연장형: 'EXTENDED_HOURS',
  다문화: 'MULTICULTURAL',
  긴급: 'EMERGENCY',
  긴급보육: 'EMERGENCY',
};

/**
 * Splits a `,` `/` `|` `·` list of special-care labels (the CSV's
 * `제공서비스`: `야간연장형,장애아통합`); returns the flags, deduped in
 * first-seen order, and the labels it did not know so the caller can report
 * them (they are never guessed into a flag).
 */
export function mapSpecialCare(value: string | null | undefined): { flags: SpecialCare[]; unknown: string[] } {
  const flags: SpecialCare[] = [];
  const unknown: string[] = [];
  for (const part of (value ?? '').slice(0, MAX_LIST).split(/[,/|·ㆍ]/)) {
    const key = squash(part);
    if (!key) continue;
    if (!Object.prototype.hasOwnProperty.call(SPECIAL_CARE_LABELS, key)) {
      if (!unknown.includes(part.trim())) unknown.push(part.trim());
      continue;
    }
    const flag = SPECIAL_CARE_LABELS[key];
    if (flag && !flags.includes(flag)) flags.push(flag);
  }
  return { flags, unknown };
}
