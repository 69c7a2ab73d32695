import type { SimPolicy } from './types';

/**
 * The structured conditions the portals publish for a simulated policy, as
 * their editors tag them: 보조금24 `supportConditions` (one "Y" flag per JA
 * code, JA0110/JA0111 the target age from/to in whole years) and 복지로
 * `trgterIndvdlArray` (가구상황 names, not codes). Like the real tagging it
 * is coarse — whole years, income bands, a flag per kind of household — and
 * only what the policy's own words state is tagged; an untagged condition is
 * null, as on the portal. This is the simulator's own reading of its texts
 * (deliberately not the hub's extractor), so a crawl can be checked against it.
 */

/** Every JA code the twin publishes, in the portal's column order. */
export const JA_COLUMNS = [
  'JA0101', 'JA0102', 'JA0110', 'JA0111', 'JA0201', 'JA0202', 'JA0203', 'JA0204', 'JA0205',
  'JA0301', 'JA0302', 'JA0303', 'JA0317', 'JA0318', 'JA0319', 'JA0320', 'JA0326', 'JA0327', 'JA0328', 'JA0329', 'JA0330',
  'JA0401', 'JA0402', 'JA0403', 'JA0404', 'JA0411', 'JA0412', 'JA0413', 'JA0414',
] as const;

export type SupportConditions = Record<(typeof JA_COLUMNS)[number], 'Y' | number | null>;

/** Target age in whole years from the policy's `ages` (만 A~B세, 만 N세 미만/이하, A~B세); null when it states months or grades. */
function ageYears(ages: string | null): [number, number] | null {
  if (!ages) return null;
  let m = /^(?:만\s*)?(\d{1,2})\s*~\s*(\d{1,2})\s*세$/.exec(ages);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^만\s*(\d{1,2})\s*세\s*미만$/.exec(ages);
  if (m) return [0, Number(m[1]) - 1];
  m = /^만\s*(\d{1,2})\s*세\s*이하$/.exec(ages);
  if (m) return [0, Number(m[1])];
  m = /^만\s*(\d{1,2})\s*세$/.exec(ages);
  if (m) return [Number(m[1]), Number(m[1])];
  return null;
}

/** Income bands (JA0201–JA0205) covering incomes up to the stated 기준중위소득 %. */
function incomeBands(target: string): string[] {
  const m = /중위소득\s*(\d{1,3})\s*%\s*이하/.exec(target);
  if (m) {
    const pct = Number(m[1]);
    return [['JA0201', 0], ['JA0202', 51], ['JA0203', 76], ['JA0204', 101], ['JA0205', 201]].filter(([, low]) => pct >= (low as number)).map(([code]) => code as string);
  }
  // 기초생활수급·차상위 and 법정저소득층: the portal tags the lowest band.
  if (/기초생활|차상위|저소득/.test(target)) return ['JA0201'];
  return [];
}

export function supportConditions(p: SimPolicy): SupportConditions {
  const t = p.target;
  const out = Object.fromEntries(JA_COLUMNS.map((c) => [c, null])) as SupportConditions;
  const y = (code: keyof SupportConditions, when: boolean) => {
    if (when) out[code] = 'Y';
  };
  const years = ageYears(p.ages);
  if (years) {
    out.JA0110 = years[0];
    out.JA0111 = years[1];
  }
  for (const code of incomeBands(t)) out[code as keyof SupportConditions] = 'Y';
  y('JA0101', /남성/.test(t) && !/여성/.test(t));
  y('JA0102', /여성/.test(t) && !/남성/.test(t));
  y('JA0301', /난임|임신을 준비/.test(t));
  y('JA0302', /임산부|임신부|임신 중|임신한/.test(t));
  y('JA0303', /출산|출생/.test(t));
  y('JA0317', /초등|초·중/.test(t));
  y('JA0318', /중학|초·중|중·고/.test(t));
  y('JA0319', /고등학생|중·고|초·중·고/.test(t));
  y('JA0326', /근로자/.test(t));
  y('JA0328', /장애/.test(t));
  y('JA0401', /다문화|결혼이민/.test(t));
  y('JA0403', /한부모|조손/.test(t));
  y('JA0404', /1인\s*가구/.test(t));
  y('JA0411', /다자녀|다둥이|세 자녀|자녀 셋|자녀 3명|2자녀|셋째/.test(t));
  y('JA0412', /무주택/.test(t));
  return out;
}

/** 복지로 가구상황 names, comma-separated as the API writes them ('' when none). */
export function trgterIndvdl(p: SimPolicy): string {
  const t = p.target;
  const names: string[] = [];
  if (/저소득|기초생활|차상위|중위소득/.test(t)) names.push('저소득');
  if (/장애/.test(t)) names.push('장애인');
  if (/한부모|조손/.test(t)) names.push('한부모·조손');
  if (/다자녀|다둥이|세 자녀|자녀 셋|자녀 3명|2자녀|셋째/.test(t)) names.push('다자녀');
  if (/다문화|결혼이민|탈북/.test(t)) names.push('다문화·탈북민');
  return names.join(', ');
}
