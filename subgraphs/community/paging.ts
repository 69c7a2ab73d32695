import { badInput } from '../../common/errors';
import type { Cursor } from './store';

/** Keyset paging shared by every list: `first` 1–50 (default 20), `after` an opaque cursor of (timestamp, id). */
export function pageArgs(first: number | null | undefined, after: string | null | undefined): { limit: number; after: Cursor | null } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badInput('first', 'first는 1–50이어야 합니다.', 'first must be 1–50.');
  if (after == null) return { limit, after: null };
  try {
    const [at, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { limit, after: { at, id } };
  } catch {
    // falls through to the typed error
  }
  throw badInput('after', '잘못된 커서입니다.', 'Invalid cursor.');
}

export const encodeCursor = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

/** A Relay connection from one page of rows fetched with limit + 1. */
export function connection<R, N>(rows: R[], total: number, limit: number, hadCursor: boolean, cursorOf: (r: R) => string, node: (r: R) => N) {
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: cursorOf(r), node: node(r) }));
  return {
    totalCount: total,
    edges,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: hadCursor, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
