import { getChoseong } from 'es-hangul';
import { SIDO } from '../../common/regions';
import { rng, shuffle } from '../../simulator/world/random';
import { zipfDraws } from '../zipf';
import { FACILITIES, POLICIES } from './dataset';
import { facilities, policies } from './generate';
import type { BenchSearch } from './queries';

/**
 * The distinct-query workload (issue 15): more than a thousand different
 * searches, asked with a Zipf-like frequency (the k-th most popular asked
 * about 1/k as often as the first), so no cache of a few answers could
 * decide it and the popular broad words (어린이집 matches 45,000 records)
 * weigh as they do for a real portal. Drawn deterministically from the
 * benchmark's own data (generate.ts): the kind words parents type most,
 * region + kind, facility names as written, with a particle, with a typo,
 * as 초성, and policy titles.
 */
const SEED = 42;

/** Broad words first: what a portal's search box receives most. */
const HEAD = [
  '어린이집', '유치원', '지역아동센터', '초등돌봄교실', '다함께돌봄센터', '시간제보육', '공동육아나눔터', '청소년수련관', '산후조리원', '국공립 어린이집',
  '야간 어린이집', '육아종합지원센터', '보건소', '청소년문화의집', '청소년상담복지센터', '다문화가족지원센터', '건강가정지원센터', '가정 어린이집', '직장어린이집', '병설유치원',
  '어린이집에서', '보육시설', '방과후', '출산지원금', '부모급여', '양육수당', '아동수당', '난임 지원', '산후조리', '첫만남이용권',
  '아이돌봄서비스', '청소년', '돌봄', '24시간 긴급돌봄', '입원아동 돌봄', '휴일 보육', '장애아통합 어린이집', '다자녀', '한부모 양육비', '집 근처 야간 어린이집',
];
const KIND_WORDS = ['어린이집', '유치원', '지역아동센터', '초등돌봄교실', '다함께돌봄센터', '산후조리원', '청소년수련관', '공동육아나눔터', '시간제보육', '국공립 어린이집'];
const PARTICLES = ['에서', '의', '을', '는'];

export interface DistinctWorkload {
  /** Every distinct search, most popular first. */
  distinct: BenchSearch[];
  /** The requests in the order they are sent, drawn by popularity. */
  requests: BenchSearch[];
}

/** One syllable of the distinctive part replaced by a neighbouring one (a slip of the finger). */
function typo(name: string, r: () => number): string {
  const chars = [...name];
  const i = Math.min(chars.length - 3, Math.max(0, Math.floor(r() * (chars.length - 3))));
  const code = chars[i]!.codePointAt(0)!;
  if (code < 0xac00 || code > 0xd7a3) return name;
  chars[i] = String.fromCodePoint(code + (r() < 0.5 ? 28 : -28)); // the next or previous vowel, same consonants
  return chars.join('');
}

export function distinctWorkload(requests = 6000): DistinctWorkload {
  const r = rng(SEED, 'bench-search', 'zipf');
  const names: string[] = [];
  const seen = new Set<string>();
  for (const f of facilities(SEED, FACILITIES)) {
    if (!seen.has(f.name) && [...f.name].length >= 5) {
      seen.add(f.name);
      names.push(f.name);
    }
  }
  const titles = [...new Set([...policies(SEED, POLICIES)].map((p) => p.name))];
  const districts = SIDO.flatMap((s) => s.sigungu.map((g) => g.name));
  const picked = (xs: readonly string[], n: number) => shuffle(r, xs).slice(0, n);
  const tail: string[] = [
    ...picked(districts, 60).flatMap((gu, i) => KIND_WORDS.filter((_, k) => (i + k) % 2 === 0).map((kind) => `${i % 3 === 0 ? gu.replace(/(시|군|구)$/, '') : gu} ${kind}`)),
    ...picked(names, 300),
    ...picked(names, 100).map((n, i) => `${n}${PARTICLES[i % PARTICLES.length]}`),
    ...picked(names, 100).map((n) => typo(n, r)),
    ...picked(names, 100).map((n) => getChoseong(n).replace(/\s+/g, '')),
    ...picked(titles, 150),
  ];
  const ordered = [...new Set([...HEAD, ...shuffle(r, tail)])];
  const distinct = ordered.map((q, i): BenchSearch => ({ type: i < HEAD.length ? 'head' : 'tail', args: '$q', variables: { q }, facets: i % 10 === 0 }));
  // Zipf, exponent 1: weight of rank k is 1/k.
  const out = zipfDraws(distinct.length, requests, r).map((k) => distinct[k]!);
  return { distinct, requests: out };
}
