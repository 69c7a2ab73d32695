import { HubError, type Bilingual } from '../../common/errors';

/**
 * Request parameters of the REST facade, declared once: the router parses
 * and checks them from these specs, and the OpenAPI document prints the same
 * specs, so the two cannot disagree.
 */
export interface ParamSpec {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: Bilingual;
  kind: 'string' | 'integer' | 'boolean' | 'enum' | 'enumList';
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  default?: string | number;
  /** A value the docs show and the route-walking test sends. */
  example?: string;
}

export const MAX_ROWS = 100;

export const PAGE_PARAMS: ParamSpec[] = [
  { name: 'pageNo', in: 'query', kind: 'integer', minimum: 1, maximum: 100_000, default: 1, description: { ko: '페이지 번호', en: 'Page number' }, example: '1' },
  { name: 'numOfRows', in: 'query', kind: 'integer', minimum: 1, maximum: MAX_ROWS, default: 10, description: { ko: `한 페이지 결과 수 (최대 ${MAX_ROWS})`, en: `Rows per page (at most ${MAX_ROWS})` }, example: '10' },
];

export const FORMAT_PARAMS: ParamSpec[] = [
  { name: 'type', in: 'query', kind: 'enum', values: ['json', 'xml'], description: { ko: '응답 형식 (기본 xml; _type도 받습니다)', en: 'Response format (default xml; `_type` is accepted too)' }, example: 'json' },
];

export type ParamValues = Record<string, string | number | boolean | string[] | undefined>;

const missing = (name: string) =>
  new HubError('MISSING_PARAMETER', { ko: `필수 요청 값 ${name}이(가) 없습니다.`, en: `The mandatory parameter ${name} is missing.` }, { field: name });
const invalid = (name: string, ko: string, en: string) => new HubError('BAD_USER_INPUT', { ko: `${name}: ${ko}`, en: `${name}: ${en}` }, { field: name });

/** Parses the parameters a route declares; unknown parameters are ignored, as 공공데이터포털 APIs do. */
export function parseParams(specs: readonly ParamSpec[], query: URLSearchParams, path: Record<string, string>): ParamValues {
  const values: ParamValues = {};
  for (const spec of specs) {
    const raw = spec.in === 'path' ? path[spec.name] : query.get(spec.name) ?? undefined;
    if (raw === undefined || raw === '') {
      if (spec.required) throw missing(spec.name);
      if (spec.default !== undefined) values[spec.name] = spec.default;
      continue;
    }
    values[spec.name] = parseOne(spec, raw);
  }
  return values;
}

function parseOne(spec: ParamSpec, raw: string): string | number | boolean | string[] {
  const name = spec.name;
  switch (spec.kind) {
    case 'integer': {
      if (!/^-?\d{1,9}$/.test(raw.trim())) throw invalid(name, '정수가 아닙니다.', 'not an integer.');
      const n = Number(raw.trim());
      if ((spec.minimum !== undefined && n < spec.minimum) || (spec.maximum !== undefined && n > spec.maximum)) {
        throw invalid(name, `${spec.minimum ?? '-∞'}–${spec.maximum ?? '∞'} 범위를 벗어났습니다.`, `must be between ${spec.minimum ?? '-∞'} and ${spec.maximum ?? '∞'}.`);
      }
      return n;
    }
    case 'boolean':
      if (!/^(true|false|y|n)$/i.test(raw)) throw invalid(name, 'true 또는 false입니다.', 'must be true or false.');
      return /^(true|y)$/i.test(raw);
    case 'enum': {
      const value = spec.values!.find((v) => v.toLowerCase() === raw.trim().toLowerCase());
      if (!value) throw invalid(name, `${spec.values!.join(', ')} 중 하나입니다.`, `must be one of ${spec.values!.join(', ')}.`);
      return value;
    }
    case 'enumList': {
      const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
      if (parts.length > 32) throw invalid(name, '값이 너무 많습니다.', 'too many values.');
      return parts.map((p) => {
        const value = spec.values!.find((v) => v.toLowerCase() === p.toLowerCase());
        if (!value) throw invalid(name, `알 수 없는 값 ${p.slice(0, 40)}`, `unknown value ${p.slice(0, 40)}`);
        return value;
      });
    }
    case 'string': {
      const value = raw.trim();
      if (spec.maxLength !== undefined && value.length > spec.maxLength) throw invalid(name, `${spec.maxLength}자까지입니다.`, `at most ${spec.maxLength} characters.`);
      if (spec.pattern && !new RegExp(spec.pattern).test(value)) throw invalid(name, '형식이 올바르지 않습니다.', 'has the wrong format.');
      return value;
    }
  }
}

/** The response format: `type` or `_type` (json|xml), else JSON when the client only accepts JSON, else XML (the 공공데이터포털 default). */
export function responseFormat(query: URLSearchParams, accept: string | undefined): { format: 'json' | 'xml'; error?: HubError } {
  const raw = query.get('type') ?? query.get('_type');
  if (raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'json' || value === 'xml') return { format: value };
    return { format: accept?.includes('json') ? 'json' : 'xml', error: invalid('type', 'json 또는 xml입니다.', 'must be json or xml.') };
  }
  return { format: accept && /json/.test(accept) && !/xml/.test(accept) ? 'json' : 'xml' };
}
