import { coreTitle, NATIONAL_SCOPE, policyFeatures, policyScope, scorePair, type Verdict } from './policy-match';

/** A policy source as the adapters emit it: only what matching reads. */
function source(name: string, attrs: Record<string, unknown>, region: { sido?: string; sigungu?: string } = {}) {
  return { name, sido: region.sido ?? null, sigungu: region.sigungu ?? null, attrs };
}

const national = (extra: Record<string, unknown> = {}) => ({ agency: '보건복지부', amountKrw: 2000000, legalBasis: '저출산·고령사회기본법', contact: '보건복지상담센터 129', target: '2024년 이후 출생 아동', ...extra });
const gangnam = (extra: Record<string, unknown> = {}) => ({
  agency: '서울특별시 강남구',
  amountKrw: 820000,
  legalBasis: '서울특별시 강남구 저출산 극복 및 출산 장려 조례',
  contact: '강남구 가족정책과 02-3299-6161',
  ...extra,
});
const seoul = (extra: Record<string, unknown> = {}) => ({ agency: '서울특별시', contact: '서울특별시 02-3909-5956', ...extra });

describe('policyScope', () => {
  test.each([
    ['보조금24 gives the region', source('출산지원금(강남구)', gangnam(), { sido: '서울특별시', sigungu: '강남구' }), '서울특별시 강남구'],
    ['the Seoul board gives only the agency', source('강남구 출산지원금', gangnam()), '서울특별시 강남구'],
    ['a city policy', source('서울형 키즈카페', seoul()), '서울특별시'],
    ['a city office with its name run together', source('서울 초등 방학 돌봄', seoul({ agency: '서울특별시교육청' })), '서울특별시'],
    ['a ministry', source('첫만남이용권', national()), NATIONAL_SCOPE],
    ['a public corporation', source('출산가구 전기요금 감면', national({ agency: '한국전력공사' })), NATIONAL_SCOPE],
  ])('%s', (_why, content, scope) => {
    expect(policyScope(content)).toBe(scope);
  });
});

describe('coreTitle', () => {
  test.each([
    ['첫만남이용권', NATIONAL_SCOPE, '첫만남이용권'],
    ['첫만남 이용권', NATIONAL_SCOPE, '첫만남이용권'],
    ['첫만남이용권 지원', NATIONAL_SCOPE, '첫만남이용권'],
    ['산모·신생아 건강관리 지원', NATIONAL_SCOPE, '산모신생아건강관리'],
    ['난임부부 시술비지원', NATIONAL_SCOPE, '난임부부시술비'],
    ['출산지원금(강남구)', '서울특별시 강남구', '출산지원금'],
    ['[강남구] 출산지원금', '서울특별시 강남구', '출산지원금'],
    ['강남구 출산지원금', '서울특별시 강남구', '출산지원금'],
    ['서울형 산후조리경비 지원', '서울특별시', '산후조리경비'],
    ['산후조리경비 지원(서울특별시)', '서울특별시', '산후조리경비'],
    ['서울시 난자동결 시술비 지원', '서울특별시', '난자동결시술비'],
  ])('%s (%s) → %s', (title, scope, core) => {
    expect(coreTitle(title, scope)).toBe(core);
  });
});

/** Real title pairs as the portals write them, with the verdict a careful editor would give. */
const PAIRS: [string, ReturnType<typeof source>, ReturnType<typeof source>, Verdict][] = [
  ['복지로 and 보조금24 name it alike', source('첫만남이용권', national()), source('첫만남이용권 지원', national()), 'MATCH'],
  ['a theme portal spaces the compound', source('첫만남이용권', national()), source('첫만남 이용권', national()), 'MATCH'],
  ['the same policy with a thinner second source', source('아이돌봄서비스', national({ agency: '여성가족부', amountKrw: null, legalBasis: '아이돌봄 지원법', contact: '여성가족부 콜센터 1644-6621' })), source('아이돌봄 서비스', { agency: '여성가족부' }), 'MATCH'],
  ['보조금24 brackets the district, the board leads with it', source('출산지원금(강남구)', gangnam(), { sido: '서울특별시', sigungu: '강남구' }), source('강남구 출산지원금', gangnam()), 'MATCH'],
  ['the district site drops its own name', source('강남구 출산지원금', gangnam()), source('출산지원금', gangnam()), 'MATCH'],
  ['the city name moves into brackets', source('서울 임산부 교통비 지원', seoul({ amountKrw: 700000 })), source('임산부 교통비 지원(서울특별시)', seoul({ amountKrw: 700000 })), 'MATCH'],
  ['one title in two districts', source('강남구 출산지원금', gangnam()), source('강서구 출산지원금', gangnam({ agency: '서울특별시 강서구', amountKrw: 990000, contact: '강서구 가족정책과 02-2845-6067' })), 'DISTINCT'],
  ['a district title on 보조금24 against another district', source('출산지원금(강남구)', gangnam(), { sido: '서울특별시', sigungu: '강남구' }), source('출산지원금(강서구)', gangnam(), { sido: '서울특별시', sigungu: '강서구' }), 'DISTINCT'],
  ['the national policy and the city service of the same name', source('입원아동 돌봄서비스', national({ amountKrw: 100000, legalBasis: '아동복지법' })), source('서울 입원아동 돌봄 서비스', seoul({ amountKrw: null })), 'DISTINCT'],
  ['the city top-up of a national policy', source('난임부부 시술비 지원', national({ amountKrw: 1100000 })), source('서울시 난임부부 시술비 추가 지원', seoul({ amountKrw: 1100000 })), 'DISTINCT'],
  ['age classes are different policies', source('영아 보육료 지원 (0세반)', national({ amountKrw: 584000 })), source('영아 보육료 지원 (1세반)', national({ amountKrw: 515000 })), 'DISTINCT'],
  ['a second round is another policy', source('강남구 산후조리비 지원', gangnam()), source('강남구 산후조리비 지원 (2차)', gangnam()), 'DISTINCT'],
  ['two city services about sick children', source('서울 아이 입원 돌봄', seoul({ amountKrw: 100000 })), source('서울 입원아동 돌봄 서비스', seoul({ amountKrw: 10000 })), 'DISTINCT'],
  ['a sub-service of a national policy', source('아이돌봄서비스', national({ agency: '여성가족부' })), source('아이돌봄서비스 시간제', national({ agency: '여성가족부' })), 'DISTINCT'],
  ['a longer name for another programme', source('유아학비 지원', national({ agency: '교육부', amountKrw: 280000 })), source('유아학비 지원 (방과후과정)', national({ agency: '교육부', amountKrw: 70000 })), 'DISTINCT'],
  ['same name, amounts disagree: one portal may lag behind an increase', source('강남구 출산지원금', gangnam()), source('출산지원금(강남구)', gangnam({ amountKrw: 1000000 }), { sido: '서울특별시', sigungu: '강남구' }), 'REVIEW'],
  ['same name, another ministry', source('가족상담 지원', national({ agency: '여성가족부' })), source('가족상담 지원', national({ agency: '보건복지부' })), 'REVIEW'],
  ['same name, nothing shared but a different phone', source('서울형 키즈카페', { agency: '서울특별시', contact: '02-2458-6333' }), source('서울형 키즈카페', { agency: '서울특별시', contact: '02-2000-1111' }), 'REVIEW'],
  ['spacing and a generic suffix, nothing against it', source('서울 출산 축하 선물', seoul({ amountKrw: 100000 })), source('서울시 출산축하선물 지원', seoul({ amountKrw: 100000 })), 'MATCH'],
  ['a close but not equal name, evidence agrees', source('서울 육아휴직 장려금', seoul({ amountKrw: 300000 })), source('서울형 육아휴직 장려금 (아빠)', seoul({ amountKrw: 300000 })), 'REVIEW'],
  ['a close name whose phone and amount differ', source('서울 육아휴직 장려금', seoul({ amountKrw: 300000 })), source('서울형 육아휴직 장려금 (아빠)', seoul({ amountKrw: 200000, contact: '서울특별시 02-3005-4904' })), 'DISTINCT'],
];

describe('scorePair', () => {
  test.each(PAIRS)('%s', (_why, a, b, verdict) => {
    const score = scorePair(policyFeatures(a), policyFeatures(b));
    expect({ verdict: score.verdict, reasons: score.reasons }).toEqual({ verdict, reasons: expect.any(Array) });
    // Symmetric: the order two sources are compared in never changes the verdict.
    expect(scorePair(policyFeatures(b), policyFeatures(a))).toEqual(score);
  });
});
