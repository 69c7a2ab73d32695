import type { Queryable } from '../../store';
import { FILLERS } from './query';
import { synonymsFor } from './store-lookups';
import type { SynonymTable } from './synonyms';
import { isHangul, stripEnding, stripParticle, words, wordTokens } from './tokenize';

/**
 * similarQuestions (issue 23): earlier published questions like the text a
 * parent is typing. The text goes through search's own analysis (tokenize.ts
 * words, particles and verb endings, the editors' synonym table) plus the
 * endings and fillers of questions (…하나요, …할까요, 궁금해요), and each
 * remaining word becomes a unit. A question covers a unit by the share of the
 * unit's two-syllable tokens (bigrams, as the index keeps them) it contains,
 * taking the best of the unit's forms (synonyms), so 보육료지원 meets 보육료
 * halfway instead of not at all. The score is the covered share of the text,
 * each unit weighed by how rare it is among questions (BM25's idf over the
 * question documents, counted in the same statement; a word no question has
 * counts like the commonest one), title coverage adding half again. Everything is read through the question-only GIN index
 * (migration 0041).
 */

/** Characters of the typed text that count. */
export const MAX_SIMILAR_TEXT = 300;
/** Units (words) of the text that count, in order. */
const MAX_UNITS = 24;
/** Forms of one unit (the word, its stems, synonyms) and tokens of one form that count. */
const MAX_FORMS = 4;
const MAX_TOKENS = 8;
export const MAX_SIMILAR = 10;
/** A question covering less of the text than this (0–1) is not suggested. */
export const MIN_SIMILARITY = 0.15;

/** Question endings (의문형 어미) and connectives, longest first; the stem keeps two syllables. */
const QUESTION_ENDINGS = [
  '하려면', '되려면', '으려면', '하나요', '되나요', '있나요', '없나요', '인가요', '은가요', '는가요', '한가요', '할까요', '될까요', '을까요', 'ㄹ까요',
  '려면', '나요', '까요', '가요', '는지', '은지', '인지', '해야', '해도', '하면', '되면', '으면', '면서', '는데', '어요', '아요', '해요', '예요', '에요', '세요', '하고', '해서', '어서', '아서',
  '면', '고', '서', '요', '며',
];

/** Words of questions that say nothing about the topic (asking, hedging, quantities). */
const QUESTION_FILLERS = new Set([
  '왜', '어떤', '어느', '무슨', '얼마나', '몇', '혹시', '보통', '정도', '그런', '이런', '그냥', '같이', '따로', '가능', '궁금해요', '궁금합니다', '궁금한데', '알려', '주세요',
  '질문', '답변', '문의드립니다', '있을까요', '될까요', '할까요', '하나요', '되나요', '있나요', '없나요', '그런가요', '건가요', '거예요', '해야', '하는', '되는', '안', '못', '것', '건', '걸',
]);

function stemOfQuestion(word: string): string | null {
  if (!isHangul(word)) return null;
  for (const ending of QUESTION_ENDINGS) {
    if (!word.endsWith(ending) || [...word].length - [...ending].length < 2) continue;
    const stem = word.slice(0, word.length - ending.length);
    // 신청하 → 신청, 확정되 → 확정: the verb-making 하/되 is not the topic.
    return /[하되]$/.test(stem) && [...stem].length >= 3 ? stem.slice(0, -1) : stem;
  }
  return null;
}

export interface SimilarUnit {
  text: string;
  /** Per form, its index tokens. */
  forms: string[][];
}

const isFiller = (w: string) => FILLERS.has(w) || QUESTION_FILLERS.has(w);

/** The typed text's words as units (forms with their tokens), fillers out; lookups are what the synonym table is asked for. */
export function similarUnits(text: string, synonyms: SynonymTable): SimilarUnit[] {
  const units = new Map<string, SimilarUnit>();
  for (const word of words(text.slice(0, MAX_SIMILAR_TEXT))) {
    if (units.size >= MAX_UNITS) break;
    if (isFiller(word)) continue;
    const stems = [stripParticle(word), stripEnding(word), stemOfQuestion(word)].filter((s): s is string => s !== null);
    // The shortest stem is the topic word (신청하나요 → 신청); the word as written still matches its own tokens.
    const base = [...stems].sort((a, b) => a.length - b.length)[0] ?? word;
    if (isFiller(base) || units.has(base)) continue;
    const forms = new Set([base, ...stems.filter((s) => !isFiller(s)), word]);
    for (const form of [...forms]) for (const synonym of synonyms.get(form) ?? []) forms.add(synonym);
    const tokenLists = [...forms]
      .slice(0, MAX_FORMS + 2)
      .map((form) => [...new Set(words(form).flatMap(wordTokens))].slice(0, MAX_TOKENS))
      .filter((t) => t.length > 0);
    if (tokenLists.length) units.set(base, { text: base, forms: dedupe(tokenLists).slice(0, MAX_FORMS + 2) });
  }
  return [...units.values()];
}

const dedupe = (lists: string[][]) => [...new Map(lists.map((l) => [l.join(' '), l])).values()];

/** What the synonym table is asked for: the words and their stems. */
export function similarLookups(text: string): string[] {
  const ws = words(text.slice(0, MAX_SIMILAR_TEXT)).slice(0, MAX_UNITS * 2);
  return [...new Set(ws.flatMap((w) => [w, stripParticle(w), stripEnding(w), stemOfQuestion(w)]).filter((w): w is string => w !== null))];
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** Record ids of the best questions for the units, best first, with their scores. */
export async function similarQuestionRows(db: Queryable, units: SimilarUnit[], limit: number): Promise<{ record_id: string; score: number }[]> {
  if (units.length === 0 || limit <= 0) return [];
  const values: unknown[] = [];
  const param = (v: unknown, cast: string) => {
    values.push(v);
    return `$${values.length}${cast}`;
  };
  const coverage = (tokens: string[], weight: string) =>
    `((${tokens.map((t) => `(d.tsv @@ ${param(quote(t) + weight, '::tsquery')})::int`).join(' + ')})::float8 / ${tokens.length})`;
  const best = (parts: string[]) => (parts.length === 1 ? parts[0]! : `greatest(${parts.join(', ')})`);
  const columns = units.map((u, i) => `${best(u.forms.map((f) => coverage(f, '')))} as c${i}, ${best(u.forms.map((f) => coverage(f, ':A')))} as t${i}`);
  const any = param([...new Set(units.flatMap((u) => u.forms.flat()))].map(quote).join(' | '), '::tsquery');
  // BM25's idf over question documents: the board's own vocabulary decides what is rare (어린이집 is in most questions).
  // A word no question has (a typo, a word nobody used yet) would weigh most of all and swamp the share: it counts like the commonest word the board knows.
  const idf = units.map((_, i) => `(case when df${i} > 0 then ln(1 + (n - df${i} + 0.5) / (df${i} + 0.5)) end)`);
  const known = `least(${idf.join(', ')})`;
  const score = `(${units.map((_, i) => `coalesce(${idf[i]}, 0) * (c${i} + 0.5 * t${i})`).join(' + ')}) / (1.5 * (${idf.map((x) => `coalesce(${x}, ${known})`).join(' + ')}))`;
  const { rows } = await db.query<{ record_id: string; score: number }>(
    `select record_id, score from (
       select record_id, (${score})::float8 as score from (
         select c.*, (select count(*) from search.document where kind = 'QUESTION')::float8 as n,
           ${units.map((_, i) => `count(*) filter (where c${i} > 0) over ()::float8 as df${i}`).join(', ')}
         from (select d.record_id, d.static_rank, ${columns.join(', ')} from search.document d
               where d.kind = 'QUESTION' and d.tsv @@ ${any} offset 0) c
       ) w
     ) s where score >= ${param(MIN_SIMILARITY, '::float8')}
     order by score desc, record_id limit ${param(limit, '::int')}`,
    values,
  );
  return rows;
}

/** similarQuestions: question references for the gateway to resolve in community. */
export async function similarQuestions(db: Queryable, text: string, first: number, synonyms?: () => Promise<SynonymTable>) {
  const limit = Math.min(Math.max(first, 0), MAX_SIMILAR);
  const typed = text.slice(0, MAX_SIMILAR_TEXT);
  if (limit === 0 || typed.trim() === '') return [];
  const table = synonyms ? await synonyms() : await synonymsFor(db, similarLookups(typed));
  const rows = await similarQuestionRows(db, similarUnits(typed, table), limit);
  return rows.map((r) => ({ __typename: 'Question' as const, id: r.record_id }));
}
