import { isChosungQuery, normaliseTitle, phrase, stripParticle, words } from './tokenize';

/**
 * Words parents add to a query that are not about the record itself:
 * "집 근처 야간 어린이집" means "night-care centres" plus a location, which
 * the `near` argument carries. They are dropped from text matching.
 */
const STOPWORDS = new Set(['집', '근처', '주변', '가까운', '가까이', '우리', '동네', '찾기', '찾아', '찾아줘', '추천', '좋은', '있는', '곳', '어디', '알려줘']);

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 10;

export interface ParsedQuery {
  /** tsquery text (each word's alternatives OR-ed, words AND-ed), or null when there is no text to match. */
  tsquery: string | null;
  /** 초성 words (ㅅㄱㅈ), matched against the titles' 초성. */
  chosung: string[];
  /** The query without spaces, lower-cased: title bonus and typo matching. */
  normalised: string;
  /** Titles that count as an exact match: the query as typed, and without a trailing particle. */
  titleForms: string[];
  /** Every term a hit may contain (words, stripped forms, synonyms), for highlights. */
  terms: string[];
}

/** Words of the query as the synonym table should see them (for one look-up). */
export function queryWords(query: string): string[] {
  return words(query).slice(0, MAX_WORDS);
}

export function parseQuery(query: string, synonyms: ReadonlyMap<string, readonly string[]>): ParsedQuery {
  const raw = query.slice(0, MAX_QUERY_LENGTH).trim();
  const chosung: string[] = [];
  const groups: string[] = [];
  const terms = new Set<string>();
  const whole = synonyms.get(raw);
  const tokens = raw.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  for (const token of tokens) {
    if (isChosungQuery(token)) {
      chosung.push(token);
      continue;
    }
    for (const word of words(token)) {
      if (STOPWORDS.has(word) && tokens.length > 1) continue;
      const stripped = stripParticle(word);
      const alternatives = new Set([word, ...(stripped ? [stripped] : [])]);
      for (const form of [...alternatives]) for (const synonym of synonyms.get(form) ?? []) alternatives.add(synonym);
      const phrases = [...alternatives].map((a) => phrase(a)).filter((p): p is string => p !== null);
      if (phrases.length === 0) continue;
      for (const a of alternatives) terms.add(a);
      groups.push(phrases.length === 1 ? phrases[0]! : `(${phrases.join(' | ')})`);
    }
  }
  // A multi-word synonym term (출산 후 돌봄) also matches as a whole.
  let tsquery = groups.length ? groups.join(' & ') : null;
  if (whole && tsquery) {
    const alts = whole.map((s) => phrase(s)).filter((p): p is string => p !== null);
    for (const s of whole) terms.add(s);
    if (alts.length) tsquery = `(${tsquery}) | ${alts.join(' | ')}`;
  }
  const normalised = normaliseTitle(raw.replace(/[ㄱ-ㅎ]+/g, ''));
  const lastWord = words(raw).at(-1);
  const stripped = lastWord ? stripParticle(lastWord) : null;
  const titleForms = [normalised, ...(stripped && lastWord ? [normalised.slice(0, normalised.length - (lastWord.length - stripped.length))] : [])];
  return { tsquery, chosung, normalised, titleForms: titleForms.filter(Boolean), terms: [...terms] };
}
