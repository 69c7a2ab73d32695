import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bilingual, ErrorCode } from '../../common/errors';
import { readBodyWithin } from '../../common/http-server';
import { sendPage, type Format } from './envelope';
import { runRestOperation } from './operation';
import type { RestDeps } from './rest-handler';

/**
 * POST /openapi/v1/benefits (issue 18): the JSON body is benefitsFor's
 * arguments ({household, on, filter} plus pageNo/numOfRows); the answer is
 * benefitsFor's page in the 공공데이터포털 envelope. The household is a body,
 * not query parameters, so it never lands in access logs; nothing is stored.
 */
export const BENEFITS_PATH = '/benefits';
const MAX_BODY = 64 * 1024;

const CRITERION_FIELDS = 'criterionId kind status requirement householdValue evidence { field text } origin sourceId question { ko en }';
export const BENEFITS_QUERY = `query OpenApiBenefits($household: HouseholdInput!, $on: Date, $filter: BenefitFilter, $first: Int, $after: String) {
  benefitsFor(household: $household, on: $on, filter: $filter, first: $first, after: $after) {
    totalCount on medianIncomeSource counts { eligible maybe notEligible }
    nodes { policyId name sido sigungu amountKrw deadline verdict question { ko en } failing { ${CRITERION_FIELDS} } criteria { ${CRITERION_FIELDS} } }
  }
}`;

export async function answerBenefits(req: IncomingMessage, res: ServerResponse, format: Format, deps: RestDeps, fail: (code: ErrorCode, message?: Bilingual, extra?: { field?: string }) => void): Promise<void> {
  const text = await readBodyWithin(req, MAX_BODY);
  if (text == null) return fail('BAD_USER_INPUT', { ko: '요청 본문이 너무 큽니다 (최대 64KB).', en: 'The request body is too large (at most 64 KB).' });
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return fail('BAD_USER_INPUT', { ko: '요청 본문은 JSON이어야 합니다.', en: 'The request body must be JSON.' }, { field: 'body' });
  }
  if (!body || typeof body !== 'object' || !body.household) return fail('MISSING_PARAMETER', { ko: 'household가 필요합니다.', en: 'household is required.' }, { field: 'household' });
  const numOfRows = body.numOfRows ?? 20;
  const pageNo = body.pageNo ?? 1;
  if (!Number.isInteger(numOfRows) || numOfRows < 1 || numOfRows > 100) return fail('BAD_USER_INPUT', { ko: 'numOfRows는 1에서 100 사이여야 합니다.', en: 'numOfRows must be between 1 and 100.' }, { field: 'numOfRows' });
  if (!Number.isInteger(pageNo) || pageNo < 1 || pageNo > 10_000) return fail('BAD_USER_INPUT', { ko: 'pageNo는 1 이상이어야 합니다.', en: 'pageNo must be 1 or more.' }, { field: 'pageNo' });
  const after = pageNo > 1 ? Buffer.from(`b1:${(pageNo - 1) * numOfRows}`, 'utf8').toString('base64url') : null;
  const data = await runRestOperation(req, res, format, deps, {
    route: 'benefits',
    query: BENEFITS_QUERY,
    variables: { household: body.household, on: body.on ?? null, filter: body.filter ?? null, first: numOfRows, after },
    explainInvalid: true,
  });
  if (data === null) return;
  const page = (data as any).benefitsFor;
  sendPage(res, format, {
    items: page.nodes,
    numOfRows,
    pageNo,
    totalCount: page.totalCount,
    extra: { on: page.on, medianIncomeSource: page.medianIncomeSource, eligibleCount: page.counts.eligible, maybeCount: page.counts.maybe, notEligibleCount: page.counts.notEligible },
  });
}
