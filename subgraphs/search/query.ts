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

/** Longest run of query words looked up as one synonym term (출산 후 돌봄); editors' terms are held to it. */
export const MAX_SYNONYM_TERM_WORDS = 4;

/** A run of query tokens as the synonym table spells terms (curation's normaliseTerm: NFKC, lower case, single spaces). */
const spanKey = (tokens: readonly string[]) => tokens.join(' ').normalize('NFKC').toLowerCase();

/** Words of the query as the synonym table should see them (for one look-up). */
export function queryWords(query: string): string[] {
  return words(query).slice(0, MAX_WORDS);
}

/** Runs of 2–4 space-separated query words, as the synonym table spells multi-word terms (for the same look-up). */
export function querySpans(query: string): string[] {
  const tokens = query.slice(0, MAX_QUERY_LENGTH).trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const spans: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 2; n <= MAX_SYNONYM_TERM_WORDS && i + n <= tokens.length; n++) spans.push(spanKey(tokens.slice(i, i + n)));
  }
  return spans;
}

export function parseQuery(query: string, synonyms: ReadonlyMap<string, readonly string[]>): ParsedQuery {
  const raw = query.slice(0, MAX_QUERY_LENGTH).trim();
  const chosung: string[] = [];
  const terms = new Set<string>();
  const tokens = raw.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  // Each token's tsquery groups (a token may hold several script runs).
  const tokenGroups: string[][] = tokens.map((token) => {
    if (isChosungQuery(token)) {
      chosung.push(token);
      return [];
    }
    const groups: string[] = [];
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
    return groups;
  });
  // A multi-word synonym term inside the query (출산 후 돌봄 in "출산 후 돌봄 지원"):
  // its words as typed, or any of its synonyms as a phrase. Longest term first.
  const groups: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_SYNONYM_TERM_WORDS, tokens.length - i); n >= 2 && !matched; n--) {
      const synonymsOfSpan = synonyms.get(spanKey(tokens.slice(i, i + n)));
      if (!synonymsOfSpan) continue;
      const spanGroups = tokenGroups.slice(i, i + n).flat();
      const alts = synonymsOfSpan.map((t) => phrase(t)).filter((p): p is string => p !== null);
      if (spanGroups.length === 0 || alts.length === 0) continue;
      for (const t of synonymsOfSpan) terms.add(t);
      groups.push(`((${spanGroups.join(' & ')}) | ${alts.join(' | ')})`);
      matched = n;
    }
    if (!matched) groups.push(...tokenGroups[i]!);
    i += matched || 1;
  }
  const tsquery = groups.length ? groups.join(' & ') : null;
  const normalised = normaliseTitle(raw.replace(/[ㄱ-ㅎ]+/g, ''));
  const lastWord = words(raw).at(-1);
  const stripped = lastWord ? stripParticle(lastWord) : null;
  const titleForms = [normalised, ...(stripped && lastWord ? [normalised.slice(0, normalised.length - (lastWord.length - stripped.length))] : [])];
  return { tsquery, chosung, normalised, titleForms: titleForms.filter(Boolean), terms: [...terms] };
}
