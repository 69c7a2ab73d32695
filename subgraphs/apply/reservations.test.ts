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

test('age in months and the booking window', async () => {
  const p = { role: 'PARENT' as const, sub: 'cap-parent' };
  const baby = await child(p.sub, new Date(Date.now() - 40 * 86400_000).toISOString().slice(0, 10));
  const tooYoung = await h.run(p, M.reserve, { input: { slotId: await slot(5), childId: baby, idempotencyKey: key() } });
  expect(tooYoung.code).toBe('BAD_USER_INPUT');
  const kid = await child(p.sub);
  const far = await h.run(p, M.reserve, { input: { slotId: await slot(5, 'HOURLY', 20), childId: kid, idempotencyKey: key() } });
  expect(far.code).toBe('CONFLICT'); // opens 14 days ahead
});

/** The first day (YYYY-MM-01) of the KST month `ahead` months after this one. */
function monthAhead(ahead: number): string {
  const t = new Date(Date.now() + 9 * 3600_000);
  const d = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + ahead, 1));
  return d.toISOString().slice(0, 10);
}

/** An HOURLY slot on day `day` of the month starting `first`, 09:00 KST for `hours` hours, bookable now. */
async function slotOn(first: string, day: number, hours: number, service = 'HOURLY') {
  const startsAt = new Date(Date.parse(`${first.slice(0, 8)}${String(day).padStart(2, '0')}T00:00:00Z`)); // 09:00 KST
  const r = await h.run(staff(), M.createSlot, {
    input: {
      facilityId: centre, service, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + hours * 3600_000).toISOString(), seats: 3, minAgeMonths: 6, maxAgeMonths: 36,
      opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: startsAt.toISOString(), pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: key(),
    },
  });
  if (r.errors) throw r.errors[0];
  return r.data.createCareSlot.id as string;
}

test('monthly cap of 60 hourly (시간제) hours per child: 60 fits, 61 is refused, other months and services do not count', async () => {
  const p = { role: 'PARENT' as const, sub: 'cap2-parent' };
  const month = monthAhead(2);
  const next = monthAhead(3);
  // 18 months old in that month, whatever today is.
  const birth = new Date(Date.parse(`${month}T00:00:00Z`));
  birth.setUTCMonth(birth.getUTCMonth() - 18);
  const kid = await child(p.sub, birth.toISOString().slice(0, 10));
  const reserve = async (slotId: string) => h.run(p, M.reserve, { input: { slotId, childId: kid, idempotencyKey: key() } });
  // 7 × 8 h = 56 h fit.
  const seven = [];
  for (let d = 2; d <= 8; d++) seven.push(await reserve(await slotOn(month, d, 8)));
  expect(seven.map((r) => r.errors)).toEqual(Array(7).fill(undefined));
  // 56 + 8 = 64 > 60: refused, with the cap and the hours used.
  const over = await reserve(await slotOn(month, 9, 8));
  expect(over.code).toBe('CONFLICT');
  expect(over.errors![0].message).toContain('60');
  expect(over.errors![0].extensions).toMatchObject({ usedHours: 56 });
  // 56 + 4 = 60: exactly the cap fits; then one more hour does not.
  expect((await reserve(await slotOn(month, 10, 4))).errors).toBeUndefined();
  expect((await reserve(await slotOn(month, 11, 1))).code).toBe('CONFLICT');
  // The next month starts from zero; other services (야간보육) do not count toward the 시간제 cap.
  expect((await reserve(await slotOn(next, 2, 8))).errors).toBeUndefined();
  expect((await reserve(await slotOn(month, 12, 8, 'NIGHT'))).errors).toBeUndefined();
  // A cancellation gives the hours back.
  const cancel = await h.run(p, `mutation($i: CancelReservationInput!) { cancelReservation(input: $i) { status } }`, { i: { reservationId: seven[0]!.data.reserveCareSlot.id, idempotencyKey: key() } });
  expect(cancel.data.cancelReservation.status).toBe('CANCELLED');
  expect((await reserve(await slotOn(month, 13, 8))).errors).toBeUndefined();
  expect((await reserve(await slotOn(month, 14, 1))).code).toBe('CONFLICT');
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
