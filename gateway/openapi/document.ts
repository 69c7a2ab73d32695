import { BENEFITS_PATH } from './benefits-route';
import { ERROR_CODES, RESULT_MESSAGES } from '../../common/errors';
import type { FieldSchema, ItemSchema } from './items';
import { FORMAT_PARAMS, type ParamSpec } from './params';
import { allParams, ROUTES, type RouteSpec } from './routes';
import { OPENAPI_PREFIX } from './rest-handler';

/**
 * The OpenAPI 3.1 document of the REST facade, printed from the route table
 * the router serves (one source). `npm test` validates it against the
 * official OAS 3.1 schema and walks every route it documents.
 */
type Json = Record<string, unknown>;

const fieldSchema = (f: FieldSchema): Json => ({
  type: f.nullable ? [f.type, 'null'] : f.type,
  description: f.description,
  ...(f.enum ? { enum: f.enum } : {}),
});

const itemSchema = (item: ItemSchema): Json => ({
  type: 'object',
  required: Object.keys(item),
  properties: Object.fromEntries(Object.entries(item).map(([k, f]) => [k, fieldSchema(f)])),
  xml: { name: 'item' },
});

function paramSchema(p: ParamSpec): Json {
  switch (p.kind) {
    case 'integer':
      return { type: 'integer', ...(p.minimum !== undefined ? { minimum: p.minimum } : {}), ...(p.maximum !== undefined ? { maximum: p.maximum } : {}), ...(p.default !== undefined ? { default: p.default } : {}) };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: p.values };
    case 'enumList':
      // Comma-separated, as 공공데이터포털 clients send lists: INFANT,ELEMENTARY.
      return { type: 'string', pattern: `^(${p.values!.join('|')})(,(${p.values!.join('|')}))*$` };
    case 'string':
      return { type: 'string', ...(p.maxLength ? { maxLength: p.maxLength } : {}), ...(p.pattern ? { pattern: p.pattern } : {}) };
  }
}

const parameter = (p: ParamSpec): Json => ({
  name: p.name,
  in: p.in,
  required: p.in === 'path' ? true : Boolean(p.required),
  description: `${p.description.ko} / ${p.description.en}`,
  schema: paramSchema(p),
  // An example has its parameter's type (an integer parameter's example is a number, not "1").
  ...(p.example !== undefined ? { example: p.kind === 'integer' ? Number(p.example) : p.kind === 'boolean' ? p.example === 'true' : p.example } : {}),
});

const header = (): Json => ({
  type: 'object',
  required: ['resultCode', 'resultMsg'],
  properties: {
    resultCode: { type: 'string', enum: Object.keys(RESULT_MESSAGES), description: '결과코드 (00 = 정상)' },
    resultMsg: { type: 'string', enum: Object.values(RESULT_MESSAGES) },
    errorCode: { type: 'string', enum: Object.keys(ERROR_CODES), description: 'GraphQL extensions.code of the error' },
    messageKo: { type: 'string' },
    messageEn: { type: 'string' },
    field: { type: 'string', description: 'The parameter at fault' },
  },
});

function pageSchema(route: RouteSpec): Json {
  const extra = Object.fromEntries(Object.entries(route.extraBody ?? {}).map(([k, f]) => [k, { type: f.nullable ? [f.type, 'null'] : f.type, description: f.description }]));
  return {
    type: 'object',
    required: ['response'],
    properties: {
      response: {
        type: 'object',
        required: ['header', 'body'],
        properties: {
          header: { $ref: '#/components/schemas/Header' },
          body: {
            type: 'object',
            required: ['items', 'numOfRows', 'pageNo', 'totalCount', ...Object.keys(extra)],
            properties: {
              items: {
                type: 'object',
                required: ['item'],
                properties: { item: { type: 'array', description: '항상 배열 (always an array, also for one row)', items: { $ref: `#/components/schemas/${route.itemName}` }, xml: { wrapped: false } } },
              },
              numOfRows: { type: 'integer' },
              pageNo: { type: 'integer' },
              totalCount: { type: 'integer' },
              ...extra,
            },
          },
        },
      },
    },
    xml: { name: 'response' },
  };
}

const ERROR_RESPONSES: Record<string, { description: string; codes: string }> = {
  '400': { description: '요청 값 오류 / Invalid or missing parameter', codes: '10, 11' },
  '401': { description: '등록되지 않았거나 폐기·만료된 키 / Unknown, revoked or expired key', codes: '30, 31' },
  '403': { description: '권한 없음 / Access denied (scope, origin)', codes: '20' },
  '404': { description: '데이터 없음 / No data', codes: '03' },
  '429': { description: '요청 한도 초과 / Quota exceeded (Retry-After)', codes: '22, 23' },
  '500': { description: '알 수 없는 오류 / Unexpected error', codes: '99' },
  '503': { description: '일시적으로 이용 불가 / Temporarily unavailable', codes: '99' },
};

function errorResponse(status: string): Json {
  const { description, codes } = ERROR_RESPONSES[status]!;
  const content = { schema: { $ref: '#/components/schemas/ErrorResponse' } };
  return {
    description: `${description} (resultCode ${codes})`,
    ...(status === '429' ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
    content: { 'application/json': content, 'application/xml': content },
  };
}

function operation(route: RouteSpec): Json {
  const responses: Json = {
    '200': {
      description: '정상 / NORMAL SERVICE (resultCode 00)',
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.itemName}Page` } }, 'application/xml': { schema: { $ref: `#/components/schemas/${route.itemName}Page` } } },
    },
  };
  for (const status of Object.keys(ERROR_RESPONSES)) {
    if (status === '404' && !route.path.includes('{')) continue;
    responses[status] = errorResponse(status);
  }
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: `${route.summary.ko} / ${route.summary.en}`,
    description: `${route.description.ko}\n\n${route.description.en}`,
    parameters: [...allParams(route), ...FORMAT_PARAMS].map(parameter),
    responses,
  };
}

export function buildOpenApiDocument(): Json {
  const schemas: Json = {
    Header: header(),
    ErrorResponse: {
      type: 'object',
      required: ['response'],
      properties: { response: { type: 'object', required: ['header'], properties: { header: { $ref: '#/components/schemas/Header' } } } },
      xml: { name: 'response' },
    },
  };
  for (const route of ROUTES) {
    schemas[route.itemName] = itemSchema(route.item);
    schemas[`${route.itemName}Page`] = pageSchema(route);
  }
  const paths: Json = {};
  for (const route of ROUTES) paths[route.path] = { get: operation(route) };
  Object.assign(schemas, benefitSchemas());
  paths[BENEFITS_PATH] = { post: benefitsOperation() };
  return {
    openapi: '3.1.0',
    info: {
      title: '돌봄 허브 Open API / Dolbom Hub Open API',
      version: '1.0.0',
      description:
        '임신·출산, 영유아, 초등, 청소년 돌봄 시설, 지원정책과 프로그램 (공공데이터포털 방식: serviceKey, pageNo, numOfRows, type=json|xml, response.header.resultCode). ' +
        'Childcare facilities, support policies and programmes of every life stage, in the 공공데이터포털 style. GraphQL: POST /graphql with the same key.',
      // Who answers for the API: the operator of this hub; its docs page is served beside the document.
      contact: { name: '돌봄 허브 운영 / Dolbom Hub operations (문서: /openapi/v1/docs)' },
    },
    servers: [{ url: OPENAPI_PREFIX }],
    security: [{ serviceKey: [] }, { apiKeyHeader: [] }],
    tags: [...new Set([...ROUTES.map((r) => r.tag), '혜택 판정 Benefits'])].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        serviceKey: { type: 'apiKey', in: 'query', name: 'serviceKey', description: '서비스 키 (그대로 또는 URL 인코딩) / service key, raw or URL-encoded' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
  };
}

/** POST /benefits (issue 18): the household in a JSON body, benefitsFor's page in the envelope. */
function benefitSchemas(): Json {
  const str = { type: 'string' };
  const nstr = { type: ['string', 'null'] };
  const criterion = {
    type: 'object',
    properties: {
      criterionId: str, kind: str, status: { type: 'string', enum: ['MET', 'FAILED', 'UNKNOWN'] }, requirement: str, householdValue: nstr,
      evidence: { type: 'object', properties: { field: str, text: str } }, origin: str, sourceId: nstr,
      question: { type: ['object', 'null'], properties: { ko: str, en: str } },
    },
  };
  const member = {
    type: 'object',
    required: ['relationship'],
    properties: {
      relationship: { type: 'string', enum: ['SELF', 'SPOUSE', 'CHILD', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'OTHER'] },
      birthDate: { type: 'string', format: 'date' }, dueDate: { type: 'string', format: 'date' }, pregnancyWeeks: { type: 'integer' },
      employment: { type: 'string', enum: ['EMPLOYED', 'JOB_SEEKER', 'SELF_EMPLOYED', 'PARENTAL_LEAVE', 'NOT_WORKING'] },
    },
  };
  return {
    BenefitsRequest: {
      type: 'object',
      required: ['household'],
      properties: {
        household: {
          type: 'object',
          required: ['members', 'region'],
          properties: {
            members: { type: 'array', maxItems: 20, items: member },
            region: { type: 'object', required: ['sido'], properties: { sido: str, sigungu: str, monthsOfResidence: { type: 'integer', minimum: 0 } } },
            monthlyIncomeKrw: { type: 'integer', minimum: 0 },
            medianIncomeBand: { type: 'object', properties: { minPercent: { type: 'number' }, maxPercent: { type: 'number' } } },
            flags: { type: 'array', items: str },
            flagsComplete: { type: 'boolean' },
          },
        },
        on: { type: 'string', format: 'date', description: '판정 기준일 (기본: 오늘, KST) / date judged' },
        filter: { type: 'object', properties: { stages: { type: 'array', items: str }, region: { type: 'object' }, verdicts: { type: 'array', items: str } } },
        pageNo: { type: 'integer', minimum: 1 },
        numOfRows: { type: 'integer', minimum: 1, maximum: 100 },
      },
    },
    Benefit: {
      type: 'object',
      properties: {
        policyId: str, name: str, sido: nstr, sigungu: nstr, amountKrw: { type: ['integer', 'null'] }, deadline: nstr,
        verdict: { type: 'string', enum: ['ELIGIBLE', 'MAYBE', 'NOT_ELIGIBLE'] },
        question: { type: ['object', 'null'], properties: { ko: str, en: str } },
        failing: { anyOf: [criterion, { type: 'null' }] },
        criteria: { type: 'array', items: criterion },
      },
    },
    BenefitPage: {
      type: 'object',
      properties: {
        response: {
          type: 'object',
          properties: {
            header: { $ref: '#/components/schemas/Header' },
            body: {
              type: 'object',
              properties: {
                items: { type: 'object', properties: { item: { type: 'array', items: { $ref: '#/components/schemas/Benefit' } } } },
                numOfRows: { type: 'integer' }, pageNo: { type: 'integer' }, totalCount: { type: 'integer' },
                on: str, medianIncomeSource: str, eligibleCount: { type: 'integer' }, maybeCount: { type: 'integer' }, notEligibleCount: { type: 'integer' },
              },
            },
          },
        },
      },
    },
  };
}

function benefitsOperation(): Json {
  const responses: Json = {
    '200': { description: '정상 / NORMAL SERVICE (resultCode 00)', content: { 'application/json': { schema: { $ref: '#/components/schemas/BenefitPage' } } } },
  };
  for (const status of Object.keys(ERROR_RESPONSES)) if (status !== '404') responses[status] = errorResponse(status);
  return {
    operationId: 'benefitsFor',
    tags: ['혜택 판정 Benefits'],
    summary: '우리 가구 혜택 판정 / Benefits for a household',
    description:
      '가구(가구원 생년월일·출산예정일, 지역·거주기간, 소득, 가구 특성)를 JSON 본문으로 보내면 모든 지원정책을 ELIGIBLE / MAYBE / NOT_ELIGIBLE로 판정하고 조건별 사유를 답합니다. 가구 정보는 저장하지 않습니다.\n\n' +
      'POST a household as JSON: every policy judged ELIGIBLE / MAYBE / NOT_ELIGIBLE with the reason per criterion (GraphQL `benefitsFor`). Nothing is stored.',
    parameters: FORMAT_PARAMS.map(parameter),
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/BenefitsRequest' } } } },
    responses,
  };
}
