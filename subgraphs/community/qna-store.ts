import type { Queryable } from '../../store';
import type { AnswerRow, Cursor, PostState, QuestionRow } from './store';

/** SQL of the Q&A board and the moderation queue. Every value a parameter. */

const QUESTION_COLS = `id, author_sub, category, title, body, facility_id, policy_id, state, hold_reasons, hidden_reason, created_at, updated_at, accepted_answer_id, answered_at, created_at::text as cursor_at`;

export async function questionById(db: Queryable, id: string): Promise<QuestionRow | null> {
  const { rows } = await db.query<QuestionRow>(`select ${QUESTION_COLS} from community.question where id = $1`, [id]);
  return rows[0] ?? null;
}

export interface QuestionWrite {
  id: string;
  authorSub: string;
  category: string;
  title: string;
  body: string;
  facilityId: string | null;
  policyId: string | null;
  state: PostState;
  holdReasons: string[];
}

export async function insertQuestion(db: Queryable, w: QuestionWrite): Promise<QuestionRow> {
  const { rows } = await db.query<QuestionRow>(
    `insert into community.question (id, author_sub, category, title, body, facility_id, policy_id, state, hold_reasons)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${QUESTION_COLS}`,
    [w.id, w.authorSub, w.category, w.title, w.body, w.facilityId, w.policyId, w.state, w.holdReasons],
  );
  return rows[0]!;
}

export async function setQuestionState(db: Queryable, id: string, state: PostState, hiddenReason: string | null): Promise<QuestionRow> {
  const { rows } = await db.query<QuestionRow>(
    `update community.question set state = $2, hidden_reason = $3, hold_reasons = case when $2 = 'HELD' then hold_reasons else '{}' end, updated_at = now()
      where id = $1 returning ${QUESTION_COLS}`,
    [id, state, hiddenReason],
  );
  return rows[0]!;
}

export interface QuestionFilter {
  category?: string | null;
  facilityId?: string | null;
  policyId?: string | null;
  answered?: boolean | null;
}

/** Published questions, newest first (or, `oldestFirst`, unanswered ones oldest first). */
export async function questionPage(db: Queryable, filter: QuestionFilter, limit: number, after: Cursor | null, oldestFirst = false): Promise<{ rows: QuestionRow[]; total: number }> {
  const where = `state = 'PUBLISHED'
    and ($1::text is null or category = $1) and ($2::text is null or facility_id = $2) and ($3::text is null or policy_id = $3)
    and ($4::boolean is null or (answered_at is not null) = $4)`;
  const params = [filter.category ?? null, filter.facilityId ?? null, filter.policyId ?? null, filter.answered ?? null];
  const cmp = oldestFirst ? '>' : '<';
  const dir = oldestFirst ? 'asc' : 'desc';
  const { rows } = await db.query<QuestionRow>(
    `select ${QUESTION_COLS} from community.question where ${where}
       and ($5::timestamptz is null or (created_at, id) ${cmp} ($5::timestamptz, $6::text))
     order by created_at ${dir}, id ${dir} limit $7`,
    [...params, after?.at ?? null, after?.id ?? null, limit + 1],
  );
  const count = await db.query<{ n: number }>(`select count(*)::int as n from community.question where ${where}`, params);
  return { rows, total: count.rows[0]!.n };
}

export async function answersOf(db: Queryable, questionIds: readonly string[]): Promise<AnswerRow[]> {
  const { rows } = await db.query<AnswerRow>(
    `select id, question_id, author_sub, author_role, body, link_ids, created_at from community.answer where question_id = any($1::text[]) order by created_at, id`,
    [questionIds],
  );
  return rows;
}

export async function answerById(db: Queryable, id: string): Promise<AnswerRow | null> {
  const { rows } = await db.query<AnswerRow>(`select id, question_id, author_sub, author_role, body, link_ids, created_at from community.answer where id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertAnswer(db: Queryable, a: { id: string; questionId: string; authorSub: string; authorRole: string; body: string; linkIds: string[] }): Promise<AnswerRow> {
  const { rows } = await db.query<AnswerRow>(
    `insert into community.answer (id, question_id, author_sub, author_role, body, link_ids) values ($1, $2, $3, $4, $5, $6)
     returning id, question_id, author_sub, author_role, body, link_ids, created_at`,
    [a.id, a.questionId, a.authorSub, a.authorRole, a.body, a.linkIds],
  );
  await db.query(`update community.question set answered_at = coalesce(answered_at, now()), updated_at = now() where id = $1`, [a.questionId]);
  return rows[0]!;
}

export async function acceptAnswer(db: Queryable, questionId: string, answerId: string): Promise<QuestionRow> {
  const { rows } = await db.query<QuestionRow>(
    `update community.question set accepted_answer_id = $2, updated_at = now() where id = $1 returning ${QUESTION_COLS}`,
    [questionId, answerId],
  );
  return rows[0]!;
}

export interface QueueRow {
  kind: 'HELD_REVIEW' | 'REPORTED_REVIEW' | 'HELD_QUESTION';
  subject_id: string;
  since: Date;
  cursor_at: string;
}

/** The moderation queue, oldest first: held reviews, published reviews with open reports, held questions. */
export async function queuePage(db: Queryable, limit: number, after: Cursor | null): Promise<{ rows: QueueRow[]; total: number }> {
  const items = `
    select 'HELD_REVIEW' as kind, id as subject_id, updated_at as since from community.review where state = 'HELD'
    union all
    select 'REPORTED_REVIEW', r.id, min(p.created_at) from community.review r join community.review_report p on p.review_id = r.id
      where r.state = 'PUBLISHED' and p.resolved_at is null group by r.id
    union all
    select 'HELD_QUESTION', id, updated_at from community.question where state = 'HELD'`;
  const { rows } = await db.query<QueueRow>(
    `with q as (${items}) select kind, subject_id, since, since::text as cursor_at from q
      where ($1::timestamptz is null or (since, subject_id) > ($1::timestamptz, $2::text))
      order by since, subject_id limit $3`,
    [after?.at ?? null, after?.id ?? null, limit + 1],
  );
  const count = await db.query<{ n: number }>(`with q as (${items}) select count(*)::int as n from q`);
  return { rows, total: count.rows[0]!.n };
}
