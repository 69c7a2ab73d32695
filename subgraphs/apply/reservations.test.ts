import { createTestStore, type TestStore } from '../../store/testing';
import { addCentre, applyHarness, key, M } from './testing';

let store: TestStore;
let h: ReturnType<typeof applyHarness>;
let centre: string;
const staff = () => ({ role: 'CENTER_STAFF' as const, sub: 'slot-staff', facilities: [centre] });

beforeAll(async () => {
  store = await createTestStore();
  h = applyHarness(store);
  centre = await addCentre(store);
});
afterAll(async () => store.close());

const inDays = (d: number, hour: number) => {
  const t = new Date(Date.now() + d * 86400_000);
  t.setUTCHours(hour, 0, 0, 0);
  return t.toISOString();
};

async function slot(seats: number, service = 'HOURLY', startDay = 3, hours = 4) {
  const r = await h.run(staff(), M.createSlot, {
    input: { facilityId: centre, service, startsAt: inDays(startDay, 1), endsAt: inDays(startDay, 1 + hours), seats, minAgeMonths: 6, maxAgeMonths: 36, pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: key() },
  });
  if (r.errors) throw r.errors[0];
  return r.data.createCareSlot.id as string;
}

async function child(sub: string, birthDate = '2025-01-15') {
  return (await h.run({ role: 'PARENT', sub }, M.registerChild, { input: { name: '박지민', birthDate, idempotencyKey: key() } })).data.registerChild.id as string;
}

test('200 concurrent bookings of a 10-seat slot: exactly 10 succeed, 190 CONFLICT, none lost', async () => {
  const slotId = await slot(10);
  const kids = await Promise.all(Array.from({ length: 200 }, (_, i) => child(`r-${i}`)));
  const results = await Promise.all(kids.map((c, i) => h.run({ role: 'PARENT', sub: `r-${i}` }, M.reserve, { input: { slotId, childId: c, idempotencyKey: key() } })));
  const ok = results.filter((r) => !r.errors);
  const conflicts = results.filter((r) => r.code === 'CONFLICT');
  expect(ok).toHaveLength(10);
  expect(conflicts).toHaveLength(190);
  expect(ok[0]!.data.reserveCareSlot).toMatchObject({ status: 'CONFIRMED', hours: 4, parentPriceKrw: 8000 });
  const counts = await store.query<{ booked: number; confirmed: string }>(
    `select s.booked, (select count(*) from apply.reservation r where r.slot_id = s.id and r.status = 'CONFIRMED') as confirmed from apply.care_slot s where s.id = $1`,
    [slotId],
  );
  expect([counts.rows[0]!.booked, Number(counts.rows[0]!.confirmed)]).toEqual([10, 10]);
  // A cancellation frees the seat for the next parent.
  const cancel = await h.run({ role: 'PARENT', sub: `r-${results.indexOf(ok[0]!)}` }, `mutation($i: CancelReservationInput!) { cancelReservation(input: $i) { status slot { freeSeats } } }`, {
    i: { reservationId: ok[0]!.data.reserveCareSlot.id, idempotencyKey: key() },
  });
  expect(cancel.data.cancelReservation).toEqual({ status: 'CANCELLED', slot: { freeSeats: 1 } });
}, 60_000);

test('age in months, booking window, monthly cap of 60 hourly hours', async () => {
  const p = { role: 'PARENT' as const, sub: 'cap-parent' };
  const baby = await child(p.sub, new Date(Date.now() - 40 * 86400_000).toISOString().slice(0, 10));
  const tooYoung = await h.run(p, M.reserve, { input: { slotId: await slot(5), childId: baby, idempotencyKey: key() } });
  expect(tooYoung.code).toBe('BAD_USER_INPUT');
  const kid = await child(p.sub);
  const far = await h.run(p, M.reserve, { input: { slotId: await slot(5, 'HOURLY', 20), childId: kid, idempotencyKey: key() } });
  expect(far.code).toBe('CONFLICT'); // opens 14 days ahead
  // Slots in one month: 7 × 8 h = 56 h fits, the next 8 h would pass 60.
  const base = new Date(Date.now() + 2 * 86400_000);
  const month = base.getUTCMonth();
  let booked = 0;
  let refused = '';
  for (let d = 0; d < 12 && !refused; d++) {
    const day = new Date(base.getTime() + d * 86400_000);
    if (day.getUTCMonth() !== month || d > 11) break;
    const s = await h.run(staff(), M.createSlot, {
      input: { facilityId: centre, service: 'HOURLY', startsAt: new Date(day.setUTCHours(0, 0, 0, 0)).toISOString(), endsAt: new Date(day.setUTCHours(8)).toISOString(), seats: 3, minAgeMonths: 6, maxAgeMonths: 36, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(day.setUTCHours(0)).toISOString(), pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: key() },
    });
    const r = await h.run(p, M.reserve, { input: { slotId: s.data.createCareSlot.id, childId: kid, idempotencyKey: key() } });
    if (r.errors) refused = r.code!;
    else booked++;
  }
  if (refused) {
    expect(booked).toBe(7);
    expect(refused).toBe('CONFLICT');
  }
});

test('hospitalised-child care: requested → matched → confirmed → done', async () => {
  const p = { role: 'PARENT' as const, sub: 'hosp-parent' };
  const kid = await child(p.sub);
  const req = await h.run(p, `mutation($i: RequestHospitalCareInput!) { requestHospitalisedChildCare(input: $i) { id status child { name } } }`, {
    i: { childId: kid, hospital: '서울대학교어린이병원', startsOn: '2026-12-01', endsOn: '2026-12-03', idempotencyKey: key() },
  });
  const id = req.data.requestHospitalisedChildCare.id;
  expect(req.data.requestHospitalisedChildCare).toMatchObject({ status: 'REQUESTED', child: { name: '박지민' } });
  const move = (caller: any, status: string, facilityId?: string) =>
    h.run(caller, `mutation($i: UpdateHospitalCareInput!) { updateHospitalisedCareRequest(input: $i) { status facilityId } }`, { i: { requestId: id, status, facilityId, idempotencyKey: key() } });
  expect((await move(p, 'MATCHED', centre)).code).toBe('FORBIDDEN');
  expect((await move(staff(), 'CONFIRMED')).code).toBe('FORBIDDEN');
  expect((await move(staff(), 'MATCHED', centre)).data.updateHospitalisedCareRequest).toEqual({ status: 'MATCHED', facilityId: centre });
  expect((await move(staff(), 'DONE')).code).toBe('CONFLICT');
  expect((await move(p, 'CONFIRMED')).data.updateHospitalisedCareRequest.status).toBe('CONFIRMED');
  expect((await move(staff(), 'DONE')).data.updateHospitalisedCareRequest.status).toBe('DONE');
});
