import { HOSPITALS, WORDS } from './catalogue';
import { int, pick, rng, shuffle } from './random';
import { phoneOf, round6, SEOUL_GU, stem, streetAddress, type PhoneStyle } from './seoul';
import type { SimFacility } from './types';

// The synthetic facilities (돌봄센터, 청소년시설, 보건소 …): tick 0 from the specs, then how they change per tick.

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

export function facilities(seed: number): SimFacility[] {
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

// ---------------------------------------------------------------- ticks

/** 1–2 시간제보육 providers close (their pages 404), 1–2 new ones register; 다함께돌봄 seats move a little. */
export function moveFacilities(facilities: SimFacility[], random: () => number, tick: number): SimFacility[] {
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
export function relocateCentres(facilities: SimFacility[], random: () => number): SimFacility[] {
  if (random() >= 0.6) return facilities;
  const candidates = facilities.filter((f) => f.publisher === 'seoul-dahamkke');
  if (candidates.length === 0) return facilities;
  const moving = pick(random, candidates);
  const moved = { ...moving, address: streetAddress(random, moving.sigungu), phone: phoneOf(random, 'paren') };
  return facilities.map((f) => (f === moving ? moved : f));
}
