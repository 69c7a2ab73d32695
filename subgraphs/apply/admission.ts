import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import { kstDateTimeEn, kstDateTimeKo } from '../../common/kst';
import type { Store, Tx } from '../../store';
import { runAnomalyChecks } from '../curation/anomalies';
import type { ApplyForAdmissionInput, VerifyPriorityClaimsInput } from './__generated__/resolvers-types';
import { canManageFacility, forbidden, notFound } from './access';
import { ageClassFor, kstDate } from './dates';
import { runMutation } from './mutation';
import { notify, type NotificationInput } from './notify';
import type { ApplyOptions } from './options';
import { checkClaims, ruleSetJsonSql, ruleSetOn, score, type RuleSet } from './priority';
import { leaveList, listLabel, listLabels, lockLists, reposition, repositionLists } from './waitlist';

/**
 * Admission (입소대기): apply, withdraw, extend, verify claims, offer, accept
 * or decline, admit, and the timed rules (offers expire and pass on, entries
 * lapse after an admission elsewhere). Each operation is one transaction with
 * its list lock.
 *
 * States of an application (status; position history reason when it moves):
 *
 *   WAITING --offerSeat (staff)--> OFFERED
 *   WAITING|OFFERED --withdrawApplication (parent)--> WITHDRAWN   (WITHDRAWAL); an offer it held passes to the next WAITING
 *   OFFERED --respondToOffer accept (parent) | admitApplication (staff)--> ADMITTED (ADMISSION)
 *       both need every claim verified or failed first; the child's other
 *       entries get a lapse date unless extended
 *   OFFERED --respondToOffer decline (parent)--> WITHDRAWN  (OFFER_DECLINED); the offer passes to the next WAITING
 *   OFFERED --offer_expires_at passed (timer)--> EXPIRED    (OFFER_EXPIRED); the offer passes to the next WAITING
 *   WAITING|OFFERED --lapse_at passed, not extended (timer)--> LAPSED (LAPSED)
 *
 * Everyone behind a leaving entry moves up with the same reason and is told;
 * a new or re-scored entry moves others with HIGHER_PRIORITY_APPLICATION or
 * FAILED_VERIFICATION. Every notice names the centre and age class and gives
 * times in KST (2026년 12월 5일 05:28).
 */

const ACTIVE = ['WAITING', 'OFFERED'];
/** Types where the priority rules do not apply (DOMAIN: 직장, 협동); refused unless configured. */
const OUTSIDE_RULES = new Set(['WORKPLACE', 'COOPERATIVE']);

interface CentreRow {
  id: string;
  subtype: string;
  centerType: string | null;
  status: string;
  published: boolean;
}

interface AppRow {
  id: string;
  child_id: string;
  parent_sub: string;
  facility_id: string;
  age_class: number;
  status: string;
  claims: string[];
  verified_claims: string[];
  failed_claims: string[];
  rule_set_id: string;
  position: number | null;
  offer_expires_at: Date | null;
  lapse_at: Date | null;
  extended: boolean;
}

export async function applyForAdmission(store: Store, options: ApplyOptions, actor: Principal, input: ApplyForAdmissionInput, now = new Date()): Promise<string[]> {
  const facilityIds = [...new Set(input.facilityIds)];
  if (facilityIds.length === 0) throw badInput('facilityIds', '신청할 어린이집을 하나 이상 고르세요.', 'Choose at least one centre.');
  const admissionYear = input.admissionYear ?? Number(kstDate(now).slice(0, 4));
  if (!Number.isInteger(admissionYear) || admissionYear < 2000 || admissionYear > 2100) throw badInput('admissionYear', '입소 연도가 올바르지 않습니다.', 'Invalid admission year.');
  return runMutation(store, actor, 'applyForAdmission', input.idempotencyKey, async (tx) => {
    // The child row lock serialises one child's applications (limit check); lists are locked after it, always in this order.
    const child = await lockChild(tx, actor, input.childId);
    const limit = child.enrolled_facility_id ? options.maxCentresEnrolled : options.maxCentres;
    // Everything the rules read, in one statement taken after the child lock (so it sees every committed application of the child).
    const read = await tx.query<{ active: string[]; centres: CentreRow[]; rule_set: RuleSet | null }>(
      `select array(select facility_id from apply.application where child_id = $1 and status = any($2)) as active,
              coalesce((select json_agg(json_build_object('id', e.id, 'subtype', e.subtype, 'centerType', e.attrs->>'centerType', 'status', e.status, 'published', e.published))
                        from unnest($3::text[]) as f (id)
                        -- One index probe per id, whatever the plan (\`limit 1\` keeps the view from being flattened into a scan of it).
                        cross join lateral (select * from catalog.effective_record r where r.id = f.id limit 1) e), '[]'::json) as centres,
              ${ruleSetJsonSql('$4')} as rule_set`,
      [child.id, ACTIVE, facilityIds, kstDate(now)],
    );
    const { active, centres, rule_set: ruleSet } = read.rows[0]!;
    const already = new Set(active);
    const dup = facilityIds.find((f) => already.has(f));
    if (dup) throw new HubError('CONFLICT', { ko: '이미 이 어린이집에 대기 중입니다.', en: 'The child is already on this centre’s list.' }, { facilityId: dup });
    if (already.size + facilityIds.length > limit) {
      throw badInput('facilityIds', `어린이집은 최대 ${limit}곳까지 신청할 수 있습니다 (현재 ${already.size}곳).`, `At most ${limit} centres per child (now ${already.size}).`);
    }
    const ageClass = ageClassFor(child.birth_date, admissionYear);
    if (ageClass === null) throw badInput('childId', '만5세반을 넘는 아동입니다.', 'The child is past the 5-year-old class.');
    if (child.birth_date > `${admissionYear}-12-31`) throw badInput('admissionYear', '출생 전 연도에는 신청할 수 없습니다.', 'The admission year is before the birth.');

    const byId = new Map(centres.map((c) => [c.id, c]));
    for (const id of facilityIds) {
      const centre = byId.get(id);
      // Unpublished and merged-away centres (curation) take no applications, like withdrawn ones.
      if (!centre || centre.status !== 'ACTIVE' || !centre.published) throw new HubError('NOT_FOUND', { ko: `어린이집을 찾을 수 없습니다: ${id}`, en: `No such childcare centre: ${id}` }, { facilityId: id });
      if (centre.subtype !== 'CHILDCARE_CENTER') throw badInput('facilityIds', `어린이집이 아닙니다: ${id}`, `Not a childcare centre: ${id}`);
      if (centre.centerType && OUTSIDE_RULES.has(centre.centerType) && !options.extraCenterTypes.includes(centre.centerType)) {
        throw badInput('facilityIds', '직장·협동 어린이집은 이 대기 신청을 받지 않습니다.', 'Workplace and cooperative centres do not take these applications.');
      }
    }
    if (!ruleSet) throw new HubError('SERVICE_UNAVAILABLE', { ko: '우선순위 기준이 없습니다.', en: 'No priority rule set is in force.' });
    const claims = checkClaims(ruleSet, input.priorityClaims);
    const scored = score(ruleSet, claims);

    const sorted = [...facilityIds].sort();
    await lockLists(tx, sorted.map((facilityId) => ({ facilityId, ageClass })));
    const ids = sorted.map(() => `app_${randomUUID()}`);
    // The priority rules do not apply at 직장/협동 centres even when configured to take applications.
    const standing = sorted.map((facilityId) => {
      const type = byId.get(facilityId)!.centerType;
      return type && OUTSIDE_RULES.has(type) ? { rank: 3, points: 0 } : scored;
    });
    await tx.query(
      `insert into apply.application (id, child_id, parent_sub, facility_id, admission_year, age_class, rule_set_id, status, claims, rank, points, applied_at)
       select u.id, $2, $3, u.facility_id, $4, $5, $6, 'WAITING', $7, u.rank, u.points, clock_timestamp()
       from unnest($1::text[], $8::text[], $9::int[], $10::int[]) as u (id, facility_id, rank, points)`,
      [ids, child.id, actor.sub, admissionYear, ageClass, ruleSet.id, claims, sorted, standing.map((s) => s.rank), standing.map((s) => s.points)],
    );
    const { moved, notices } = await repositionLists(tx, sorted.map((facilityId, i) => ({ facilityId, ageClass, causeId: ids[i]! })), 'HIGHER_PRIORITY_APPLICATION');
    const position = new Map(moved.map((m) => [m.id, m.newPosition]));
    const labels = await listLabels(tx, sorted.map((facilityId) => ({ facilityId, ageClass })));
    // The parent's receipts (one per centre, each naming it) and the notices to everyone moved down go out with the audit row.
    const receipts: NotificationInput[] = [
      ...ids.map((id, i) => {
        const list = labels.get(`${sorted[i]}:${ageClass}`)!;
        return {
          recipientSub: actor.sub,
          kind: 'APPLIED' as const,
          applicationId: id,
          ko: `${list.ko} 입소 대기 신청이 접수되었습니다. 현재 ${position.get(id)}번입니다.`,
          en: `${list.en}: application received. Your position is ${position.get(id)}.`,
          payload: { position: position.get(id), facilityId: sorted[i] },
        };
      }),
      ...notices,
    ];
    return { result: ids, targetId: child.id, detail: { facilityIds: sorted, ageClass, admissionYear, rank: scored.rank, points: scored.points }, notices: receipts };
  });
}

export async function withdrawApplication(store: Store, options: ApplyOptions, actor: Principal, applicationId: string, key: string): Promise<string> {
  return runMutation(store, actor, 'withdrawApplication', key, async (tx) => {
    const found = await ownApplication(tx, actor, applicationId);
    await lockLists(tx, [{ facilityId: found.facility_id, ageClass: found.age_class }]);
    // Read again under the list lock: the position may have moved since.
    const app = (await tx.query<AppRow>(`${APP_COLUMNS} where id = $1`, [found.id])).rows[0]!;
    if (!ACTIVE.includes(app.status)) throw conflict('대기 중인 신청만 취소할 수 있습니다.', 'Only a waiting application can be withdrawn.');
    await leaveList(tx, asListed(app), 'WITHDRAWN', 'WITHDRAWAL');
    // Withdrawing while holding an offer frees that seat, as declining it does.
    if (app.status === 'OFFERED') await offerNext(tx, options, app.facility_id, app.age_class);
    return { result: app.id, targetId: app.id };
  });
}

/** Keeps an entry after the child was admitted elsewhere (within the lapse window). */
export async function extendApplication(store: Store, actor: Principal, applicationId: string, key: string): Promise<string> {
  return runMutation(store, actor, 'extendApplication', key, async (tx) => {
    const app = await ownApplication(tx, actor, applicationId);
    if (!ACTIVE.includes(app.status) || !app.lapse_at) throw conflict('연장할 수 있는 신청이 아닙니다.', 'This application has nothing to extend.');
    if (app.lapse_at.getTime() <= Date.now()) throw conflict('연장 기한이 지났습니다.', 'The extension window has passed.');
    await tx.query('update apply.application set extended = true, lapse_at = null, updated_at = now() where id = $1', [app.id]);
    return { result: app.id, targetId: app.id };
  });
}

export async function verifyPriorityClaims(store: Store, actor: Principal, input: VerifyPriorityClaimsInput): Promise<string> {
  return runMutation(store, actor, 'verifyPriorityClaims', input.idempotencyKey, async (tx) => {
    const app = await managedApplication(tx, actor, input.applicationId);
    if (!ACTIVE.includes(app.status)) throw conflict('대기 중인 신청만 확인할 수 있습니다.', 'Only a waiting application can be verified.');
    const claimed = new Set(app.claims);
    for (const r of input.results) if (!claimed.has(r.code)) throw badInput('results', `신청하지 않은 항목입니다: ${r.code}`, `Not claimed: ${r.code}`);
    await lockLists(tx, [{ facilityId: app.facility_id, ageClass: app.age_class }]);
    const verified = new Set(app.verified_claims);
    const failed = new Set(app.failed_claims);
    for (const r of input.results) {
      (r.verified ? verified : failed).add(r.code);
      (r.verified ? failed : verified).delete(r.code);
    }
    const ruleSet = (await tx.query<{ effective_from: string }>(`select to_char(effective_from, 'YYYY-MM-DD') as effective_from from apply.priority_rule_set where id = $1`, [app.rule_set_id])).rows[0]!;
    const rules = (await ruleSetOn(tx, ruleSet.effective_from))!;
    const standing = app.claims.filter((c) => !failed.has(c));
    const { rank, points } = score(rules, standing);
    await tx.query('update apply.application set verified_claims = $2, failed_claims = $3, rank = $4, points = $5, updated_at = now() where id = $1', [
      app.id,
      [...verified],
      [...failed],
      rank,
      points,
    ]);
    // A failed claim moves the application down; everyone it passes moves up, all with this reason.
    await reposition(tx, app.facility_id, app.age_class, 'FAILED_VERIFICATION', null);
    return { result: app.id, targetId: app.id, detail: { results: input.results } };
  });
}

export async function offerSeat(store: Store, options: ApplyOptions, actor: Principal, applicationId: string, key: string): Promise<string> {
  return runMutation(store, actor, 'offerSeat', key, async (tx) => {
    const app = await managedApplication(tx, actor, applicationId);
    await lockLists(tx, [{ facilityId: app.facility_id, ageClass: app.age_class }]);
    const current = await tx.query<{ status: string }>('select status from apply.application where id = $1', [app.id]);
    if (current.rows[0]!.status !== 'WAITING') throw conflict('대기 중인 신청에만 입소를 제안할 수 있습니다.', 'Only a waiting application can get an offer.');
    await makeOffer(tx, options, app.id, app.parent_sub, app.facility_id, app.age_class);
    return { result: app.id, targetId: app.id };
  });
}

async function makeOffer(tx: Tx, options: ApplyOptions, applicationId: string, parentSub: string, facilityId: string, ageClass: number): Promise<void> {
  const row = await tx.query<{ offer_expires_at: Date }>(
    `update apply.application set status = 'OFFERED', offer_expires_at = now() + make_interval(secs => $2), updated_at = now() where id = $1 returning offer_expires_at`,
    [applicationId, options.offerHours * 3600],
  );
  const expires = new Date(row.rows[0]!.offer_expires_at);
  const list = await listLabel(tx, facilityId, ageClass);
  await notify(tx, [
    {
      recipientSub: parentSub,
      kind: 'OFFERED',
      applicationId,
      ko: `${list.ko} 입소 제안: ${kstDateTimeKo(expires)}까지 우선순위 증빙을 제출하고 입소를 수락하거나 거절하세요.`,
      en: `${list.en}: a seat is offered. Submit your priority proof and accept or decline by ${kstDateTimeEn(expires)}.`,
      payload: { offerExpiresAt: expires.toISOString(), facilityId },
    },
  ]);
}

/** Passes a freed offer to the first WAITING entry of the list, if any (after a decline or an expiry). */
async function offerNext(tx: Tx, options: ApplyOptions, facilityId: string, ageClass: number): Promise<void> {
  const next = await tx.query<{ id: string; parent_sub: string }>(
    `select id, parent_sub from apply.application where facility_id = $1 and age_class = $2 and status = 'WAITING' order by position limit 1`,
    [facilityId, ageClass],
  );
  if (next.rows[0]) await makeOffer(tx, options, next.rows[0].id, next.rows[0].parent_sub, facilityId, ageClass);
}

export async function admitApplication(store: Store, options: ApplyOptions, actor: Principal, applicationId: string, key: string): Promise<string> {
  return runMutation(store, actor, 'admitApplication', key, async (tx) => {
    const app = await managedApplication(tx, actor, applicationId);
    const fresh = await lockForAdmission(tx, app);
    if (fresh.status !== 'OFFERED') throw conflict('입소 제안을 받은 신청만 입소 처리할 수 있습니다.', 'Only an offered application can be admitted.');
    await admit(tx, options, fresh, (pending) => conflict(`확인되지 않은 우선순위 항목이 있습니다: ${pending}`, `Priority claims not yet verified: ${pending}`));
    return { result: app.id, targetId: app.id };
  });
}

/**
 * The parent's answer to an offer (PARENT, own OFFERED application, before it
 * expires). Accepting admits exactly as admitApplication does (every claim
 * must have been verified or failed by the centre first); declining takes the
 * entry off the list as WITHDRAWN with reason OFFER_DECLINED, moves everyone
 * behind it up and passes the offer to the next waiting application.
 */
export async function respondToOffer(store: Store, options: ApplyOptions, actor: Principal, applicationId: string, accept: boolean, key: string): Promise<string> {
  return runMutation(store, actor, 'respondToOffer', key, async (tx) => {
    const app = await ownApplication(tx, actor, applicationId);
    const fresh = await lockForAdmission(tx, app);
    if (fresh.status !== 'OFFERED') throw conflict('입소 제안을 받은 신청만 수락하거나 거절할 수 있습니다.', 'Only an offered application can be accepted or declined.');
    if (!fresh.offer_expires_at || new Date(fresh.offer_expires_at).getTime() <= Date.now()) throw conflict('입소 제안 기한이 지났습니다.', 'The offer has expired.');
    if (accept) {
      await admit(tx, options, fresh, (pending) =>
        conflict(`어린이집이 우선순위 증빙을 아직 확인하지 않았습니다 (${pending}). 확인 뒤 수락할 수 있습니다.`, `The centre has not yet checked your priority proof (${pending}); accept once it has.`),
      );
    } else {
      await leaveList(tx, asListed(fresh), 'WITHDRAWN', 'OFFER_DECLINED');
      const list = await listLabel(tx, fresh.facility_id, fresh.age_class);
      await notify(tx, [
        { recipientSub: fresh.parent_sub, kind: 'OFFER_DECLINED', applicationId: fresh.id, ko: `${list.ko} 입소 제안을 거절했습니다. 이 대기는 종료되었습니다.`, en: `${list.en}: you declined the offer; this entry is closed.` },
      ]);
      await offerNext(tx, options, fresh.facility_id, fresh.age_class);
    }
    return { result: app.id, targetId: app.id, detail: { accept } };
  });
}

/** Same lock order as applyForAdmission (the child first, then the list); returns the row read again under the locks. */
async function lockForAdmission(tx: Tx, app: AppRow): Promise<AppRow> {
  await tx.query('select 1 from apply.child where id = $1 for update', [app.child_id]);
  await lockLists(tx, [{ facilityId: app.facility_id, ageClass: app.age_class }]);
  return (await tx.query<AppRow>(`${APP_COLUMNS} where id = $1`, [app.id])).rows[0]!;
}

/** Admits an OFFERED application (under lockForAdmission): off the list, the child enrolled, its other entries given a lapse date. */
async function admit(tx: Tx, options: ApplyOptions, fresh: AppRow, pendingError: (pending: string) => HubError): Promise<void> {
  const pending = fresh.claims.filter((c) => !fresh.verified_claims.includes(c) && !fresh.failed_claims.includes(c));
  if (pending.length) throw pendingError(pending.join(', '));
  await leaveList(tx, asListed(fresh), 'ADMITTED', 'ADMISSION');
  await tx.query('update apply.child set enrolled_facility_id = $2 where id = $1', [fresh.child_id, fresh.facility_id]);
  // Anomaly check (issue 20): the child admitted at another centre for the same year too, flagged for editors with this admission.
  await runAnomalyChecks(tx, { rules: ['ADMITTED_TWICE'], childIds: [fresh.child_id] });
  // The child's other entries lapse unless the parent extends them in time.
  const others = await tx.query<{ id: string; facility_id: string; age_class: number; lapse_at: Date }>(
    `update apply.application set lapse_at = now() + make_interval(secs => $3), updated_at = now()
     where child_id = $1 and id <> $2 and status in ('WAITING', 'OFFERED') and not extended returning id, facility_id, age_class, lapse_at`,
    [fresh.child_id, fresh.id, options.lapseDays * 86400],
  );
  const labels = await listLabels(tx, [{ facilityId: fresh.facility_id, ageClass: fresh.age_class }, ...others.rows.map((o) => ({ facilityId: o.facility_id, ageClass: o.age_class }))]);
  const here = labels.get(`${fresh.facility_id}:${fresh.age_class}`)!;
  await notify(tx, [
    { recipientSub: fresh.parent_sub, kind: 'ADMITTED', applicationId: fresh.id, ko: `${here.ko} 입소가 확정되었습니다.`, en: `${here.en}: the admission is confirmed.` },
    ...others.rows.map((o) => {
      const list = labels.get(`${o.facility_id}:${o.age_class}`)!;
      const at = new Date(o.lapse_at);
      return {
        recipientSub: fresh.parent_sub,
        kind: 'LAPSE_WARNING' as const,
        applicationId: o.id,
        ko: `${here.ko} 입소가 확정되어 ${list.ko} 대기는 ${kstDateTimeKo(at)}에 소멸합니다. 유지하려면 그 전에 연장하세요.`,
        en: `Admitted at ${here.en}: the entry at ${list.en} lapses on ${kstDateTimeEn(at)} unless you extend it.`,
        payload: { lapseAt: at.toISOString(), facilityId: o.facility_id },
      };
    }),
  ]);
}

/**
 * The timed rules, run by the sender loop: expired offers leave the list and
 * the offer passes to the next waiting application; entries past their lapse
 * date without an extension lapse. Each change is its own transaction.
 */
export async function runAdmissionTimers(store: Store, options: ApplyOptions): Promise<{ expired: number; lapsed: number }> {
  let expired = 0;
  let lapsed = 0;
  const due = await store.query<{ id: string; kind: string }>(
    `select id, 'EXPIRE' as kind from apply.application where status = 'OFFERED' and offer_expires_at <= now()
     union all
     select id, 'LAPSE' from apply.application where status in ('WAITING', 'OFFERED') and lapse_at <= now() and not extended
     limit 500`,
  );
  for (const { id, kind } of due.rows) {
    const done = await store.transaction(async (tx) => {
      const app = (await tx.query<AppRow>(`${APP_COLUMNS} where id = $1`, [id])).rows[0]!;
      await lockLists(tx, [{ facilityId: app.facility_id, ageClass: app.age_class }]);
      const fresh = (await tx.query<AppRow>(`${APP_COLUMNS} where id = $1`, [id])).rows[0]!;
      if (kind === 'EXPIRE') {
        if (fresh.status !== 'OFFERED' || !fresh.offer_expires_at || new Date(fresh.offer_expires_at).getTime() > Date.now()) return false;
        await leaveList(tx, asListed(fresh), 'EXPIRED', 'OFFER_EXPIRED');
        const list = await listLabel(tx, fresh.facility_id, fresh.age_class);
        await notify(tx, [{ recipientSub: fresh.parent_sub, kind: 'OFFER_EXPIRED', applicationId: id, ko: `${list.ko} 입소 제안 기한이 지났습니다.`, en: `${list.en}: the offer of a seat expired.` }]);
        await offerNext(tx, options, fresh.facility_id, fresh.age_class);
      } else {
        if (!ACTIVE.includes(fresh.status) || fresh.extended || !fresh.lapse_at || new Date(fresh.lapse_at).getTime() > Date.now()) return false;
        await leaveList(tx, asListed(fresh), 'LAPSED', 'LAPSED');
        const list = await listLabel(tx, fresh.facility_id, fresh.age_class);
        await notify(tx, [{ recipientSub: fresh.parent_sub, kind: 'LAPSED', applicationId: id, ko: `연장하지 않아 ${list.ko} 대기가 소멸했습니다.`, en: `${list.en}: the entry lapsed (not extended).` }]);
      }
      await tx.query(`insert into apply.audit (actor_sub, actor_role, operation, target_id) values ('system', 'SYSTEM', $1, $2)`, [kind === 'EXPIRE' ? 'offerExpired' : 'applicationLapsed', id]);
      return true;
    });
    if (done && kind === 'EXPIRE') expired++;
    if (done && kind === 'LAPSE') lapsed++;
  }
  return { expired, lapsed };
}

const APP_COLUMNS = `select id, child_id, parent_sub, facility_id, age_class, status, claims, verified_claims, failed_claims, rule_set_id, position, offer_expires_at, lapse_at, extended from apply.application`;

function asListed(app: AppRow) {
  return { id: app.id, facilityId: app.facility_id, ageClass: app.age_class, position: app.position };
}

async function lockChild(tx: Tx, actor: Principal, childId: string) {
  const rows = await tx.query<{ id: string; parent_sub: string; birth_date: string; enrolled_facility_id: string | null }>(
    `select id, parent_sub, to_char(birth_date, 'YYYY-MM-DD') as birth_date, enrolled_facility_id from apply.child where id = $1 for update`,
    [childId],
  );
  const child = rows.rows[0];
  if (!child || child.parent_sub !== actor.sub) throw notFound('아동 / child');
  return child;
}

export { lockChild };

async function ownApplication(tx: Tx, actor: Principal, id: string): Promise<AppRow> {
  const app = (await tx.query<AppRow>(`${APP_COLUMNS} where id = $1`, [id])).rows[0];
  if (!app || app.parent_sub !== actor.sub) throw notFound('신청 / application');
  return app;
}

async function managedApplication(tx: Tx, actor: Principal, id: string): Promise<AppRow> {
  const app = (await tx.query<AppRow>(`${APP_COLUMNS} where id = $1`, [id])).rows[0];
  if (!app) throw notFound('신청 / application');
  if (!canManageFacility(actor, app.facility_id)) throw forbidden();
  return app;
}

function conflict(ko: string, en: string): HubError {
  return new HubError('CONFLICT', { ko, en });
}
