import { regionFullNames, regionHints, type RegionHint } from './regions';
import { isChosungQuery, isHangul, normaliseTitle, phrase, stripEnding, stripParticle, words } from './tokenize';

/**
 * Words parents add to a query that say nothing about the record itself:
 * "집 근처 야간 어린이집" means night-care centres plus a location (the
 * `near` argument carries it); "방학 때 초등학생 돌봐주는 곳" means care for
 * pupils in the holidays. Dropped from matching when the query has other words.
 */
export const FILLERS: ReadonlySet<string> = new Set([
  '집', '근처', '주변', '가까운', '가까이', '우리', '동네', '찾기', '찾아', '찾아줘', '찾고', '추천', '좋은', '있는', '곳', '데', '어디', '어디서', '어디에', '알려줘',
  '때', '주는', '하는', '되는', '등', '및', '관련', '대한', '위한', '수', '좀', '정보', '문의', '어떻게', '언제', '뭐', '무엇', '싶어요', '싶은', '궁금', '있나요', '있어요', '해요',
]);

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 10;

/** Longest run of query words looked up as one synonym term (출산 후 돌봄); editors' terms are held to it. */
export const MAX_SYNONYM_TERM_WORDS = 4;

/**
 * One thing the query asks for: a word (with its particle-free and
 * ending-free forms and their synonyms), or a run of words an editor's
 * synonym or the spacing joins into one. A record covers a unit when it
 * contains any of the unit's forms.
 */
export interface QueryUnit {
  /** The query words it stands for, as typed (didYouMean replaces them). */
  text: string;
  /** How many query words it covers (its share of the query). */
  words: number;
  /** Every form it matches (the words themselves, stripped forms, synonyms). */
  forms: string[];
  /** Matches anywhere (title or body). */
  tsquery: string;
  /** `tsquery` also matches what none of the forms does (a synonym span's words as typed, joined words written apart). */
  beyondForms: boolean;
  /** Matches in the title only. */
  titleTsquery: string;
  /** Regions the words name (강남구, 송파): records there rank higher. */
  regions: RegionHint[];
}

export interface ParsedQuery {
  units: QueryUnit[];
  /** 초성 words (ㅅㄱㅈ), matched against the titles' 초성, word by word where they can be. */
  chosung: string[];
  /** The query without spaces, lower-cased: title bonus and typo matching. */
  normalised: string;
  /** Titles that count as an exact match: the query as typed, and without a trailing particle. */
  titleForms: string[];
  /** Every term a hit may contain (words, stripped forms, synonyms), for highlights. */
  terms: string[];
}

/** A run of query tokens as the synonym table spells terms (curation's normaliseTerm: NFKC, lower case, single spaces). */
const spanKey = (tokens: readonly string[]) => tokens.join(' ').normalize('NFKC').toLowerCase();

const rawTokens = (query: string) => query.slice(0, MAX_QUERY_LENGTH).trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);

/** Words of the query and their stripped forms, as the synonym table should see them (for one look-up). */
export function queryWords(query: string): string[] {
  const ws = words(query).slice(0, MAX_WORDS);
  const stripped = ws.flatMap((w) => [stripParticle(w), stripEnding(w)]).filter((w): w is string => w !== null);
  return [...new Set([...ws, ...stripped])];
}

/** Runs of 2–4 space-separated query words, as the synonym table spells multi-word terms (for the same look-up). */
export function querySpans(query: string): string[] {
  const tokens = rawTokens(query);
  const spans: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 2; n <= MAX_SYNONYM_TERM_WORDS && i + n <= tokens.length; n++) spans.push(spanKey(tokens.slice(i, i + n)));
  }
  return spans;
}

interface Word {
  text: string;
  forms: Set<string>;
  filler: boolean;
  regions: RegionHint[];
}

function wordOf(text: string, synonyms: ReadonlyMap<string, readonly string[]>): Word {
  const forms = new Set([text]);
  for (const stripped of [stripParticle(text), stripEnding(text)]) if (stripped) forms.add(stripped);
  const regions = [...forms].flatMap((f) => regionHints(f));
  for (const full of regionFullNames(regions)) forms.add(full);
  for (const form of [...forms]) for (const synonym of synonyms.get(form) ?? []) forms.add(synonym);
  return { text, forms, filler: FILLERS.has(text), regions };
}

function unitOf(text: string, wordCount: number, forms: Iterable<string>, regions: RegionHint[], extra: string[] = []): QueryUnit | null {
  const list = [...new Set(forms)];
  const any = [...list.map((f) => phrase(f)), ...extra].filter((p): p is string => p !== null);
  const title = list.map((f) => phrase(f, 'A')).filter((p): p is string => p !== null);
  if (any.length === 0) return null;
  const or = (ps: string[]) => (ps.length === 1 ? ps[0]! : `(${ps.join(' | ')})`);
  return { text, words: wordCount, forms: list, tsquery: or(any), beyondForms: extra.length > 0, titleTsquery: title.length ? or(title) : or(any), regions };
}

/**
 * Parses a free-text query into units. `synonyms` are the editors' terms
 * (search.synonym) for the query's words and spans; `joinable(text)` says
 * whether a run of two words written together occurs in the index (어린이 집
 * → 어린이집), so spacing never decides a match.
 */
export function parseQuery(query: string, synonyms: ReadonlyMap<string, readonly string[]>, joinable: (joined: string) => boolean = () => false): ParsedQuery {
  const raw = query.slice(0, MAX_QUERY_LENGTH).trim();
  const chosung: string[] = [];
  const items: Word[][] = rawTokens(raw).map((token) => {
    if (isChosungQuery(token)) {
      chosung.push(token);
      return [];
    }
    return words(token).map((w) => wordOf(w, synonyms));
  });
  const flat = items.flat();
  const contentCount = flat.filter((w) => !w.filler).length;
  const units: QueryUnit[] = [];
  const tokens = rawTokens(raw);
  for (let i = 0; i < items.length; ) {
    // A multi-word synonym term inside the query (출산 후 돌봄 in "출산 후 돌봄 지원"): its words as typed, or any synonym.
    let taken = 0;
    for (let n = Math.min(MAX_SYNONYM_TERM_WORDS, items.length - i); n >= 2 && !taken; n--) {
      const alternatives = synonyms.get(spanKey(tokens.slice(i, i + n)));
      const spanWords = items.slice(i, i + n).flat();
      if (!alternatives || spanWords.length === 0) continue;
      const together = spanWords.map((w) => unitOf(w.text, 1, w.forms, w.regions)!.tsquery).join(' & ');
      const unit = unitOf(tokens.slice(i, i + n).join(' '), spanWords.length, alternatives, [], [`(${together})`]);
      if (unit) {
        units.push(unit);
        taken = n;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    // Two words where one is a single syllable, written apart but indexed together (어린이 집 → 어린이집).
    const word = items[i]!.length === 1 ? items[i]![0]! : null;
    const next = items[i + 1]?.length === 1 ? items[i + 1]![0]! : null;
    if (word && next && isHangul(word.text) && isHangul(next.text) && ([...word.text].length === 1 || [...next.text].length === 1) && joinable(word.text + next.text)) {
      const parts = [word, next].filter((w) => !w.filler);
      const alone = parts.map((w) => unitOf(w.text, 1, w.forms, w.regions)!.tsquery);
      const unit = unitOf(`${word.text} ${next.text}`, 2, [word.text + next.text], [...word.regions, ...next.regions], alone.length ? [`(${alone.join(' & ')})`] : []);
      if (unit) units.push(unit);
      i += 2;
      continue;
    }
    for (const w of items[i]!) {
      if (w.filler && contentCount > 0) continue;
      const unit = unitOf(w.text, 1, w.forms, w.regions);
      if (unit) units.push(unit);
    }
    i += 1;
  }
  const terms = new Set(units.flatMap((u) => u.forms));
  const normalised = normaliseTitle(raw.replace(/[ㄱ-ㅎ]+/g, ''));
  const lastWord = words(raw).at(-1);
  const stripped = lastWord ? stripParticle(lastWord) : null;
  const titleForms = [normalised, ...(stripped && lastWord ? [normalised.slice(0, normalised.length - (lastWord.length - stripped.length))] : [])];
  return { units, chosung, normalised, titleForms: titleForms.filter(Boolean), terms: [...terms] };
}

/** The query with one unit's words replaced (the typo correction offered as didYouMean). */
export function replaceUnit(query: string, unit: QueryUnit, replacement: string): string {
  const at = query.indexOf(unit.text);
  if (at >= 0) return `${query.slice(0, at)}${replacement}${query.slice(at + unit.text.length)}`.trim();
  // The unit's text was normalised (case, NFKC): replace the first word that normalises to it.
  return query
    .split(/(\s+)/)
    .map((part) => (words(part).join('') === unit.text ? replacement : part))
    .join('');
}
