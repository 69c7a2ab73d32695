import { SIDO } from '../../common/regions';
import { int, pick } from './random';

// Seoul's 자치구 and the fictional-but-plausible addresses and phone numbers every generator draws in them.

export const SEOUL_GU = SIDO.find((s) => s.code === '11')!.sigungu;

export function stem(gu: string): string {
  return gu.length > 2 ? gu.slice(0, -1) : gu;
}

export type PhoneStyle = 'dash' | 'paren' | 'space';
export function phoneOf(random: () => number, style: PhoneStyle): string {
  const a = int(random, 2000, 3999);
  const b = int(random, 1000, 9999);
  return style === 'paren' ? `02)${a}-${b}` : style === 'space' ? `(02) ${a} ${b}` : `02-${a}-${b}`;
}

/** `서울특별시 <구> <road>길 <n>` (sometimes a main road, sometimes a floor): fictional but plausible. */
export function streetAddress(random: () => number, gu: string): string {
  const road = `${pick(random, ROADS[gu] ?? [stem(gu)])}${pick(random, ['로', '로', '대로'])}`;
  const street = random() < 0.75 ? `${road}${int(random, 1, 60)}길 ${int(random, 1, 99)}` : `${road} ${int(random, 1, 320)}`;
  return `서울특별시 ${gu} ${street}${random() < 0.25 ? `, ${int(random, 1, 5)}층` : ''}`;
}

/** Road-name stems per 자치구 (names of the kind the districts use). */
const ROADS: Record<string, string[]> = {
  종로구: ['종로', '율곡', '자하문', '창경궁'], 중구: ['퇴계', '을지', '다산', '청구'], 용산구: ['한강', '이태원', '효창원', '서빙고'],
  성동구: ['왕십리', '금호', '마조', '뚝섬'], 광진구: ['능동', '아차산', '자양', '광나루'], 동대문구: ['왕산', '답십리', '전농', '이문'],
  중랑구: ['망우', '용마산', '봉화산', '면목'], 성북구: ['보문', '정릉', '화랑', '동소문'], 강북구: ['도봉', '솔매', '삼양', '인수봉'],
  도봉구: ['마들', '방학', '시루봉', '해등'], 노원구: ['동일', '상계', '한글비석', '공릉'], 은평구: ['통일', '연서', '진관', '은평'],
  서대문구: ['연희', '통일', '가좌', '수색'], 마포구: ['월드컵', '독막', '망원', '성미산'], 양천구: ['목동', '신월', '중앙', '오목'],
  강서구: ['공항', '화곡', '까치산', '양천'], 구로구: ['경인', '구일', '디지털', '개봉'], 금천구: ['시흥', '독산', '벚꽃', '가산'],
  영등포구: ['도림', '당산', '여의', '신길'], 동작구: ['상도', '사당', '노량진', '여의대방'], 관악구: ['관악', '남부순환', '봉천', '난곡'],
  서초구: ['반포', '방배', '서초중앙', '양재'], 강남구: ['선릉', '언주', '논현', '개포'], 송파구: ['백제고분', '송파', '오금', '가락'],
  강동구: ['천호', '올림픽', '양재대', '상암'],
};

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
