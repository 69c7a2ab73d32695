import type { EmploymentStatus, HouseholdFlag } from './criteria';
import { birthWithin, type Draft } from './extract-text';

/**
 * Criteria from the structured fields the portals publish: 보조금24
 * `supportConditions` (one "Y" flag per JA code, JA0110/JA0111 the target
 * age in years) and 복지로 `trgterIndvdlArray` (가구상황 names). Codes and
 * names are from DOMAIN.md; each criterion's evidence is the code
 * (`JA0403=Y`) or the name.
 *
 * 복지로 `lifeArray` (영유아, 아동, 임신 · 출산 …) is a life-stage tag for
 * browsing, not a condition: it gives no bounds, so no criterion is made of
 * it (the stages already come from it).
 */

export interface StructuredFound {
  drafts: Draft[];
  field: string;
  text: string;
}

const flag = (f: HouseholdFlag): Draft => ({ kind: 'HOUSEHOLD', flag: f });
const employment = (status: EmploymentStatus): Draft => ({ kind: 'EMPLOYMENT', status });
const other = (text: string): Draft => ({ kind: 'OTHER', text });
const grades = (minGrade: number, maxGrade: number): Draft => ({ kind: 'AGE', subject: 'CHILD', minGrade, maxGrade });

/** JA condition codes of 보조금24 with the criteria they state (alternatives within one code: 한부모·조손). */
export const JA_CODES: Record<string, { label: string; group: 'SEX' | 'PERSON' | 'HOUSEHOLD' | 'SCHOOL'; drafts: Draft[] }> = {
  JA0101: { label: '남성', group: 'SEX', drafts: [other('남성')] },
  JA0102: { label: '여성', group: 'SEX', drafts: [other('여성')] },
  JA0301: { label: '예비부모·난임', group: 'PERSON', drafts: [other('예비부모·난임')] },
  // 임산부: pregnant or within 6 months of the birth (모자보건법 제2조).
  JA0302: { label: '임산부', group: 'PERSON', drafts: [{ kind: 'PREGNANCY' }, birthWithin({ maxMonths: 5 })] },
  JA0303: { label: '출산·입양', group: 'PERSON', drafts: [birthWithin({ maxMonths: 11 }, true)] },
  JA0317: { label: '초등학생', group: 'SCHOOL', drafts: [grades(1, 6)] },
  JA0318: { label: '중학생', group: 'SCHOOL', drafts: [grades(7, 9)] },
  JA0319: { label: '고등학생', group: 'SCHOOL', drafts: [grades(10, 12)] },
  JA0320: { label: '대학생', group: 'SCHOOL', drafts: [other('대학생')] },
  JA0326: { label: '근로자', group: 'PERSON', drafts: [employment('EMPLOYED')] },
  JA0327: { label: '구직자', group: 'PERSON', drafts: [employment('JOB_SEEKER')] },
  JA0328: { label: '장애인', group: 'PERSON', drafts: [flag('DISABILITY')] },
  JA0329: { label: '보훈대상자', group: 'PERSON', drafts: [other('보훈대상자')] },
  JA0330: { label: '질병', group: 'PERSON', drafts: [other('질병')] },
  JA0401: { label: '다문화가족', group: 'HOUSEHOLD', drafts: [flag('MULTICULTURAL')] },
  JA0402: { label: '북한이탈주민', group: 'HOUSEHOLD', drafts: [flag('NORTH_KOREAN_DEFECTOR')] },
  JA0403: { label: '한부모·조손', group: 'HOUSEHOLD', drafts: [flag('SINGLE_PARENT'), flag('GRANDPARENT')] },
  JA0404: { label: '1인가구', group: 'HOUSEHOLD', drafts: [flag('ONE_PERSON')] },
  JA0411: { label: '다자녀가구', group: 'HOUSEHOLD', drafts: [flag('MULTI_CHILD')] },
  JA0412: { label: '무주택세대', group: 'HOUSEHOLD', drafts: [flag('NO_HOUSE')] },
  JA0413: { label: '신규전입', group: 'HOUSEHOLD', drafts: [flag('NEW_RESIDENT')] },
  JA0414: { label: '확대가족', group: 'HOUSEHOLD', drafts: [other('확대가족')] },
};

/** JA0201–JA0205: 중위소득 bands, as [lowest %, highest %] (null = no upper bound). */
const INCOME_BANDS: Array<[string, number, number | null]> = [
  ['JA0201', 0, 50],
  ['JA0202', 51, 75],
  ['JA0203', 76, 100],
  ['JA0204', 101, 200],
  ['JA0205', 201, null],
];

/** Older age bands (before JA0110/JA0111). */
const AGE_BANDS: Record<string, [number, number]> = { JA0103: [0, 5], JA0104: [6, 12], JA0105: [13, 18] };

const yes = (v: unknown) => v === 'Y' || v === 'y' || v === true;
const int = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,3}$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
};

/** `supportConditions` as the adapter stored it: an object, or its JSON text. */
export function parseConditions(value: unknown): Record<string, unknown> | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (typeof value !== 'string' || !value.trim().startsWith('{')) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function fromSupportConditions(value: unknown): StructuredFound[] {
  const c = parseConditions(value);
  if (!c) return [];
  const field = 'supportConditions';
  const out: StructuredFound[] = [];

  const person = Object.keys(JA_CODES).some((code) => yes(c[code]) && ['JA0301', 'JA0302', 'JA0326', 'JA0327'].includes(code));
  const from = int(c.JA0110);
  const to = int(c.JA0111);
  // 0–100 (or an absent bound) is the portal's "any age".
  if ((from !== null && from > 0) || (to !== null && to < 100)) {
    const bounds: { minMonths?: number; maxMonths?: number } = {};
    if (from !== null && from > 0) bounds.minMonths = from * 12;
    if (to !== null && to < 100) bounds.maxMonths = to * 12 + 11;
    out.push({ drafts: [{ kind: 'AGE', subject: person ? 'APPLICANT' : 'CHILD', ...bounds }], field, text: `JA0110=${from ?? ''},JA0111=${to ?? ''}` });
  } else {
    const bands = Object.entries(AGE_BANDS).filter(([code]) => yes(c[code]));
    if (bands.length > 0 && bands.length < 3) {
      const min = Math.min(...bands.map(([, [a]]) => a));
      const max = Math.max(...bands.map(([, [, b]]) => b));
      out.push({ drafts: [{ kind: 'AGE', subject: 'CHILD', ...(min > 0 ? { minMonths: min * 12 } : {}), maxMonths: max * 12 + 11 }], field, text: bands.map(([code]) => `${code}=Y`).join(',') });
    }
  }

  const income = INCOME_BANDS.filter(([code]) => yes(c[code]));
  if (income.length > 0 && income.length < INCOME_BANDS.length) {
    const min = Math.min(...income.map(([, a]) => a));
    const maxes = income.map(([, , b]) => b);
    const max = maxes.includes(null) ? null : Math.max(...(maxes as number[]));
    out.push({
      drafts: [{ kind: 'INCOME', ...(min > 0 ? { minMedianPercent: min - 1 } : {}), ...(max !== null ? { maxMedianPercent: max } : {}) }],
      field,
      text: income.map(([code]) => `${code}=Y`).join(','),
    });
  }

  // Flags of one group are alternatives (the portal tags every kind of household a service is for).
  for (const group of ['SEX', 'PERSON', 'SCHOOL', 'HOUSEHOLD'] as const) {
    const codes = Object.keys(JA_CODES).filter((code) => JA_CODES[code]!.group === group && yes(c[code]));
    if (codes.length === 0) continue;
    out.push({ drafts: codes.flatMap((code) => JA_CODES[code]!.drafts), field, text: codes.map((code) => `${code}=Y`).join(',') });
  }
  return out;
}

/** 복지로 가구상황 names (trgterIndvdlArray) with their criteria. */
export const BOKJIRO_HOUSEHOLD: Record<string, Draft[]> = {
  저소득: [other('저소득')],
  장애인: [flag('DISABILITY')],
  '한부모·조손': [flag('SINGLE_PARENT'), flag('GRANDPARENT')],
  다자녀: [flag('MULTI_CHILD')],
  '다문화·탈북민': [flag('MULTICULTURAL'), flag('NORTH_KOREAN_DEFECTOR')],
  보훈대상자: [other('보훈대상자')],
};

export function fromTrgterIndvdl(value: unknown): StructuredFound[] {
  if (typeof value !== 'string' || !value.trim()) return [];
  const names = value.split(/\s*,\s*/).map((s) => s.replace(/\s*·\s*/g, '·').trim()).filter((s) => s && s !== '해당없음');
  const known = names.filter((n) => BOKJIRO_HOUSEHOLD[n]);
  if (known.length === 0) return [];
  return [{ drafts: known.flatMap((n) => BOKJIRO_HOUSEHOLD[n]!), field: 'trgterIndvdlArray', text: known.join(',') }];
}
