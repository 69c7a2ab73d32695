import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import { isEditor, notFound, requireParent, signedIn } from './access';
import { connection, encodeCursor, pageArgs } from './paging';
import type { CommunityContext } from './resolvers';
import { screenText } from './screen';
import {
  addReply, addReport, ASPECTS, aspectColumn, audit, catalogRecord, hasRelationship, reviewById, reviewOf, reviewPage, upsertReview,
  type Aspect, type ReviewRow,
} from './store';
import { boundedText, checkPostingLimit, claimPost } from './text';

/** Parents' reviews of facilities and programmes: writing, reading, reporting, the centre's reply (issue 23). */

/** Whether the caller may see a review that is not public: its author and editors. */
export const canSee = (p: Principal | null, r: { state: string; author_sub: string }) => r.state === 'PUBLISHED' || (p != null && (p.sub === r.author_sub || isEditor(p)));

const PAGE = (ctx: CommunityContext, by: { targetId?: string; authorSub?: string }, args: { first?: number | null; after?: string | null }) => {
  const { limit, after } = pageArgs(args.first, args.after);
  return reviewPage(ctx.store, by, limit, after).then(({ rows, total }) => connection(rows, total, limit, after != null, (r) => encodeCursor(r.cursor_at, r.id), (r) => r));
};

async function ratingOf(ctx: CommunityContext, targetId: string) {
  const row = await ctx.loaders.rating.load(targetId);
  return {
    average: row?.average ?? null,
    count: row?.count ?? 0,
    perAspect: ASPECTS.map((aspect) => ({ aspect, average: (row?.[aspectColumn(aspect)] as number | null | undefined) ?? null, count: (row?.[`${aspectColumn(aspect)}_n`] as number | undefined) ?? 0 })),
  };
}

const targetFields = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  reviews: (t: { id: string }, args: { first?: number | null; after?: string | null }, ctx: CommunityContext) => PAGE(ctx, { targetId: t.id }, args),
  rating: (t: { id: string }, _: unknown, ctx: CommunityContext) => ratingOf(ctx, t.id),
};

export const ENTITY_TYPES = [
  'ChildcareCenter', 'Kindergarten', 'InfantFacility', 'PostpartumCenter', 'PregnancyFacility', 'AfterSchoolCareCenter', 'ElementaryFacility', 'YouthFacility',
  'PregnancyProgram', 'InfantProgram', 'ElementaryProgram', 'YouthProgram',
] as const;

function scoresOf(input: { aspect: string; stars: number }[]): Partial<Record<Aspect, number>> {
  if (input.length < 1 || input.length > ASPECTS.length) throw badInput('scores', '평가 항목을 1–4개 주세요.', 'Give stars for 1–4 aspects.');
  const scores: Partial<Record<Aspect, number>> = {};
  for (const s of input) {
    if (scores[s.aspect as Aspect] !== undefined) throw badInput('scores', '같은 항목을 두 번 평가할 수 없습니다.', 'Each aspect at most once.');
    if (!Number.isInteger(s.stars) || s.stars < 1 || s.stars > 5) throw badInput('scores', '별점은 1–5입니다.', 'Stars are 1–5.');
    scores[s.aspect as Aspect] = s.stars;
  }
  return scores;
}

interface ReviewInput {
  targetId: string;
  scores: { aspect: string; stars: number }[];
  body: string;
}

async function writeReview(ctx: CommunityContext, input: ReviewInput) {
  const p = requireParent(await ctx.principal());
  const scores = scoresOf(input.scores);
  const body = boundedText('body', input.body, 10, 1000);
  const target = await catalogRecord(ctx.store, input.targetId);
  if (!target || (target.kind !== 'FACILITY' && target.kind !== 'PROGRAM')) throw new HubError('NOT_FOUND', { ko: '후기를 쓸 시설이나 프로그램이 없습니다.', en: 'No such facility or programme.' });
  // The hub has no programme bookings: no parent is a verified reviewer of a programme yet (docs/community.md).
  if (target.kind !== 'FACILITY' || !(await hasRelationship(ctx.store, p.sub, target.id))) {
    throw new HubError('FORBIDDEN', { ko: '이용한 기록이 확인된 시설에만 후기를 쓸 수 있습니다.', en: 'Only parents the hub knows used this facility (admission, completed care booking) may review it.' });
  }
  const { newAccount } = await checkPostingLimit(ctx.store, p.sub, ctx.options);
  const screen = screenText(body);
  const before = await reviewOf(ctx.store, p.sub, target.id);
  const held = [...screen.held, ...(newAccount ? (['NEW_ACCOUNT'] as const) : []), ...(before?.state === 'HIDDEN' ? (['RESUBMITTED'] as const) : [])];
  const review = await ctx.store.transaction(async (tx) => {
    await claimPost(tx, p.sub, 'REVIEW', ctx.options);
    const row = await upsertReview(tx, {
      id: `r_${randomUUID()}`, authorSub: p.sub, targetId: target.id, targetKind: target.kind, district: target.sigungu, scores, body: screen.text,
      state: held.length > 0 ? 'HELD' : 'PUBLISHED', holdReasons: held,
    });
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: before ? 'REVIEW_EDITED' : 'REVIEW_WRITTEN', subjectKind: 'REVIEW', subjectId: row.id, detail: { state: row.state, held, masked: screen.masked } });
    return row;
  });
  return { review, screen: { masked: screen.masked, held } };
}

async function reportReview(ctx: CommunityContext, args: { id: string; reason: string; note?: string | null }) {
  const p = requireParent(await ctx.principal());
  const review = await reviewById(ctx.store, args.id);
  if (!review || review.state !== 'PUBLISHED') throw notFound('review');
  if (review.author_sub === p.sub) throw new HubError('FORBIDDEN', { ko: '자신의 후기는 신고할 수 없습니다.', en: 'You cannot report your own review.' });
  const note = args.note == null || args.note.trim() === '' ? null : screenText(boundedText('note', args.note, 1, 500)).text;
  await ctx.store.transaction(async (tx) => {
    if (!(await addReport(tx, review.id, p.sub, args.reason, note))) throw new HubError('CONFLICT', { ko: '이미 신고한 후기입니다.', en: 'You already reported this review.' });
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: 'REVIEW_REPORTED', subjectKind: 'REVIEW', subjectId: review.id, reason: args.reason });
  });
  return review;
}

async function replyToReview(ctx: CommunityContext, args: { id: string; body: string }) {
  const p = signedIn(await ctx.principal());
  const review = await reviewById(ctx.store, args.id);
  if (!review || !canSee(p, review)) throw notFound('review');
  if (p.role !== 'CENTER_STAFF' || !p.facilityIds.includes(review.target_id)) {
    throw new HubError('FORBIDDEN', { ko: '이 시설의 담당자만 답글을 달 수 있습니다.', en: "Only the facility's own staff may reply." });
  }
  if (review.state !== 'PUBLISHED') throw new HubError('CONFLICT', { ko: '게시된 후기에만 답글을 달 수 있습니다.', en: 'Only a published review can be replied to.' });
  const screen = screenText(boundedText('body', args.body, 2, 1000));
  if (screen.held.length > 0) throw badInput('body', '답글에 이름, 주소나 부적절한 표현이 있습니다.', 'The reply names a person, holds an address or abusive words.');
  await ctx.store.transaction(async (tx) => {
    if (!(await addReply(tx, review.id, p.sub, review.target_id, screen.text))) throw new HubError('CONFLICT', { ko: '답글은 후기마다 한 번만 달 수 있습니다.', en: 'A review takes one reply only.' });
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: 'REVIEW_REPLIED', subjectKind: 'REVIEW', subjectId: review.id, detail: { facilityId: review.target_id } });
  });
  return review;
}

export const reviewResolvers = {
  Query: {
    review: async (_: unknown, args: { id: string }, ctx: CommunityContext) => {
      const review = await reviewById(ctx.store, args.id);
      if (!review || !canSee(await ctx.principal(), review)) throw notFound('review');
      return review;
    },
    myReviews: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: CommunityContext) => PAGE(ctx, { authorSub: signedIn(await ctx.principal()).sub }, args),
  },
  Mutation: {
    writeReview: (_: unknown, args: { input: ReviewInput }, ctx: CommunityContext) => writeReview(ctx, args.input),
    reportReview: (_: unknown, args: { id: string; reason: string; note?: string | null }, ctx: CommunityContext) => reportReview(ctx, args),
    replyToReview: (_: unknown, args: { id: string; body: string }, ctx: CommunityContext) => replyToReview(ctx, args),
  },
  ParentReview: {
    __resolveReference: async (ref: { id: string }, ctx: CommunityContext) => {
      const review = await reviewById(ctx.store, ref.id);
      return review && canSee(await ctx.principal(), review) ? review : null;
    },
    targetId: (r: ReviewRow) => r.target_id,
    reviewer: (r: ReviewRow) => (r.district ? `${r.district} 학부모` : '학부모'),
    scores: (r: ReviewRow) => ASPECTS.filter((a) => r[aspectColumn(a) as keyof ReviewRow] != null).map((aspect) => ({ aspect, stars: r[aspectColumn(aspect) as keyof ReviewRow] })),
    average: (r: ReviewRow) => {
      const stars = ASPECTS.map((a) => r[aspectColumn(a) as keyof ReviewRow] as number | null).filter((s): s is number => s != null);
      return Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 100) / 100;
    },
    holdReasons: (r: ReviewRow) => r.hold_reasons,
    hiddenReason: async (r: ReviewRow, _: unknown, ctx: CommunityContext) => (canSeePrivate(await ctx.principal(), r) ? r.hidden_reason : null),
    mine: async (r: ReviewRow, _: unknown, ctx: CommunityContext) => (await ctx.principal())?.sub === r.author_sub,
    reports: async (r: ReviewRow, _: unknown, ctx: CommunityContext) =>
      isEditor(await ctx.principal()) ? (await ctx.loaders.reports.load(r.id)).map((x) => ({ reason: x.reason, note: x.note, createdAt: x.created_at.toISOString() })) : [],
    reply: async (r: ReviewRow, _: unknown, ctx: CommunityContext) => {
      const reply = await ctx.loaders.reply.load(r.id);
      return reply ? { body: reply.body, author: '시설 담당자', createdAt: reply.created_at.toISOString() } : null;
    },
    createdAt: (r: ReviewRow) => r.created_at.toISOString(),
    updatedAt: (r: ReviewRow) => r.updated_at.toISOString(),
  },
  ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, targetFields])),
};

const canSeePrivate = (p: Principal | null, r: { author_sub: string }) => p != null && (p.sub === r.author_sub || isEditor(p));
