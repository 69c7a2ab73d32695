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
  ...(p.example !== undefined ? { example: p.example } : {}),
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
  return {
    openapi: '3.1.0',
    info: {
      title: '돌봄 허브 Open API / Dolbom Hub Open API',
      version: '1.0.0',
      description:
        '임신·출산, 영유아, 초등, 청소년 돌봄 시설, 지원정책과 프로그램 (공공데이터포털 방식: serviceKey, pageNo, numOfRows, type=json|xml, response.header.resultCode). ' +
        'Childcare facilities, support policies and programmes of every life stage, in the 공공데이터포털 style. GraphQL: POST /graphql with the same key.',
    },
    servers: [{ url: OPENAPI_PREFIX }],
    security: [{ serviceKey: [] }, { apiKeyHeader: [] }],
    tags: [...new Set(ROUTES.map((r) => r.tag))].map((name) => ({ name })),
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
