import { getChoseong } from 'es-hangul';

/**
 * Korean-aware tokenising for the Postgres search index (DESIGN "Korean
 * search in Postgres"). Postgres has no Korean tokenizer and particles stay
 * attached to words (어린이집에서), so Hangul runs are indexed as overlapping
 * two-syllable tokens (like Elasticsearch's cjk_bigram) and queried as
 * phrases: `어린이집` = 어린 <-> 린이 <-> 이집, which is found inside
 * 어린이집에서 too. Latin and digit runs stay whole words.
 */

const MAX_INPUT = 4000;
const HANGUL = /\p{Script=Hangul}/u;
const COMPAT_CONSONANT = /^[ㄱ-ㅎ]+$/;

/** Script runs of letters and digits: `BeBe스쿨어린이집` → [bebe, 스쿨어린이집]. */
export function words(text: string): string[] {
  const normalised = text.slice(0, MAX_INPUT).normalize('NFKC').toLowerCase();
  return normalised.match(/\p{Script=Hangul}+|[\p{L}\p{N}]+/gu)?.flatMap(splitScripts) ?? [];
}

function splitScripts(word: string): string[] {
  return word.match(/\p{Script=Hangul}+|\p{N}+|[^\p{Script=Hangul}\p{N}]+/gu) ?? [];
}

/** Tokens of one word: bigrams for Hangul (the syllable itself when alone), the word otherwise. */
export function wordTokens(word: string): string[] {
  if (!HANGUL.test(word)) return [word];
  const syllables = [...word];
  if (syllables.length === 1) return syllables;
  const tokens: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) tokens.push(syllables[i]! + syllables[i + 1]!);
  return tokens;
}

/** Space-separated tokens of a text, in order (positions matter for phrase queries). */
export function tokenString(text: string): string {
  return words(text).flatMap(wordTokens).join(' ');
}

/**
 * Particles (조사) that follow nouns in queries, longest first. A query word
 * is searched both as written and without its particle, so 어린이집에서 finds
 * 어린이집; the stripped form must keep two syllables (아이가 → 아이, never 아).
 */
const PARTICLES = ['에서는', '에서', '에게', '한테', '으로', '까지', '부터', '이나', '처럼', '보다', '로', '을', '를', '이', '가', '은', '는', '의', '와', '과', '도', '만', '에', '나', '랑'];

export function stripParticle(word: string): string | null {
  if (!HANGUL.test(word)) return null;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && [...word].length - [...particle].length >= 2) return word.slice(0, word.length - particle.length);
  }
  return null;
}

/** 초성 of a text without spaces: 어린이집 → ㅇㄹㅇㅈ. */
export function chosungOf(text: string): string {
  return getChoseong(text.slice(0, MAX_INPUT).normalize('NFC')).replace(/\s+/g, '');
}

export function isChosungQuery(word: string): boolean {
  return COMPAT_CONSONANT.test(word);
}

/** Lower-cased title without spaces and punctuation, for trigram similarity. */
export function normaliseTitle(text: string): string {
  return words(text).join('');
}

/** One tsquery phrase: tokens joined by <->, each quoted (tokens are letters and digits only). */
export function phrase(text: string): string | null {
  const tokens = words(text).flatMap(wordTokens);
  if (tokens.length === 0) return null;
  const quoted = tokens.map((t) => `'${t.replace(/'/g, "''")}'`);
  return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' <-> ')})`;
}
