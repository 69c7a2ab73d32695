import type { Queryable } from '../../store';
import { fileSnapshots } from '../stats/snapshot-writer';
import { notify, type NotificationInput } from './notify';

export type PositionReason =
  | 'APPLIED'
  | 'HIGHER_PRIORITY_APPLICATION'
  | 'WITHDRAWAL'
  | 'ADMISSION'
  | 'FAILED_VERIFICATION'
  | 'OFFER_EXPIRED'
  | 'OFFER_DECLINED'
  | 'LAPSED';

const REASON_TEXT: Record<PositionReason, { ko: string; en: string }> = {
  APPLIED: { ko: '입소 신청', en: 'application received' },
  HIGHER_PRIORITY_APPLICATION: { ko: '우선순위가 높은 신청 접수', en: 'a higher-priority application' },
  WITHDRAWAL: { ko: '앞선 신청의 취소', en: 'an application ahead was withdrawn' },
  ADMISSION: { ko: '앞선 아동의 입소', en: 'a child ahead was admitted' },
  FAILED_VERIFICATION: { ko: '우선순위 확인 결과', en: 'a priority verification' },
  OFFER_EXPIRED: { ko: '입소 제안 만료', en: 'an offer expired' },
  OFFER_DECLINED: { ko: '앞선 아동의 입소 제안 거절', en: 'an offer ahead was declined' },
  LAPSED: { ko: '다른 어린이집 입소로 인한 대기 소멸', en: 'an entry lapsed after an admission elsewhere' },
};

/**
 * One waiting list = (facility, age class). Every change to a list runs under
 * this transaction-scoped advisory lock, so positions are computed by one
 * writer at a time: 100 concurrent applications get 1..100 with no gap and no
 * duplicate. Callers lock several lists in sorted order (no deadlock).
 */
export async function lockLists(tx: Queryable, lists: readonly { facilityId: string; ageClass: number }[]): Promise<void> {
  const keys = [...new Set(lists.map((l) => `apply:list:${l.facilityId}:${l.ageClass}`))].sort();
  if (keys.length === 1) {
    await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [keys[0]]);
    return;
  }
  // One round trip; `with ordinality` keeps the sorted order in which the locks are taken.
  await tx.query('select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from unnest($1::text[]) with ordinality as t (k, n)', [keys]);
}

/** One list to reposition, and the application that caused the change (it is not notified of its own move). */
export interface ListChange {
  facilityId: string;
  ageClass: number;
  causeId: string | null;
}

export interface Moved {
  id: string;
  oldPosition: number | null;
  newPosition: number;
  parentSub: string;
}

/**
 * Recomputes the positions of one or more lists: rank (1순위 first), points
 * desc, then application time (and insertion order, which is unique). Every
 * application whose position changed gets a history row with the reason (or
 * APPLIED when it is new) in the same statement. Returns the moves and the
 * notices owed to parents already on a list; the caller sends them with its
 * own notices in one statement.
 */
export async function repositionLists(tx: Queryable, lists: readonly ListChange[], reason: PositionReason): Promise<{ moved: Moved[]; notices: NotificationInput[] }> {
  if (lists.length === 0) return { moved: [], notices: [] };
  const moved = await tx.query<{ id: string; old_position: number | null; new_position: number; parent_sub: string; cause_id: string | null; facility_id: string; age_class: number }>(
    // Each list is read through its own index lookup (lateral), whatever plan the statement is prepared with:
    // a hash join over every waiting application would be the generic plan's choice.
    `with ranked as (
       select x.*
       from unnest($1::text[], $2::int[], $3::text[]) as l (facility_id, age_class, cause_id)
       cross join lateral (
         select a.id, a.position as old_position, l.cause_id, a.facility_id, a.age_class,
                (row_number() over (order by a.rank, a.points desc, a.applied_at, a.seq))::int as new_position
         from apply.application a
         where a.facility_id = l.facility_id and a.age_class = l.age_class and a.status in ('WAITING', 'OFFERED')
       ) x
     ), moved as (
       update apply.application a set position = r.new_position, updated_at = now()
       from ranked r
       where a.id = r.id and a.position is distinct from r.new_position
       returning a.id, r.old_position, r.new_position, a.parent_sub, r.cause_id, a.facility_id, a.age_class
     ), history as (
       insert into apply.position_change (application_id, old_position, new_position, reason, cause_id)
       select id, old_position, new_position, case when old_position is null then 'APPLIED' else $4 end, cause_id from moved
     )
     select * from moved`,
    [lists.map((l) => l.facilityId), lists.map((l) => l.ageClass), lists.map((l) => l.causeId), reason],
  );
  // Statistics history (issue 20): the waiting-list lengths of today, in the same transaction as the change.
  await fileSnapshots(tx, { facilityIds: lists.map((l) => l.facilityId) });
  const owed = moved.rows.filter((r) => r.old_position !== null && r.id !== r.cause_id);
  // Each notice names its list (a parent may wait at three centres); one name lookup for all of them.
  const labels = owed.length ? await listLabels(tx, lists) : new Map<string, ListLabel>();
  const notices = owed.map((r) => positionNotice(r.parent_sub, r.id, r.old_position, r.new_position, reason, labels.get(`${r.facility_id}:${r.age_class}`)!));
  return { moved: moved.rows.map((r) => ({ id: r.id, oldPosition: r.old_position, newPosition: r.new_position, parentSub: r.parent_sub })), notices };
}

/** Repositions one list and sends the notices it owes. Returns the ids moved. */
export async function reposition(tx: Queryable, facilityId: string, ageClass: number, reason: PositionReason, causeId: string | null): Promise<string[]> {
  const { moved, notices } = await repositionLists(tx, [{ facilityId, ageClass, causeId }], reason);
  await notify(tx, notices);
  return moved.map((m) => m.id);
}

export interface PositionChangeInput {
  applicationId: string;
  oldPosition: number | null;
  newPosition: number | null;
  reason: PositionReason;
  causeId: string | null;
}

export async function recordChanges(tx: Queryable, changes: readonly PositionChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.query(
    `insert into apply.position_change (application_id, old_position, new_position, reason, cause_id)
     select * from unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[])`,
    [changes.map((c) => c.applicationId), changes.map((c) => c.oldPosition), changes.map((c) => c.newPosition), changes.map((c) => c.reason), changes.map((c) => c.causeId)],
  );
}

/** How a notice names one list: `햇살어린이집 만2세반` / `햇살어린이집, 2-year-old class`. */
export interface ListLabel {
  ko: string;
  en: string;
}

/**
 * The labels of lists, keyed `facilityId:ageClass`, from the catalog's
 * effective (curated) name; a centre missing from the catalog is named by its id.
 */
export async function listLabels(tx: Queryable, lists: readonly { facilityId: string; ageClass: number }[]): Promise<Map<string, ListLabel>> {
  const names = await centreNames(tx, lists.map((l) => l.facilityId));
  return new Map(
    lists.map((l) => {
      const name = names.get(l.facilityId) ?? l.facilityId;
      return [`${l.facilityId}:${l.ageClass}`, { ko: `${name} 만${l.ageClass}세반`, en: `${name}, ${l.ageClass}-year-old class` }];
    }),
  );
}

/** Catalog (effective, curated) names of centres by id; a centre missing from the catalog is left out. */
export async function centreNames(tx: Queryable, facilityIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; name: string }>(
    `select f.id, e.name from unnest($1::text[]) as f (id) cross join lateral (select r.name from catalog.effective_record r where r.id = f.id limit 1) e`,
    [[...new Set(facilityIds)]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listLabel(tx: Queryable, facilityId: string, ageClass: number): Promise<ListLabel> {
  return (await listLabels(tx, [{ facilityId, ageClass }])).get(`${facilityId}:${ageClass}`)!;
}

export function positionNotice(parentSub: string, applicationId: string, from: number | null, to: number | null, reason: PositionReason, list: ListLabel): NotificationInput {
  const why = REASON_TEXT[reason];
  return {
    recipientSub: parentSub,
    kind: 'POSITION_CHANGED',
    applicationId,
    ko: `${list.ko}: 대기 순번이 ${from ?? '-'}번에서 ${to ?? '-'}번으로 바뀌었습니다 (사유: ${why.ko}).`,
    en: `${list.en}: your waiting position changed from ${from ?? '-'} to ${to ?? '-'} (reason: ${why.en}).`,
    payload: { from, to, reason },
  };
}

/** Takes an application off its list (withdrawn or declined, admitted, expired, lapsed) with a history row, then closes the gap. */
export async function leaveList(
  tx: Queryable,
  app: { id: string; facilityId: string; ageClass: number; position: number | null },
  status: 'WITHDRAWN' | 'ADMITTED' | 'EXPIRED' | 'LAPSED',
  reason: PositionReason,
): Promise<void> {
  await tx.query(`update apply.application set status = $2, position = null, offer_expires_at = null, updated_at = now() where id = $1`, [app.id, status]);
  await recordChanges(tx, [{ applicationId: app.id, oldPosition: app.position, newPosition: null, reason, causeId: app.id }]);
  await reposition(tx, app.facilityId, app.ageClass, reason, app.id);
}
