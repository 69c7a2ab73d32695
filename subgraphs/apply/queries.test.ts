import { kstDateTimeKo } from '../../common/kst';
import { createTestStore, type TestStore } from '../../store/testing';
import { addCentre, applyHarness, key, M } from './testing';

/** The read side of apply: careSlots, myReservations, myHospitalCareRequests, applicationEvents. */

let store: TestStore;
let h: ReturnType<typeof applyHarness>;
let centre: string;
let otherCentre: string;
const staff = () => ({ role: 'CENTER_STAFF' as const, sub: 'q-staff', facilities: [centre, otherCentre] });
const parentA = { role: 'PARENT' as const, sub: 'q-parent-a' };
const parentB = { role: 'PARENT' as const, sub: 'q-parent-b' };

beforeAll(async () => {
  store = await createTestStore();
  h = applyHarness(store);
  centre = await addCentre(store, { name: '한빛어린이집' });
  otherCentre = await addCentre(store, { name: '누리어린이집' });
});
afterAll(async () => store.close());

/** 09:00 KST, `days` days from today (KST), for `hours` hours; bookable from now. */
function at(days: number): Date {
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400_000);
}

async function slot(facilityId: string, service: string, days: number, hours = 4) {
  const startsAt = at(days);
  const r = await h.run(staff(), M.createSlot, {
    input: {
      facilityId, service, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + hours * 3600_000).toISOString(), seats: 2, minAgeMonths: 6, maxAgeMonths: 36,
      opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: startsAt.toISOString(), pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: key(),
    },
  });
  if (r.errors) throw r.errors[0];
  return r.data.createCareSlot.id as string;
}

async function child(caller: typeof parentA, name: string) {
  const birth = at(-540).toISOString().slice(0, 10); // about 18 months old
  return (await h.run(caller, M.registerChild, { input: { name, birthDate: birth, idempotencyKey: key() } })).data.registerChild.id as string;
}

test('careSlots: public, a facility’s slots by start time, filtered by service and [from, to)', async () => {
  const hourly3 = await slot(centre, 'HOURLY', 3);
  const night4 = await slot(centre, 'NIGHT', 4);
  const hourly6 = await slot(centre, 'HOURLY', 6);
  await slot(otherCentre, 'HOURLY', 3);
  const Q = `query($f: ID!, $s: CareService, $from: String, $to: String) { careSlots(facilityId: $f, service: $s, from: $from, to: $to) { id facilityId service seats booked freeSeats pricePerHourKrw parentSharePerHourKrw } }`;
  const all = await h.run(null, Q, { f: centre });
  expect(all.errors).toBeUndefined();
  expect(all.data.careSlots.map((s: any) => s.id)).toEqual([hourly3, night4, hourly6]);
  expect(all.data.careSlots[0]).toEqual({ id: hourly3, facilityId: centre, service: 'HOURLY', seats: 2, booked: 0, freeSeats: 2, pricePerHourKrw: 5000, parentSharePerHourKrw: 2000 });
  expect((await h.run(null, Q, { f: centre, s: 'HOURLY' })).data.careSlots.map((s: any) => s.id)).toEqual([hourly3, hourly6]);
  // from inclusive, to exclusive.
  expect((await h.run(null, Q, { f: centre, from: at(4).toISOString(), to: at(6).toISOString() })).data.careSlots.map((s: any) => s.id)).toEqual([night4]);
  expect((await h.run(null, Q, { f: 'no-such-centre' })).data.careSlots).toEqual([]);
  expect((await h.run(null, Q, { f: centre, from: 'yesterday' })).code).toBe('BAD_USER_INPUT');
  // A booking shows in booked / freeSeats.
  const kid = await child(parentA, '정다은');
  expect((await h.run(parentA, M.reserve, { input: { slotId: hourly3, childId: kid, idempotencyKey: key() } })).errors).toBeUndefined();
  expect((await h.run(null, Q, { f: centre, s: 'HOURLY' })).data.careSlots[0]).toMatchObject({ id: hourly3, booked: 1, freeSeats: 1 });
});

test('myReservations: the parent’s own bookings with slot, child and price; the confirmation names the centre in KST', async () => {
  const s1 = await slot(centre, 'HOURLY', 8, 3);
  const s2 = await slot(otherCentre, 'HOLIDAY', 9, 2);
  const kid = await child(parentB, '최유나');
  const r1 = await h.run(parentB, M.reserve, { input: { slotId: s1, childId: kid, idempotencyKey: key() } });
  const r2 = await h.run(parentB, M.reserve, { input: { slotId: s2, childId: kid, idempotencyKey: key() } });
  const Q = `{ myReservations { id status hours parentPriceKrw slot { id facilityId service } child { id name } } }`;
  const mine = await h.run(parentB, Q);
  expect(mine.errors).toBeUndefined();
  expect(mine.data.myReservations).toEqual([
    { id: r1.data.reserveCareSlot.id, status: 'CONFIRMED', hours: 3, parentPriceKrw: 6000, slot: { id: s1, facilityId: centre, service: 'HOURLY' }, child: { id: kid, name: '최유나' } },
    { id: r2.data.reserveCareSlot.id, status: 'CONFIRMED', hours: 2, parentPriceKrw: 4000, slot: { id: s2, facilityId: otherCentre, service: 'HOLIDAY' }, child: { id: kid, name: '최유나' } },
  ]);
  // Another parent sees only theirs; no token or a staff token is refused.
  expect((await h.run(parentA, Q)).data.myReservations.map((r: any) => r.id)).not.toContain(r1.data.reserveCareSlot.id);
  expect((await h.run(null, Q)).code).toBe('UNAUTHENTICATED');
  expect((await h.run(staff(), Q)).code).toBe('FORBIDDEN');
  // A cancellation shows as CANCELLED.
  await h.run(parentB, `mutation($i: CancelReservationInput!) { cancelReservation(input: $i) { id } }`, { i: { reservationId: r2.data.reserveCareSlot.id, idempotencyKey: key() } });
  expect((await h.run(parentB, Q)).data.myReservations.map((r: any) => r.status)).toEqual(['CONFIRMED', 'CANCELLED']);
  const notes = (await h.run(parentB, `{ myNotifications { kind reservationId messageKo } }`)).data.myNotifications;
  const confirmed = notes.find((n: any) => n.kind === 'RESERVATION_CONFIRMED' && n.reservationId === r1.data.reserveCareSlot.id);
  const start = at(8);
  expect(confirmed.messageKo).toBe(`한빛어린이집 돌봄 예약이 확정되었습니다: ${kstDateTimeKo(start)}–${kstDateTimeKo(new Date(start.getTime() + 3 * 3600_000)).slice(-5)}.`);
  expect(confirmed.messageKo).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일 09:00–12:00\.$/);
  expect(notes.find((n: any) => n.kind === 'RESERVATION_CANCELLED').messageKo).toBe('누리어린이집 돌봄 예약이 취소되었습니다.');
});

test('myHospitalCareRequests: the parent’s own requests only, with their current status', async () => {
  const kid = await child(parentA, '정다은');
  const REQ = `mutation($i: RequestHospitalCareInput!) { requestHospitalisedChildCare(input: $i) { id } }`;
  const first = await h.run(parentA, REQ, { i: { childId: kid, hospital: '세브란스어린이병원', startsOn: '2026-12-10', endsOn: '2026-12-12', note: '오전만', idempotencyKey: key() } });
  const second = await h.run(parentA, REQ, { i: { childId: kid, hospital: '서울아산병원', startsOn: '2026-12-20', endsOn: '2026-12-21', idempotencyKey: key() } });
  await h.run(staff(), `mutation($i: UpdateHospitalCareInput!) { updateHospitalisedCareRequest(input: $i) { status } }`, {
    i: { requestId: first.data.requestHospitalisedChildCare.id, status: 'MATCHED', facilityId: centre, idempotencyKey: key() },
  });
  const Q = `{ myHospitalCareRequests { id hospital startsOn endsOn note status facilityId child { name } } }`;
  const mine = await h.run(parentA, Q);
  expect(mine.errors).toBeUndefined();
  expect(mine.data.myHospitalCareRequests).toEqual(
    expect.arrayContaining([
      { id: first.data.requestHospitalisedChildCare.id, hospital: '세브란스어린이병원', startsOn: '2026-12-10', endsOn: '2026-12-12', note: '오전만', status: 'MATCHED', facilityId: centre, child: { name: '정다은' } },
      { id: second.data.requestHospitalisedChildCare.id, hospital: '서울아산병원', startsOn: '2026-12-20', endsOn: '2026-12-21', note: null, status: 'REQUESTED', facilityId: null, child: { name: '정다은' } },
    ]),
  );
  expect(mine.data.myHospitalCareRequests).toHaveLength(2);
  // The status notice names the hospital and the matched centre in words, not the enum.
  const notes = (await h.run(parentA, `{ myNotifications { kind messageKo } }`)).data.myNotifications.filter((n: any) => n.kind === 'HOSPITAL_CARE_STATUS');
  expect(notes.map((n: any) => n.messageKo)).toEqual(['세브란스어린이병원 돌봄 요청: 돌봄 기관이 연결되었습니다. 확인해 주세요 (한빛어린이집).']);
  expect((await h.run(parentB, Q)).data.myHospitalCareRequests).toEqual([]);
  expect((await h.run(null, Q)).code).toBe('UNAUTHENTICATED');
});

test('applicationEvents: oldest first after the cursor, paged by first; the cursor stays put when nothing is new', async () => {
  const p = { role: 'PARENT' as const, sub: 'q-events' };
  const names = ['가온어린이집', '다온어린이집', '라온어린이집'];
  const centres = await Promise.all(names.map((name) => addCentre(store, { name })));
  const kid = (await h.run(p, M.registerChild, { input: { name: '한결', birthDate: '2023-04-04', idempotencyKey: key() } })).data.registerChild.id;
  const Q = `query($since: String, $first: Int) { applicationEvents(since: $since, first: $first) { cursor notifications { id kind applicationId messageKo } } }`;
  const empty = await h.run(p, Q);
  expect(empty.data.applicationEvents).toEqual({ cursor: null, notifications: [] });
  expect((await h.run(p, M.apply, { input: { childId: kid, facilityIds: centres, priorityClaims: [], admissionYear: 2025, idempotencyKey: key() } })).errors).toBeUndefined();
  const page1 = (await h.run(p, Q, { first: 2 })).data.applicationEvents;
  expect(page1.notifications).toHaveLength(2);
  expect(page1.cursor).toBe(page1.notifications[1].id);
  const page2 = (await h.run(p, Q, { since: page1.cursor, first: 2 })).data.applicationEvents;
  expect(page2.notifications).toHaveLength(1);
  const all = [...page1.notifications, ...page2.notifications];
  // Oldest first, no repeat, and three receipts that can be told apart by the centre they name.
  expect(all.map((n: any) => Number(n.id))).toEqual([...all.map((n: any) => Number(n.id))].sort((a, b) => a - b));
  expect(new Set(all.map((n: any) => n.id)).size).toBe(3);
  expect(all.map((n: any) => n.kind)).toEqual(['APPLIED', 'APPLIED', 'APPLIED']);
  expect(all.map((n: any) => names.find((name) => n.messageKo.startsWith(name))).sort()).toEqual([...names].sort());
  // Nothing newer: empty, and the cursor handed back unchanged.
  expect((await h.run(p, Q, { since: page2.cursor })).data.applicationEvents).toEqual({ cursor: page2.cursor, notifications: [] });
  // Only the caller's own events; a bad cursor and no token are refused.
  expect((await h.run(parentB, Q, { first: 500 })).data.applicationEvents.notifications.map((n: any) => n.id)).not.toContain(all[0].id);
  expect((await h.run(p, Q, { since: '-1' })).code).toBe('BAD_USER_INPUT');
  expect((await h.run(p, Q, { since: 'abc' })).code).toBe('BAD_USER_INPUT');
  expect((await h.run(null, Q)).code).toBe('UNAUTHENTICATED');
});
