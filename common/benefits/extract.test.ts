import { extractCriteria, type PolicyTexts } from './extract';
import { fromSupportConditions, fromTrgterIndvdl } from './extract-structured';
import { signature } from './signature';

/**
 * Table-driven: real strings of the simulator world (simulator/world/catalogue.ts)
 * and DOMAIN.md, with the criteria a person reads in them. `sig` is a compact
 * signature of each criterion (kind, subject/flag, bounds), ANY_OF as `any(…)`.
 */
const sig = signature;

const district = (target: string, ages: string | null = null): PolicyTexts => ({ target, ages, sido: '서울특별시', sigungu: '강남구' });

const CASES: Array<[string, PolicyTexts, string[]]> = [
  ['만 0~5세', { target: '어린이집을 이용하는 만 0~5세 아동' }, ['OTHER:어린이집을 이용하는', 'AGE:CHILD:≤71m']],
  ['0~23개월 (ages field)', { target: '만 0~1세 아동을 양육하는 부모', ages: '0~23개월' }, ['AGE:CHILD:≤23m']],
  ['만 8세 미만', { target: '만 8세 미만 모든 아동', ages: '만 8세 미만' }, ['AGE:CHILD:≤95m']],
  ['초등 1~3학년 and the district', district('강남구 거주 초등학교 1~3학년', '초등 1~3학년'), ['AGE:CHILD:g1-3', 'RESIDENCE:강남구']],
  ['출생 후 28일 이내', { target: '출생 후 28일 이내 신생아' }, ['AGE:CHILD:≤28d']],
  ['임신 12주 이상', district('강남구 거주 임신 12주 이상 임산부'), ['PREGNANCY:12-', 'RESIDENCE:강남구']],
  ['기준중위소득 150% 이하', { target: '출산 가정 (기준중위소득 150% 이하, 지자체별 예외)' }, ['AGE:CHILD:≤11m,birth~', 'INCOME:-150']],
  ['셋째 이상', district('강남구 거주 셋째 이상 자녀 가정'), ['CHILD_ORDER:3', 'RESIDENCE:강남구']],
  ['세 자녀 이상', district('강남구 거주 세 자녀 이상 가정', '만 5세 이하'), ['HOUSEHOLD:MULTI_CHILD:3', 'AGE:CHILD:≤71m', 'RESIDENCE:강남구']],
  ['2자녀 이상', { target: '2자녀 이상 가구 중 막내가 18세 이하' }, ['HOUSEHOLD:MULTI_CHILD:2', 'AGE:CHILD:≤227m']],
  ['6개월 이상 거주', district('출생일 기준 6개월 이상 강남구에 거주한 부모'), ['AGE:CHILD:≤11m,birth~', 'RESIDENCE:강남구:6m@birth']],
  ['주민등록', district('강남구에 주민등록된 출산 가정'), ['AGE:CHILD:≤11m,birth~', 'RESIDENCE:강남구']],
  ['서울시 거주 (not a district)', { target: '서울시 거주 만 13~18세 청소년', sido: '서울특별시' }, ['AGE:CHILD:156m,≤227m', 'RESIDENCE:서울특별시']],
  ['한부모·조손 (DOMAIN)', { target: '한부모·조손 가족의 아동' }, ['any(HOUSEHOLD:SINGLE_PARENT | HOUSEHOLD:GRANDPARENT)']],
  ['기초생활수급·차상위', { target: '만 2세 미만 영아를 둔 기초생활수급·차상위 가구' }, ['AGE:CHILD:≤23m', 'any(HOUSEHOLD:BASIC_LIVELIHOOD | HOUSEHOLD:NEAR_POVERTY)']],
  ['다문화 + age', { target: '만 12세 이하 다문화가족 자녀' }, ['AGE:CHILD:≤155m', 'HOUSEHOLD:MULTICULTURAL']],
  ['맞벌이 + 18개월 이내', { target: '생후 18개월 이내 자녀를 둔 맞벌이 부모' }, ['AGE:CHILD:≤17m', 'HOUSEHOLD:DUAL_INCOME']],
  ['무주택 + 2년 내 출산', { target: '대출 신청일 기준 2년 내 출산한 무주택 가구' }, ['AGE:CHILD:≤23m', 'HOUSEHOLD:NO_HOUSE']],
  ['장애아동', { target: '만 18세 미만 장애아동 가족' }, ['AGE:CHILD:≤215m', 'HOUSEHOLD:DISABILITY']],
  ['쌍둥이 임신', { target: '쌍둥이 이상을 임신한 임산부' }, ['HOUSEHOLD:TWINS', 'PREGNANCY:-']],
  ['근로자 + 또는 (ANY_OF)', { target: '만 8세 이하 또는 초등학교 2학년 이하 자녀를 둔 근로자' }, ['any(AGE:CHILD:≤107m | AGE:CHILD:g1-2)', 'EMPLOYMENT:EMPLOYED']],
  ['임신 12주 이내 또는 32주 이후', { target: '임신 12주 이내 또는 32주 이후 근로자' }, ['any(PREGNANCY:-12 | PREGNANCY:32-)', 'EMPLOYMENT:EMPLOYED']],
  ['육아휴직', { target: '서울시 거주 육아휴직 아빠' }, ['EMPLOYMENT:PARENTAL_LEAVE', 'RESIDENCE:서울특별시']],
  ['임신부 또는 영아', { target: '서울시 거주 임신부 또는 24개월 이하 영아 양육 가구' }, ['any(PREGNANCY:- | AGE:CHILD:≤24m)', 'RESIDENCE:서울특별시']],
  ['applicant age', { target: '만 19세 이하 임산부' }, ['AGE:APPLICANT:≤239m', 'any(PREGNANCY:- | AGE:CHILD:≤5m,birth)']],
  ['applicant and child ages', { target: '만 25세 이상 미혼 한부모가족의 5세 이하 아동' }, ['AGE:APPLICANT:300m', 'OTHER:미혼', 'HOUSEHOLD:SINGLE_PARENT', 'AGE:CHILD:≤71m']],
  ['two ages of the child are alternatives', { target: '만 12세 이하 어린이와 만 12~17세 청소년' }, ['any(AGE:CHILD:≤155m | AGE:CHILD:144m,≤215m)']],
  ['months to years', { target: '생후 3개월~만 12세 아동을 둔 가정' }, ['AGE:CHILD:3m,≤155m']],
  ['negated income is no criterion', { target: '난임 진단을 받은 부부 (소득 기준 없음)' }, ['OTHER:난임 진단을 받은', 'HOUSEHOLD:COUPLE']],
  ['nothing understood, nothing invented', { target: '자녀 양육 중인 부모' }, []],
  ['a district guessed from its own board is the residence', { target: '임신 중인 여성', sido: '서울특별시', sigungu: '강남구', regionApprox: true }, ['PREGNANCY:-', 'RESIDENCE:강남구']],
  ['영유아 (6세 미만) when no age is stated; the district with no residence words', { target: '영유아 자녀를 둔 아버지', sido: '서울특별시', sigungu: '강남구' }, ['AGE:CHILD:≤71m', 'OTHER:아버지', 'RESIDENCE:강남구']],
  ['the ages field beats a bare 영유아', { target: '영유아 건강검진 발달평가에서 심화평가 권고를 받은 영유아', ages: '생후 4~71개월' }, ['AGE:CHILD:4m,≤71m']],
  ['the ages field completes the lower bound', { target: '만 12세 이하 아동을 둔 맞벌이 가정 등', ages: '생후 3개월~만 12세' }, ['AGE:CHILD:3m,≤155m', 'any(HOUSEHOLD:DUAL_INCOME | OTHER:맞벌이 가정 등)']],
  ['a priority is no condition', { target: '초등 4학년~중학교 3학년 청소년 (취약계층 우선)' }, ['AGE:CHILD:g4-9']],
];

describe('extractCriteria (text)', () => {
  test.each(CASES)('%s', (_name, input, expected) => {
    expect(extractCriteria(input).map(sig)).toEqual(expected);
  });

  test('every text criterion keeps the matched span with its offsets', () => {
    const target = '기준중위소득 63% 이하 한부모가족의 18세 미만 자녀';
    for (const c of extractCriteria({ target })) {
      expect(c.origin).toBe('TEXT');
      expect(c.evidence.field).toBe('target');
      expect(target.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    }
    expect(extractCriteria({ target }).find((c) => c.kind === 'INCOME')!.evidence.text).toBe('기준중위소득 63% 이하');
  });

  test('ids are stable within the policy and unique', () => {
    const input = district('강남구 거주 세 자녀 이상 가정', '만 5세 이하');
    const ids = extractCriteria(input).map((c) => c.id);
    expect(ids).toEqual(extractCriteria(input).map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('household-multi_child-0');
  });

  test('a birth without a period takes the period of the application text, else one year marked as assumed', () => {
    expect(extractCriteria({ target: '강남구에 주민등록된 출산 가정', howToApply: '출산일로부터 60일 이내 보건소 신청' }).map(sig)).toEqual(['AGE:CHILD:≤60d,birth', 'RESIDENCE:강남구']);
    expect(extractCriteria({ target: '출산 가정', howToApply: '출산 예정일 40일 전부터 출산 후 60일까지 신청' }).map(sig)).toEqual(['AGE:CHILD:≤60d,due≤40d,birth']);
    // The application period stands as the birth condition when the target names none (미숙아 …).
    expect(extractCriteria({ target: '37주 미만 출생 미숙아', howToApply: '퇴원일로부터 6개월 이내 보건소 신청' }).map(sig)).toEqual(['OTHER:미숙아', 'AGE:CHILD:≤5m,birth']);
    // A stated age of the child is the period: no assumed one beside it.
    expect(extractCriteria({ target: '강남구에 출생신고한 신생아 가정', ages: '생후 1년 이내' }).map(sig)).toEqual(['AGE:CHILD:≤11m', 'RESIDENCE:강남구']);
    // An application period without any birth in the text adds nothing to a stated age.
    expect(extractCriteria({ target: '만 0~5세 영유아', howToApply: '출산일로부터 60일 이내 신청' }).map(sig)).toEqual(['AGE:CHILD:≤71m']);
  });

  test('임산부 includes six months after the birth unless the text bounds the pregnancy or names the baby\'s period', () => {
    expect(extractCriteria({ target: '보건소에 등록한 임산부' }).map(sig)).toEqual(['OTHER:보건소에 등록한', 'any(PREGNANCY:- | AGE:CHILD:≤5m,birth)']);
    expect(extractCriteria({ target: '강남구 거주 임신 12주 이상 임산부' }).map(sig)).toEqual(['PREGNANCY:12-', 'RESIDENCE:강남구']);
    expect(extractCriteria({ target: '서울시 거주 임산부와 생후 4주 이내 영아 가정' }).map(sig)).toEqual(['any(PREGNANCY:- | AGE:CHILD:≤28d)', 'RESIDENCE:서울특별시']);
    expect(extractCriteria({ target: '쌍둥이 이상을 임신한 임산부' }).map(sig)).toEqual(['HOUSEHOLD:TWINS', 'PREGNANCY:-']);
  });

  test('a 시도\'s own policy is for its residents', () => {
    expect(extractCriteria({ target: '만 0~5세 아동', sido: '서울특별시', sigungu: null }).map(sig)).toEqual(['AGE:CHILD:≤71m', 'RESIDENCE:서울특별시']);
    expect(extractCriteria({ target: '만 0~5세 아동', sido: null, sigungu: null }).map(sig)).toEqual(['AGE:CHILD:≤71m']);
  });

  test('the benefit is read for income only: amount tiers are no child order', () => {
    expect(extractCriteria({ target: '2024년 이후 출생 아동', benefit: '첫째 200만원, 둘째 이상 300만원 국민행복카드 바우처 지급' }).map(sig)).toEqual(['AGE:CHILD:≥2024-01-01,birth']);
  });
});

describe('structured sources', () => {
  test('보조금24 JA codes: ages in years, income bands, household flags with the code as evidence', () => {
    const found = fromSupportConditions(JSON.stringify({ JA0110: 0, JA0111: 7, JA0201: 'Y', JA0202: 'Y', JA0403: 'Y', JA0411: null }));
    expect(found.map((f) => f.text)).toEqual(['JA0110=0,JA0111=7', 'JA0201=Y,JA0202=Y', 'JA0403=Y']);
    const criteria = extractCriteria({ supportConditions: { JA0110: 0, JA0111: 7, JA0201: 'Y', JA0202: 'Y', JA0403: 'Y' } });
    expect(criteria.map(sig)).toEqual(['AGE:CHILD:≤95m', 'INCOME:-75', 'any(HOUSEHOLD:SINGLE_PARENT | HOUSEHOLD:GRANDPARENT)']);
    expect(criteria.every((c) => c.origin === 'STRUCTURED' && c.evidence.field === 'supportConditions')).toBe(true);
  });

  test('0–100 is any age; no flags, no criteria', () => {
    expect(fromSupportConditions({ JA0110: 0, JA0111: 100, JA0101: null })).toEqual([]);
    expect(fromSupportConditions('not json')).toEqual([]);
  });

  test('복지로 가구상황 names', () => {
    expect(fromTrgterIndvdl('다자녀, 한부모·조손').flatMap((f) => f.drafts)).toEqual([
      { kind: 'HOUSEHOLD', flag: 'MULTI_CHILD' },
      { kind: 'HOUSEHOLD', flag: 'SINGLE_PARENT' },
      { kind: 'HOUSEHOLD', flag: 'GRANDPARENT' },
    ]);
    expect(fromTrgterIndvdl('')).toEqual([]);
  });

  test('structured first; a more precise text bound replaces a coarse structured one, a repeated flag is dropped', () => {
    const criteria = extractCriteria({
      target: '기준중위소득 63% 이하 한부모가족의 18세 미만 자녀',
      supportConditions: { JA0110: 0, JA0111: 17, JA0201: 'Y', JA0202: 'Y', JA0403: 'Y' },
    });
    expect(criteria.map((c) => `${c.origin}:${sig(c)}`)).toEqual([
      'STRUCTURED:any(HOUSEHOLD:SINGLE_PARENT | HOUSEHOLD:GRANDPARENT)',
      'TEXT:INCOME:-63',
      'TEXT:HOUSEHOLD:SINGLE_PARENT',
      'TEXT:AGE:CHILD:≤215m',
    ]);
  });
});
