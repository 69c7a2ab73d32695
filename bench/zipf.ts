/**
 * Draws `length` indexes into `n` items ranked by popularity, rank k (0 the
 * most popular) with weight 1 / (k + 1)^s: a Zipf-like frequency, so a few
 * items are asked often and the long tail rarely, as on a real site.
 * Deterministic for a given generator (simulator/world/random.ts `rng`).
 */
export function zipfDraws(n: number, length: number, random: () => number, s = 1): number[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / (i + 1) ** s));
  const out: number[] = [];
  for (let k = 0; k < length; k++) {
    const x = random() * total;
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
