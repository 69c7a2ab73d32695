import { badInput } from '../../common/errors';

/**
 * Opaque keyset cursors: base64url of `v1:` + JSON [name, id]. Keyset (not
 * offset) paging keeps page N as cheap as page 1 and stable under inserts.
 */
export interface CursorKey {
  name: string;
  id: string;
}

const PREFIX = 'v1:';
const MAX_CURSOR_LENGTH = 1024;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(PREFIX + JSON.stringify([key.name, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  const invalid = () =>
    badInput('after', `잘못된 커서입니다: 이전 응답의 endCursor를 그대로 사용하세요.`, 'Malformed cursor: pass an endCursor from a previous response unchanged.');
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalid();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw invalid();
  return { name: parsed[0], id: parsed[1] };
}
