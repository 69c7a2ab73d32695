import { badInput } from '../../common/errors';
import type { RecordKind, Stage } from '../../common/record';
import { typenameOf } from '../../common/typenames';
import type { Queryable } from '../../store';

/**
 * `Query.changes`: the change log (catalog.change, filled by a trigger on
 * catalog.record and, for curation, by catalog.log_change) read in (tx, seq)
 * order, typed by the effective record (an editor may move its stage), served
 * only below the oldest running transaction so no change can ever appear
 * behind a cursor already handed out (see migration 0017).
 */
export const MAX_CHANGES_PAGE = 1000;

interface Position {
  tx: string;
  seq: string;
}

const START: Position = { tx: '0', seq: '0' };
/** Changes after the cursor in $1 (tx) and $2 (seq). */
export const AFTER_CURSOR = `(c.tx, c.seq) > ($1::xid8, $2::bigint)`;
/** A change no running transaction can still precede: only these are served (migration 0017). */
export const SERVABLE = `c.tx < pg_snapshot_xmin(pg_current_snapshot())`;
const VISIBLE = `${AFTER_CURSOR} and ${SERVABLE}`;

export function encodeChangeCursor(p: Position): string {
  return Buffer.from(`c1:${p.tx}:${p.seq}`, 'utf8').toString('base64url');
}

export function decodeChangeCursor(cursor: string | null | undefined): Position {
  if (cursor == null || cursor === '') return START;
  const text = cursor.length <= 80 && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^c1:(\d{1,20}):(\d{1,19})$/.exec(text);
  if (!match) throw badInput('since', '잘못된 커서입니다: 이전 응답의 cursor를 그대로 사용하세요.', 'Malformed cursor: pass a cursor from an earlier answer unchanged.');
  return { tx: match[1]!, seq: match[2]! };
}

export async function changesPage(db: Queryable, since: string | null | undefined, first: number | null | undefined) {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > MAX_CHANGES_PAGE) {
    throw badInput('first', `first는 1에서 ${MAX_CHANGES_PAGE} 사이여야 합니다.`, `first must be between 1 and ${MAX_CHANGES_PAGE}.`);
  }
  const from = decodeChangeCursor(since);
  const { rows } = await db.query<{ tx: string; seq: string; record_id: string; op: string; at: string; kind: RecordKind; subtype: string; primary_stage: Stage }>(
    `select c.tx::text as tx, c.seq::text as seq, c.record_id, c.op, c.at, r.kind, r.subtype, r.primary_stage
     from catalog.change c join catalog.effective_record r on r.id = c.record_id
     where ${VISIBLE}
     order by c.tx, c.seq
     limit $3`,
    [from.tx, from.seq, size + 1],
  );
  const page = rows.slice(0, size);
  const changes = page.map((r) => {
    const ref = { __typename: typenameOf({ kind: r.kind, subtype: r.subtype, primaryStage: r.primary_stage }), id: r.record_id };
    return {
      cursor: encodeChangeCursor(r),
      op: r.op,
      at: new Date(r.at).toISOString(),
      id: r.record_id,
      recordKind: r.kind,
      facility: r.kind === 'FACILITY' ? ref : null,
      policy: r.kind === 'POLICY' ? ref : null,
      program: r.kind === 'PROGRAM' ? ref : null,
    };
  });
  return {
    changes,
    cursor: changes.length ? changes[changes.length - 1]!.cursor : since ?? null,
    hasMore: rows.length > size,
    // Counted only when asked for (a function field of the result).
    totalCount: async () => {
      const { rows: n } = await db.query<{ n: number }>(
        `select count(*)::int as n from catalog.change c join catalog.effective_record r on r.id = c.record_id where ${VISIBLE}`,
        [from.tx, from.seq],
      );
      return n[0]?.n ?? 0;
    },
  };
}
