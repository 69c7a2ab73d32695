import { randomUUID } from 'node:crypto';
import { badInput, HubError } from '../../common/errors';
import { isEditor, notFound, requireAnswerer, requireParent, signedIn } from './access';
import { connection, encodeCursor, pageArgs } from './paging';
import { acceptAnswer, answerById, insertAnswer, insertQuestion, questionById, questionPage, type QuestionFilter } from './qna-store';
import type { CommunityContext } from './resolvers';
import { canSee } from './reviews';
import { screenText } from './screen';
import { audit, catalogRecord, catalogRecords, type AnswerRow, type QuestionRow } from './store';
import { boundedText, checkPostingLimit, claimPost } from './text';

/** The Q&A board (소통방): parents ask, counsellors and editors answer with catalog links, the asker accepts one (issue 23). */

const CATEGORY_LABEL: Record<string, string> = { ADMISSION: '입소', FEES_SUBSIDIES: '보육료·지원금', FACILITY: '시설', CARE_SERVICES: '돌봄서비스', OTHER: '기타' };
const ANSWERER_LABEL: Record<string, string> = { COUNSELLOR: '보육상담사', EDITOR: '편집자', ADMIN: '편집자' };

interface QuestionInput {
  category: string;
  title: string;
  body: string;
  facilityId?: string | null;
  policyId?: string | null;
}

async function linked(ctx: CommunityContext, field: string, id: string | null | undefined, kind: 'FACILITY' | 'POLICY'): Promise<string | null> {
  if (id == null) return null;
  const record = await catalogRecord(ctx.store, id);
  if (!record || record.kind !== kind) throw badInput(field, `${field}: 카탈로그에 없는 ID입니다.`, `${field}: no such ${kind.toLowerCase()} in the catalog.`);
  return record.id;
}

async function askQuestion(ctx: CommunityContext, input: QuestionInput) {
  const p = requireParent(await ctx.principal());
  const title = boundedText('title', input.title, 2, 100);
  const body = boundedText('body', input.body, 10, 2000);
  const facilityId = await linked(ctx, 'facilityId', input.facilityId, 'FACILITY');
  const policyId = await linked(ctx, 'policyId', input.policyId, 'POLICY');
  const { newAccount } = await checkPostingLimit(ctx.store, p.sub, ctx.options);
  const t = screenText(title);
  const b = screenText(body);
  const masked = [...new Set([...t.masked, ...b.masked])];
  const held = [...new Set([...t.held, ...b.held, ...(newAccount ? ['NEW_ACCOUNT' as const] : [])])];
  const question = await ctx.store.transaction(async (tx) => {
    await claimPost(tx, p.sub, 'QUESTION', ctx.options);
    const row = await insertQuestion(tx, {
      id: `q_${randomUUID()}`, authorSub: p.sub, category: input.category, title: t.text, body: b.text, facilityId, policyId,
      state: held.length > 0 ? 'HELD' : 'PUBLISHED', holdReasons: held,
    });
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: 'QUESTION_ASKED', subjectKind: 'QUESTION', subjectId: row.id, detail: { state: row.state, held, masked } });
    return row;
  });
  return { question, screen: { masked, held } };
}

interface AnswerInput {
  questionId: string;
  body: string;
  linkIds?: string[] | null;
}

async function answerQuestion(ctx: CommunityContext, input: AnswerInput) {
  const p = requireAnswerer(await ctx.principal());
  const question = await questionById(ctx.store, input.questionId);
  if (!question || !canSee(p, question)) throw notFound('question');
  if (question.state !== 'PUBLISHED') throw new HubError('CONFLICT', { ko: '게시된 질문에만 답할 수 있습니다.', en: 'Only a published question can be answered.' });
  const body = boundedText('body', input.body, 2, 4000);
  const linkIds = [...new Set(input.linkIds ?? [])];
  if (linkIds.length > 10) throw badInput('linkIds', '링크는 10개까지입니다.', 'At most 10 links.');
  const found = new Set((await catalogRecords(ctx.store, linkIds)).map((r) => r.id));
  const missing = linkIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new HubError('BAD_USER_INPUT', { ko: '카탈로그에 없는 링크가 있습니다.', en: 'Some links are not in the catalog.' }, { field: 'linkIds', missing });
  return ctx.store.transaction(async (tx) => {
    const answer = await insertAnswer(tx, { id: `a_${randomUUID()}`, questionId: question.id, authorSub: p.sub, authorRole: p.role, body, linkIds });
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: 'ANSWER_WRITTEN', subjectKind: 'ANSWER', subjectId: answer.id, detail: { questionId: question.id, linkIds } });
    return answer;
  });
}

async function accept(ctx: CommunityContext, answerId: string) {
  const p = signedIn(await ctx.principal());
  const answer = await answerById(ctx.store, answerId);
  const question = answer && (await questionById(ctx.store, answer.question_id));
  if (!answer || !question || !canSee(p, question)) throw notFound('answer');
  if (question.author_sub !== p.sub) throw new HubError('FORBIDDEN', { ko: '질문한 사람만 답변을 채택할 수 있습니다.', en: 'Only the asker accepts an answer.' });
  return ctx.store.transaction(async (tx) => {
    const row = await acceptAnswer(tx, question.id, answer.id);
    await audit(tx, { actorSub: p.sub, actorRole: p.role, action: 'ANSWER_ACCEPTED', subjectKind: 'ANSWER', subjectId: answer.id, detail: { questionId: question.id } });
    return row;
  });
}

const page = (ctx: CommunityContext, filter: QuestionFilter, args: { first?: number | null; after?: string | null }, oldestFirst = false) => {
  const { limit, after } = pageArgs(args.first, args.after);
  return questionPage(ctx.store, filter, limit, after, oldestFirst).then(({ rows, total }) => connection(rows, total, limit, after != null, (r) => encodeCursor(r.cursor_at, r.id), (r) => r));
};

export const qnaResolvers = {
  Query: {
    questions: (_: unknown, args: { filter?: QuestionFilter | null; first?: number | null; after?: string | null }, ctx: CommunityContext) => page(ctx, args.filter ?? {}, args),
    question: async (_: unknown, args: { id: string }, ctx: CommunityContext) => {
      const q = await questionById(ctx.store, args.id);
      if (!q || !canSee(await ctx.principal(), q)) throw notFound('question');
      return q;
    },
    unansweredQuestions: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: CommunityContext) => {
      requireAnswerer(await ctx.principal());
      return page(ctx, { answered: false }, args, true);
    },
  },
  Mutation: {
    askQuestion: (_: unknown, args: { input: QuestionInput }, ctx: CommunityContext) => askQuestion(ctx, args.input),
    answerQuestion: (_: unknown, args: { input: AnswerInput }, ctx: CommunityContext) => answerQuestion(ctx, args.input),
    acceptAnswer: (_: unknown, args: { answerId: string }, ctx: CommunityContext) => accept(ctx, args.answerId),
  },
  Question: {
    __resolveReference: async (ref: { id: string }, ctx: CommunityContext) => {
      const q = await questionById(ctx.store, ref.id);
      return q && canSee(await ctx.principal(), q) ? q : null;
    },
    categoryLabel: (q: QuestionRow) => CATEGORY_LABEL[q.category] ?? q.category,
    author: () => '학부모',
    facilityId: (q: QuestionRow) => q.facility_id,
    policyId: (q: QuestionRow) => q.policy_id,
    holdReasons: (q: QuestionRow) => q.hold_reasons,
    hiddenReason: async (q: QuestionRow, _: unknown, ctx: CommunityContext) => {
      const p = await ctx.principal();
      return p && (p.sub === q.author_sub || isEditor(p)) ? q.hidden_reason : null;
    },
    mine: async (q: QuestionRow, _: unknown, ctx: CommunityContext) => (await ctx.principal())?.sub === q.author_sub,
    answers: (q: QuestionRow, _: unknown, ctx: CommunityContext) => ctx.loaders.answers.load(q.id).then((list) => list.map((a) => ({ ...a, accepted: a.id === q.accepted_answer_id }))),
    acceptedAnswer: async (q: QuestionRow, _: unknown, ctx: CommunityContext) =>
      q.accepted_answer_id ? ((await ctx.loaders.answers.load(q.id)).filter((a) => a.id === q.accepted_answer_id).map((a) => ({ ...a, accepted: true }))[0] ?? null) : null,
    answered: (q: QuestionRow) => q.answered_at != null,
    ageMinutes: (q: QuestionRow) => Math.max(0, Math.floor((Date.now() - q.created_at.getTime()) / 60_000)),
    createdAt: (q: QuestionRow) => q.created_at.toISOString(),
    updatedAt: (q: QuestionRow) => q.updated_at.toISOString(),
  },
  Answer: {
    questionId: (a: AnswerRow) => a.question_id,
    accepted: async (a: AnswerRow & { accepted?: boolean }, _: unknown, ctx: CommunityContext) => a.accepted ?? (await questionById(ctx.store, a.question_id))?.accepted_answer_id === a.id,
    author: (a: AnswerRow) => ANSWERER_LABEL[a.author_role] ?? '편집자',
    links: async (a: AnswerRow, _: unknown, ctx: CommunityContext) => {
      const records = new Map((await catalogRecords(ctx.store, a.link_ids)).map((r) => [r.id, r]));
      return a.link_ids.flatMap((id) => (records.has(id) ? [{ id, kind: records.get(id)!.kind, name: records.get(id)!.name }] : []));
    },
    createdAt: (a: AnswerRow) => a.created_at.toISOString(),
  },
};
