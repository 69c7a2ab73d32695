import { int, pick, rng, shuffle } from './random';
import type { CentrePlace, CentreProgram } from './types';

/**
 * 강북구육아종합지원센터 (`gangbuk-ccic`): a centre whose programme board is
 * loaded by XHR from a JSON API, written the way such boards write things —
 * dates with a weekday and often no year (`26.03.25(수)`, `4/7(화)~4/14(화)`,
 * `3. 16.(월) ~ 4. 3.(금)`), several sessions a day
 * (`10:00~12:00 / 14:00~16:00`), notes after a line break, "capacities" that
 * are no seat count (`예약제 (회기당 1명)`), ages as `만 0~5세 자녀를 둔 부모`.
 * Each programme carries the facts those strings state (ISO dates, the span of
 * the day, seats or null, ages in months, the primary stage), so a crawl can
 * be checked against what is true rather than against its own parse.
 *
 * Its own random streams: nothing here shifts what the other sites publish.
 */
export const CENTRE_SITE = 'gangbuk-ccic';

const PLACES: [name: string, road: string][] = [
  ['강북구육아종합지원센터 본관', '도봉로'],
  ['강북구육아종합지원센터 수유분소', '솔매로'],
  ['미아동 열린육아방', '삼양로'],
];

/** [title, category, target, ageMonths, primary stage] */
type Template = [string, string, string, { min: number | null; max: number | null } | null, 'PREGNANCY' | 'INFANT' | 'ELEMENTARY'];
const TEMPLATES: Template[] = [
  ['영아기 애착 형성 부모교육', '부모교육', '만 0~2세 자녀를 둔 부모', { min: 0, max: 35 }, 'INFANT'],
  ['유아기 감정코칭 부모교육', '부모교육', '만 3~5세 자녀를 둔 부모', { min: 36, max: 71 }, 'INFANT'],
  ['우리 아이 발달 이해하기', '부모교육', '만 0~5세 자녀를 둔 부모', { min: 0, max: 71 }, 'INFANT'],
  ['찾아가는 놀이상담', '부모상담', '만 0~5세 영유아와 부모', { min: 0, max: 71 }, 'INFANT'],
  ['베이비 마사지 교실', '놀이체험', '생후 3~12개월 영아와 엄마', { min: 3, max: 12 }, 'INFANT'],
  ['예비부모 교실: 출산 준비', '임산부교실', '임신 20주 이상 임산부와 배우자', null, 'PREGNANCY'],
  ['아빠와 함께하는 주말 놀이', '아빠참여', '만 2~5세 자녀와 아빠', { min: 24, max: 71 }, 'INFANT'],
  ['오감 발달 놀이 체험', '놀이체험', '만 12~36개월 영아와 부모', { min: 12, max: 36 }, 'INFANT'],
  ['부모-자녀 상호작용 놀이치료', '부모상담', '만 1~5세 자녀를 둔 가정', { min: 12, max: 71 }, 'INFANT'],
  ['초등 입학 준비 부모교육', '부모교육', '만 5세 자녀를 둔 부모', { min: 60, max: 71 }, 'ELEMENTARY'],
];

/** [as written, capacity]: seat counts in the units sites use, and two that state none. */
const SEATS: [string, number | null][] = [
  ['선착순 20명', 20],
  ['정원 15명', 15],
  ['20명 모집', 20],
  ['예약제 (회기당 1명)', null],
  ['10가정', 10],
  ['선착순 12쌍', 12],
  ['예약제 (회기당 1가정)', null],
];

/** [as written (\n = a line break on the page), open, close] */
const TIMES: [string, string, string][] = [
  ['10:00~12:00 / 14:00~16:00', '10:00', '16:00'],
  ['10:00~11:30\n(3월 31일 휴강)', '10:00', '11:30'],
  ['오전 10시 ~ 11시 30분', '10:00', '11:30'],
  ['14:00~15:30', '14:00', '15:30'],
  ['19시~21시', '19:00', '21:00'],
  ['10:30~11:30 / 13:30~14:30 / 15:30~16:30', '10:30', '16:30'],
];

const WEEKDAY = ['일', '월', '화', '수', '목', '금', '토'];
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The dates as one of five ways the board writes them; start and end are the truth (a one-day course ends the day it starts). */
function datesText(random: () => number, style: number): { text: string; start: string; end: string } {
  const start = new Date(Date.UTC(2026, int(random, 2, 10), int(random, 1, 27)));
  const oneDay = style === 0 || style === 1;
  const end = oneDay ? start : new Date(start.getTime() + int(random, 1, 4) * 7 * 86_400_000);
  const m = start.getUTCMonth() + 1;
  const d = start.getUTCDate();
  const m2 = end.getUTCMonth() + 1;
  const d2 = end.getUTCDate();
  const w = WEEKDAY[start.getUTCDay()]!;
  const w2 = WEEKDAY[end.getUTCDay()]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = [
    `26.${pad(m)}.${pad(d)}(${w})`,
    `26. ${m}. ${d}.(${w})`,
    `${m}/${d}(${w})~${m2}/${d2}(${w2})`,
    `${m}. ${d}.(${w}) ~ ${m2}. ${d2}.(${w2})`,
    `2026.${pad(m)}.${pad(d)}(${w}) ~ 2026.${pad(m2)}.${pad(d2)}(${w2})`,
  ][style]!;
  return { text, start: iso(start), end: iso(end) };
}

function place(seed: number, i: number): CentrePlace {
  const random = rng(seed, 'centre-place', i);
  const [name, road] = PLACES[i]!;
  const street = `${road}${int(random, 1, 40)}길 ${int(random, 1, 99)}`;
  return {
    key: `P${String(i + 1).padStart(2, '0')}`,
    publisher: CENTRE_SITE,
    name,
    address: `서울특별시 강북구 ${street}${i === 0 ? ', 3층' : ''}`,
    phone: `02-${int(random, 900, 999)}-${int(random, 1000, 9999)}`,
    lat: Math.round((37.625614 + (random() - 0.5) * 0.02) * 1e6) / 1e6,
    lng: Math.round((127.019507 + (random() - 0.5) * 0.02) * 1e6) / 1e6,
  };
}

function program(random: () => number, serial: number, round: number, places: CentrePlace[], tick: number): CentreProgram {
  const [baseTitle, category, target, ageMonths, primaryStage] = TEMPLATES[serial % TEMPLATES.length]!;
  const [seats, capacity] = SEATS[int(random, 0, SEATS.length - 1)]!;
  const [times, open, close] = TIMES[int(random, 0, TIMES.length - 1)]!;
  const dates = datesText(random, serial % 5);
  const where = places[int(random, 0, places.length - 1)]!;
  const posted = new Date(Math.min(Date.UTC(2026, 1, 2) + int(random, 0, 40) * 86_400_000 + tick * 86_400_000, Date.parse(`${dates.start}T00:00:00Z`)));
  return {
    key: `2026${String(serial + 1).padStart(3, '0')}`,
    publisher: CENTRE_SITE,
    title: round > 1 ? `${baseTitle} (${round}기)` : baseTitle,
    category,
    target,
    ageMonths,
    primaryStage,
    dates: dates.text,
    start: dates.start,
    end: dates.end,
    times,
    open,
    close,
    seats,
    capacity,
    status: pick(random, ['접수중', '접수중', '마감', '접수예정'] as const),
    fee: pick(random, ['무료', '무료', '재료비 5,000원', '1가정 10,000원']),
    placeKey: where.key,
    room: pick(random, ['2층 교육실', '1층 놀이실', '3층 강당']),
    contact: pick(random, [`02-${int(random, 900, 999)}-${int(random, 1000, 9999)}`, `02)${int(random, 900, 999)}-${int(random, 1000, 9999)}`]),
    description: `${baseTitle} 프로그램입니다.\n${category === '부모상담' ? '개별 예약 후 상담 일정을 안내해 드립니다.' : '회기별로 진행되며 전 회기 참석을 원칙으로 합니다.'}\n문의: 강북구육아종합지원센터`,
    postedOn: iso(posted),
    pageGone: false,
  };
}

export function centrePlaces(seed: number): CentrePlace[] {
  return PLACES.map((_, i) => place(seed, i));
}

/** Tick 0: 24 programmes; one was taken down while the list API (a cached index) still lists it. */
export function centrePrograms(seed: number): CentreProgram[] {
  const random = rng(seed, 'centre-programs');
  const places = centrePlaces(seed);
  const out: CentreProgram[] = [];
  for (let i = 0; i < 24; i++) out.push(program(random, i, Math.floor(i / TEMPLATES.length) + 1, places, 0));
  const gone = shuffle(random, out.slice(4, 20))[0]!;
  return out.map((p) => (p === gone ? { ...p, pageGone: true } : p));
}

/**
 * Tick t from t-1: a programme whose page was taken down leaves the list too;
 * now and then another page is taken down (the list lags one tick); a few
 * statuses move; every other tick a new programme is posted (keys after the
 * existing ones). Unchanged programmes keep their identity.
 */
export function moveCentrePrograms(prev: CentreProgram[], seed: number, tick: number): CentreProgram[] {
  const random = rng(seed, 'tick', tick, 'centre-programs');
  const places = centrePlaces(seed);
  const out = prev.filter((p) => !p.pageGone).map((p): CentreProgram => {
    if (random() >= 0.15) return p;
    const status: CentreProgram['status'] = p.status === '접수예정' ? '접수중' : p.status === '접수중' ? '마감' : p.status;
    return status === p.status ? p : { ...p, status };
  });
  if (random() < 0.3 && out.length > 12) {
    const i = int(random, 0, out.length - 1);
    out[i] = { ...out[i]!, pageGone: true };
  }
  if (tick % 2 === 0) {
    const serial = 24 + tick / 2 - 1;
    out.push(program(random, serial, Math.floor(serial / TEMPLATES.length) + 1, places, tick));
  }
  return out;
}
