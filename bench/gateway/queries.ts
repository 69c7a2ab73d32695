import { rng, shuffle } from '../../simulator/world/random';
import { zipfDraws } from '../zipf';
import type { BenchData } from './data';

/**
 * The search workload's queries: ≥ 500 distinct texts built from the data
 * (district × kind, 동 × kind, facility names), and the order the load
 * generator sends them in: a pre-generated sequence drawn with a Zipf-like
 * frequency (weight 1 / rank^s), deterministic from the seed, so a few
 * queries are asked often and the long tail rarely, as on a real site.
 */
export const MIN_SEARCH_QUERIES = 500;
export const ZIPF_S = 1;
export const SEQUENCE_LENGTH = 20_000;

const KIND_WORDS = ['어린이집', '국공립 어린이집', '유치원', '산후조리원', '지역아동센터', '야간 어린이집', '장애통합 어린이집'];

/** Distinct search texts in popularity order (index 0 is the most asked). */
export function searchQueries(vocabulary: BenchData['vocabulary'], seed = 22): string[] {
  const r = rng(seed, 'bench-gateway', 'queries');
  const stem = (d: string) => (d.length > 2 ? d.replace(/구$/, '') : d);
  const texts = new Set<string>();
  for (const d of vocabulary.districts) for (const k of KIND_WORDS) texts.add(`${d} ${k}`);
  for (const d of vocabulary.districts) texts.add(`${stem(d)} 어린이집`);
  for (const dong of vocabulary.dongs.slice(0, 200)) texts.add(`${dong} ${KIND_WORDS[Math.floor(r() * 3)]}`);
  for (const name of vocabulary.names.slice(0, 250)) texts.add(name.slice(0, 60));
  const queries = shuffle(r, [...texts]);
  if (queries.length < MIN_SEARCH_QUERIES) throw new Error(`only ${queries.length} distinct search queries could be built (need ${MIN_SEARCH_QUERIES})`);
  return queries;
}

/** Indexes into `n` distinct items, drawn with weight 1 / (rank+1)^s. */
export function zipfSequence(n: number, length = SEQUENCE_LENGTH, seed = 9, s = ZIPF_S): number[] {
  return zipfDraws(n, length, rng(seed, 'bench-gateway', 'zipf'), s);
}

/** A uniform shuffled cycle over `n` items (facility ids, policy pages): every item equally often. */
export function uniformSequence(n: number, length = SEQUENCE_LENGTH, seed = 5): number[] {
  const r = rng(seed, 'bench-gateway', 'uniform');
  const out: number[] = [];
  while (out.length < length) out.push(...shuffle(r, [...Array(n).keys()]));
  return out.slice(0, length);
}
