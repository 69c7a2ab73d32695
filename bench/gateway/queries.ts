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

/** mulberry32: small, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const KIND_WORDS = ['어린이집', '국공립 어린이집', '유치원', '산후조리원', '지역아동센터', '야간 어린이집', '장애통합 어린이집'];

/** Distinct search texts in popularity order (index 0 is the most asked). */
export function searchQueries(vocabulary: BenchData['vocabulary'], seed = 22): string[] {
  const r = rng(seed);
  const stem = (d: string) => (d.length > 2 ? d.replace(/구$/, '') : d);
  const texts = new Set<string>();
  for (const d of vocabulary.districts) for (const k of KIND_WORDS) texts.add(`${d} ${k}`);
  for (const d of vocabulary.districts) texts.add(`${stem(d)} 어린이집`);
  for (const dong of vocabulary.dongs.slice(0, 200)) texts.add(`${dong} ${KIND_WORDS[Math.floor(r() * 3)]}`);
  for (const name of vocabulary.names.slice(0, 250)) texts.add(name.slice(0, 60));
  const queries = shuffle([...texts], r);
  if (queries.length < MIN_SEARCH_QUERIES) throw new Error(`only ${queries.length} distinct search queries could be built (need ${MIN_SEARCH_QUERIES})`);
  return queries;
}

/** Indexes into `n` distinct items, drawn with weight 1 / (rank+1)^s. */
export function zipfSequence(n: number, length = SEQUENCE_LENGTH, seed = 9, s = ZIPF_S): number[] {
  const r = rng(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / (i + 1) ** s));
  const out: number[] = [];
  for (let k = 0; k < length; k++) {
    const x = r() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(lo);
  }
  return out;
}

/** A uniform shuffled cycle over `n` items (facility ids, policy pages): every item equally often. */
export function uniformSequence(n: number, length = SEQUENCE_LENGTH, seed = 5): number[] {
  const r = rng(seed);
  const out: number[] = [];
  while (out.length < length) out.push(...shuffle([...Array(n).keys()], r));
  return out.slice(0, length);
}
