import type { Queryable } from '../../store';
import type { SearchDocument } from './document';
import { chosungOf, chosungWords, normaliseTitle, tsvectorLiteral } from './tokenize';

/**
 * Questions of the Q&A board (issue 23) as search documents of their own
 * kind. Only PUBLISHED questions have one: a held or hidden question is never
 * found, and hiding a published one removes its document on the next pass
 * (migration 0041 queues every change to a question or its answers).
 * Title = the question's title; body = the category in Korean, the question
 * and the accepted answer's text, so an answer's words find the question.
 */

export const QUESTION_KIND = 'QUESTION';
/** Question ids (community/qna.ts): catalog ids never start so. */
export const isQuestionId = (id: string) => id.startsWith('q_');

const MAX_BODY = 3000;
const CATEGORY_LABEL: Record<string, string> = { ADMISSION: '입소', FEES_SUBSIDIES: '보육료 지원금', FACILITY: '시설', CARE_SERVICES: '돌봄서비스', OTHER: '기타' };

interface QuestionSource {
  id: string;
  category: string;
  title: string;
  body: string;
  accepted: string | null;
  answered: boolean;
  sido: string | null;
  sigungu: string | null;
  stages: string[] | null;
  primary_stage: string | null;
}

/** The published questions among `ids`, with the accepted answer and the linked facility's (or policy's) region and stages. */
export async function questionDocuments(db: Queryable, ids: readonly string[]): Promise<SearchDocument[]> {
  const wanted = ids.filter(isQuestionId);
  if (wanted.length === 0) return [];
  const { rows } = await db.query<QuestionSource>(
    `select q.id, q.category, q.title, q.body, a.body as accepted, q.answered_at is not null as answered,
       r.sido, r.sigungu, r.stages, r.primary_stage
     from community.question q
     left join community.answer a on a.id = q.accepted_answer_id
     left join catalog.effective_record r on r.id = coalesce(q.facility_id, q.policy_id)
     where q.id = any($1::text[]) and q.state = 'PUBLISHED'`,
    [wanted],
  );
  return rows.map(toQuestionDocument);
}

function toQuestionDocument(q: QuestionSource): SearchDocument {
  const body = [CATEGORY_LABEL[q.category] ?? '', q.body, q.accepted ?? ''].filter(Boolean).join(' ').slice(0, MAX_BODY);
  // The board is about childcare (입소, 보육료, 어린이집): the infant stage unless the question links a record of another.
  const stages = q.stages?.length ? q.stages : ['INFANT'];
  return {
    recordId: q.id,
    kind: QUESTION_KIND,
    subtype: QUESTION_KIND,
    primaryStage: q.primary_stage ?? 'INFANT',
    stages,
    sido: q.sido,
    sigungu: q.sigungu,
    specialCare: [],
    lat: null,
    lng: null,
    freeSeatAges: [],
    hasVacancy: false,
    applicationStart: null,
    applicationEnd: null,
    applicationAlways: false,
    opensAt: null,
    closesAt: null,
    lastInspectedOn: null,
    lastViolationOn: null,
    hasViolation: false,
    title: q.title,
    titleNorm: normaliseTitle(q.title),
    chosung: chosungOf(q.title),
    body,
    tsv: tsvectorLiteral([
      { text: q.title, weight: 'A' },
      { text: body, weight: 'B' },
    ]),
    chosungWords: chosungWords(q.title),
    // An answered question, more so an accepted one, is the better suggestion among equals.
    staticRank: q.accepted ? 0.3 : q.answered ? 0.2 : 0.1,
    variantKey: null,
    // Parents' words are not the index's vocabulary: no title postings (broad catalog queries read those) and no typo corrections.
    titleLexemes: [],
    titleWords: [],
  };
}
