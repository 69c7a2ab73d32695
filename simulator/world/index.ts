import { SIDO } from '../../common/regions';
import { bundled } from './bundled';
import { DISTRICT, GANGNAM_EXTRA, HOSPITALS, NATIONAL, NEW_POLICIES, PROGRAM_TEMPLATES, SEOUL, WORDS, type PolicyTemplate } from './catalogue';
import { centrePlaces, centrePrograms, moveCentrePrograms } from './centre';
import { int, pick, rng, shuffle } from './random';
import type { ChildcareRow, KindergartenItem, ProgramStatus, SimFacility, SimPolicy, SimProgram, World } from './types';

export type { World } from './types';
export { publishedTitle } from './titles';

/**
 * The simulated world at a tick: the bundled real data (어린이집, 유치원,
 * 산후조리원) plus synthetic facilities, programmes and policies, all
 * deterministic from the seed. Tick t is tick t-1 with a few seeded changes
 * (vacancies move, courses fill, policies are added, edited and withdrawn,
 * some facilities and programmes disappear), so the same (seed, tick)
 * always yields the same world.
 */
const SEOUL_GU = SIDO.find((s) => s.code === '11')!.sigungu;

/**
 * Memo: per seed, a checkpoint every CHECKPOINT ticks (so a late tick is
 * reached by evolving at most CHECKPOINT-1 steps from a stored one), plus a
 * small LRU of recently asked worlds (the sites ask for t and t-1).
 */
const CHECKPOINT = 25;
const MAX_SEEDS = 4;
const LRU_SIZE = 8;
const checkpoints = new Map<number, Map<number, World>>();
const recent = new Map<string, World>();
let steps = 0;

/** Tick transitions computed by this module so far (tests check the memo with it, not with a clock). */
export function evolveSteps(): number {
  return steps;
}

function remember(world: World): void {
  const id = `${world.seed}:${world.tick}`;
  recent.delete(id);
  recent.set(id, world);
  while (recent.size > LRU_SIZE) recent.delete(recent.keys().next().value!);
}

export function worldAt(seed: number, tick: number): World {
  if (!Number.isInteger(tick) || tick < 0) throw new Error(`tick must be a non-negative integer (got ${tick})`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number (got ${seed})`);
  const hit = recent.get(`${seed}:${tick}`);
  if (hit) {
    remember(hit);
    return hit;
  }
  let stored = checkpoints.get(seed);
  if (!stored) {
    if (checkpoints.size >= MAX_SEEDS) checkpoints.delete(checkpoints.keys().next().value!);
    stored = new Map([[0, baseWorld(seed)]]);
    checkpoints.set(seed, stored);
  }
  // Start from the nearest world at or below `tick`: a recent one or a checkpoint.
  let world = stored.get(Math.floor(tick / CHECKPOINT) * CHECKPOINT) ?? null;
  if (!world) {
    let c = Math.floor(tick / CHECKPOINT) * CHECKPOINT;
    while (!stored.has(c)) c -= CHECKPOINT;
    world = stored.get(c)!;
  }
  for (const w of recent.values()) if (w.seed === seed && w.tick <= tick && w.tick > world.tick) world = w;
  while (world.tick < tick) {
    world = evolve(world);
    steps++;
    if (world.tick % CHECKPOINT === 0) stored.set(world.tick, world);
  }
  remember(world);
  return world;
}

export interface WorldDiff {
  fromTick: number;
  toTick: number;
  added: Record<'policies' | 'programs' | 'facilities', string[]>;
  changed: Record<'policies' | 'programs' | 'facilities' | 'childcare' | 'kindergartens', string[]>;
  removed: Record<'policies' | 'programs' | 'facilities', string[]>;
  /** Number of items per collection in each section, for quick assertions. */
  counts: { added: number; changed: number; removed: number };
}

const same = (x: unknown, y: unknown): boolean => x === y || JSON.stringify(x) === JSON.stringify(y);

function diffByKey<T>(xs: readonly T[], ys: readonly T[], keyOf: (x: T) => string): { added: string[]; changed: string[]; removed: string[] } {
  const before = new Map(xs.map((x) => [keyOf(x), x]));
  const after = new Map(ys.map((y) => [keyOf(y), y]));
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
    changed: [...after.entries()].filter(([k, v]) => before.has(k) && !same(before.get(k), v)).map(([k]) => k),
  };
}

/**
 * What changed between two ticks, by key (facility, programme and policy keys
 * are unique across publishers; childcare by 어린이집코드, kindergartens by
 * their `key` field). For tests of incremental crawling.
 */
export function worldDiff(seed: number, fromTick: number, toTick: number): WorldDiff {
  const a = worldAt(seed, fromTick);
  const b = worldAt(seed, toTick);
  const p = diffByKey(a.policies, b.policies, (x) => x.key);
  const g = diffByKey(a.programs, b.programs, (x) => x.key);
  const f = diffByKey(a.facilities, b.facilities, (x) => x.key);
  const c = diffByKey(a.childcare, b.childcare, (x) => x.code);
  const k = diffByKey(a.kindergartens, b.kindergartens, (x) => String(x['key']));
  const added = { policies: p.added, programs: g.added, facilities: f.added };
  const changed = { policies: p.changed, programs: g.changed, facilities: f.changed, childcare: c.changed, kindergartens: k.changed };
  const removed = { policies: p.removed, programs: g.removed, facilities: f.removed };
  const total = (r: Record<string, string[]>) => Object.values(r).reduce((n, xs) => n + xs.length, 0);
  return { fromTick, toTick, added, changed, removed, counts: { added: total(added), changed: total(changed), removed: total(removed) } };
}

// ---------------------------------------------------------------- tick 0

function stem(gu: string): string {
  return gu.length > 2 ? gu.slice(0, -1) : gu;
}

type PhoneStyle = 'dash' | 'paren' | 'space';
function phoneOf(random: () => number, style: PhoneStyle): string {
  const a = int(random, 2000, 3999);
  const b = int(random, 1000, 9999);
  return style === 'paren' ? `02)${a}-${b}` : style === 'space' ? `(02) ${a} ${b}` : `02-${a}-${b}`;
}

function baseWorld(seed: number): World {
  const data = bundled();
  return {
    seed,
    tick: 0,
    childcare: data.childcare,
    kindergartens: data.kindergartens,
    postpartum: data.postpartum,
    facilities: facilities(seed),
    programs: programs(seed),
    policies: policies(seed),
    centrePrograms: centrePrograms(seed),
    centrePlaces: centrePlaces(seed),
  };
}

interface FacilitySpec {
  publisher: string;
  /** Key prefix, unique across publishers. */
  prefix: string;
  kindLabel: string;
  perGu: number | ((index: number) => number);
  name: (gu: string, word: string, n: number) => string;
  phone: PhoneStyle;
  hours: string[];
  ages: string;
  capacity?: [number, number];
  specialCare?: string[];
  description: string;
  school?: boolean;
  onlyGu?: string[];
  /** English name as the site publishes it (multilingual centres), from the romanised district. */
  nameEn?: (guRomanised: string) => string;
}

/** Official romanisation of Seoul's 25 자치구, by 시군구 code. */
const GU_ROMANISED: Record<string, string> = {
  '11110': 'Jongno-gu', '11140': 'Jung-gu', '11170': 'Yongsan-gu', '11200': 'Seongdong-gu', '11215': 'Gwangjin-gu', '11230': 'Dongdaemun-gu', '11260': 'Jungnang-gu',
  '11290': 'Seongbuk-gu', '11305': 'Gangbuk-gu', '11320': 'Dobong-gu', '11350': 'Nowon-gu', '11380': 'Eunpyeong-gu', '11410': 'Seodaemun-gu', '11440': 'Mapo-gu',
  '11470': 'Yangcheon-gu', '11500': 'Gangseo-gu', '11530': 'Guro-gu', '11545': 'Geumcheon-gu', '11560': 'Yeongdeungpo-gu', '11590': 'Dongjak-gu', '11620': 'Gwanak-gu',
  '11650': 'Seocho-gu', '11680': 'Gangnam-gu', '11710': 'Songpa-gu', '11740': 'Gangdong-gu',
};

const FACILITY_SPECS: FacilitySpec[] = [
  { publisher: 'seoul-local-children', prefix: 'LC', kindLabel: '지역아동센터', perGu: 6, name: (gu, w) => `${stem(gu)}${w}지역아동센터`, phone: 'dash', hours: ['14:00~19:00', '13:00~20:00'], ages: '초등 1~6학년', capacity: [19, 49], specialCare: ['방과후'], description: '방과 후 보호, 학습지도, 급식, 체험활동을 제공하는 지역아동센터입니다.' },
  { publisher: 'seoul-dahamkke', prefix: 'DH', kindLabel: '다함께돌봄센터', perGu: 4, name: (gu, _w, n) => (n % 2 ? `${gu} 우리동네키움센터 ${n}호점` : `${gu} 다함께돌봄센터 ${n}호점`), phone: 'paren', hours: ['08시00분~20시00분', '09시00분~19시00분'], ages: '만 6~12세 초등학생', capacity: [15, 40], specialCare: ['방과후'], description: '초등학생 상시·일시 돌봄과 놀이 프로그램을 운영합니다.' },
  { publisher: 'sen-elementary-care', prefix: 'EC', kindLabel: '초등돌봄교실', perGu: 4, name: (gu, w) => `서울${stem(gu)}${w}초등학교 초등돌봄교실`, phone: 'dash', hours: ['13:00~17:00', '13:00~19:00'], ages: '초등 1~2학년', capacity: [20, 40], specialCare: ['방과후'], description: '학교 안에서 방과 후 돌봄과 놀이·독서 활동을 제공합니다.', school: true },
  { publisher: 'seoul-youth-center', prefix: 'YC', kindLabel: '청소년수련관', perGu: (i) => (i < 20 ? 1 : 0), name: (gu) => `${stem(gu)}청소년수련관`, phone: 'dash', hours: ['09:00~22:00'], ages: '9~24세', description: '청소년 수련활동, 문화·체육 강좌, 동아리 활동 공간입니다.' },
  { publisher: 'youth-culture-house', prefix: 'CH', kindLabel: '청소년문화의집', perGu: (i) => (i % 5 === 4 ? 0 : i < 19 ? 1 : 0), name: (gu) => `${stem(gu)}청소년문화의집`, phone: 'space', hours: ['10시00분~21시00분', '10:00~21:00'], ages: '9~24세', description: '청소년 문화·예술 프로그램과 자율 공간을 운영합니다.' },
  { publisher: 'youth-counsel', prefix: 'CS', kindLabel: '청소년상담복지센터', perGu: 1, name: (gu) => `${gu}청소년상담복지센터`, phone: 'dash', hours: ['09:00~18:00'], ages: '9~24세 청소년과 부모', description: '청소년 개인·집단 상담과 위기 지원을 합니다.' },
  { publisher: 'youth-academy', prefix: 'YA', kindLabel: '방과후아카데미', perGu: (i) => (i % 5 === 0 ? 2 : 1), name: (gu, w) => `${stem(gu)} ${w} 청소년방과후아카데미`, phone: 'dash', hours: ['15:00~21:00'], ages: '초등 4학년~중학교 3학년', capacity: [20, 40], specialCare: ['방과후'], description: '방과 후 학습·체험·급식을 제공하는 청소년 방과후아카데미입니다.' },
  { publisher: 'emergency-care-24', prefix: 'EM', kindLabel: '24시간 긴급돌봄센터', perGu: (i) => (i % 5 === 2 ? 2 : 0), name: (gu, _w, n) => `${gu} 24시간 긴급돌봄센터${n > 1 ? ` ${n}` : ''}`, phone: 'dash', hours: ['24시간'], ages: '만 6개월~만 12세', capacity: [5, 12], specialCare: ['24시간', '긴급', '야간연장', '휴일'], description: '보호자의 입원·출장 등 긴급 상황에 24시간 아이를 돌봅니다.' },
  { publisher: 'shared-parenting', prefix: 'SP', kindLabel: '공동육아나눔터', perGu: (i) => 2 + (i % 5 === 0 ? 1 : 0) + (i % 7 === 3 ? 1 : 0), name: (gu, w) => `${stem(gu)} ${w} 공동육아나눔터`, phone: 'paren', hours: ['10:00~18:00', '10시~18시'], ages: '만 0~12세 자녀와 부모', description: '부모 품앗이, 장난감 대여, 육아 모임 공간입니다.' },
  { publisher: 'multicultural-center', prefix: 'MC', kindLabel: '다문화가족지원센터', perGu: 1, name: (gu) => `${gu}다문화가족지원센터`, phone: 'dash', hours: ['09:00~18:00'], ages: '다문화가족 누구나', specialCare: ['다문화'], description: '한국어교육, 통번역, 자녀 언어발달 지원을 합니다.', nameEn: (gu) => `${gu} Multicultural Family Support Center` },
  { publisher: 'family-center', prefix: 'FC', kindLabel: '건강가정지원센터', perGu: 1, name: (gu) => `${gu}건강가정지원센터`, phone: 'space', hours: ['09:00~18:00'], ages: '가족 누구나', description: '가족상담, 가족교육, 가족돌봄 프로그램을 운영합니다.', nameEn: (gu) => `${gu} Healthy Family Support Center` },
  { publisher: 'hourly-care', prefix: 'HC', kindLabel: '시간제보육 제공기관', perGu: (i) => 3 + (i % 5 === 1 ? 1 : 0), name: (gu, w) => `${stem(gu)}${w}어린이집 시간제보육실`, phone: 'dash', hours: ['09:00~18:00', '09:00~16:00'], ages: '만 6개월~만 2세', capacity: [3, 6], specialCare: ['시간제보육'], description: '가정양육 영아를 시간 단위로 맡길 수 있는 시간제보육실입니다.' },
];

function facilities(seed: number): SimFacility[] {
  const out: SimFacility[] = [];
  for (const spec of FACILITY_SPECS) {
    const random = rng(seed, 'facilities', spec.publisher);
    let serial = 0;
    SEOUL_GU.forEach((gu, index) => {
      const count = typeof spec.perGu === 'number' ? spec.perGu : spec.perGu(index);
      const words = shuffle(random, WORDS);
      for (let n = 1; n <= count; n++) {
        serial++;
        const word = words[n % words.length]!;
        const capacity = spec.capacity ? int(random, spec.capacity[0], spec.capacity[1]) : null;
        const name = spec.name(gu.name, word, n);
        out.push({
          key: `${spec.prefix}-${gu.code}-${String(n).padStart(3, '0')}`,
          publisher: spec.publisher,
          kindLabel: spec.kindLabel,
          name,
          sido: '서울특별시',
          sigungu: gu.name,
          address: streetAddress(random, gu.name),
          phone: phoneOf(random, spec.phone),
          lat: random() < 0.08 ? null : round6(gu.lat + (random() - 0.5) * 0.03),
          lng: random() < 0.08 ? null : round6(gu.lng + (random() - 0.5) * 0.03),
          hours: pick(random, spec.hours),
          capacity,
          enrolled: capacity === null ? null : int(random, Math.floor(capacity / 2), capacity),
          specialCare: spec.specialCare ?? [],
          ages: spec.ages,
          description: spec.description,
          homepage: random() < 0.4 ? `http://www.${spec.publisher.replace(/-/g, '')}${serial}.or.kr` : null,
          school: spec.school ? name.replace(' 초등돌봄교실', '') : null,
          ...(spec.nameEn ? { nameEn: spec.nameEn(GU_ROMANISED[gu.code] ?? gu.name) } : {}),
        });
      }
    });
  }
  HOSPITALS.forEach((hospital, i) => {
    const gu = SEOUL_GU[(i * 3) % SEOUL_GU.length]!;
    out.push(single('hospital-child-care', `HCC-${String(i + 1).padStart(3, '0')}`, '입원아동 돌봄', `${hospital} 입원아동 돌봄센터`, gu.name, gu.lat, gu.lng, '24시간', '만 12세 이하 입원 아동', ['24시간'], '입원 아동 보호자를 대신해 병실 돌봄을 제공합니다.', seed));
  });
  const health: [string, string, string][] = [['gangnam-health', '강남구', 'GNH-001'], ['songpa-health', '송파구', 'SPH-001']];
  for (const [publisher, gu, key] of health) {
    const g = SEOUL_GU.find((x) => x.name === gu)!;
    out.push(single(publisher, key, '보건소', `${gu}보건소`, gu, g.lat, g.lng, '09:00~18:00', '지역 주민 누구나', [], '임산부·영유아 등록관리, 예방접종, 건강 프로그램을 운영합니다.', seed));
  }
  const ccic: [string, string][] = [['gangseo-ccic', '강서구'], ['nowon-ccic', '노원구'], ['songpa-ccic', '송파구'], ['mapo-ccic', '마포구'], ['gwanak-ccic', '관악구']];
  for (const [publisher, gu] of ccic) {
    const g = SEOUL_GU.find((x) => x.name === gu)!;
    out.push(single(publisher, `CCIC-${g.code}`, '육아종합지원센터', `${gu}육아종합지원센터`, gu, g.lat, g.lng, '09시00분~18시00분', '영유아와 부모, 보육교직원', [], '보육 상담, 장난감도서관, 부모교육, 어린이집 지원을 합니다.', seed));
  }
  return out;
}

function single(publisher: string, key: string, kindLabel: string, name: string, gu: string, lat: number, lng: number, hours: string, ages: string, specialCare: string[], description: string, seed: number): SimFacility {
  const random = rng(seed, 'single', key);
  return {
    key,
    publisher,
    kindLabel,
    name,
    sido: '서울특별시',
    sigungu: gu,
    address: streetAddress(random, gu),
    phone: phoneOf(random, 'dash'),
    lat: round6(lat + (random() - 0.5) * 0.01),
    lng: round6(lng + (random() - 0.5) * 0.01),
    hours,
    capacity: null,
    enrolled: null,
    specialCare,
    ages,
    description,
    homepage: null,
    school: null,
  };
}

/** `서울특별시 <구> <road>길 <n>` (sometimes a main road, sometimes a floor): fictional but plausible. */
function streetAddress(random: () => number, gu: string): string {
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

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

// ---------------------------------------------------------------- programmes

const PROGRAM_PUBLISHERS: [publisher: string, template: keyof typeof PROGRAM_TEMPLATES, count: number, periodStyle: number][] = [
  ['gangseo-ccic', 'ccic', 15, 0],
  ['nowon-ccic', 'ccic', 15, 1],
  ['songpa-ccic', 'ccic', 15, 2],
  ['mapo-ccic', 'ccic', 15, 0],
  ['gwanak-ccic', 'ccic', 15, 1],
  ['gangnam-health', 'health', 25, 2],
  ['songpa-health', 'health', 20, 0],
  ['seoul-youth-center', 'youth', 120, 0],
  ['youth-culture-house', 'youth', 40, 1],
  ['youth-counsel', 'counsel', 20, 2],
  ['multicultural-center', 'multicultural', 30, 0],
  ['family-center', 'family', 40, 1],
  ['seoul-mom-care', 'health', 15, 2],
];

/** Course periods in the three ways sites write them (all in 2026, end after start). */
function periodText(random: () => number, style: number): string {
  const start = new Date(Date.UTC(2026, int(random, 2, 10), int(random, 1, 28)));
  const end = new Date(Math.min(Date.UTC(2026, 11, 31), start.getTime() + int(random, 1, 10) * 7 * 86_400_000));
  const [m, d, m2, d2] = [start.getUTCMonth() + 1, start.getUTCDate(), end.getUTCMonth() + 1, end.getUTCDate()];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (style === 0) return `2026.${pad(m)}.${pad(d)}~2026.${pad(m2)}.${pad(d2)}`;
  if (style === 1) return `'26.${m}.${d}.~${m2}.${d2}.`;
  return `2026년 ${m}월 ${d}일 ~ ${m2}월 ${d2}일`;
}

/**
 * Phrases with syllables CP949 has but EUC-KR's 2,350 (KS X 1001) do not:
 * 똠, 쌰, 햏, 뷁, 펲, 샾. The 강남구보건소 board (a CP949 CMS) uses them.
 */
export const CP949_ONLY_SYLLABLES = ['똠', '쌰', '햏', '뷁', '펲', '샾'];
const CP949_PHRASES: [title: string, description: string][] = [
  ['똠얌꿍 이유식 응용편', '태국 요리 똠얌꿍을 아기 입맛에 맞게 순하게 바꾼 이유식 응용 레시피를 배웁니다.'],
  ['으쌰으쌰 순산 체조', '"으쌰으쌰" 구령에 맞춰 골반과 허리를 풀어 주는 순산 체조입니다.'],
  ['햏햏 아빠 모임', '아빠들이 스스로 지은 모임 이름 "햏햏 아빠단"으로 모여 육아 경험을 나눕니다.'],
  ['뷁뷁 소리 따라 하기 놀이', '아기가 내는 옹알이(뷁, 빠빠 등)를 따라 하며 상호작용하는 놀이입니다.'],
  ['펲펲 물놀이 교실', '아기 목욕 시간에 "펲펲" 물장구 놀이로 물과 친해지는 방법을 배웁니다.'],
  ['샾(#) 태그 성장일기', '육아일기에 샾(#) 태그를 붙여 성장 기록을 정리하는 방법을 안내합니다.'],
];

function programs(seed: number): SimProgram[] {
  const out: SimProgram[] = [];
  PROGRAM_PUBLISHERS.forEach(([publisher, template, count, style], p) => {
    const random = rng(seed, 'programs', publisher);
    const templates = PROGRAM_TEMPLATES[template]!;
    for (let i = 0; i < count; i++) {
      out.push(makeProgram(random, publisher, templates[i % templates.length]!, i, Math.floor(i / templates.length) + 1, style, 0, programKey(p, 1000 + i)));
    }
  });
  return out;
}

/** Board article numbers: unique across publishers (publisher n owns n00000…n99999). */
function programKey(publisherIndex: number, serial: number): string {
  return String((publisherIndex + 1) * 100_000 + serial);
}

/** `i`: position on the publisher's board (picks the CP949-only phrases); `round`: the 기 (cohort) number, 1 for the first run. */
function makeProgram(random: () => number, publisher: string, t: [string, string, string, string, string], i: number, round: number, style: number, tick: number, key: string): SimProgram {
  const [baseTitle, category, target, ages, lifeStage] = t;
  let title = round > 1 ? `${baseTitle} (${round}기)` : baseTitle;
  let description = `${baseTitle} 프로그램입니다. 회차별 정원이 있으며 선착순으로 접수합니다.`;
  if (publisher === 'gangnam-health' && i % 5 === 1) {
    // The CMS stores CP949: these syllables are outside EUC-KR's 2,350.
    const [phrase, text] = CP949_PHRASES[(Math.floor(i / 5) + tick) % CP949_PHRASES.length]!;
    title = round > 1 ? `${phrase} (${round}기)` : phrase;
    description += `\n${text}\n진행: 김○○ 강사 (강남구보건소 모자보건실)`;
  }
  const capacity = pick(random, [10, 12, 15, 16, 20, 24, 30]);
  const upcoming = random() < 0.12;
  const enrolled = upcoming ? 0 : int(random, 0, capacity + 3);
  return {
    key,
    publisher,
    title,
    category,
    target,
    ages,
    period: periodText(random, style),
    schedule: `매주 ${pick(random, ['월', '화', '수', '목', '금', '토'])} ${pick(random, ['10시00분~11시30분', '14시00분~16시00분', '19시00분~21시00분'])}`,
    place: pick(random, ['프로그램실', '강당', '다목적실', '교육장']),
    fee: pick(random, ['무료', '무료', '재료비 5,000원', '월 3만원']),
    capacity,
    enrolled: Math.min(enrolled, capacity),
    status: upcoming ? '접수예정' : statusOf(Math.min(enrolled, capacity), capacity, enrolled > capacity),
    contact: phoneOf(random, 'dash'),
    description,
    // Only boards that tag by life stage set it (the ccic CMS, 보건소, youth sites, 서울맘케어).
    lifeStage: publisher.endsWith('-ccic') || publisher.includes('youth') || publisher.includes('health') || publisher === 'seoul-mom-care' ? lifeStage : null,
  };
}

/** Status consistent with seats: 접수중 while seats remain; when full, 마감 or 대기 (waiting list open). 접수예정 only with nobody enrolled yet. */
function statusOf(enrolled: number, capacity: number, waiting: boolean): ProgramStatus {
  if (enrolled >= capacity) return waiting ? '대기' : '마감';
  return '접수중';
}

// ---------------------------------------------------------------- policies

/** A policy's application period; `출생일로부터 60일 이내` only for birth-related ones (others are 상시). */
function period(random: () => number, style: number, category = '출산'): string {
  if (style % 5 === 4 && category !== '출산') return '상시';
  switch (style % 5) {
    case 0:
      return '상시';
    case 1:
      return `2026.01.02~2026.12.31`;
    case 2:
      return `'26.${int(random, 2, 4)}.${int(random, 1, 20)}.~${int(random, 5, 9)}.${int(random, 1, 28)}.`;
    case 3:
      return `2026년 ${int(random, 1, 3)}월 ${int(random, 1, 15)}일 ~ 2026년 12월 31일`;
    default:
      return '출생일로부터 60일 이내';
  }
}

function updatedOn(random: () => number): string {
  const year = random() < 0.3 ? 2025 : 2026;
  const month = year === 2025 ? int(random, 6, 12) : int(random, 1, 10);
  return `${year}-${String(month).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`;
}

function contact(random: () => number, agency: string): string {
  return agency === '보건복지부' ? '보건복지상담센터 129' : agency.includes('여성가족부') ? '여성가족부 콜센터 1644-6621' : `${agency} ${phoneOf(random, 'dash')}`;
}

function fromTemplate(random: () => number, t: PolicyTemplate, key: string, level: SimPolicy['level'], publishers: string[], style: number): SimPolicy {
  const [title, agency, category, lifeStages, target, benefit, amount, supportType, ages, legalBasis, howToApply] = t;
  return {
    key,
    publishers,
    keys: {},
    title,
    agency,
    level,
    sigungu: null,
    category,
    target,
    benefit,
    amount,
    howToApply,
    period: period(random, style, category),
    contact: contact(random, agency),
    supportType,
    lifeStages,
    ages,
    legalBasis,
    updatedOn: updatedOn(random),
    since: 0,
  };
}

function policies(seed: number): SimPolicy[] {
  const random = rng(seed, 'policies');
  const out: SimPolicy[] = [];
  NATIONAL.forEach((t, i) => {
    const publishers = ['bokjiro-api', 'gov24-subsidy-api'];
    if (t[3].includes('임신·출산')) publishers.push('seoul-mom-care');
    if (t[0].includes('아이돌봄') || t[0].includes('긴급돌봄') || t[0].includes('시간제보육')) publishers.push('idolbom');
    if (t[0].includes('입원아동') || t[0].includes('질병감염아동')) publishers.push('hospital-child-care');
    const p = fromTemplate(random, t, `N${String(i + 1).padStart(4, '0')}`, '중앙', publishers, i);
    p.keys = { 'bokjiro-api': `WLF0000${String(1000 + i * 7).padStart(4, '0')}`, 'gov24-subsidy-api': `0000004${String(65000 + i * 13).padStart(5, '0')}` };
    out.push(p);
  });
  SEOUL.forEach((t, i) => {
    const publishers = ['seoul-policy-board'];
    if (t[3].includes('임신·출산')) publishers.push('seoul-mom-care');
    if (t[0].includes('입원')) publishers.push('hospital-child-care');
    if (i % 3 === 0) publishers.push('gov24-subsidy-api');
    const p = fromTemplate(random, t, `S${String(i + 1).padStart(4, '0')}`, '광역', publishers, i + 2);
    p.keys = { 'gov24-subsidy-api': `6110000${String(10000 + i * 17).padStart(5, '0')}` };
    out.push(p);
  });
  SEOUL_GU.forEach((gu, g) => {
    DISTRICT.forEach((t, j) => {
      // Every 구 has 출산지원금 and 산후조리비; the other templates in about half of them (all in 강남구).
      if (j >= 2 && gu.name !== '강남구' && random() >= 0.55) return;
      const base = int(random, t.base[0], t.base[1]);
      const publishers = ['seoul-policy-board'];
      if (gu.name === '강남구') publishers.push('gangnam-policy');
      if (j < 2 || (j === 4 && g % 2 === 0)) publishers.push('gov24-subsidy-api');
      const fill = (s: string) => s.replace(/\{gu\}/g, gu.name);
      out.push({
        key: `D${gu.code}${String(j + 1).padStart(2, '0')}`,
        publishers,
        keys: { 'gov24-subsidy-api': `${gu.code}00${String(j + 1).padStart(5, '0')}` },
        title: fill(t.title),
        agency: `서울특별시 ${gu.name}`,
        level: '기초',
        sigungu: gu.name,
        category: t.category,
        target: fill(t.target),
        benefit: t.benefit,
        amount: t.amount ? t.amount(base) : null,
        howToApply: t.howToApply,
        period: period(random, g + j, t.category),
        contact: `${gu.name} ${t.category === '건강' || t.category === '임신' ? '보건소' : '가족정책과'} ${phoneOf(random, 'dash')}`,
        supportType: t.supportType,
        lifeStages: t.lifeStages,
        ages: t.ages,
        legalBasis: `서울특별시 ${gu.name} 저출산 극복 및 출산 장려 조례`,
        updatedOn: updatedOn(random),
        since: 0,
      });
    });
  });
  GANGNAM_EXTRA.forEach(([title, category, lifeStages, target, benefit, amount], i) => {
    out.push({
      key: `G${String(i + 1).padStart(4, '0')}`,
      publishers: ['gangnam-policy'],
      keys: {},
      title,
      agency: '서울특별시 강남구',
      level: '기초',
      sigungu: '강남구',
      category,
      target,
      benefit,
      amount,
      howToApply: '강남구청 누리집 또는 동주민센터 신청',
      period: period(random, i + 1, category),
      contact: `강남구 가족정책과 ${phoneOf(random, 'dash')}`,
      supportType: amount ? '현금' : '서비스',
      lifeStages,
      ages: null,
      legalBasis: '서울특별시 강남구 출산 및 양육 지원 조례',
      updatedOn: updatedOn(random),
      since: 0,
    });
  });
  return out;
}

// ---------------------------------------------------------------- ticks

/**
 * Tick t from tick t-1. Every change draws from its own generator seeded by
 * (seed, tick, purpose), so adding a kind of change never shifts another.
 * Unchanged items keep their identity (same object), so lists stay the same.
 */
function evolve(prev: World): World {
  const tick = prev.tick + 1;
  const r = (purpose: string) => rng(prev.seed, 'tick', tick, purpose);
  return {
    ...prev,
    tick,
    childcare: moveEnrolment(prev.childcare, r('childcare')),
    kindergartens: moveKindergartens(prev.kindergartens, r('kindergartens')),
    facilities: relocateCentres(moveFacilities(prev.facilities, r('facilities'), tick), r('relocations')),
    programs: movePrograms(prev.programs, r('programs'), tick),
    policies: movePolicies(prev.policies, r('policies'), tick),
    centrePrograms: moveCentrePrograms(prev.centrePrograms, prev.seed, tick),
  };
}

const AGE_COLUMNS = ['아동수-만0세', '아동수-만1세', '아동수-만2세', '아동수-만3세', '아동수-만4세', '아동수-만5세', '아동수-영아혼합(만0~2세)', '아동수-유아혼합(만3~5세)', '아동수-특수장애'];
const num = (v: string | undefined): number | null => (v === undefined || v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

/**
 * ~2% of centres gain or lose a child or two. The per-age 아동수 columns move
 * and 아동수-총계 stays their sum; 현원 moves by the same amount (it equals
 * 아동수-총계 in the file except where the file itself disagrees), never
 * below 0 nor above 정원 when 정원 is known.
 */
function moveEnrolment(rows: ChildcareRow[], random: () => number): ChildcareRow[] {
  // ~2%: draw that many distinct rows (cheaper than a coin per row).
  const picked = new Set<number>();
  const target = Math.round(rows.length * (0.015 + random() * 0.01));
  while (picked.size < target) picked.add(Math.floor(random() * rows.length));
  const out = rows.slice();
  for (const i of [...picked].sort((a, b) => a - b)) out[i] = moveOne(rows[i]!, random);
  return out;
}

function moveOne(row: ChildcareRow, random: () => number): ChildcareRow {
  const f = row.fields;
  const capacity = num(f['정원']);
  const current = num(f['현원']);
  if (current === null) return row;
  const room = capacity !== null && capacity > 0 ? capacity - current : Infinity;
  // A child or two join (if there is room) or leave (if anyone is there).
  const join = room > 0 && (current === 0 || random() < 0.5);
  const columns = AGE_COLUMNS.filter((c) => num(f[c]) !== null && (join || num(f[c])! > 0));
  const column = columns.length ? columns[Math.floor(random() * columns.length)]! : null;
  const size = int(random, 1, 2);
  const delta = join ? Math.min(size, room) : -Math.min(size, current, column ? num(f[column])! : current);
  if (delta === 0) return row;
  const fields: Record<string, string> = { ...f, 현원: String(current + delta) };
  if (column) {
    fields[column] = String(num(f[column])! + delta);
    if (num(f['아동수-총계']) !== null) fields['아동수-총계'] = String(AGE_COLUMNS.reduce((n, c) => n + (num(fields[c]) ?? 0), 0));
  }
  return { ...row, fields };
}

/** Now and then a kindergarten's enrolment (ppcnt3/4/5, mixppcnt) moves by one. */
function moveKindergartens(items: KindergartenItem[], random: () => number): KindergartenItem[] {
  if (random() >= 0.3) return items;
  const i = Math.floor(random() * items.length);
  const item = items[i]!;
  const columns = ['ppcnt3', 'ppcnt4', 'ppcnt5', 'mixppcnt'].filter((c) => typeof item[c] === 'string' && /^\d+$/.test(item[c] as string));
  if (!columns.length) return items;
  const column = columns[Math.floor(random() * columns.length)]!;
  const next = Math.max(0, Number(item[column]) + (random() < 0.5 ? -1 : 1));
  const out = items.slice();
  out[i] = { ...item, [column]: String(next) };
  return out;
}

/** 1–2 시간제보육 providers close (their pages 404), 1–2 new ones register; 다함께돌봄 seats move a little. */
function moveFacilities(facilities: SimFacility[], random: () => number, tick: number): SimFacility[] {
  const hourly = facilities.filter((f) => f.publisher === 'hourly-care');
  const closing = new Set(shuffle(random, hourly).slice(0, hourly.length > 40 ? int(random, 1, 2) : 0).map((f) => f.key));
  const out = facilities
    .filter((f) => !closing.has(f.key))
    .map((f) => {
      if (f.publisher !== 'seoul-dahamkke' || f.capacity === null || f.enrolled === null || random() >= 0.03) return f;
      const enrolled = Math.max(0, Math.min(f.capacity, f.enrolled + (random() < 0.5 ? -1 : 1)));
      return enrolled === f.enrolled ? f : { ...f, enrolled };
    });
  const opening = hourly.length < 130 ? int(random, 1, 2) : 0;
  for (let n = 0; n < opening; n++) {
    const gu = SEOUL_GU[Math.floor(random() * SEOUL_GU.length)]!;
    const word = pick(random, WORDS);
    const capacity = int(random, 3, 6);
    out.push({
      // New designations get keys after every existing one, so list pages before the end stay as they were.
      key: `HC-N${String(tick).padStart(5, '0')}-${n + 1}`,
      publisher: 'hourly-care',
      kindLabel: '시간제보육 제공기관',
      name: `${stem(gu.name)}${word}어린이집 시간제보육실`,
      sido: '서울특별시',
      sigungu: gu.name,
      address: streetAddress(random, gu.name),
      phone: phoneOf(random, 'dash'),
      lat: round6(gu.lat + (random() - 0.5) * 0.03),
      lng: round6(gu.lng + (random() - 0.5) * 0.03),
      hours: '09:00~18:00',
      capacity,
      enrolled: 0,
      specialCare: ['시간제보육'],
      ages: '만 6개월~만 2세',
      description: '가정양육 영아를 시간 단위로 맡길 수 있는 시간제보육실입니다. (신규 지정)',
      homepage: null,
      school: null,
    });
  }
  return out;
}

/**
 * Now and then (6 ticks in 10) one 다함께돌봄센터 moves within its 구: a new
 * street address and a new phone number on the same page. Real sites change
 * contact data this way, and editors' overrides of a phone must survive it
 * (curation review). Its own random stream, so the other changes of a tick
 * stay what they were before relocations existed.
 */
function relocateCentres(facilities: SimFacility[], random: () => number): SimFacility[] {
  if (random() >= 0.6) return facilities;
  const candidates = facilities.filter((f) => f.publisher === 'seoul-dahamkke');
  if (candidates.length === 0) return facilities;
  const moving = pick(random, candidates);
  const moved = { ...moving, address: streetAddress(random, moving.sigungu), phone: phoneOf(random, 'paren') };
  return facilities.map((f) => (f === moving ? moved : f));
}

/**
 * ~10% of courses change enrolment (status follows the seats); now and then
 * a 송파구보건소 programme is taken down (its page 404s); 1–3 new programmes
 * are posted.
 */
function movePrograms(programs: SimProgram[], random: () => number, tick: number): SimProgram[] {
  const songpa = programs.filter((p) => p.publisher === 'songpa-health');
  const removed = songpa.length > 8 && random() < 0.35 ? pick(random, songpa).key : null;
  const out: SimProgram[] = [];
  for (const p of programs) {
    if (p.key === removed) continue;
    if (random() >= 0.1) {
      out.push(p);
      continue;
    }
    if (p.status === '접수예정') {
      // Registration opens.
      out.push({ ...p, enrolled: int(random, 0, Math.floor(p.capacity / 2)), status: '접수중' });
      continue;
    }
    const enrolled = Math.max(0, Math.min(p.capacity, p.enrolled + int(random, -1, 3)));
    const status = statusOf(enrolled, p.capacity, enrolled >= p.capacity && (p.status === '대기' || random() < 0.5));
    if (enrolled === p.enrolled && status === p.status) out.push(p);
    else out.push({ ...p, enrolled, status });
  }
  const adding = int(random, 1, 3);
  for (let n = 0; n < adding; n++) {
    const index = pick(random, NEW_PROGRAM_PUBLISHERS);
    const [publisher, template, , style] = PROGRAM_PUBLISHERS[index]!;
    const templates = PROGRAM_TEMPLATES[template]!;
    const t = templates[(tick + n) % templates.length]!;
    // A later cohort: its 기 number is above any tick-0 one and grows with ticks, so titles stay distinct.
    out.push(makeProgram(random, publisher, t, -1, 20 + tick * 4 + n, style, tick, programKey(index, 5000 + tick * 4 + n)));
  }
  return out;
}

/** Where new programmes are posted (indexes into PROGRAM_PUBLISHERS): ccic boards, the two 보건소, youth centres. */
const NEW_PROGRAM_PUBLISHERS = [0, 1, 2, 3, 4, 5, 6, 6, 7, 7, 7, 8, 11];

/** An amount raised a little (the agency raised it): the first number with a unit grows by ~5–20%. Returns the old and new token too. */
function raiseAmount(amount: string, random: () => number): { amount: string; from: string; to: string } | null {
  const m = /(\d{1,3}(?:,\d{3})+|\d+)(만원|원|%)/.exec(amount);
  if (!m) return null;
  const [from, digits, unit] = m as unknown as [string, string, string];
  const before = Number(digits.replace(/,/g, ''));
  const raise = Math.max(1, Math.round((before * int(random, 5, 20)) / 100));
  let value = unit === '%' ? Math.min(100, before + 5) : before + raise;
  if (unit === '원' && value >= 1000) value = Math.round(value / 100) * 100;
  if (unit === '만원' && before >= 50) value = Math.ceil(value / 5) * 5;
  if (value === before) return null;
  const to = `${digits.includes(',') || value >= 1000 ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : String(value)}${unit}`;
  return { amount: amount.slice(0, m.index) + to + amount.slice(m.index + from.length), from, to };
}

const EDITED_PERIODS = ['2026.01.02~2026.12.31', "'26.3.2.~12.31.", '2026년 7월 1일 ~ 2026년 12월 31일', '상시', '출생일로부터 1년 이내'];

function tickDate(tick: number, day = 0): string {
  // Ticks walk forward through 2026 (one tick ≈ one day from March).
  const d = new Date(Date.UTC(2026, 2, 1 + ((tick + day) % 300)));
  return d.toISOString().slice(0, 10);
}

/** ~2 edits (amount or period text, updatedOn advances), ~1 withdrawal, ~3 new district policies (distinct titles). */
function movePolicies(policies: SimPolicy[], random: () => number, tick: number): SimPolicy[] {
  const out = policies.slice();
  const edits = int(random, 1, 3);
  for (let n = 0; n < edits; n++) {
    const i = int(random, 0, out.length - 1);
    const p = out[i]!;
    const raised = p.amount && random() < 0.6 ? raiseAmount(p.amount, random) : null;
    if (raised) {
      // The benefit text quotes the amount: it changes with it.
      const benefit = p.benefit.includes(raised.from) ? p.benefit.replace(raised.from, raised.to) : p.benefit;
      out[i] = { ...p, amount: raised.amount, benefit, updatedOn: tickDate(tick) };
    } else {
      const choices = EDITED_PERIODS.filter((x) => x !== p.period && (p.category === '출산' || !x.startsWith('출생일')));
      out[i] = { ...p, period: pick(random, choices), updatedOn: tickDate(tick) };
    }
  }
  // Withdraw one: mostly a recently added (temporary) one, which sits at the end of key-sorted lists.
  if (random() < 0.9) {
    const recent = out.map((p, i) => (p.since > 0 ? i : -1)).filter((i) => i >= 0);
    out.splice(recent.length > 3 && random() < 0.7 ? pick(random, recent) : int(random, 0, out.length - 1), 1);
  }
  const titles = new Set(out.map((p) => p.title));
  const adding = pick(random, [2, 3, 3, 4]);
  for (let n = 0; n < adding; n++) {
    const gu = SEOUL_GU[int(random, 0, SEOUL_GU.length - 1)]!;
    let template = NEW_POLICIES[int(random, 0, NEW_POLICIES.length - 1)]!;
    let title = template.title.replace('{gu}', gu.name);
    for (let tries = 0; titles.has(title) && tries < 20; tries++) {
      template = NEW_POLICIES[int(random, 0, NEW_POLICIES.length - 1)]!;
      title = template.title.replace('{gu}', gu.name);
    }
    if (titles.has(title)) title = `${title} (${Math.floor(tick / 30) + 2}차)`;
    if (titles.has(title)) title = `${title} 추가 모집 ${tick}-${n}`;
    titles.add(title);
    const fill = (x: string) => x.replace(/\{gu\}/g, gu.name);
    // Keys (and 보조금24 numbers) sort after every tick-0 one: list pages before the end stay as they were.
    const key = `T${String(tick).padStart(5, '0')}${n}`;
    const publishers = gu.name === '강남구' ? ['seoul-policy-board', 'gangnam-policy'] : ['seoul-policy-board'];
    const onGov24 = random() < 0.3;
    if (onGov24) publishers.push('gov24-subsidy-api');
    out.push({
      key,
      publishers,
      keys: onGov24 ? { 'gov24-subsidy-api': `9${gu.code}${String(tick).padStart(5, '0')}${n}` } : {},
      title,
      agency: `서울특별시 ${gu.name}`,
      level: '기초',
      sigungu: gu.name,
      category: template.category,
      target: fill(template.target),
      benefit: fill(template.benefit),
      amount: template.amount ? template.amount(int(random, template.base[0], template.base[1])) : null,
      howToApply: template.howToApply,
      period: pick(random, [`2026.${tickDate(tick).slice(5, 7)}.01~2026.12.31`, '상시', `${tickDate(tick).slice(0, 4)}년 ${Number(tickDate(tick).slice(5, 7))}월 1일 ~ 예산 소진 시까지`]),
      contact: `${gu.name} ${template.category === '건강' || template.category === '임신' ? '보건소' : '가족정책과'} ${phoneOf(random, 'dash')}`,
      supportType: template.supportType,
      lifeStages: template.lifeStages,
      ages: template.ages,
      legalBasis: `서울특별시 ${gu.name} 저출산 극복 및 출산 장려 조례`,
      updatedOn: tickDate(tick),
      since: tick,
    });
  }
  return out;
}
