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
