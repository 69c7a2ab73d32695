/**
 * The 17 행정동 of 성동구 (서울특별시 성동구 행정동 현황): a recommendation's
 * address must be one of them, and a 동주민센터 account is bound to one.
 */
export const SEONGDONG_DONGS = [
  '왕십리제2동', '왕십리도선동', '마장동', '사근동', '행당제1동', '행당제2동', '응봉동', '금호1가동', '금호2·3가동',
  '금호4가동', '옥수동', '성수1가제1동', '성수1가제2동', '성수2가제1동', '성수2가제3동', '송정동', '용답동',
] as const;
