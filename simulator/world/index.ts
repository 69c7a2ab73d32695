import { SIDO } from '../../common/regions';
import { bundled } from './bundled';
import { DISTRICT, GANGNAM_EXTRA, HOSPITALS, NATIONAL, NEW_POLICY_TITLES, PROGRAM_TEMPLATES, SEOUL, WORDS, type PolicyTemplate } from './catalogue';
import { int, pick, rng } from './random';
import type { ChildcareRow, ProgramStatus, SimFacility, SimPolicy, SimProgram, World } from './types';

export type { World } from './types';

/**
 * The simulated world at a tick: the bundled real data (어린이집, 유치원,
 * 산후조리원) plus synthetic facilities, programmes and policies, all
 * deterministic from the seed. Tick t is tick t-1 with a few seeded changes
 * (vacancies move, courses fill, policies are added, edited and withdrawn,
 * some facilities and programmes disappear), so the same (seed, tick)
 * always yields the same world.
 */
const SEOUL_GU = SIDO.find((s) => s.code === '11')!.sigungu;
const MAX_CACHED_TICKS = 2000;
const histories = new Map<number, World[]>();

export function worldAt(seed: number, tick: number): World {
  if (!Number.isInteger(tick) || tick < 0) throw new Error(`tick must be a non-negative integer (got ${tick})`);
  let history = histories.get(seed);
  if (!history) {
    if (histories.size >= 4) histories.delete(histories.keys().next().value!);
    history = [baseWorld(seed)];
    histories.set(seed, history);
  }
  let world = history[Math.min(tick, history.length - 1)]!;
  while (world.tick < tick) {
    world = evolve(world);
    if (history.length < MAX_CACHED_TICKS) history.push(world);
  }
  return world;
}

export interface WorldDiff {
  added: Record<'policies' | 'programs' | 'facilities', string[]>;
  changed: Record<'policies' | 'programs' | 'childcare', string[]>;
  removed: Record<'policies' | 'programs' | 'facilities', string[]>;
}

/** What changed between two ticks (by key), for tests of incremental crawling. */
export function worldDiff(seed: number, fromTick: number, toTick: number): WorldDiff {
  const a = worldAt(seed, fromTick);
  const b = worldAt(seed, toTick);
  const keyed = <T extends { key: string }>(xs: T[]) => new Map(xs.map((x) => [x.key, x]));
  const diff = <T extends { key: string }>(xs: T[], ys: T[]) => {
    const before = keyed(xs);
    const after = keyed(ys);
    return {
      added: [...after.keys()].filter((k) => !before.has(k)),
      removed: [...before.keys()].filter((k) => !after.has(k)),
      changed: [...after.entries()].filter(([k, v]) => before.has(k) && before.get(k) !== v).map(([k]) => k),
    };
  };
  const p = diff(a.policies, b.policies);
  const g = diff(a.programs, b.programs);
  const f = diff(a.facilities, b.facilities);
  const before = new Map(a.childcare.map((c) => [c.code, c]));
  return {
    added: { policies: p.added, programs: g.added, facilities: f.added },
    changed: { policies: p.changed, programs: g.changed, childcare: b.childcare.filter((c) => before.get(c.code) !== c).map((c) => c.code) },
    removed: { policies: p.removed, programs: g.removed, facilities: f.removed },
  };
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
  };
}

interface FacilitySpec {
  publisher: string;
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
}

const FACILITY_SPECS: FacilitySpec[] = [
  { publisher: 'seoul-local-children', kindLabel: '지역아동센터', perGu: 6, name: (gu, w) => `${stem(gu)}${w}지역아동센터`, phone: 'dash', hours: ['14:00~19:00', '13:00~20:00'], ages: '초등 1~6학년', capacity: [19, 49], specialCare: ['방과후'], description: '방과 후 보호, 학습지도, 급식, 체험활동을 제공하는 지역아동센터입니다.' },
  { publisher: 'seoul-dahamkke', kindLabel: '다함께돌봄센터', perGu: 4, name: (gu, _w, n) => (n % 2 ? `${gu} 우리동네키움센터 ${n}호점` : `${gu} 다함께돌봄센터 ${n}호점`), phone: 'paren', hours: ['08:00~20:00', '09:00~19:00'], ages: '만 6~12세 초등학생', capacity: [15, 40], specialCare: ['방과후'], description: '초등학생 상시·일시 돌봄과 놀이 프로그램을 운영합니다.' },
  { publisher: 'sen-elementary-care', kindLabel: '초등돌봄교실', perGu: 4, name: (gu, w) => `서울${stem(gu)}${w}초등학교 초등돌봄교실`, phone: 'dash', hours: ['13:00~17:00', '13:00~19:00'], ages: '초등 1~2학년', capacity: [20, 40], specialCare: ['방과후'], description: '학교 안에서 방과 후 돌봄과 놀이·독서 활동을 제공합니다.', school: true },
  { publisher: 'seoul-youth-center', kindLabel: '청소년수련관', perGu: (i) => (i < 20 ? 1 : 0), name: (gu) => `${stem(gu)}청소년수련관`, phone: 'dash', hours: ['09:00~22:00'], ages: '9~24세', description: '청소년 수련활동, 문화·체육 강좌, 동아리 활동 공간입니다.' },
  { publisher: 'youth-culture-house', kindLabel: '청소년문화의집', perGu: (i) => (i % 5 === 4 ? 0 : i < 19 ? 1 : 0), name: (gu) => `${stem(gu)}청소년문화의집`, phone: 'space', hours: ['10:00~21:00'], ages: '9~24세', description: '청소년 문화·예술 프로그램과 자율 공간을 운영합니다.' },
  { publisher: 'youth-counsel', kindLabel: '청소년상담복지센터', perGu: 1, name: (gu) => `${gu}청소년상담복지센터`, phone: 'dash', hours: ['09:00~18:00'], ages: '9~24세 청소년과 부모', description: '청소년 개인·집단 상담과 위기 지원을 합니다.' },
  { publisher: 'youth-academy', kindLabel: '방과후아카데미', perGu: (i) => (i % 5 === 0 ? 2 : 1), name: (gu, w) => `${stem(gu)} ${w} 청소년방과후아카데미`, phone: 'dash', hours: ['15:00~21:00'], ages: '초등 4학년~중학교 3학년', capacity: [20, 40], specialCare: ['방과후'], description: '방과 후 학습·체험·급식을 제공하는 청소년 방과후아카데미입니다.' },
  { publisher: 'emergency-care-24', kindLabel: '24시간 긴급돌봄센터', perGu: (i) => (i % 5 === 2 ? 2 : 0), name: (gu, _w, n) => `${gu} 24시간 긴급돌봄센터${n > 1 ? ` ${n}` : ''}`, phone: 'dash', hours: ['24시간'], ages: '만 6개월~만 12세', capacity: [5, 12], specialCare: ['24시간', '긴급', '야간연장', '휴일'], description: '보호자의 입원·출장 등 긴급 상황에 24시간 아이를 돌봅니다.' },
  { publisher: 'shared-parenting', kindLabel: '공동육아나눔터', perGu: (i) => 2 + (i % 3), name: (gu, w) => `${stem(gu)} ${w} 공동육아나눔터`, phone: 'paren', hours: ['10:00~18:00'], ages: '만 0~12세 자녀와 부모', description: '부모 품앗이, 장난감 대여, 육아 모임 공간입니다.' },
  { publisher: 'multicultural-center', kindLabel: '다문화가족지원센터', perGu: 1, name: (gu) => `${gu}다문화가족지원센터`, phone: 'dash', hours: ['09:00~18:00'], ages: '다문화가족 누구나', specialCare: ['다문화'], description: '한국어교육, 통번역, 자녀 언어발달 지원을 합니다.' },
  { publisher: 'family-center', kindLabel: '건강가정지원센터', perGu: 1, name: (gu) => `${gu}건강가정지원센터`, phone: 'space', hours: ['09:00~18:00'], ages: '가족 누구나', description: '가족상담, 가족교육, 가족돌봄 프로그램을 운영합니다.' },
  { publisher: 'hourly-care', kindLabel: '시간제보육 제공기관', perGu: (i) => 3 + (i % 3), name: (gu, w) => `${stem(gu)}${w}어린이집 시간제보육실`, phone: 'dash', hours: ['09:00~18:00'], ages: '만 6개월~만 2세', capacity: [3, 6], specialCare: ['시간제보육'], description: '가정양육 영아를 시간 단위로 맡길 수 있는 시간제보육실입니다.' },
];

function facilities(seed: number): SimFacility[] {
  const out: SimFacility[] = [];
  for (const spec of FACILITY_SPECS) {
    const random = rng(seed, 'facilities', spec.publisher);
    let serial = 0;
    SEOUL_GU.forEach((gu, index) => {
      const count = typeof spec.perGu === 'number' ? spec.perGu : spec.perGu(index);
      const words = [...WORDS].sort(() => random() - 0.5);
      for (let n = 1; n <= count; n++) {
        serial++;
        const word = words[n % words.length]!;
        const capacity = spec.capacity ? int(random, spec.capacity[0], spec.capacity[1]) : null;
        const name = spec.name(gu.name, word, n);
        out.push({
          key: `${spec.publisher.slice(0, 3).toUpperCase()}-${gu.code}-${String(n).padStart(3, '0')}`,
          publisher: spec.publisher,
          kindLabel: spec.kindLabel,
          name,
          sido: '서울특별시',
          sigungu: gu.name,
          address: `서울특별시 ${gu.name} ${stem(gu.name)}${pick(random, ['로', '대로', '중앙로', '동로'])} ${int(random, 1, 320)}${random() < 0.3 ? `, ${int(random, 1, 5)}층` : ''}`,
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
    address: `서울특별시 ${gu} ${stem(gu)}로 ${int(random, 1, 200)}`,
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
  ['multicultural-center', 'family', 30, 0],
  ['family-center', 'family', 40, 1],
  ['seoul-mom-care', 'health', 15, 2],
];

/** Course periods in the three ways sites write them. */
function periodText(random: () => number, style: number): string {
  const m = int(random, 3, 11);
  const d = int(random, 1, 20);
  const m2 = Math.min(12, m + int(random, 0, 2));
  const d2 = int(random, 10, 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (style === 0) return `2026.${pad(m)}.${pad(d)}~2026.${pad(m2)}.${pad(d2)}`;
  if (style === 1) return `'26.${m}.${d}.~${m2}.${d2}.`;
  return `2026년 ${m}월 ${d}일 ~ ${m2}월 ${d2}일`;
}

const CP949_ONLY = ['똠', '햏', '뷁', '쌰', '펲'];

function programs(seed: number): SimProgram[] {
  const out: SimProgram[] = [];
  for (const [publisher, template, count, style] of PROGRAM_PUBLISHERS) {
    const random = rng(seed, 'programs', publisher);
    const templates = PROGRAM_TEMPLATES[template]!;
    for (let i = 0; i < count; i++) {
      out.push(makeProgram(random, publisher, templates[i % templates.length]!, i, style, 0));
    }
  }
  return out;
}

function makeProgram(random: () => number, publisher: string, t: [string, string, string, string, string], i: number, style: number, tick: number): SimProgram {
  const [baseTitle, category, target, ages, lifeStage] = t;
  const round = Math.floor(i / 8) + 1;
  let title = round > 1 ? `${baseTitle} (${round}기)` : baseTitle;
  let description = `${baseTitle} 프로그램입니다. 회차별 정원이 있으며 선착순으로 접수합니다.`;
  if (publisher === 'gangnam-health' && i % 5 === 1) {
    // Names the CMS stores in CP949: syllables outside EUC-KR's 2,350.
    const syllable = CP949_ONLY[(i + tick) % CP949_ONLY.length]!;
    title = `${title} - ${syllable}${syllable === '똠' ? '얌꿍' : '이'}네 반`;
    description += ` 강사: ${syllable}○○ 선생님.`;
  }
  const capacity = pick(random, [10, 12, 15, 16, 20, 24, 30]);
  const enrolled = int(random, 0, capacity + 3);
  return {
    key: `${tick > 0 ? `T${tick}-` : ''}${String(1000 + i)}`,
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
    status: statusOf(Math.min(enrolled, capacity), capacity, enrolled > capacity),
    contact: phoneOf(random, 'dash'),
    description,
    lifeStage: publisher.includes('youth') || publisher.includes('health') || publisher === 'seoul-mom-care' ? lifeStage : null,
  };
}

function statusOf(enrolled: number, capacity: number, waiting: boolean): ProgramStatus {
  if (enrolled >= capacity) return waiting ? '대기' : '마감';
  return '접수중';
}

// ---------------------------------------------------------------- policies

function period(random: () => number, style: number): string {
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
    period: period(random, style),
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
    if (t[0].includes('입원아동')) publishers.push('hospital-child-care');
    const p = fromTemplate(random, t, `N${String(i + 1).padStart(4, '0')}`, '중앙', publishers, i);
    p.keys = { 'bokjiro-api': `WLF0000${String(1000 + i * 7).padStart(4, '0')}`, 'gov24-subsidy-api': `0000004${String(65000 + i * 13).padStart(5, '0')}` };
    out.push(p);
  });
  SEOUL.forEach((t, i) => {
    const publishers = ['seoul-policy-board'];
    if (t[3].includes('임신·출산')) publishers.push('seoul-mom-care');
    if (i % 3 === 0) publishers.push('gov24-subsidy-api');
    const p = fromTemplate(random, t, `S${String(i + 1).padStart(4, '0')}`, '광역', publishers, i + 2);
    p.keys = { 'gov24-subsidy-api': `6110000${String(10000 + i * 17).padStart(5, '0')}` };
    out.push(p);
  });
  SEOUL_GU.forEach((gu, g) => {
    DISTRICT.forEach((t, j) => {
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
        amount: t.amount(base),
        howToApply: t.howToApply,
        period: period(random, g + j),
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
      period: period(random, i + 1),
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

function evolve(prev: World): World {
  const tick = prev.tick + 1;
  const random = rng(prev.seed, 'tick', tick);
  return {
    ...prev,
    tick,
    childcare: moveVacancies(prev.childcare, random),
    facilities: prev.facilities.filter((f) => !(f.publisher === 'hourly-care' && random() < 0.02)),
    programs: movePrograms(prev.programs, random, prev.seed, tick),
    policies: movePolicies(prev.policies, random, tick),
  };
}

const AGE_COLUMNS = [0, 1, 2, 3, 4, 5].map((a) => `아동수-만${a}세`);

function moveVacancies(rows: ChildcareRow[], random: () => number): ChildcareRow[] {
  return rows.map((row) => {
    if (random() >= 0.02) return row;
    const f = row.fields;
    const capacity = Number(f['정원'] ?? 0);
    const current = Number(f['현원'] ?? 0);
    if (!Number.isFinite(capacity) || !Number.isFinite(current)) return row;
    const delta = random() < 0.5 ? -int(random, 1, 2) : int(random, 1, 2);
    const next = Math.max(0, Math.min(capacity || current + delta, current + delta));
    if (next === current) return row;
    const column = AGE_COLUMNS[int(random, 0, 5)]!;
    const ageValue = Math.max(0, Number(f[column] ?? 0) + (next - current));
    const total = Number(f['아동수-총계'] ?? 0);
    return {
      ...row,
      fields: { ...f, 현원: String(next), [column]: String(ageValue), '아동수-총계': String(Math.max(0, total + (next - current))) },
    };
  });
}

function movePrograms(programs: SimProgram[], random: () => number, seed: number, tick: number): SimProgram[] {
  const out: SimProgram[] = [];
  for (const p of programs) {
    if (p.publisher === 'songpa-health' && random() < 0.05) continue;
    if (random() < 0.1) {
      const enrolled = Math.max(0, Math.min(p.capacity, p.enrolled + int(random, -1, 3)));
      out.push({ ...p, enrolled, status: statusOf(enrolled, p.capacity, enrolled >= p.capacity && random() < 0.5) });
    } else out.push(p);
  }
  // A new course now and then.
  const addRandom = rng(seed, 'new-program', tick);
  if (addRandom() < 0.5) {
    const templates = PROGRAM_TEMPLATES.youth!;
    out.push(makeProgram(addRandom, 'seoul-youth-center', templates[tick % templates.length]!, tick, 0, tick));
  }
  return out;
}

function movePolicies(policies: SimPolicy[], random: () => number, tick: number): SimPolicy[] {
  const out = policies.slice();
  // Edit two (amount or period text changes, updatedOn advances).
  for (let n = 0; n < 2; n++) {
    const i = int(random, 0, out.length - 1);
    const p = out[i]!;
    out[i] = {
      ...p,
      amount: p.amount ? p.amount.replace(/\d+/, (d) => String(Number(d) + 5)) : p.amount,
      period: p.amount ? p.period : '2026.01.02~2026.12.31',
      updatedOn: `2026-${String(1 + (tick % 11)).padStart(2, '0')}-${String(1 + (tick % 27)).padStart(2, '0')}`,
    };
  }
  // Withdraw one.
  out.splice(int(random, 0, out.length - 1), 1);
  // Add three.
  for (let n = 0; n < 3; n++) {
    const gu = SEOUL_GU[int(random, 0, SEOUL_GU.length - 1)]!;
    const title = NEW_POLICY_TITLES[(tick * 3 + n) % NEW_POLICY_TITLES.length]!.replace('{gu}', gu.name);
    const key = `T${tick}-${n}`;
    out.push({
      key,
      publishers: gu.name === '강남구' ? ['seoul-policy-board', 'gangnam-policy'] : ['seoul-policy-board'],
      keys: {},
      title: `${title} (${tick}차)`,
      agency: `서울특별시 ${gu.name}`,
      level: '기초',
      sigungu: gu.name,
      category: '신규',
      target: `${gu.name} 거주 가정`,
      benefit: `${title} 사업을 새로 시행합니다.`,
      amount: random() < 0.5 ? `${int(random, 5, 50)}만원` : null,
      howToApply: '동주민센터 방문 또는 온라인 신청',
      period: `2026.${String(1 + (tick % 12)).padStart(2, '0')}.01~2026.12.31`,
      contact: `${gu.name} 가족정책과 ${phoneOf(random, 'dash')}`,
      supportType: '현금',
      lifeStages: ['영유아'],
      ages: null,
      legalBasis: null,
      updatedOn: `2026-${String(1 + (tick % 11)).padStart(2, '0')}-15`,
      since: tick,
    });
  }
  return out;
}
