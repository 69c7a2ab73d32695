import { XMLBuilder } from 'fast-xml-parser';
import type { ServerResponse } from 'node:http';
import { ERROR_CODES, RESULT_MESSAGES, type Bilingual, type ErrorCode, type ResultCode } from '../../common/errors';
import type { Item } from './items';

/**
 * The 공공데이터포털 envelope in JSON and XML: the same tree,
 * `response.header.{resultCode,resultMsg}` and
 * `response.body.{items.item[],numOfRows,pageNo,totalCount}`. In JSON `item`
 * is always an array, one row or none included (providers that return a
 * lone object for one row break their clients).
 */
export type Format = 'json' | 'xml';

export interface Page {
  items: Item[];
  numOfRows: number;
  pageNo: number;
  totalCount: number;
  extra?: Record<string, string | number | boolean | null>;
}

const xml = new XMLBuilder({ format: false, suppressEmptyNode: false });
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function send(res: ServerResponse, status: number, format: Format, tree: unknown, headers: Record<string, string> = {}): void {
  const text = format === 'json' ? JSON.stringify(tree) : XML_DECLARATION + xml.build(nullsAsEmpty(tree));
  res.writeHead(status, {
    'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'application/xml; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** XML has no null: an empty element stands for it. */
function nullsAsEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(nullsAsEmpty);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, nullsAsEmpty(v)]));
  return value;
}

export function sendPage(res: ServerResponse, format: Format, page: Page): void {
  const resultCode: ResultCode = '00';
  send(res, 200, format, {
    response: {
      header: { resultCode, resultMsg: RESULT_MESSAGES[resultCode] },
      body: { items: { item: page.items }, numOfRows: page.numOfRows, pageNo: page.pageNo, totalCount: page.totalCount, ...page.extra },
    },
  });
}

/** An error: the registry gives the HTTP status and the result code; the header carries the message in Korean and English. */
export function sendFailure(res: ServerResponse, format: Format, code: ErrorCode, message?: Bilingual, extra: { field?: string; retryAfterSeconds?: number } = {}): void {
  const entry = ERROR_CODES[code];
  const resultCode = entry.resultCode as ResultCode;
  const headers: Record<string, string> = extra.retryAfterSeconds ? { 'retry-after': String(extra.retryAfterSeconds) } : {};
  send(
    res,
    entry.http,
    format,
    {
      response: {
        header: {
          resultCode,
          resultMsg: RESULT_MESSAGES[resultCode],
          errorCode: code,
          messageKo: message?.ko ?? entry.ko,
          messageEn: message?.en ?? entry.en,
          ...(extra.field ? { field: extra.field } : {}),
        },
      },
    },
    headers,
  );
}
