import { PROGRAM_TEMPLATES } from './catalogue';
import { int, pick, rng } from './random';
import { phoneOf } from './seoul';
import type { ProgramStatus, SimProgram } from './types';

// The programmes (강좌, 교실) the boards post: tick 0, then enrolment moving, courses taken down and posted per tick.

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

export function programs(seed: number): SimProgram[] {
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

// ---------------------------------------------------------------- ticks

/**
 * ~10% of courses change enrolment (status follows the seats); now and then
 * a 송파구보건소 programme is taken down (its page 404s); 1–3 new programmes
 * are posted.
 */
export function movePrograms(programs: SimProgram[], random: () => number, tick: number): SimProgram[] {
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
