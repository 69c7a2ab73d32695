import { badInput } from '../../common/errors';
import type { FieldSchema, Item, ItemSchema } from './items';
import type { ParamSpec, ParamValues } from './params';
import type { RouteSpec } from './routes';

/**
 * Read-only community routes for partners (issue 23): a facility's published
 * parent reviews and the answered questions of the Q&A board (소통방). Both
 * read the community subgraph's keyset-paged lists; a page is taken from the
 * newest WINDOW items (pageNo × numOfRows ≤ WINDOW, else a typed error), the
 * most a single GraphQL page holds.
 */
const WINDOW = 50;
const s = (description: string, nullable = false): FieldSchema => ({ type: 'string', description, nullable });
const int = (description: string, nullable = true): FieldSchema => ({ type: 'integer', description, nullable });
const num = (description: string): FieldSchema => ({ type: 'number', description, nullable: true });

const ASPECTS = ['TEACHERS', 'SAFETY', 'MEALS', 'COMMUNICATION'] as const;
const ASPECT_KO: Record<(typeof ASPECTS)[number], string> = { TEACHERS: '선생님', SAFETY: '시설·안전', MEALS: '급식', COMMUNICATION: '소통' };

export const REVIEW_ITEM: ItemSchema = {
  id: s('후기 ID (review id)'),
  facilityId: s('시설 ID'),
  reviewer: s('작성자 (가림: 예 강서구 학부모) — masked reviewer'),
  average: num('이 후기의 평균 별점 1–5 (average stars)'),
  ...Object.fromEntries(ASPECTS.map((a) => [`stars${a[0]}${a.slice(1).toLowerCase()}`, int(`${ASPECT_KO[a]} 별점 1–5 (없으면 null) — ${a.toLowerCase()} stars`)])),
  body: s('본문 (전화번호·주민등록번호·이메일은 가림) — text, personal data masked'),
  reply: s('시설의 답글 (없으면 null) — the centre\'s reply', true),
  createdAt: s('작성 시각 ISO (written at)'),
};

export const QNA_ITEM: ItemSchema = {
  id: s('질문 ID (question id)'),
  category: s('분류: ADMISSION 입소, FEES_SUBSIDIES 보육료·지원금, FACILITY 시설, CARE_SERVICES 돌봄서비스, OTHER 기타'),
  categoryLabel: s('분류 이름 (category label)'),
  title: s('제목 (title)'),
  body: s('질문 (question text, personal data masked)'),
  facilityId: s('관련 시설 ID', true),
  policyId: s('관련 정책 ID', true),
  answer: s('채택된 답변, 없으면 가장 이른 상담사 답변 (accepted answer, else the first answer)'),
  answerAccepted: { type: 'boolean', description: '질문자가 채택한 답변인지 (the asker accepted it)' },
  answerLinks: s('답변이 연결한 카탈로그 ID, 쉼표 구분 (catalog ids the answer links)'),
  createdAt: s('질문 시각 ISO (asked at)'),
};

const window = (p: ParamValues): number => {
  const end = (p.pageNo as number) * (p.numOfRows as number);
  if (end > WINDOW) throw badInput('pageNo', `이 API는 최신 ${WINDOW}건까지 제공합니다 (pageNo × numOfRows ≤ ${WINDOW}).`, `This route serves the newest ${WINDOW} items (pageNo × numOfRows ≤ ${WINDOW}).`);
  return end;
};
const slice = <T>(list: T[], p: ParamValues) => list.slice(((p.pageNo as number) - 1) * (p.numOfRows as number), (p.pageNo as number) * (p.numOfRows as number));

function reviewItem(facilityId: string, r: any): Item {
  const stars = (a: string) => r.scores.find((x: { aspect: string }) => x.aspect === a)?.stars ?? null;
  return {
    id: r.id,
    facilityId,
    reviewer: r.reviewer,
    average: r.average,
    ...Object.fromEntries(ASPECTS.map((a) => [`stars${a[0]}${a.slice(1).toLowerCase()}`, stars(a)])),
    body: r.body,
    reply: r.reply?.body ?? null,
    createdAt: r.createdAt,
  };
}

function qnaItem(q: any): Item {
  const answer = q.acceptedAnswer ?? q.answers[0] ?? null;
  return {
    id: q.id,
    category: q.category,
    categoryLabel: q.categoryLabel,
    title: q.title,
    body: q.body,
    facilityId: q.facilityId ?? null,
    policyId: q.policyId ?? null,
    answer: answer?.body ?? '',
    answerAccepted: Boolean(q.acceptedAnswer),
    answerLinks: (answer?.links ?? []).map((l: { id: string }) => l.id).join(','),
    createdAt: q.createdAt,
  };
}

const ID_PATTERN = '^[a-z]{3}_[0-9a-f]{16}$';
const facilityIdParam: ParamSpec = { name: 'id', in: 'path', required: true, kind: 'string', pattern: ID_PATTERN, description: { ko: '시설 ID', en: 'facility id' }, example: 'fac_0000000000000000' };
const questionCategoryParam: ParamSpec = {
  name: 'category',
  in: 'query',
  kind: 'enum',
  values: ['ADMISSION', 'FEES_SUBSIDIES', 'FACILITY', 'CARE_SERVICES', 'OTHER'],
  description: { ko: '질문 분류 (입소, 보육료·지원금, 시설, 돌봄서비스, 기타)', en: 'Question category' },
  example: 'ADMISSION',
};

export const COMMUNITY_ROUTES: RouteSpec[] = [
  {
    operationId: 'getFacilityReviews',
    path: '/facilities/{id}/reviews',
    tag: 'community',
    summary: { ko: '시설 후기', en: 'Parent reviews of a facility' },
    description: {
      ko: `검토를 마친 학부모 후기, 최근 순 (최신 ${WINDOW}건까지). 작성자는 가려서 보여 줍니다.`,
      en: `Published parent reviews of one facility, newest first (the newest ${WINDOW}). Reviewers are masked.`,
    },
    params: [facilityIdParam],
    paging: 'pages',
    query: `query OpenApiFacilityReviews($id: ID!, $first: Int) { facility(id: $id) { id
      reviews(first: $first) { totalCount edges { node { id reviewer average scores { aspect stars } body reply { body } createdAt } } } } }`,
    variables: (p) => ({ id: p.id, first: window(p) }),
    result: (d, p) => {
      const reviews = d.facility?.reviews;
      if (!reviews) return null;
      const list = reviews.edges.map((e: { node: unknown }) => reviewItem(d.facility.id, e.node));
      return { items: slice(list, p), totalCount: reviews.totalCount };
    },
    item: REVIEW_ITEM,
    itemName: 'Review',
  },
  {
    operationId: 'listAnsweredQuestions',
    path: '/qna',
    tag: 'community',
    summary: { ko: '소통방 답변된 질문', en: 'Answered questions of the Q&A board' },
    description: {
      ko: `상담사가 답변한 공개 질문, 최근 순 (최신 ${WINDOW}건까지), 채택된 답변(없으면 첫 답변)과 함께.`,
      en: `Public questions counsellors answered, newest first (the newest ${WINDOW}), with the accepted answer (else the first).`,
    },
    params: [questionCategoryParam],
    paging: 'pages',
    query: `query OpenApiQna($filter: QuestionFilter, $first: Int) { questions(filter: $filter, first: $first) { totalCount
      edges { node { id category categoryLabel title body facilityId policyId createdAt
        acceptedAnswer { body links { id } } answers { body links { id } } } } } }`,
    variables: (p) => ({ filter: { answered: true, category: p.category ?? null }, first: window(p) }),
    result: (d, p) => {
      if (!d.questions) return null;
      const list = d.questions.edges.map((e: { node: unknown }) => qnaItem(e.node));
      return { items: slice(list, p), totalCount: d.questions.totalCount };
    },
    item: QNA_ITEM,
    itemName: 'AnsweredQuestion',
  },
];
