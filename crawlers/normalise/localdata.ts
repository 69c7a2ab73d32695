/**
 * LOCALDATA (지방행정 인허가 데이터) names the licensing authority by its
 * 행정표준코드 기관코드 (`개방자치단체코드`, e.g. 3150000 = 강서구청), not by
 * the 법정동 code. Seoul's 25 자치구 are 3000000…3240000 in the same order
 * as their 법정동 codes; `localdata.test.ts` checks the table against the
 * addresses in the bundled 산후조리원.csv. Other 시도 are added when a source needs them.
 */
const SEOUL_GU_CODES = [
  '11110', '11140', '11170', '11200', '11215', '11230', '11260', '11290', '11305', '11320', '11350', '11380', '11410',
  '11440', '11470', '11500', '11530', '11545', '11560', '11590', '11620', '11650', '11680', '11710', '11740',
];

/** `3150000` → `11500` (강서구); null for an authority this table does not know. */
export function sigunguCodeOfLocalAuthority(code: string | null | undefined): string | null {
  const m = /^3(\d\d)0000$/.exec((code ?? '').trim().slice(0, 10));
  if (!m) return null;
  return SEOUL_GU_CODES[Number(m[1])] ?? null;
}
