import { createTestStore, type TestStore } from '../../store/testing';
import { addCentre, applyHarness, key, type Caller } from './testing';

/**
 * Every mutation × every role and no token: only the allowed callers get
 * through. Each cell gets fresh fixtures, so a refusal can only come from
 * authorisation, and an allowed call must succeed.
 */
let store: TestStore;
let h: ReturnType<typeof applyHarness>;
let centre: string;

beforeAll(async () => {
  store = await createTestStore();
  h = applyHarness(store);
  centre = await addCentre(store);
});
afterAll(async () => store.close());

const ROLES = ['ANONYMOUS', 'PARENT', 'CENTER_STAFF', 'OTHER_STAFF', 'EDITOR', 'ADMIN'] as const;
type Who = (typeof ROLES)[number];
const OWNER = { role: 'PARENT' as const, sub: 'owner' };

function caller(who: Who): Caller | null {
  switch (who) {
    case 'ANONYMOUS':
      return null;
    case 'PARENT':
      return OWNER;
    case 'CENTER_STAFF':
      return { role: 'CENTER_STAFF', sub: 'staff', facilities: [centre] };
    case 'OTHER_STAFF':
      return { role: 'CENTER_STAFF', sub: 'other-staff', facilities: ['elsewhere'] };
    default:
      return { role: who, sub: who.toLowerCase() };
  }
}

const gql = async (c: Caller | null, q: string, v: Record<string, unknown>) => {
  const r = await h.run(c, q, v);
  if (r.errors) throw new Error(`fixture failed: ${r.errors[0].message}`);
  return r.data;
};
const newChild = async () => (await gql(OWNER, `mutation($i: RegisterChildInput!) { registerChild(input: $i) { id } }`, { i: { name: '최유나', birthDate: '2025-02-01', idempotencyKey: key() } })).registerChild.id;
const newApplication = async (offered = false) => {
  const c = await newChild();
  const id = (await gql(OWNER, `mutation($i: ApplyForAdmissionInput!) { applyForAdmission(input: $i) { id } }`, { i: { childId: c, facilityIds: [centre], priorityClaims: [], idempotencyKey: key() } })).applyForAdmission[0].id;
  if (offered) await gql(caller('ADMIN'), `mutation($i: ApplicationActionInput!) { offerSeat(input: $i) { id } }`, { i: { applicationId: id, idempotencyKey: key() } });
  return id;
};
const newSlot = async () =>
  (
    await gql(caller('ADMIN'), `mutation($i: CreateCareSlotInput!) { createCareSlot(input: $i) { id } }`, {
      i: { facilityId: centre, service: 'NIGHT', startsAt: new Date(Date.now() + 2 * 86400_000).toISOString(), endsAt: new Date(Date.now() + 2 * 86400_000 + 6 * 3600_000).toISOString(), seats: 50, minAgeMonths: 0, maxAgeMonths: 84, pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: key() },
    })
  ).createCareSlot.id;
const newReservation = async () =>
  (await gql(OWNER, `mutation($i: ReserveCareSlotInput!) { reserveCareSlot(input: $i) { id } }`, { i: { slotId: await newSlot(), childId: await newChild(), idempotencyKey: key() } })).reserveCareSlot.id;
const newHospitalRequest = async () =>
  (await gql(OWNER, `mutation($i: RequestHospitalCareInput!) { requestHospitalisedChildCare(input: $i) { id } }`, { i: { childId: await newChild(), hospital: '병원', startsOn: '2026-12-01', endsOn: '2026-12-02', idempotencyKey: key() } }))
    .requestHospitalisedChildCare.id;

interface Case {
  mutation: string;
  allowed: Who[];
  /** Builds the operation and variables on fresh fixtures. */
  build(): Promise<[string, Record<string, unknown>]>;
}

let ruleSeq = 0;
const CASES: Case[] = [
  { mutation: 'updateContact', allowed: ['PARENT'], build: async () => [`mutation($i: UpdateContactInput!) { updateContact(input: $i) }`, { i: { phone: '010-1111-2222', idempotencyKey: key() } }] },
  { mutation: 'registerChild', allowed: ['PARENT'], build: async () => [`mutation($i: RegisterChildInput!) { registerChild(input: $i) { id } }`, { i: { name: '김', birthDate: '2024-01-01', idempotencyKey: key() } }] },
  {
    mutation: 'applyForAdmission',
    allowed: ['PARENT'],
    build: async () => [`mutation($i: ApplyForAdmissionInput!) { applyForAdmission(input: $i) { id } }`, { i: { childId: await newChild(), facilityIds: [centre], priorityClaims: [], idempotencyKey: key() } }],
  },
  { mutation: 'withdrawApplication', allowed: ['PARENT'], build: async () => [`mutation($i: ApplicationActionInput!) { withdrawApplication(input: $i) { id } }`, { i: { applicationId: await newApplication(), idempotencyKey: key() } }] },
  {
    mutation: 'extendApplication',
    allowed: ['PARENT'],
    build: async () => {
      const id = await newApplication();
      await store.query(`update apply.application set lapse_at = now() + interval '7 days' where id = $1`, [id]);
      return [`mutation($i: ApplicationActionInput!) { extendApplication(input: $i) { id } }`, { i: { applicationId: id, idempotencyKey: key() } }];
    },
  },
  {
    mutation: 'verifyPriorityClaims',
    allowed: ['CENTER_STAFF', 'ADMIN'],
    build: async () => {
      const c = await newChild();
      const id = (await gql(OWNER, `mutation($i: ApplyForAdmissionInput!) { applyForAdmission(input: $i) { id } }`, { i: { childId: c, facilityIds: [centre], priorityClaims: ['MULTICULTURAL'], idempotencyKey: key() } })).applyForAdmission[0].id;
      return [`mutation($i: VerifyPriorityClaimsInput!) { verifyPriorityClaims(input: $i) { id } }`, { i: { applicationId: id, results: [{ code: 'MULTICULTURAL', verified: true }], idempotencyKey: key() } }];
    },
  },
  { mutation: 'offerSeat', allowed: ['CENTER_STAFF', 'ADMIN'], build: async () => [`mutation($i: ApplicationActionInput!) { offerSeat(input: $i) { id } }`, { i: { applicationId: await newApplication(), idempotencyKey: key() } }] },
  {
    mutation: 'respondToOffer',
    allowed: ['PARENT'],
    build: async () => [`mutation($i: RespondToOfferInput!) { respondToOffer(input: $i) { id } }`, { i: { applicationId: await newApplication(true), accept: false, idempotencyKey: key() } }],
  },
  { mutation: 'admitApplication', allowed: ['CENTER_STAFF', 'ADMIN'], build: async () => [`mutation($i: ApplicationActionInput!) { admitApplication(input: $i) { id } }`, { i: { applicationId: await newApplication(true), idempotencyKey: key() } }] },
  {
    mutation: 'createPriorityRuleSet',
    allowed: ['EDITOR', 'ADMIN'],
    build: async () => [
      `mutation($i: CreatePriorityRuleSetInput!) { createPriorityRuleSet(input: $i) { id } }`,
      { i: { id: `TEST-${++ruleSeq}`, name: 't', effectiveFrom: '2001-01-01', legalSource: '테스트', items: [{ code: 'A', label: 'a', rank: 1, points: 100, legalSource: 'x' }], idempotencyKey: key() } },
    ],
  },
  {
    mutation: 'createCareSlot',
    allowed: ['CENTER_STAFF', 'ADMIN'],
    build: async () => [
      `mutation($i: CreateCareSlotInput!) { createCareSlot(input: $i) { id } }`,
      { i: { facilityId: centre, service: 'HOURLY', startsAt: '2026-12-24T00:00:00Z', endsAt: '2026-12-24T04:00:00Z', seats: 3, minAgeMonths: 6, maxAgeMonths: 36, pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: key() } },
    ],
  },
  {
    mutation: 'reserveCareSlot',
    allowed: ['PARENT'],
    build: async () => [`mutation($i: ReserveCareSlotInput!) { reserveCareSlot(input: $i) { id } }`, { i: { slotId: await newSlot(), childId: await newChild(), idempotencyKey: key() } }],
  },
  { mutation: 'cancelReservation', allowed: ['PARENT', 'CENTER_STAFF', 'ADMIN'], build: async () => [`mutation($i: CancelReservationInput!) { cancelReservation(input: $i) { id } }`, { i: { reservationId: await newReservation(), idempotencyKey: key() } }] },
  {
    mutation: 'requestHospitalisedChildCare',
    allowed: ['PARENT'],
    build: async () => [`mutation($i: RequestHospitalCareInput!) { requestHospitalisedChildCare(input: $i) { id } }`, { i: { childId: await newChild(), hospital: '병원', startsOn: '2026-12-01', endsOn: '2026-12-02', idempotencyKey: key() } }],
  },
  {
    mutation: 'updateHospitalisedCareRequest (MATCHED)',
    allowed: ['CENTER_STAFF', 'ADMIN'],
    build: async () => [`mutation($i: UpdateHospitalCareInput!) { updateHospitalisedCareRequest(input: $i) { id } }`, { i: { requestId: await newHospitalRequest(), status: 'MATCHED', facilityId: centre, idempotencyKey: key() } }],
  },
];

const cells = CASES.flatMap((c) => ROLES.map((who) => [c.mutation, who, c] as const));

test.each(cells)('%s as %s', async (_name, who, c) => {
  const [query, variables] = await c.build();
  const r = await h.run(caller(who), query, variables);
  if (c.allowed.includes(who)) {
    expect(r.errors).toBeUndefined();
  } else {
    // No token: UNAUTHENTICATED. A parent acting on someone else's record gets NOT_FOUND (no probing); other roles FORBIDDEN.
    expect(r.code).toBe(who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  }
});

test('a parent cannot touch another parent’s child or application (NOT_FOUND, no probing)', async () => {
  const stranger = { role: 'PARENT' as const, sub: 'stranger' };
  const app = await newApplication();
  const r = await h.run(stranger, `mutation($i: ApplicationActionInput!) { withdrawApplication(input: $i) { id } }`, { i: { applicationId: app, idempotencyKey: key() } });
  expect(r.code).toBe('NOT_FOUND');
  const read = await h.run(stranger, `query($id: ID!) { application(id: $id) { id } }`, { id: app });
  expect(read.data.application).toBeNull();
  const bad = await h.run({ role: 'PARENT', sub: 'x' }, `{ myChildren { id } }`, {});
  expect(bad.data.myChildren).toEqual([]);
  const forged = await h.run(null, `{ myChildren { id } }`, {});
  expect(forged.code).toBe('UNAUTHENTICATED');
});

test('every mutation writes an audit row', async () => {
  const ops = await store.query<{ operation: string }>('select distinct operation from apply.audit');
  const names = new Set(ops.rows.map((r) => r.operation));
  for (const c of CASES) expect(names).toContain(c.mutation.split(' ')[0]);
});
