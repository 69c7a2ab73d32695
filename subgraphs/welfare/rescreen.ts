import { HubError } from '../../common/errors';
import type { Queryable, Store } from '../../store';
import { notify, type NotificationInput } from '../apply/notify';
import { requireProgrammeOwner, type WelfareActor } from './access';
import { loadOwned } from './programmes';
import { auditView } from './register';
import type { ResidentRegistry } from './registry';
import * as db from './store';

/**
 * Re-screening by the district (seed 004, 개선방법 ③④): re-run the registry
 * check in bulk (people die and move out between registration and
 * confirmation), decide include / exclude with a reason, confirm the final
 * list within the quantity, and tell the recommending organisations. The
 * confirmed list is welfare.list_entry, append-only: a correction is a new
 * entry, never an edit.
 */

const conflict = (ko: string, en: string) => new HubError('CONFLICT', { ko, en });

export async function recheck(store: Store, registry: ResidentRegistry, actor: WelfareActor, programmeId: string): Promise<{ checked: number; changed: db.Recommendation[] }> {
  const programme = await loadOwned(store, actor, programmeId);
  const before = await db.recommendationsOf(store, programme.id);
  // Asked outside the transaction (a slow registry must not hold locks); written inside it.
  const answers = await registry.statuses(before.map((r) => r.registryRef));
  return store.transaction(async (tx) => {
    const changedIds = before.filter((r, i) => answers[i]!.status !== r.registryStatus).map((r) => r.id);
    const statuses = before.map((_r, i) => answers[i]!.status);
    await tx.query(
      `update welfare.recommendation r set registry_status = u.status, registry_checked_at = now(),
              -- A person no longer resident loses an INCLUDE decision: the officer must decide again before confirming.
              decision = case when u.status <> 'RESIDENT' and r.decision = 'INCLUDE' then null else r.decision end,
              decision_reason = case when u.status <> 'RESIDENT' and r.decision = 'INCLUDE' then '주민정보 재확인: ' || u.status else r.decision_reason end
         from unnest($1::text[], $2::text[]) as u (id, status)
        where r.id = u.id`,
      [before.map((r) => r.id), statuses],
    );
    const changed = await db.recommendationsByIds(tx, changedIds);
    const byId = new Map(before.map((r) => [r.id, r]));
    await db.audit(tx, actor, [
      { action: 'RECHECK_REGISTRY', programmeId, after: { checked: before.length, changed: changedIds.length } },
      ...changed.map((r) => ({ action: 'REGISTRY_CHANGED', programmeId, recommendationId: r.id, before: auditView(byId.get(r.id)!), after: auditView(r) })),
    ]);
    return { checked: before.length, changed };
  });
}

export async function decide(store: Store, actor: WelfareActor, ids: readonly string[], decision: 'INCLUDE' | 'EXCLUDE', reason: string): Promise<db.Recommendation[]> {
  requireProgrammeOwner(actor);
  if (!reason.trim() || reason.length > 500) throw new HubError('BAD_USER_INPUT', { ko: '결정 사유(1–500자)가 필요합니다.', en: 'A reason (1–500 characters) is required.' }, { field: 'reason' });
  if (ids.length === 0 || ids.length > 1000) throw new HubError('BAD_USER_INPUT', { ko: '1–1000건을 지정하세요.', en: 'Name 1–1000 recommendations.' }, { field: 'ids' });
  return store.transaction(async (tx) => {
    const rows = await db.recommendationsByIds(tx, ids);
    if (rows.length !== new Set(ids).size) throw new HubError('NOT_FOUND', { ko: '없는 추천이 있습니다.', en: 'Some recommendations do not exist.' });
    const programmeIds = [...new Set(rows.map((r) => r.programmeId))];
    for (const id of programmeIds) {
      const programme = await loadOwned(tx, actor, id);
      if (programme.status === 'CONFIRMED') throw conflict('확정된 명단은 정정(correctWelfareListEntry)으로만 바꿀 수 있습니다.', 'A confirmed list changes only by corrections (correctWelfareListEntry).');
    }
    if (decision === 'INCLUDE') {
      const bad = rows.find((r) => r.duplicateOf || r.registryStatus !== 'RESIDENT');
      if (bad) throw conflict('중복 추천이거나 주민정보상 관내 거주자가 아닌 추천은 포함할 수 없습니다.', 'A duplicate, or a person the registry no longer lists as resident, cannot be included.');
    }
    const { rows: updated } = await tx.query<{ id: string }>(
      `update welfare.recommendation set decision = $2, decision_reason = $3, decided_by = $4, decided_at = now() where id = any($1::text[]) returning id`,
      [[...ids], decision, reason.trim(), actor.principal.sub],
    );
    const after = await db.recommendationsByIds(tx, updated.map((u) => u.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    await db.audit(tx, actor, after.map((r) => ({ action: `DECIDE_${decision}`, programmeId: r.programmeId, recommendationId: r.id, before: auditView(byId.get(r.id)!), after: auditView(r), reason: reason.trim() })));
    return after;
  });
}

/** The outbox recipient of an organisation (apply.notification.recipient_sub and apply.contact.parent_sub). */
export const organisationRecipient = (orgId: string) => `welfare-org:${orgId}`;

const PHONE = /^01[016789]-?\d{3,4}-?\d{4}$/;

/**
 * An organisation's own delivery channel for the outbox: a row of the
 * hub's contact table under its recipient name. Only its own; ADMIN has none.
 */
export async function setContact(store: Store, actor: WelfareActor, input: { webhookUrl?: string | null; phone?: string | null }): Promise<boolean> {
  if (actor.principal.role === 'ADMIN') throw new HubError('FORBIDDEN', { ko: '관리자는 알림을 받는 기관이 아닙니다.', en: 'An administrator is not an organisation that receives notifications.' });
  if (input.phone && !PHONE.test(input.phone)) throw new HubError('BAD_USER_INPUT', { ko: '휴대전화 번호 형식이 아닙니다.', en: 'Not a mobile phone number.' }, { field: 'phone' });
  if (input.webhookUrl && (!/^https?:\/\/\S+$/.test(input.webhookUrl) || input.webhookUrl.length > 500)) {
    throw new HubError('BAD_USER_INPUT', { ko: 'http(s) URL이 필요합니다.', en: 'Expected an http(s) URL.' }, { field: 'webhookUrl' });
  }
  return store.transaction(async (tx) => {
    await tx.query(
      `insert into apply.contact (parent_sub, phone, webhook_url) values ($1, $2, $3)
       on conflict (parent_sub) do update set phone = excluded.phone, webhook_url = excluded.webhook_url, updated_at = now()`,
      [organisationRecipient(actor.organisation.id), input.phone?.replace(/-/g, '') || null, input.webhookUrl || null],
    );
    // The audit row says which channels are set, never the number or the URL.
    await db.audit(tx, actor, [{ action: 'SET_CONTACT', after: { organisation: actor.organisation.id, phone: Boolean(input.phone), webhook: Boolean(input.webhookUrl) } }]);
    return true;
  });
}

async function notifyOrganisations(tx: Queryable, programme: db.Programme, rows: readonly db.Recommendation[], ko: string, en: string): Promise<void> {
  const byOrg = new Map<string, { included: number; excluded: number }>();
  for (const r of rows) {
    const counts = byOrg.get(r.orgId) ?? { included: 0, excluded: 0 };
    if (r.inFinalList) counts.included++;
    else counts.excluded++;
    byOrg.set(r.orgId, counts);
  }
  // Through the hub's outbox (apply.notification + apply.outbox, DESIGN contract 9): committed with the list.
  // The recipient is the organisation; its delivery channel is its contact row (`welfare-org:<id>`). Counts only, no names.
  const inputs: NotificationInput[] = [...byOrg].map(([orgId, counts]) => ({
    recipientSub: organisationRecipient(orgId),
    kind: 'WELFARE_LIST_CONFIRMED' as NotificationInput['kind'],
    ko: `${programme.name}: ${ko} (포함 ${counts.included}명, 제외 ${counts.excluded}명)`,
    en: `${programme.name}: ${en} (${counts.included} included, ${counts.excluded} excluded)`,
    payload: { programmeId: programme.id, ...counts },
  }));
  await notify(tx, inputs);
}

export async function confirm(store: Store, actor: WelfareActor, programmeId: string, reason: string): Promise<db.Programme> {
  if (!reason.trim()) throw new HubError('BAD_USER_INPUT', { ko: '확정 사유가 필요합니다.', en: 'A reason is required.' }, { field: 'reason' });
  return store.transaction(async (tx) => {
    const programme = await loadOwned(tx, actor, programmeId);
    if (programme.status !== 'CLOSED') throw conflict('추천 마감(CLOSED) 후에 확정할 수 있습니다.', 'Only a CLOSED programme can be confirmed.');
    const rows = await db.recommendationsOf(tx, programmeId, true);
    const undecided = rows.filter((r) => !r.duplicateOf && r.decision === null);
    if (undecided.length) throw conflict(`결정되지 않은 추천이 ${undecided.length}건 있습니다.`, `${undecided.length} recommendation(s) have no decision yet.`);
    const included = rows.filter((r) => r.decision === 'INCLUDE');
    if (included.length > programme.quantity) throw conflict(`포함 ${included.length}명이 수량 ${programme.quantity}${programme.unit}을 넘습니다.`, `${included.length} included exceed the quantity of ${programme.quantity}.`);
    if (included.some((r) => r.registryStatus !== 'RESIDENT')) throw conflict('주민정보상 관내 거주자가 아닌 사람이 포함되어 있습니다.', 'The list includes a person the registry no longer lists as resident.');
    const { rows: overLimit } = await tx.query(
      `select household_hash from welfare.recommendation where programme_id = $1 and decision = 'INCLUDE' group by household_hash having count(*) > $2 limit 1`,
      [programmeId, programme.householdLimit],
    );
    if (overLimit.length) throw conflict(`가구당 한도(${programme.householdLimit})를 넘는 가구가 있습니다.`, `A household exceeds the limit of ${programme.householdLimit}.`);
    await tx.query(
      `insert into welfare.list_entry (programme_id, recommendation_id, included, kind, reason, decided_by)
       select programme_id, id, decision = 'INCLUDE', 'CONFIRMATION', $2, $3 from welfare.recommendation where programme_id = $1 and duplicate_of is null`,
      [programmeId, reason.trim(), actor.principal.sub],
    );
    const confirmed = await db.setProgrammeStatus(tx, programmeId, 'CONFIRMED');
    await db.audit(tx, actor, [{ action: 'CONFIRM_LIST', programmeId, before: { status: programme.status }, after: { status: 'CONFIRMED', included: included.length }, reason: reason.trim() }]);
    await notifyOrganisations(tx, programme, await db.recommendationsOf(tx, programmeId).then((all) => all.filter((r) => !r.duplicateOf)), '최종 지원대상자가 확정되었습니다', 'the final list is confirmed');
    return confirmed;
  });
}

export async function correct(store: Store, actor: WelfareActor, recommendationId: string, included: boolean, reason: string): Promise<db.Recommendation> {
  requireProgrammeOwner(actor);
  if (!reason.trim()) throw new HubError('BAD_USER_INPUT', { ko: '정정 사유가 필요합니다.', en: 'A reason is required.' }, { field: 'reason' });
  return store.transaction(async (tx) => {
    const before = await db.recommendationById(tx, recommendationId);
    if (!before) throw new HubError('NOT_FOUND', { ko: '추천이 없습니다.', en: 'No such recommendation.' });
    const programme = await loadOwned(tx, actor, before.programmeId);
    if (programme.status !== 'CONFIRMED' || before.inFinalList === null) throw conflict('확정된 명단의 추천만 정정할 수 있습니다.', 'Only entries of a confirmed list can be corrected.');
    if (before.inFinalList === included) throw conflict('이미 그 상태입니다.', 'The entry is already so.');
    if (included) {
      const { rows } = await tx.query<{ n: number | string }>(
        `select count(*) as n from welfare.recommendation r where r.programme_id = $1 and (select le.included from welfare.list_entry le where le.recommendation_id = r.id order by le.id desc limit 1)`,
        [programme.id],
      );
      if (Number(rows[0]!.n) + 1 > programme.quantity) throw conflict('수량을 넘어 포함할 수 없습니다.', 'Including this person would exceed the quantity.');
    }
    await tx.query(`insert into welfare.list_entry (programme_id, recommendation_id, included, kind, reason, decided_by) values ($1, $2, $3, 'CORRECTION', $4, $5)`, [
      programme.id, recommendationId, included, reason.trim(), actor.principal.sub,
    ]);
    const after = (await db.recommendationById(tx, recommendationId))!;
    await db.audit(tx, actor, [{ action: 'CORRECT_LIST', programmeId: programme.id, recommendationId, before: auditView(before), after: auditView(after), reason: reason.trim() }]);
    await notifyOrganisations(tx, programme, [after], '확정 명단이 정정되었습니다', 'the confirmed list was corrected');
    return after;
  });
}
