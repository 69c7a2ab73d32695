import { disassemble, getChoseong } from 'es-hangul';

/**
 * Korean-aware tokenising for the Postgres search index (DESIGN "Korean
 * search in Postgres"). Postgres has no Korean tokenizer and particles stay
 * attached to words (어린이집에서), so Hangul runs are indexed as overlapping
 * two-syllable tokens (like Elasticsearch's cjk_bigram) and queried as
 * phrases: `어린이집` = 어린 <-> 린이 <-> 이집, which is found inside
 * 어린이집에서 too. Latin and digit runs stay whole words.
 *
 * Spacing is free in Korean (산후우울 / 산후 우울, 어린이 집 / 어린이집), so
 * where one Hangul run follows another the bigram across the gap is indexed
 * too, marked `~` (산후 우울 → 산후, 후우~, 우울). A query word of three or
 * more syllables accepts a marked bigram at any position, so 산후우울 finds
 * "산후 우울"; a two-syllable query never does, so 산후 does not match
 * "출산 후".
 */

const MAX_INPUT = 4000;
const HANGUL = /\p{Script=Hangul}/u;
const COMPAT_CONSONANT = /^[ㄱ-ㅎ]+$/;
/** Marks a bigram that spans a gap between two Hangul runs. */
export const CROSS = '~';

/** Script runs of letters and digits: `BeBe스쿨어린이집` → [bebe, 스쿨어린이집]. */
export function words(text: string): string[] {
  const normalised = text.slice(0, MAX_INPUT).normalize('NFKC').toLowerCase();
  return normalised.match(/\p{Script=Hangul}+|[\p{L}\p{N}]+/gu)?.flatMap(splitScripts) ?? [];
}

function splitScripts(word: string): string[] {
  return word.match(/\p{Script=Hangul}+|\p{N}+|[^\p{Script=Hangul}\p{N}]+/gu) ?? [];
}

export const isHangul = (word: string) => HANGUL.test(word);

/** Tokens of one word: bigrams for Hangul (the syllable itself when alone), the word otherwise. */
export function wordTokens(word: string): string[] {
  if (!HANGUL.test(word)) return [word];
  const syllables = [...word];
  if (syllables.length === 1) return syllables;
  const tokens: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) tokens.push(syllables[i]! + syllables[i + 1]!);
  return tokens;
}

/**
 * Lexemes by position (1-based) for one field: each word's tokens in order,
 * and between two Hangul runs the marked bigram across the gap. A
 * one-syllable word shares the position of the gap bigram before it, so a
 * query written without the space (출산후돌봄) still finds consecutive
 * positions in "출산 후 돌봄".
 */
export function positionedTokens(text: string, start = 1): { lexeme: string; position: number }[] {
  const out: { lexeme: string; position: number }[] = [];
  let position = start - 1;
  let previous: string | null = null;
  for (const word of words(text)) {
    const hangul = HANGUL.test(word);
    let shared = false;
    if (hangul && previous !== null) {
      out.push({ lexeme: `${[...previous].at(-1)}${[...word][0]}${CROSS}`, position: ++position });
      shared = true;
    }
    const tokens = wordTokens(word);
    if (hangul && tokens.length === 1 && [...word].length === 1 && shared) out.push({ lexeme: tokens[0]!, position });
    else for (const token of tokens) out.push({ lexeme: token, position: ++position });
    previous = hangul ? word : null;
  }
  return out;
}

/** Space-separated tokens of a text, in order (for tests and debugging; the index uses `tsvectorLiteral`). */
export function tokenString(text: string): string {
  return positionedTokens(text).map((t) => t.lexeme).join(' ');
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** Postgres caps positions at 16383; bodies are bounded well below that, this is belt and braces. */
const MAX_POSITION = 16383;

/**
 * A tsvector literal for weighted fields (title A, body B …) with explicit
 * positions, so the gap bigrams and shared positions above reach the index
 * exactly as built here (to_tsvector would renumber them).
 */
export function tsvectorLiteral(fields: readonly { text: string; weight: 'A' | 'B' | 'C' | 'D' }[]): string {
  const entries = new Map<string, string[]>();
  let next = 1;
  for (const field of fields) {
    const tokens = positionedTokens(field.text, next);
    for (const { lexeme, position } of tokens) {
      if (position > MAX_POSITION) break;
      const list = entries.get(lexeme) ?? [];
      // Postgres keeps at most 256 positions per lexeme; more would be dropped anyway.
      if (list.length < 256) list.push(`${position}${field.weight}`);
      entries.set(lexeme, list);
    }
    // A gap between fields: a phrase never spans the title and the body.
    next = (tokens.at(-1)?.position ?? next) + 2;
  }
  return [...entries].map(([lexeme, positions]) => `${quoteLexeme(lexeme)}:${positions.join(',')}`).join(' ');
}

/**
 * Particles (조사) that follow nouns in queries, longest first. A query word
 * is searched both as written and without its particle, so 어린이집에서 finds
 * 어린이집; the stripped form must keep two syllables (아이가 → 아이, never 아).
 */
const PARTICLES = ['에서는', '에서도', '으로는', '에서', '에게', '한테', '으로', '까지', '부터', '이나', '처럼', '보다', '이랑', '로', '을', '를', '이', '가', '은', '는', '의', '와', '과', '도', '만', '에', '나', '랑'];

export function stripParticle(word: string): string | null {
  if (!HANGUL.test(word)) return null;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && [...word].length - [...particle].length >= 2) return word.slice(0, word.length - particle.length);
  }
  return null;
}

/**
 * Endings of verbs and adjectives that parents write in plain-language
 * queries (빌려주는, 돌봐주는, 배울 수 있는 → 빌려, 돌봐, 배울): the stem is
 * tried as an alternative, and the plain-language table (search.synonym)
 * maps common stems to the words agencies write (돌봐 → 돌봄). Longest first;
 * the stem keeps two syllables.
 */
const ENDINGS = ['해주는', '해줄', '해주세요', '시켜주는', '주는', '줄', '주세요', '드리는', '하는', '되는', '있는', '없는', '하고', '해요', '할', '한', '는', '던'];

export function stripEnding(word: string): string | null {
  if (!HANGUL.test(word)) return null;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && [...word].length - [...ending].length >= 2) return word.slice(0, word.length - ending.length);
  }
  return null;
}

/** 초성 of a text without spaces: 어린이집 → ㅇㄹㅇㅈ. */
export function chosungOf(text: string): string {
  return getChoseong(text.slice(0, MAX_INPUT).normalize('NFC')).replace(/\s+/g, '');
}

/** 초성 word by word, space-separated: 중랑구 다솜 어린이집 → "ㅈㄹㄱ ㄷㅅ ㅇㄹㅇㅈ" (for multi-word 초성 queries). */
export function chosungWords(text: string): string {
  return words(text)
    .filter((w) => HANGUL.test(w))
    .map((w) => getChoseong(w))
    .join(' ');
}

/** Jamo of a text without spaces (산후조리원 → ㅅㅏㄴㅎㅜㅈㅗㄹㅣㅇㅜㅓㄴ): a one-syllable typo is one or two jamo, not a whole trigram. */
export function jamoOf(text: string): string {
  return disassemble(normaliseTitle(text));
}

export function isChosungQuery(word: string): boolean {
  return COMPAT_CONSONANT.test(word);
}

/** Lower-cased title without spaces and punctuation, for trigram similarity. */
export function normaliseTitle(text: string): string {
  return words(text).join('');
}

/** The lexeme of a token, optionally restricted to one weight (A = title). */
const lexeme = (token: string, weight: string) => `${quoteLexeme(token)}${weight ? `:${weight}` : ''}`;

/**
 * One tsquery for a word or a text: a word is a phrase of its tokens (a
 * Hangul word of three or more syllables also accepts the gap bigram at each
 * position); a text of several words needs each of them (anywhere, in any
 * order). `weight` 'A' restricts the match to titles. Null when the text has
 * no letters or digits.
 */
export function phrase(text: string, weight = ''): string | null {
  const parts = words(text).map((word) => wordPhrase(word, weight));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`;
}

function wordPhrase(word: string, weight: string): string {
  const tokens = wordTokens(word);
  if (tokens.length === 1) return lexeme(tokens[0]!, weight);
  const hangul = HANGUL.test(word);
  const positions = tokens.map((t) => (hangul ? `(${lexeme(t, weight)} | ${lexeme(t + CROSS, weight)})` : lexeme(t, weight)));
  return `(${positions.join(' <-> ')})`;
}

/** The lexemes a phrase can match, by position (for document-frequency estimates). */
export function phraseLexemes(text: string): string[][][] {
  return words(text).map((word) => {
    const tokens = wordTokens(word);
    if (tokens.length === 1 || !HANGUL.test(word)) return tokens.map((t) => [t]);
    return tokens.map((t) => [t, t + CROSS]);
  });
}

/** A word and the word with each one syllable left out (for one-syllable typo look-ups, search.word_variant). */
export function deletionVariants(word: string): string[] {
  const syllables = [...word];
  return [...new Set([word, ...syllables.map((_, i) => [...syllables.slice(0, i), ...syllables.slice(i + 1)].join(''))])];
}
