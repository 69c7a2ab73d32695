import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import { kstDateTimeEn, kstDateTimeKo } from '../../common/kst';
import type { Store } from '../../store';
import type { CancelReservationInput, CreateCareSlotInput, RequestHospitalCareInput, ReserveCareSlotInput, UpdateHospitalCareInput } from './__generated__/resolvers-types';
import { canManageFacility, forbidden, notFound, requireFacilityManager } from './access';
import { lockChild } from './admission';
import { ageInMonths, kstDate, kstInstant, parseDate, parseInstant } from './dates';
import { runMutation } from './mutation';
import { notify } from './notify';
import type { ApplyOptions } from './options';
import { centreNames } from './waitlist';

/**
 * Care reservations (시간제·야간·휴일·24시간·긴급 보육) and hospitalised-child
 * care requests. A booking holds one seat; the seat is taken by one guarded
 * UPDATE (`booked < seats`), so under any concurrency a slot never holds more
 * bookings than seats and no booking is lost.
 */

export const CARE_SERVICES = ['HOURLY', 'NIGHT', 'HOLIDAY', 'TWENTY_FOUR_HOUR', 'EMERGENCY', 'HOSPITALISED_CHILD'] as const;

export async function createCareSlot(store: Store, actor: Principal, input: CreateCareSlotInput): Promise<string> {
  requireFacilityManager(actor, input.facilityId);
  if (!(CARE_SERVICES as readonly string[]).includes(input.service)) throw badInput('service', '알 수 없는 돌봄 유형입니다.', 'Unknown care service.');
  const starts = parseInstant('startsAt', input.startsAt);
  const ends = parseInstant('endsAt', input.endsAt);
  if (ends <= starts) throw badInput('endsAt', '종료 시각이 시작보다 늦어야 합니다.', 'endsAt must be after startsAt.');
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > 1000) throw badInput('seats', '정원은 1–1000이어야 합니다.', 'seats must be 1–1000.');
  if (input.minAgeMonths < 0 || input.maxAgeMonths < input.minAgeMonths) throw badInput('maxAgeMonths', '연령(개월) 범위가 올바르지 않습니다.', 'Invalid age range in months.');
  if (input.pricePerHourKrw < 0 || input.parentSharePerHourKrw < 0 || input.parentSharePerHourKrw > input.pricePerHourKrw) {
    throw badInput('parentSharePerHourKrw', '보호자 부담금은 0 이상, 이용료 이하여야 합니다.', 'The parent share must be between 0 and the price.');
  }
  // DOMAIN: bookings open 14 days ahead and close at noon on the day.
  const day = kstDate(starts);
  const opens = input.opensAt ? parseInstant('opensAt', input.opensAt) : new Date(kstInstant(day).getTime() - 14 * 86400_000);
  const closes = input.closesAt ? parseInstant('closesAt', input.closesAt) : new Date(Math.min(kstInstant(day, 12).getTime(), starts.getTime()));
  if (closes <= opens) throw badInput('closesAt', '예약 마감이 시작보다 늦어야 합니다.', 'closesAt must be after opensAt.');
  return runMutation(store, actor, 'createCareSlot', input.idempotencyKey, async (tx) => {
    const id = `slot_${randomUUID()}`;
    await tx.query(
      `insert into apply.care_slot (id, facility_id, service, starts_at, ends_at, seats, min_age_months, max_age_months, opens_at, closes_at, price_per_hour, parent_share, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [id, input.facilityId, input.service, starts, ends, input.seats, input.minAgeMonths, input.maxAgeMonths, opens, closes, input.pricePerHourKrw, input.parentSharePerHourKrw, actor.sub],
    );
    return { result: id, targetId: id, detail: { facilityId: input.facilityId, service: input.service, seats: input.seats } };
  });
}

interface SlotRow {
  id: string;
  facility_id: string;
  service: string;
  starts_at: Date;
  ends_at: Date;
  min_age_months: number;
  max_age_months: number;
  opens_at: Date;
  closes_at: Date;
}

export async function reserveCareSlot(store: Store, options: ApplyOptions, actor: Principal, input: ReserveCareSlotInput, now = new Date()): Promise<string> {
  return runMutation(store, actor, 'reserveCareSlot', input.idempotencyKey, async (tx) => {
    // The child lock keeps one child's bookings (double booking, monthly cap) in order; seats are guarded by the UPDATE below.
    const child = await lockChild(tx, actor, input.childId);
    const slot = (await tx.query<SlotRow>('select id, facility_id, service, starts_at, ends_at, min_age_months, max_age_months, opens_at, closes_at from apply.care_slot where id = $1', [input.slotId])).rows[0];
    if (!slot) throw notFound('돌봄 시간 / care slot');
    if (now < new Date(slot.opens_at) || now >= new Date(slot.closes_at)) {
      throw new HubError('CONFLICT', { ko: '예약 가능 기간이 아닙니다.', en: 'The booking window is not open.' }, { opensAt: new Date(slot.opens_at).toISOString(), closesAt: new Date(slot.closes_at).toISOString() });
    }
    const months = ageInMonths(child.birth_date, new Date(slot.starts_at));
    if (months < slot.min_age_months || months > slot.max_age_months) {
      throw badInput('childId', `이용 연령(${slot.min_age_months}–${slot.max_age_months}개월)이 아닙니다 (현재 ${months}개월).`, `The child (${months} months) is outside ${slot.min_age_months}–${slot.max_age_months} months.`);
    }
    const hours = (new Date(slot.ends_at).getTime() - new Date(slot.starts_at).getTime()) / 3600_000;
    const month = kstDate(new Date(slot.starts_at)).slice(0, 7);
    if (slot.service === 'HOURLY') {
      const used = await tx.query<{ hours: string | null }>(
        `select sum(hours) as hours from apply.reservation where child_id = $1 and month = $2 and service = 'HOURLY' and status = 'CONFIRMED'`,
        [child.id, month],
      );
      const total = Number(used.rows[0]?.hours ?? 0) + hours;
      if (total > options.hourlyMonthlyCap) {
        throw new HubError('CONFLICT', { ko: `월 이용 한도(${options.hourlyMonthlyCap}시간)를 넘습니다.`, en: `Over the monthly cap of ${options.hourlyMonthlyCap} hours.` }, { usedHours: total - hours });
      }
    }
    const dup = await tx.query('select 1 from apply.reservation where slot_id = $1 and child_id = $2 and status = $3', [slot.id, child.id, 'CONFIRMED']);
    if (dup.rowCount) throw new HubError('CONFLICT', { ko: '이미 예약했습니다.', en: 'Already booked.' });
    const taken = await tx.query('update apply.care_slot set booked = booked + 1 where id = $1 and booked < seats returning booked', [slot.id]);
    if (taken.rowCount === 0) throw new HubError('CONFLICT', { ko: '남은 자리가 없습니다.', en: 'The slot is full.' }, { slotId: slot.id });
    const id = `res_${randomUUID()}`;
    await tx.query(
      `insert into apply.reservation (id, slot_id, child_id, parent_sub, service, hours, month, status) values ($1, $2, $3, $4, $5, $6, $7, 'CONFIRMED')`,
      [id, slot.id, child.id, actor.sub, slot.service, hours, month],
    );
    const centre = (await centreNames(tx, [slot.facility_id])).get(slot.facility_id) ?? slot.facility_id;
    const [from, to] = [new Date(slot.starts_at), new Date(slot.ends_at)];
    const confirmed = {
      recipientSub: actor.sub,
      kind: 'RESERVATION_CONFIRMED' as const,
      reservationId: id,
      // 2026년 12월 5일 09:00–13:00 (the end's date only when it falls on another day, as 24시간보육 does).
      ko: `${centre} 돌봄 예약이 확정되었습니다: ${kstDateTimeKo(from)}–${kstDate(from) === kstDate(to) ? kstDateTimeKo(to).slice(-5) : kstDateTimeKo(to)}.`,
      en: `${centre}: care booking confirmed, ${kstDateTimeEn(from)} to ${kstDateTimeEn(to)}.`,
      payload: { slotId: slot.id, startsAt: new Date(slot.starts_at).toISOString() },
    };
    return { result: id, targetId: id, detail: { slotId: slot.id }, notices: [confirmed] };
  });
}

export async function cancelReservation(store: Store, actor: Principal, input: CancelReservationInput): Promise<string> {
  if (actor.role === 'EDITOR') throw forbidden();
  return runMutation(store, actor, 'cancelReservation', input.idempotencyKey, async (tx) => {
    const found = await tx.query<{ id: string; child_id: string; parent_sub: string; slot_id: string; facility_id: string }>(
      `select r.id, r.child_id, r.parent_sub, r.slot_id, s.facility_id from apply.reservation r join apply.care_slot s on s.id = r.slot_id where r.id = $1`,
      [input.reservationId],
    );
    const res = found.rows[0];
    if (!res || (actor.role === 'PARENT' && res.parent_sub !== actor.sub)) throw notFound('예약 / reservation');
    if (actor.role !== 'PARENT' && !canManageFacility(actor, res.facility_id)) throw forbidden();
    await tx.query('select 1 from apply.child where id = $1 for update', [res.child_id]);
    const cancelled = await tx.query(`update apply.reservation set status = 'CANCELLED', cancelled_at = now() where id = $1 and status = 'CONFIRMED' returning id`, [res.id]);
    if (cancelled.rowCount === 0) throw new HubError('CONFLICT', { ko: '이미 취소된 예약입니다.', en: 'The reservation is already cancelled.' });
    await tx.query('update apply.care_slot set booked = booked - 1 where id = $1', [res.slot_id]);
    const centre = (await centreNames(tx, [res.facility_id])).get(res.facility_id) ?? res.facility_id;
    await notify(tx, [{ recipientSub: res.parent_sub, kind: 'RESERVATION_CANCELLED', reservationId: res.id, ko: `${centre} 돌봄 예약이 취소되었습니다.`, en: `${centre}: care booking cancelled.` }]);
    return { result: res.id, targetId: res.id };
  });
}

export async function requestHospitalCare(store: Store, actor: Principal, input: RequestHospitalCareInput): Promise<string> {
  const startsOn = parseDate('startsOn', input.startsOn);
  const endsOn = parseDate('endsOn', input.endsOn);
  if (endsOn < startsOn) throw badInput('endsOn', '종료일이 시작일보다 빠릅니다.', 'endsOn is before startsOn.');
  if (!input.hospital.trim()) throw badInput('hospital', '병원 이름이 필요합니다.', 'The hospital is required.');
  return runMutation(store, actor, 'requestHospitalisedChildCare', input.idempotencyKey, async (tx) => {
    const child = await lockChild(tx, actor, input.childId);
    const id = `hcr_${randomUUID()}`;
    await tx.query(
      `insert into apply.hospital_care_request (id, child_id, parent_sub, hospital, starts_on, ends_on, note, status) values ($1, $2, $3, $4, $5, $6, $7, 'REQUESTED')`,
      [id, child.id, actor.sub, input.hospital.trim(), startsOn, endsOn, input.note ?? null],
    );
    return { result: id, targetId: id };
  });
}

/** requested → matched → confirmed → done; cancelled from any open state. Who may make each step: */
const TRANSITIONS: Record<string, { from: string[]; by: 'MANAGER' | 'PARENT' | 'EITHER' }> = {
  MATCHED: { from: ['REQUESTED'], by: 'MANAGER' },
  CONFIRMED: { from: ['MATCHED'], by: 'PARENT' },
  DONE: { from: ['CONFIRMED'], by: 'MANAGER' },
  CANCELLED: { from: ['REQUESTED', 'MATCHED', 'CONFIRMED'], by: 'EITHER' },
};

const HOSPITAL_STATUS_TEXT: Record<string, { ko: string; en: string }> = {
  MATCHED: { ko: '돌봄 기관이 연결되었습니다. 확인해 주세요', en: 'a care provider is matched; please confirm' },
  CONFIRMED: { ko: '확정되었습니다', en: 'confirmed' },
  DONE: { ko: '돌봄이 끝났습니다', en: 'done' },
  CANCELLED: { ko: '취소되었습니다', en: 'cancelled' },
};

export async function updateHospitalCare(store: Store, actor: Principal, input: UpdateHospitalCareInput): Promise<string> {
  const step = TRANSITIONS[input.status];
  if (!step) throw badInput('status', '바꿀 수 없는 상태입니다.', 'Not a status one can move to.');
  if (actor.role === 'EDITOR') throw forbidden();
  return runMutation(store, actor, 'updateHospitalisedCareRequest', input.idempotencyKey, async (tx) => {
    const row = (
      await tx.query<{ id: string; parent_sub: string; status: string; facility_id: string | null; hospital: string }>(
        'select id, parent_sub, status, facility_id, hospital from apply.hospital_care_request where id = $1 for update',
        [input.requestId],
      )
    ).rows[0];
    if (!row || (actor.role === 'PARENT' && row.parent_sub !== actor.sub)) throw notFound('병원 돌봄 요청 / hospital care request');
    const isParent = actor.role === 'PARENT';
    const facilityId = input.status === 'MATCHED' ? input.facilityId : row.facility_id;
    if (step.by === 'PARENT' && !isParent) throw forbidden();
    if (step.by === 'MANAGER' && isParent) throw forbidden();
    if (!isParent) {
      if (!facilityId) throw badInput('facilityId', '연결할 기관이 필요합니다.', 'facilityId is required to match.');
      if (!canManageFacility(actor, facilityId)) throw forbidden();
    }
    if (!step.from.includes(row.status)) throw new HubError('CONFLICT', { ko: `${row.status}에서 ${input.status}(으)로 바꿀 수 없습니다.`, en: `Cannot move from ${row.status} to ${input.status}.` });
    await tx.query('update apply.hospital_care_request set status = $2, facility_id = $3, updated_at = now() where id = $1', [row.id, input.status, facilityId ?? null]);
    const centre = facilityId ? ((await centreNames(tx, [facilityId])).get(facilityId) ?? facilityId) : null;
    const word = HOSPITAL_STATUS_TEXT[input.status]!;
    await notify(tx, [
      {
        recipientSub: row.parent_sub,
        kind: 'HOSPITAL_CARE_STATUS',
        ko: `${row.hospital} 돌봄 요청: ${word.ko}${centre ? ` (${centre})` : ''}.`,
        en: `Care request at ${row.hospital}: ${word.en}${centre ? ` (${centre})` : ''}.`,
        payload: { requestId: row.id, status: input.status },
      },
    ]);
    return { result: row.id, targetId: row.id, detail: { from: row.status, to: input.status } };
  });
}
