import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import { notFound, requireEditor } from './access';
import { connection, encodeCursor, pageArgs } from './paging';
import { questionById, queuePage, setQuestionState, type QueueRow } from './qna-store';
import type { CommunityContext } from './resolvers';
import { audit, auditOf, openReports, resolveReports, reviewById, setReviewState, type PostState } from './store';

/**
 * Editors' decisions (issue 23): approve a held post (or keep a reported
 * review and close its reports), hide one with a reason its author sees,
 * restore a hidden one. Every decision is one row of community.audit_log.
 */
type Action = 'APPROVE' | 'HIDE' | 'RESTORE';

function nextState(action: Action, state: PostState, reported: boolean, reason: string | null | undefined): { state: PostState; reason: string | null } {
  const conflict = () => new HubError('CONFLICT', { ko: `지금 상태(${state})에서는 할 수 없는 결정입니다.`, en: `${action} does not apply to a ${state} post.` });
  if (action === 'HIDE') {
    const text = (reason ?? '').trim();
    if (text.length < 1 || text.length > 500) throw badInput('reason', '숨기는 이유(1–500자)를 적어 주세요.', 'Hiding needs a reason (1–500 characters), shown to the author.');
    if (state === 'HIDDEN') throw conflict();
    return { state: 'HIDDEN', reason: text };
  }
  if (action === 'RESTORE') {
    if (state !== 'HIDDEN') throw conflict();
    return { state: 'PUBLISHED', reason: null };
  }
  if (state !== 'HELD' && !(state === 'PUBLISHED' && reported)) throw conflict();
  return { state: 'PUBLISHED', reason: null };
}

async function moderateReview(ctx: CommunityContext, p: Principal, id: string, action: Action, reason?: string | null) {
  const review = await reviewById(ctx.store, id);
  if (!review) throw notFound('review');
  const reported = (await openReports(ctx.store, [id])).length > 0;
  const next = nextState(action, review.state, reported, reason);
  return ctx.store.transaction(async (tx) => {
    const row = await setReviewState(tx, id, next.state, next.reason);
    const closed = action === 'RESTORE' ? 0 : await resolveReports(tx, id);
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: `REVIEW_${action}`, subjectKind: 'REVIEW', subjectId: id, reason: reason ?? null, detail: { from: review.state, to: next.state, reportsClosed: closed } });
    return row;
  });
}

async function moderateQuestion(ctx: CommunityContext, p: Principal, id: string, action: Action, reason?: string | null) {
  const question = await questionById(ctx.store, id);
  if (!question) throw notFound('question');
  const next = nextState(action, question.state, false, reason);
  return ctx.store.transaction(async (tx) => {
    const row = await setQuestionState(tx, id, next.state, next.reason);
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: `QUESTION_${action}`, subjectKind: 'QUESTION', subjectId: id, reason: reason ?? null, detail: { from: question.state, to: next.state } });
    return row;
  });
}

type ModerateArgs = { id: string; action: Action; reason?: string | null };

export const moderationResolvers = {
  ModerationItem: {
    since: (r: QueueRow) => r.since.toISOString(),
    review: (r: QueueRow, _: unknown, ctx: CommunityContext) => (r.kind === 'HELD_QUESTION' ? null : reviewById(ctx.store, r.subject_id)),
    question: (r: QueueRow, _: unknown, ctx: CommunityContext) => (r.kind === 'HELD_QUESTION' ? questionById(ctx.store, r.subject_id) : null),
  },
  Query: {
    moderationQueue: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: CommunityContext) => {
      requireEditor(await ctx.principal());
      const { limit, after } = pageArgs(args.first, args.after);
      const { rows, total } = await queuePage(ctx.store, limit, after);
      return connection(rows, total, limit, after != null, (r) => encodeCursor(r.cursor_at, r.subject_id), (r) => r);
    },
    moderationLog: async (_: unknown, args: { subjectId: string }, ctx: CommunityContext) => {
      requireEditor(await ctx.principal());
      return (await auditOf(ctx.store, args.subjectId)).map((e) => ({ id: e.id, at: e.at.toISOString(), actorRole: e.actor_role, action: e.action, reason: e.reason }));
    },
  },
  Mutation: {
    moderateReview: async (_: unknown, args: ModerateArgs, ctx: CommunityContext) => moderateReview(ctx, requireEditor(await ctx.principal()), args.id, args.action, args.reason),
    moderateQuestion: async (_: unknown, args: ModerateArgs, ctx: CommunityContext) => moderateQuestion(ctx, requireEditor(await ctx.principal()), args.id, args.action, args.reason),
  },
};
