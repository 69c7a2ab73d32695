import { createTestStore, type TestStore } from '../../store/testing';
import { addCentre, applyHarness, key, M } from './testing';

/** The public priority rule set (priorityRuleSet) and what a parent may claim from it. */

let store: TestStore;
let h: ReturnType<typeof applyHarness>;

beforeAll(async () => {
  store = await createTestStore();
  h = applyHarness(store);
});
afterAll(async () => store.close());

const RULES = `query($on: String) { priorityRuleSet(on: $on) { id name effectiveFrom legalSource items { code label rank points legalSource requires } } }`;
const APPLY = `mutation($input: ApplyForAdmissionInput!) { applyForAdmission(input: $input) { rank points claims } }`;

test('priorityRuleSet: public, the set in force on a date, null before any set, a bad date refused', async () => {
  const today = await h.run(null, RULES);
  expect(today.errors).toBeUndefined();
  expect(today.data.priorityRuleSet).toMatchObject({ id: 'KR-2024', effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  const items = today.data.priorityRuleSet.items;
  expect(items.length).toBeGreaterThan(10);
  expect(items.find((i: any) => i.code === 'DUAL_INCOME_AND_MULTI_CHILD_3')).toEqual(
    expect.objectContaining({ rank: 1, points: 300, requires: ['DUAL_INCOME', 'MULTI_CHILD_3'] }),
  );
  // Ordered 1순위 first, then by points.
  const order = items.map((i: any) => [i.rank, -i.points]);
  expect(order).toEqual([...order].sort((a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!));
  expect((await h.run(null, RULES, { on: '1999-01-01' })).data.priorityRuleSet).toBeNull();
  expect((await h.run(null, RULES, { on: '2026-02-30' })).code).toBe('BAD_USER_INPUT');
  // A newer set takes over from its effective date, not before.
  const editor = { role: 'EDITOR' as const, sub: 'rules-editor' };
  const created = await h.run(editor, `mutation($i: CreatePriorityRuleSetInput!) { createPriorityRuleSet(input: $i) { id } }`, {
    i: { id: 'KR-2090', name: '2090 기준', effectiveFrom: '2090-03-01', legalSource: '테스트', items: [{ code: 'DUAL_INCOME', label: '맞벌이', rank: 1, points: 250, legalSource: '테스트' }], idempotencyKey: key() },
  });
  expect(created.errors).toBeUndefined();
  expect((await h.run(null, RULES, { on: '2090-02-28' })).data.priorityRuleSet.id).toBe('KR-2024');
  expect((await h.run(null, RULES, { on: '2090-03-01' })).data.priorityRuleSet).toMatchObject({ id: 'KR-2090', items: [{ code: 'DUAL_INCOME', points: 250, requires: [] }] });
});

test('every claim type the public rule set lists can be claimed, and scores as listed', async () => {
  const items: { code: string; rank: number; points: number; requires: string[] }[] = (await h.run(null, RULES)).data.priorityRuleSet.items;
  const byCode = new Map(items.map((i) => [i.code, i]));
  const centre = await addCentre(store);
  for (const [n, item] of items.entries()) {
    const sub = `claim-${n}`;
    const kid = await h.run({ role: 'PARENT', sub }, M.registerChild, { input: { name: '이서준', birthDate: '2023-06-06', idempotencyKey: key() } });
    const r = await h.run({ role: 'PARENT', sub }, APPLY, { input: { childId: kid.data.registerChild.id, facilityIds: [centre], priorityClaims: [item.code], idempotencyKey: key() } });
    expect([item.code, r.errors]).toEqual([item.code, undefined]);
    const [app] = r.data.applyForAdmission;
    // A bonus stands for the codes it requires: those are recorded, and the bonus adds its points on top of theirs (a plain item: parts is empty).
    const parts = item.requires.map((c) => byCode.get(c)!);
    const recorded = item.requires.length ? item.requires : [item.code];
    expect([item.code, [...app.claims].sort()]).toEqual([item.code, [...recorded].sort()]);
    expect([item.code, app.rank, app.points]).toEqual([item.code, Math.min(item.rank, ...parts.map((p) => p.rank)), item.points + parts.reduce((s, p) => s + p.points, 0)]);
  }
  expect(items.filter((i) => i.requires.length > 0).map((i) => i.code)).toContain('DUAL_INCOME_AND_MULTI_CHILD_3');
  // A code the rule set does not list is still refused.
  const kid = await h.run({ role: 'PARENT', sub: 'claim-unknown' }, M.registerChild, { input: { name: '이서준', birthDate: '2023-06-06', idempotencyKey: key() } });
  const bad = await h.run({ role: 'PARENT', sub: 'claim-unknown' }, APPLY, { input: { childId: kid.data.registerChild.id, facilityIds: [centre], priorityClaims: ['NOT_A_CODE'], idempotencyKey: key() } });
  expect(bad.code).toBe('BAD_USER_INPUT');
}, 60_000);
