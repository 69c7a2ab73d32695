import { createTestStore, type TestStore } from '../../store/testing';
import { addCentre, applyHarness, key, M } from './testing';

let store: TestStore;
let h: ReturnType<typeof applyHarness>;

beforeAll(async () => {
  store = await createTestStore();
  h = applyHarness(store);
});
afterAll(async () => store.close());

async function child(sub: string, birthDate = '2023-05-01', name = '홍길동') {
  const r = await h.run({ role: 'PARENT', sub }, M.registerChild, { input: { name, birthDate, idempotencyKey: key() } });
  if (r.errors) throw r.errors[0];
  return r.data.registerChild.id as string;
}

test('a parent applies; the age class follows the birth year; the public list is anonymised', async () => {
  const centre = await addCentre(store);
  const c = await child('p-age', '2023-02-10');
  const r = await h.run({ role: 'PARENT', sub: 'p-age' }, M.apply, { input: { childId: c, facilityIds: [centre], priorityClaims: ['DUAL_INCOME'], admissionYear: 2025, idempotencyKey: key() } });
  expect(r.errors).toBeUndefined();
  // Born 2023 → 만1세반 in 2025 (보육사업안내: by birth year).
  expect(r.data.applyForAdmission).toEqual([expect.objectContaining({ facilityId: centre, ageClass: 1, position: 1, rank: 1, points: 200, status: 'WAITING' })]);
  const list = await h.run(null, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ChildcareCenter { waitlist(ageClass: 1) { position rank points appliedOn offered } } } }`, {
    r: [{ __typename: 'ChildcareCenter', id: centre }],
  });
  expect(list.data._entities[0].waitlist).toEqual([{ position: 1, rank: 1, points: 200, appliedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), offered: false }]);
});

test('100 concurrent applications to one centre get positions 1..100, no gap or duplicate, ordered by the rules', async () => {
  const centre = await addCentre(store);
  const claimsOf = (i: number) => (i % 10 === 0 ? ['DUAL_INCOME', 'MULTI_CHILD_3'] : i % 3 === 0 ? ['BASIC_LIVELIHOOD'] : i % 7 === 0 ? ['FOSTER_ADOPTED'] : []);
  const children = await Promise.all(Array.from({ length: 100 }, (_, i) => child(`conc-${i}`, '2023-07-01')));
  const results = await Promise.all(
    children.map((c, i) =>
      h.run({ role: 'PARENT', sub: `conc-${i}` }, M.apply, { input: { childId: c, facilityIds: [centre], priorityClaims: claimsOf(i), admissionYear: 2025, idempotencyKey: key() } }),
    ),
  );
  expect(results.filter((r) => r.errors)).toEqual([]);
  const rows = await store.query<{ position: number; rank: number; points: number; applied_at: Date; seq: string }>(
    `select position, rank, points, applied_at, seq from apply.application where facility_id = $1 order by position`,
    [centre],
  );
  expect(rows.rows.map((r) => r.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  for (let i = 1; i < rows.rows.length; i++) {
    const a = rows.rows[i - 1]!;
    const b = rows.rows[i]!;
    const inOrder = a.rank < b.rank || (a.rank === b.rank && (a.points > b.points || (a.points === b.points && new Date(a.applied_at) <= new Date(b.applied_at))));
    expect(inOrder).toBe(true);
  }
  expect(rows.rows[0]).toMatchObject({ rank: 1, points: 700 });
}, 60_000);

test('a higher-priority application moves everyone behind it down by one, each told why', async () => {
  const centre = await addCentre(store);
  const subs = ['hp-a', 'hp-b', 'hp-c'];
  for (const sub of subs) {
    await h.run({ role: 'PARENT', sub }, M.contact, { input: { phone: '010-2222-3333', idempotencyKey: key() } });
    const c = await child(sub);
    await h.run({ role: 'PARENT', sub }, M.apply, { input: { childId: c, facilityIds: [centre], priorityClaims: sub === 'hp-a' ? ['BASIC_LIVELIHOOD'] : [], idempotencyKey: key() } });
  }
  const c = await child('hp-new');
  const r = await h.run({ role: 'PARENT', sub: 'hp-new' }, M.apply, { input: { childId: c, facilityIds: [centre], priorityClaims: ['DUAL_INCOME'], idempotencyKey: key() } });
  expect(r.data.applyForAdmission[0].position).toBe(1); // 200 points beats 100
  const mine = `{ myApplications { position history { oldPosition newPosition reason } } myNotifications { kind messageKo messageEn } }`;
  const expected: Record<string, [number, number]> = { 'hp-a': [1, 2], 'hp-b': [2, 3], 'hp-c': [3, 4] };
  for (const [sub, [from, to]] of Object.entries(expected)) {
    const me = await h.run({ role: 'PARENT', sub }, mine);
    expect(me.data.myApplications[0].position).toBe(to);
    expect(me.data.myApplications[0].history).toEqual([
      { oldPosition: null, newPosition: from, reason: 'APPLIED' },
      { oldPosition: from, newPosition: to, reason: 'HIGHER_PRIORITY_APPLICATION' },
    ]);
    const moved = me.data.myNotifications.filter((n: any) => n.kind === 'POSITION_CHANGED');
    expect(moved).toHaveLength(1);
    expect(moved[0].messageKo).toContain('우선순위가 높은 신청');
    expect(moved[0].messageEn).toContain(`from ${from} to ${to}`);
  }
  // Each position change also sits in the outbox for SMS, in the same transaction.
  const sms = await store.query<{ n: string }>(`select count(*) as n from apply.outbox o join apply.notification n on n.id = o.notification_id where n.kind = 'POSITION_CHANGED' and n.recipient_sub like 'hp-%'`);
  expect(Number(sms.rows[0]!.n)).toBe(3);
});

test('limits, centre types, failed verification, offer expiry passing to the next, admission and lapse', async () => {
  const [c1, c2, c3, c4] = await Promise.all([addCentre(store), addCentre(store), addCentre(store), addCentre(store)]);
  const work = await addCentre(store, { centerType: 'WORKPLACE' });
  const p = { role: 'PARENT' as const, sub: 'flow-parent' };
  const kid = await child(p.sub, '2022-04-04', '홍길동');
  const tooMany = await h.run(p, M.apply, { input: { childId: kid, facilityIds: [c1, c2, c3, c4], priorityClaims: [], idempotencyKey: key() } });
  expect(tooMany.code).toBe('BAD_USER_INPUT');
  expect((await h.run(p, M.apply, { input: { childId: kid, facilityIds: [work], priorityClaims: [], idempotencyKey: key() } })).code).toBe('BAD_USER_INPUT');
  const applied = await h.run(p, M.apply, { input: { childId: kid, facilityIds: [c1, c2], priorityClaims: ['MULTICULTURAL'], admissionYear: 2025, idempotencyKey: key() } });
  const byCentre = Object.fromEntries(applied.data.applyForAdmission.map((a: any) => [a.facilityId, a.id]));
  const other = await child('flow-other', '2022-05-05');
  await h.run({ role: 'PARENT', sub: 'flow-other' }, M.apply, { input: { childId: other, facilityIds: [c1], priorityClaims: ['FOSTER_ADOPTED'], admissionYear: 2025, idempotencyKey: key() } });

  const staff = { role: 'CENTER_STAFF' as const, sub: 'staff1', facilities: [c1] };
  // Staff see the list with masked names.
  const list = await h.run(staff, `query($f: ID!) { facilityApplications(facilityId: $f, ageClass: 2) { position child { name } } }`, { f: c1 });
  expect(list.data.facilityApplications.map((a: any) => [a.position, a.child.name])).toEqual([[1, '홍*동'], [2, expect.stringMatching(/\*/)]]);
  // A failed claim drops the application below the other one, with the reason recorded.
  const verify = await h.run(staff, `mutation($i: VerifyPriorityClaimsInput!) { verifyPriorityClaims(input: $i) { position rank points history { reason } } }`, {
    i: { applicationId: byCentre[c1], results: [{ code: 'MULTICULTURAL', verified: false }], idempotencyKey: key() },
  });
  expect(verify.data.verifyPriorityClaims).toMatchObject({ position: 2, rank: 3, points: 0 });
  expect(verify.data.verifyPriorityClaims.history.at(-1).reason).toBe('FAILED_VERIFICATION');

  // An offer that expires passes to the next on the list.
  const top = (await store.query<{ id: string }>(`select id from apply.application where facility_id = $1 and position = 1`, [c1])).rows[0]!.id;
  const offer = await h.run(staff, `mutation($i: ApplicationActionInput!) { offerSeat(input: $i) { status offerExpiresAt } }`, { i: { applicationId: top, idempotencyKey: key() } });
  expect(offer.data.offerSeat.status).toBe('OFFERED');
  await store.query(`update apply.application set offer_expires_at = now() - interval '1 second' where id = $1`, [top]);
  const { runAdmissionTimers } = await import('./admission');
  expect(await runAdmissionTimers(store, { maxCentres: 3, maxCentresEnrolled: 2, extraCenterTypes: [], offerHours: 72, lapseDays: 7, hourlyMonthlyCap: 60 })).toMatchObject({ expired: 1 });
  const after = await h.run(p, `query($id: ID!) { application(id: $id) { status position offerExpiresAt } }`, { id: byCentre[c1] });
  expect(after.data.application).toMatchObject({ status: 'OFFERED', position: 1 });

  // Admission needs every claim settled; then the child's other entry lapses unless extended.
  const admit = await h.run(staff, `mutation($i: ApplicationActionInput!) { admitApplication(input: $i) { status position } }`, { i: { applicationId: byCentre[c1], idempotencyKey: key() } });
  expect(admit.data.admitApplication).toEqual({ status: 'ADMITTED', position: null });
  const second = await h.run(p, `query($id: ID!) { application(id: $id) { lapseAt extended } }`, { id: byCentre[c2] });
  expect(second.data.application.lapseAt).not.toBeNull();
  const ext = await h.run(p, `mutation($i: ApplicationActionInput!) { extendApplication(input: $i) { extended lapseAt } }`, { i: { applicationId: byCentre[c2], idempotencyKey: key() } });
  expect(ext.data.extendApplication).toEqual({ extended: true, lapseAt: null });
  // The parent sees the full name; the idempotent repeat answers the same.
  const again = await h.run(p, M.registerChild, { input: { name: '다른이름', birthDate: '2022-01-01', idempotencyKey: 'same-key' } });
  const repeat = await h.run(p, M.registerChild, { input: { name: '다른이름', birthDate: '2022-01-01', idempotencyKey: 'same-key' } });
  expect(repeat.data.registerChild.id).toBe(again.data.registerChild.id);
  expect(repeat.data.registerChild.name).toBe('다른이름');
});
