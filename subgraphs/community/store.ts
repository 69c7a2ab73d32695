import type { Queryable } from '../../store';

/** SQL of the community subgraph (community.*, and reads of catalog.effective_record and apply.*). Every value a parameter. */

export type PostState = 'PUBLISHED' | 'HELD' | 'HIDDEN';
export const ASPECTS = ['TEACHERS', 'SAFETY', 'MEALS', 'COMMUNICATION'] as const;
export type Aspect = (typeof ASPECTS)[number];
const ASPECT_COLUMN: Record<Aspect, string> = { TEACHERS: 'teachers', SAFETY: 'safety', MEALS: 'meals', COMMUNICATION: 'communication' };

export interface ReviewRow {
  id: string;
  author_sub: string;
  target_id: string;
  district: string | null;
  teachers: number | null;
  safety: number | null;
  meals: number | null;
  communication: number | null;
  body: string;
  state: PostState;
  hold_reasons: string[];
  hidden_reason: string | null;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
}

export interface QuestionRow {
  id: string;
  author_sub: string;
  category: string;
  title: string;
  body: string;
  facility_id: string | null;
  policy_id: string | null;
  state: PostState;
  hold_reasons: string[];
  hidden_reason: string | null;
  created_at: Date;
  updated_at: Date;
  accepted_answer_id: string | null;
  answered_at: Date | null;
  cursor_at: string;
}

export interface AnswerRow {
  id: string;
  question_id: string;
  author_sub: string;
  author_role: string;
  body: string;
  link_ids: string[];
  created_at: Date;
}

export interface Cursor {
  at: string;
  id: string;
}

const REVIEW_COLS = `id, author_sub, target_id, district, teachers, safety, meals, communication, body, state, hold_reasons, hidden_reason, created_at, updated_at, created_at::text as cursor_at`;
const QUESTION_COLS = `id, author_sub, category, title, body, facility_id, policy_id, state, hold_reasons, hidden_reason, created_at, updated_at, accepted_answer_id, answered_at, created_at::text as cursor_at`;

/** The catalog record a post points to: its kind and 시군구 (the reviewer label's district), null when unknown. */
export async function catalogRecord(db: Queryable, id: string): Promise<{ id: string; kind: string; sigungu: string | null; name: string } | null> {
  const { rows } = await db.query<{ id: string; kind: string; sigungu: string | null; name: string }>(
    `select id, kind, sigungu, name from catalog.effective_record where id = $1 and merged_into is null`,
    [id],
  );
  return rows[0] ?? null;
}

export async function catalogRecords(db: Queryable, ids: readonly string[]): Promise<{ id: string; kind: string; name: string }[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; kind: string; name: string }>(`select id, kind, name from catalog.effective_record where id = any($1::text[]) and merged_into is null`, [ids]);
  return rows;
}

/**
 * The relationships that make a parent a verified reviewer of a facility:
 * an admitted application, a confirmed reservation of a care slot that has
 * ended, or a hospitalised-care request that is DONE. The hub has no
 * programme bookings, so no one is a verified reviewer of a programme yet.
 */
export async function hasRelationship(db: Queryable, parentSub: string, facilityId: string): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>(
    `select exists (select 1 from apply.application where parent_sub = $1 and facility_id = $2 and status = 'ADMITTED')
         or exists (select 1 from apply.reservation r join apply.care_slot s on s.id = r.slot_id
                    where r.parent_sub = $1 and s.facility_id = $2 and r.status = 'CONFIRMED' and s.ends_at < now())
         or exists (select 1 from apply.hospital_care_request where parent_sub = $1 and facility_id = $2 and status = 'DONE') as ok`,
    [parentSub, facilityId],
  );
  return rows[0]!.ok;
}

/** Posts the author made in the last hour and day, and ever (rate limit and new-account hold). */
export async function postCounts(db: Queryable, authorSub: string): Promise<{ hour: number; day: number; total: number }> {
  const { rows } = await db.query<{ hour: number; day: number; total: number }>(
    `select count(*) filter (where at > now() - interval '1 hour')::int as hour,
            count(*) filter (where at > now() - interval '1 day')::int as day,
            count(*)::int as total
       from community.post_event where author_sub = $1`,
    [authorSub],
  );
  return rows[0]!;
}

export async function recordPost(db: Queryable, authorSub: string, kind: 'REVIEW' | 'QUESTION'): Promise<void> {
  await db.query(`insert into community.post_event (author_sub, kind) values ($1, $2)`, [authorSub, kind]);
}

export interface AuditEntry {
  actorSub: string;
  actorRole: string;
  action: string;
  subjectKind: 'REVIEW' | 'QUESTION' | 'ANSWER';
  subjectId: string;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export async function audit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.query(
    `insert into community.audit_log (actor_sub, actor_role, action, subject_kind, subject_id, reason, detail) values ($1, $2, $3, $4, $5, $6, $7)`,
    [e.actorSub, e.actorRole, e.action, e.subjectKind, e.subjectId, e.reason ?? null, JSON.stringify(e.detail ?? {})],
  );
}

export async function auditOf(db: Queryable, subjectId: string): Promise<{ id: string; at: Date; actor_role: string; action: string; reason: string | null }[]> {
  const { rows } = await db.query<{ id: string; at: Date; actor_role: string; action: string; reason: string | null }>(
    `select id::text, at, actor_role, action, reason from community.audit_log where subject_id = $1 order by id`,
    [subjectId],
  );
  return rows;
}

// ---- reviews

export async function reviewById(db: Queryable, id: string): Promise<ReviewRow | null> {
  const { rows } = await db.query<ReviewRow>(`select ${REVIEW_COLS} from community.review where id = $1`, [id]);
  return rows[0] ?? null;
}

export async function reviewOf(db: Queryable, authorSub: string, targetId: string): Promise<ReviewRow | null> {
  const { rows } = await db.query<ReviewRow>(`select ${REVIEW_COLS} from community.review where author_sub = $1 and target_id = $2`, [authorSub, targetId]);
  return rows[0] ?? null;
}

export interface ReviewWrite {
  id: string;
  authorSub: string;
  targetId: string;
  targetKind: string;
  district: string | null;
  scores: Partial<Record<Aspect, number>>;
  body: string;
  state: PostState;
  holdReasons: string[];
}

/** Writes the author's review of the target, or replaces the text and stars of the one they wrote (one per parent and target). */
export async function upsertReview(db: Queryable, w: ReviewWrite): Promise<ReviewRow> {
  const s = w.scores;
  const { rows } = await db.query<ReviewRow>(
    `insert into community.review (id, author_sub, target_id, target_kind, district, teachers, safety, meals, communication, body, state, hold_reasons)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (author_sub, target_id) do update set
       teachers = excluded.teachers, safety = excluded.safety, meals = excluded.meals, communication = excluded.communication,
       body = excluded.body, state = excluded.state, hold_reasons = excluded.hold_reasons, hidden_reason = null, updated_at = now()
     returning ${REVIEW_COLS}`,
    [w.id, w.authorSub, w.targetId, w.targetKind, w.district, s.TEACHERS ?? null, s.SAFETY ?? null, s.MEALS ?? null, s.COMMUNICATION ?? null, w.body, w.state, w.holdReasons],
  );
  return rows[0]!;
}

export async function setReviewState(db: Queryable, id: string, state: PostState, hiddenReason: string | null): Promise<ReviewRow> {
  const { rows } = await db.query<ReviewRow>(
    `update community.review set state = $2, hidden_reason = $3, hold_reasons = case when $2 = 'HELD' then hold_reasons else '{}' end, updated_at = now()
      where id = $1 returning ${REVIEW_COLS}`,
    [id, state, hiddenReason],
  );
  return rows[0]!;
}

/** A page of reviews, newest first: published ones of a target, or every one of an author. */
export async function reviewPage(db: Queryable, by: { targetId?: string; authorSub?: string }, limit: number, after: Cursor | null): Promise<{ rows: ReviewRow[]; total: number }> {
  const where = by.targetId ? `target_id = $1 and state = 'PUBLISHED'` : `author_sub = $1`;
  const key = by.targetId ?? by.authorSub!;
  const { rows } = await db.query<ReviewRow>(
    `select ${REVIEW_COLS} from community.review where ${where}
       and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::text))
     order by created_at desc, id desc limit $4`,
    [key, after?.at ?? null, after?.id ?? null, limit + 1],
  );
  const count = await db.query<{ n: number }>(`select count(*)::int as n from community.review where ${where}`, [key]);
  return { rows, total: count.rows[0]!.n };
}

export interface RatingRow {
  target_id: string;
  count: number;
  average: number | null;
  [aspectColumn: string]: unknown;
}

/** Ratings of several targets in one query (published reviews only). */
export async function ratings(db: Queryable, targetIds: readonly string[]): Promise<RatingRow[]> {
  const perAspect = ASPECTS.map((a) => `round(avg(${ASPECT_COLUMN[a]})::numeric, 2)::float8 as ${ASPECT_COLUMN[a]}, count(${ASPECT_COLUMN[a]})::int as ${ASPECT_COLUMN[a]}_n`).join(', ');
  const cols = ASPECTS.map((a) => ASPECT_COLUMN[a]);
  const own = `(${cols.map((c) => `coalesce(${c}, 0)`).join(' + ')})::numeric / (${cols.map((c) => `(${c} is not null)::int`).join(' + ')})`;
  const { rows } = await db.query<RatingRow>(
    `select target_id, count(*)::int as count, round(avg(${own}), 2)::float8 as average, ${perAspect}
       from community.review where target_id = any($1::text[]) and state = 'PUBLISHED' group by target_id`,
    [targetIds],
  );
  return rows;
}

export const aspectColumn = (a: Aspect) => ASPECT_COLUMN[a];

export async function openReports(db: Queryable, reviewIds: readonly string[]): Promise<{ review_id: string; reason: string; note: string | null; created_at: Date }[]> {
  const { rows } = await db.query<{ review_id: string; reason: string; note: string | null; created_at: Date }>(
    `select review_id, reason, note, created_at from community.review_report where review_id = any($1::text[]) and resolved_at is null order by id`,
    [reviewIds],
  );
  return rows;
}

/** Files a report; false when this reporter already reported the review. */
export async function addReport(db: Queryable, reviewId: string, reporterSub: string, reason: string, note: string | null): Promise<boolean> {
  const r = await db.query(
    `insert into community.review_report (review_id, reporter_sub, reason, note) values ($1, $2, $3, $4) on conflict (review_id, reporter_sub) do nothing`,
    [reviewId, reporterSub, reason, note],
  );
  return r.rowCount === 1;
}

export async function resolveReports(db: Queryable, reviewId: string): Promise<number> {
  const r = await db.query(`update community.review_report set resolved_at = now() where review_id = $1 and resolved_at is null`, [reviewId]);
  return r.rowCount;
}

export async function replies(db: Queryable, reviewIds: readonly string[]): Promise<{ review_id: string; body: string; created_at: Date }[]> {
  const { rows } = await db.query<{ review_id: string; body: string; created_at: Date }>(
    `select review_id, body, created_at from community.review_reply where review_id = any($1::text[])`,
    [reviewIds],
  );
  return rows;
}

/** The centre's reply; false when the review already has one. */
export async function addReply(db: Queryable, reviewId: string, authorSub: string, facilityId: string, body: string): Promise<boolean> {
  const r = await db.query(
    `insert into community.review_reply (review_id, author_sub, facility_id, body) values ($1, $2, $3, $4) on conflict (review_id) do nothing`,
    [reviewId, authorSub, facilityId, body],
  );
  return r.rowCount === 1;
}
