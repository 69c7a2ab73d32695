import type { Store } from '../../store';
import { correctionCandidates, correctionThreshold, wordsByVariant } from './store-lookups';
import { deletionVariants, isHangul, jamoOf, normaliseTitle } from './tokenize';

/** Levenshtein distance over syllables (code points), inputs bounded by the title and query limits. */
export function syllableDistance(a: string, b: string): number {
  const x = [...a].slice(0, 100);
  const y = [...b].slice(0, 100);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * Syllables a correction may change: none for words of one or two
 * syllables (아이 → 아미 would be a different word, not a typo), one up to
 * five syllables, two beyond.
 */
export function maxEdits(syllables: number): number {
  return syllables < 3 ? 0 : syllables < 6 ? 1 : 2;
}

/**
 * The closest spelling the index knows for a query word that matches
 * nothing (산후조리웜 → 산후조리원): words of titles (search.title_word) are
 * found by jamo trigram similarity (a one-syllable slip is one or two jamo),
 * then the part of the word nearest the query word by syllable edit distance
 * is the correction — so a slip inside a compound (로얄산후조리웜) or a query
 * word that is part of a title word (산후조리웜 in 로얄산후조리원) is corrected
 * to what exists. Null when nothing is close enough.
 */
export async function correctWord(db: Store, text: string): Promise<string | null> {
  const word = normaliseTitle(text);
  const length = [...word].length;
  const edits = maxEdits(length);
  if (!isHangul(word) || edits === 0) return null;
  // A title word one syllable away, by primary key; the nearest in jamo when there are several (쳬등 → 초등, not 치등).
  const near = (await wordsByVariant(db, deletionVariants(word))).filter((w) => syllableDistance(word, w) === 1);
  if (near.length) return near.sort((a, b) => syllableDistance(jamoOf(word), jamoOf(a)) - syllableDistance(jamoOf(word), jamoOf(b)) || (a < b ? -1 : 1))[0]!;
  // Otherwise part of a longer word (산후조리웜 in 로얄산후조리원), or two slips: by jamo trigrams.
  const candidates = await correctionCandidates(db, jamoOf(word), correctionThreshold(length));
  // Nearest first; among equally near parts, one of the word's own length (a slip, not a missing syllable), then the most similar title.
  let best: { text: string; distance: number; skew: number; sim: number } | null = null;
  for (const candidate of candidates) {
    const title = [...normaliseTitle(candidate.title)];
    for (let size = Math.max(1, length - edits); size <= length + edits; size++) {
      for (let start = 0; start + size <= title.length; start++) {
        const part = title.slice(start, start + size).join('');
        const distance = syllableDistance(word, part);
        if (distance === 0 || distance > edits) continue;
        const skew = Math.abs(size - length);
        const better = !best || distance < best.distance || (distance === best.distance && (skew < best.skew || (skew === best.skew && candidate.sim > best.sim)));
        if (better) best = { text: part, distance, skew, sim: candidate.sim };
      }
    }
  }
  return best?.text ?? null;
}
