import type { AgeClass, CenterType, FacilityKind, SourceRecord, SpecialCare, Stage } from '../../common/record';
import { SIDO, type Sido, type Sigungu } from '../../common/regions';
import { DISTRICT, NATIONAL, NEW_POLICIES, SEOUL, WORDS, type DistrictTemplate, type PolicyTemplate } from '../../simulator/world/catalogue';
import { int, pick, rng } from '../../simulator/world/random';

/**
 * A national-scale catalog for the search benchmark (issue 5): 100,000
 * facilities and 20,000 policies over every 시도 and 시군구, deterministic
 * from the seed. Names, kinds, special care and policy texts follow the
 * simulator's catalogue (simulator/world/catalogue.ts) and the shares of the
 * real national statistics (어린이집 ≈ 40 %, 유치원, 초등돌봄교실, 지역아동센터 …),
 * so the index has the same vocabulary, the same duplicated names
 * (햇살어린이집 in many districts) and the same long tails a real one has.
 */
export const GENERATOR_VERSION = 1;
export const SITE_ID = 'bench-national';

interface KindSpec {
  kind: FacilityKind;
  stage: Stage;
  share: number;
  name: (r: () => number, place: Place) => string;
  capacity?: [number, number];
  care?: [SpecialCare, number][];
  hours: [string, string][];
}

interface Place {
  sido: Sido;
  sigungu: Sigungu;
  /** 시군구 name without its 시/군/구 suffix (강서구 → 강서). */
  stem: string;
  word: string;
  dong: string;
}

const DONG_SUFFIX = ['1동', '2동', '3동', '본동', '동', '읍', '면'];
const ROAD_SUFFIX = ['로', '로', '대로', '길'];
const school = (p: Place, r: () => number) => `${p.stem}${pick(r, ['', '중앙', '동부', '서부', '남부', '북부', p.word])}초등학교`;

const KINDS: KindSpec[] = [
  {
    kind: 'CHILDCARE_CENTER', stage: 'INFANT', share: 40,
    name: (r, p) => pick(r, [`${p.word}어린이집`, `${p.stem}${p.word}어린이집`, `국공립${p.dong}어린이집`, `${p.stem}시립${p.word}어린이집`, `${p.word}나라어린이집`, `${p.dong}${p.word}어린이집`, `${p.stem}${pick(r, ['삼성', '현대', '엘지', '에스케이', '공단', '시청', '병원'])}직장어린이집`]),
    capacity: [12, 120],
    care: [['EXTENDED_HOURS', 0.35], ['NIGHT', 0.08], ['HOLIDAY', 0.03], ['TWENTY_FOUR_HOURS', 0.01], ['DISABLED_INTEGRATED', 0.06], ['DISABLED_SPECIALIZED', 0.01], ['INFANT_SPECIALIZED', 0.05], ['MULTICULTURAL', 0.02], ['AFTER_SCHOOL', 0.02]],
    hours: [['07:30', '19:30'], ['07:30', '21:30'], ['08:00', '19:00']],
  },
  { kind: 'KINDERGARTEN', stage: 'INFANT', share: 10, name: (r, p) => pick(r, [`${p.word}유치원`, `${p.stem}${p.word}유치원`, `${school(p, r)}병설유치원`]), capacity: [20, 200], care: [['EXTENDED_HOURS', 0.4], ['AFTER_SCHOOL', 0.3]], hours: [['09:00', '17:00'], ['07:30', '19:00']] },
  { kind: 'ELEMENTARY_CARE_CLASS', stage: 'ELEMENTARY', share: 12, name: (r, p) => `${school(p, r)} 초등돌봄교실`, capacity: [20, 40], care: [['AFTER_SCHOOL', 1]], hours: [['13:00', '17:00'], ['13:00', '19:00']] },
  { kind: 'LOCAL_CHILDREN_CENTER', stage: 'ELEMENTARY', share: 9, name: (r, p) => pick(r, [`${p.stem}${p.word}지역아동센터`, `${p.dong}${p.word}지역아동센터`]), capacity: [19, 49], care: [['AFTER_SCHOOL', 1]], hours: [['14:00', '19:00'], ['13:00', '20:00']] },
  { kind: 'COMMUNITY_CARE_CENTER', stage: 'ELEMENTARY', share: 5, name: (r, p) => pick(r, [`${p.sigungu.name} 다함께돌봄센터 ${int(r, 1, 30)}호점`, `${p.dong} 다함께돌봄센터`, `${p.sigungu.name} 우리동네키움센터 ${int(r, 1, 30)}호점`]), capacity: [15, 40], care: [['AFTER_SCHOOL', 1]], hours: [['08:00', '20:00'], ['09:00', '19:00']] },
  { kind: 'HOURLY_CARE_PROVIDER', stage: 'INFANT', share: 4, name: (r, p) => `${p.stem}${p.word}어린이집 시간제보육실`, capacity: [3, 6], care: [['HOURLY', 1]], hours: [['09:00', '18:00'], ['09:00', '16:00']] },
  { kind: 'SHARED_PARENTING_SPACE', stage: 'INFANT', share: 4, name: (r, p) => `${p.stem} ${p.word} 공동육아나눔터`, hours: [['10:00', '18:00']] },
  { kind: 'YOUTH_TRAINING_CENTER', stage: 'YOUTH', share: 2, name: (r, p) => pick(r, [`${p.stem}청소년수련관`, `${p.stem}${p.word}청소년수련관`, `${p.stem}청소년수련원`]), hours: [['09:00', '22:00']] },
  { kind: 'YOUTH_CULTURE_HOUSE', stage: 'YOUTH', share: 2, name: (r, p) => `${p.stem}${pick(r, ['', p.word])}청소년문화의집`, hours: [['10:00', '21:00']] },
  { kind: 'YOUTH_COUNSELING_CENTER', stage: 'YOUTH', share: 1, name: (r, p) => `${p.sigungu.name}청소년상담복지센터`, hours: [['09:00', '18:00']] },
  { kind: 'POSTPARTUM_CARE_CENTER', stage: 'PREGNANCY', share: 2, name: (r, p) => pick(r, [`${p.word}산후조리원`, `${p.stem}${p.word}산후조리원`, `${p.stem}공공산후조리원`, `${p.word} 여성병원 산후조리원`]), capacity: [10, 40], hours: [['00:00', '23:59']] },
  { kind: 'PUBLIC_HEALTH_CENTER', stage: 'PREGNANCY', share: 1, name: (r, p) => pick(r, [`${p.sigungu.name}보건소`, `${p.sigungu.name}보건소 ${p.dong}보건지소`]), hours: [['09:00', '18:00']] },
  { kind: 'CHILDCARE_SUPPORT_CENTER', stage: 'INFANT', share: 1, name: (r, p) => pick(r, [`${p.sigungu.name}육아종합지원센터`, `${p.sigungu.name}육아종합지원센터 ${p.dong}분소`]), hours: [['09:00', '18:00']] },
  { kind: 'MULTICULTURAL_FAMILY_CENTER', stage: 'INFANT', share: 1.5, name: (r, p) => `${p.sigungu.name}${pick(r, ['다문화가족지원센터', '가족센터'])}`, care: [['MULTICULTURAL', 1]], hours: [['09:00', '18:00']] },
  { kind: 'FAMILY_CENTER', stage: 'INFANT', share: 1.5, name: (r, p) => `${p.sigungu.name}건강가정지원센터`, hours: [['09:00', '18:00']] },
  { kind: 'EMERGENCY_CARE_CENTER', stage: 'INFANT', share: 0.5, name: (r, p) => `${p.sigungu.name} 24시간 긴급돌봄센터`, care: [['TWENTY_FOUR_HOURS', 1], ['EMERGENCY', 1], ['NIGHT', 1], ['HOLIDAY', 1]], capacity: [5, 12], hours: [['00:00', '23:59']] },
  { kind: 'HOSPITAL_CHILD_CARE', stage: 'ELEMENTARY', share: 0.5, name: (r, p) => `${p.stem}${pick(r, ['의료원', '대학교병원', '어린이병원', '시립병원'])} 입원아동 돌봄센터`, care: [['TWENTY_FOUR_HOURS', 1]], hours: [['00:00', '23:59']] },
];

const CENTER_TYPE_SHARES: [CenterType, number][] = [['HOME', 0.38], ['PRIVATE', 0.3], ['NATIONAL_PUBLIC', 0.2], ['WORKPLACE', 0.05], ['CORPORATION_ORGANIZATION', 0.03], ['SOCIAL_WELFARE_CORPORATION', 0.02], ['COOPERATIVE', 0.02]];

/** Every 시군구 with a weight: Seoul and 경기 districts hold more facilities, as they do. */
function places(): { sido: Sido; sigungu: Sigungu; weight: number }[] {
  return SIDO.flatMap((sido) => sido.sigungu.map((sigungu) => ({ sido, sigungu, weight: sido.code === '11' || sido.code === '41' ? 3 : sido.code.startsWith('2') || sido.code.startsWith('3') ? 2 : 1 })));
}

const stemOf = (name: string) => (name.length > 2 ? name.replace(/(특별자치시|시|군|구)$/, '') : name);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function weighted<T>(r: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

function provenance(key: string) {
  return { siteId: SITE_ID, url: `http://bench.invalid/${key}`, fetchedAt: '2026-01-05T00:00:00.000Z', contentHash: 'bench', adapter: `bench-search@${GENERATOR_VERSION}` };
}

function ageClasses(r: () => number, capacity: number): AgeClass[] {
  const perClass = [3, 5, 7, 15, 20, 20];
  let left = capacity;
  return perClass.map((n, age) => {
    const classes = left > 0 ? int(r, 0, Math.max(1, Math.round(capacity / 40))) : 0;
    const seats = classes * n;
    left -= seats;
    return { age, classes, capacity: seats, enrolled: seats === 0 ? 0 : int(r, Math.floor(seats * 0.6), seats) };
  });
}

export function* facilities(seed: number, count: number): Generator<SourceRecord> {
  const r = rng(seed, 'bench-search', 'facilities');
  const where = places().map((p) => [p, p.weight] as const);
  const kinds = KINDS.map((k) => [k, k.share] as const);
  for (let i = 0; i < count; i++) {
    const at = weighted(r, where);
    const spec = weighted(r, kinds);
    const stem = stemOf(at.sigungu.name);
    const place: Place = { ...at, stem, word: pick(r, WORDS), dong: `${stem}${pick(r, DONG_SUFFIX)}` };
    const capacity = spec.capacity ? int(r, spec.capacity[0], spec.capacity[1]) : null;
    const classes = spec.kind === 'CHILDCARE_CENTER' || spec.kind === 'KINDERGARTEN' ? ageClasses(r, capacity ?? 40) : null;
    const enrolled = classes ? classes.reduce((s, c) => s + c.enrolled, 0) : capacity === null ? null : int(r, Math.floor(capacity / 2), capacity);
    const [open, close] = pick(r, spec.hours);
    const key = `F${String(i).padStart(6, '0')}`;
    const sejong = at.sido.code === '36';
    yield {
      kind: 'FACILITY',
      sourceKey: key,
      subtype: spec.kind,
      name: spec.name(r, place),
      stages: [spec.stage],
      primaryStage: spec.stage,
      sido: at.sido.name,
      sigungu: sejong ? null : at.sigungu.name,
      regionCode: at.sigungu.code,
      address: `${at.sido.name} ${sejong ? '' : `${at.sigungu.name} `}${stem}${pick(r, [place.word, '중앙', '시청', '역전'])}${pick(r, ROAD_SUFFIX)} ${int(r, 1, 320)}`,
      phone: `0${int(r, 2, 64)}-${int(r, 200, 999)}-${String(int(r, 0, 9999)).padStart(4, '0')}`,
      lat: round6(at.sigungu.lat + (r() - 0.5) * 0.06),
      lng: round6(at.sigungu.lng + (r() - 0.5) * 0.06),
      specialCare: (spec.care ?? []).filter(([, p]) => r() < p).map(([flag]) => flag),
      capacity,
      enrolled,
      attrs: {
        ...(spec.kind === 'CHILDCARE_CENTER' ? { centerType: weighted(r, CENTER_TYPE_SHARES), operatingStatus: '정상' } : {}),
        ...(classes ? { ageClasses: classes } : {}),
        openingHours: { open, close, text: `${open}~${close}` },
      },
      provenance: provenance(key),
    };
  }
}

const STAGE_OF: Record<string, Stage> = { '임신·출산': 'PREGNANCY', 영유아: 'INFANT', 아동: 'ELEMENTARY', 청소년: 'YOUTH' };
const stagesOf = (lifeStages: readonly string[]): Stage[] => [...new Set(lifeStages.map((s) => STAGE_OF[s] ?? 'INFANT'))];

/** Local policies composed as districts write them: who × what. */
const TOPICS = ['다자녀', '한부모', '맞벌이', '다문화', '저소득', '장애아동', '조손가정', '신혼부부', '임산부', '청소년부모'];
const BENEFITS: [string, string, string, string[]][] = [
  ['양육비 지원', '현금', '자녀 1인당 월 {n}만원 양육비 지급', ['영유아', '아동']],
  ['돌봄 바우처', '이용권', '아이돌봄서비스 본인부담금 {n}만원 바우처', ['영유아', '아동']],
  ['교육비 지원', '현금', '학원비·교재비 연 {n}만원 지원', ['아동', '청소년']],
  ['건강검진 지원', '서비스', '가족 건강검진 비용 최대 {n}만원', ['임신·출산', '영유아']],
  ['교통비 지원', '이용권', '대중교통·택시 이용 포인트 {n}만원', ['임신·출산', '청소년']],
  ['문화누리 이용권', '이용권', '공연·전시·체험 이용권 연 {n}만원', ['아동', '청소년']],
  ['주거비 지원', '현금', '월세 또는 전세자금 이자 월 {n}만원', ['영유아', '청소년']],
  ['급식 지원', '이용권', '아동 급식카드 1식 단가 {n}천원 추가', ['아동', '청소년']],
];

function policyFrom(key: string, title: string, agency: string, lifeStages: readonly string[], target: string, benefit: string, supportType: string, howToApply: string, sido: Sido, sigungu: Sigungu | null, r: () => number): SourceRecord {
  const always = r() < 0.35;
  const month = int(r, 1, 10);
  const stages = stagesOf(lifeStages);
  return {
    kind: 'POLICY',
    sourceKey: key,
    subtype: 'POLICY',
    name: title,
    stages,
    primaryStage: stages[0]!,
    sido: sido.name,
    sigungu: sigungu && sido.code !== '36' ? sigungu.name : null,
    regionCode: sigungu?.code ?? null,
    attrs: {
      summary: `${target}에게 ${benefit}`,
      target,
      benefit,
      supportType,
      agency,
      howToApply,
      applicationPeriod: always
        ? { text: '상시신청', start: null, end: null, always: true }
        : { text: `2026.${month}.1~2026.${month + 2}.28`, start: `2026-${String(month).padStart(2, '0')}-01`, end: `2026-${String(month + 2).padStart(2, '0')}-28`, always: false },
    },
    provenance: provenance(key),
  };
}

const local = (text: string, area: string) => text.replace(/\{gu\}/g, area);

export function* policies(seed: number, count: number): Generator<SourceRecord> {
  const r = rng(seed, 'bench-search', 'policies');
  let n = 0;
  const key = () => `P${String(n++).padStart(6, '0')}`;
  // National policies once each; 시도 versions of the Seoul ones (서울 → the 시도's short name).
  for (const t of NATIONAL) {
    if (n >= count) return;
    yield template(t, key(), SIDO[0]!, null, r);
  }
  for (const sido of SIDO) {
    const short = sido.aliases[0] ?? sido.name;
    for (const t of SEOUL) {
      if (n >= count) return;
      const renamed = t.map((x) => (typeof x === 'string' ? x.replace(/서울특별시|서울시|서울형|서울/g, (m) => (m === '서울특별시' ? sido.name : m === '서울형' ? `${short}형` : short)) : x)) as unknown as PolicyTemplate;
      yield template(renamed, key(), sido, null, r);
    }
  }
  // District policies: the simulator's templates, then who × what, round-robin over districts until `count`.
  const districts = SIDO.flatMap((sido) => sido.sigungu.map((sigungu) => ({ sido, sigungu })));
  const composed: DistrictTemplate[] = TOPICS.flatMap((topic) =>
    BENEFITS.map(([what, supportType, benefit, lifeStages]) => ({
      title: `{gu} ${topic} ${what}`, category: '지역', lifeStages, target: `{gu} 거주 ${topic}${topic.endsWith('가정') ? '' : ' 가정'}`, benefit, amount: null, base: [5, 50] as [number, number], supportType, ages: null, howToApply: pick(r, ['동주민센터 신청', '구청 누리집 신청', '보건소 신청', '복지로 신청']),
    })),
  );
  const templates = [...DISTRICT, ...NEW_POLICIES, ...composed];
  // Round r gives district d template (r + d): no district repeats a title until every template is used.
  for (let round = 0; n < count; round++) {
    for (const [d, { sido, sigungu }] of districts.entries()) {
      if (n >= count) return;
      const t = templates[(round + d) % templates.length]!;
      const area = sido.code === '36' ? sido.name : sigungu.name;
      const amount = int(r, t.base[0] || 5, t.base[1] || 50);
      const edition = round >= templates.length ? ` (${2026 - Math.floor(round / templates.length)}년)` : '';
      yield policyFrom(key(), `${local(t.title, area)}${edition}`, `${sido.name} ${area}`, t.lifeStages, local(t.target, area), `${local(t.benefit, area).replace('{n}', String(amount))}${t.amount ? ` (${t.amount(amount)})` : ''}`, t.supportType, t.howToApply, sido, sigungu, r);
    }
  }
}

function template(t: PolicyTemplate, key: string, sido: Sido, sigungu: Sigungu | null, r: () => number): SourceRecord {
  const [title, agency, , lifeStages, target, benefit, amount, supportType, , , howToApply] = t;
  return policyFrom(key, title, agency, lifeStages, target, `${benefit}${amount ? ` (${amount})` : ''}`, supportType, howToApply, sido, sigungu, r);
}
