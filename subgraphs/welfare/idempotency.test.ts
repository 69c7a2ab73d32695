import { alwaysResident, G, openProgramme, recommendationInput, startWelfareHub, type WelfareHub } from './testing';

/**
 * A retried registration with the same idempotency key (a lost answer, a
 * double click) answers as the first did and saves nothing more; the key is
 * scoped per organisation and refuses reuse for another person. Run on
 * PGlite and PostgreSQL (DATABASE_URL), where the concurrent retries race on
 * the key's primary key.
 */
let hub: WelfareHub;
beforeAll(async () => {
  hub = await startWelfareHub();
});
afterAll(async () => hub?.close());

const rows = async (programmeId: string) => Number((await hub.store.query<{ n: number }>(`select count(*)::int as n from welfare.recommendation where programme_id = $1`, [programmeId])).rows[0]!.n);

test('a retry with the same key returns the first answer; without a key the same submit is a FLAGGED duplicate', async () => {
  const id = await openProgramme(hub);
  const [person, other] = alwaysResident(hub.people).slice(40, 42);
  const input = recommendationInput(id, person!, { idempotencyKey: 'submit-0001-abcdef' });
  const first = await hub.call('agencyA', G.recommend, { input });
  expect(first.errors).toBeUndefined();
  expect(first.data.recommendWelfare.outcome).toBe('SAVED');
  const again = await hub.call('agencyA', G.recommend, { input });
  expect(again.errors).toBeUndefined();
  expect(again.data.recommendWelfare).toEqual(first.data.recommendWelfare);
  expect(await rows(id)).toBe(1);

  // Two retries at the same instant: still one recommendation.
  const racing = recommendationInput(id, other!, { idempotencyKey: 'submit-0002-abcdef' });
  const pair = await Promise.all([hub.call('agencyA', G.recommend, { input: racing }), hub.call('agencyA', G.recommend, { input: racing })]);
  for (const r of pair) expect(r.errors).toBeUndefined();
  expect(pair[0]!.data.recommendWelfare.recommendation.id).toBe(pair[1]!.data.recommendWelfare.recommendation.id);
  expect(pair.map((r) => r.data.recommendWelfare.outcome)).toEqual(['SAVED', 'SAVED']);
  expect(await rows(id)).toBe(2);

  // The same submit under a new key is what it always was: a duplicate of the first.
  const fresh = await hub.call('agencyA', G.recommend, { input: { ...input, idempotencyKey: 'submit-0003-abcdef' } });
  expect(fresh.data.recommendWelfare.outcome).toBe('FLAGGED');
  expect(await rows(id)).toBe(3);
});

test('a BLOCKED answer replays too, and counts one blocked registration', async () => {
  const id = await openProgramme(hub);
  const dead = hub.people.find((p) => p.diesAt === 0)!;
  const input = recommendationInput(id, dead, { idempotencyKey: 'blocked-0001-abcdef' });
  const first = await hub.call('agencyA', G.recommend, { input });
  const again = await hub.call('agencyA', G.recommend, { input });
  expect(first.data.recommendWelfare.outcome).toBe('BLOCKED');
  expect(again.data.recommendWelfare).toEqual(first.data.recommendWelfare);
  const { rows: blocked } = await hub.store.query<{ n: number }>(`select count(*)::int as n from welfare.blocked_registration where programme_id = $1`, [id]);
  expect(blocked[0]!.n).toBe(1);
});

test('keys are per organisation, refuse reuse for another person, and are bounded', async () => {
  const id = await openProgramme(hub);
  const [a, b] = alwaysResident(hub.people).slice(50, 52);
  const key = 'shared-key-0001';
  const mine = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, a!, { idempotencyKey: key }) });
  expect(mine.data.recommendWelfare.outcome).toBe('SAVED');
  // Another organisation's identical key is its own: its submit is registered (as the duplicate it is), not replayed.
  const theirs = await hub.call('agencyB', G.recommend, { input: recommendationInput(id, a!, { idempotencyKey: key }) });
  expect(theirs.data.recommendWelfare.outcome).toBe('FLAGGED');
  expect(theirs.data.recommendWelfare.recommendation.id).not.toBe(mine.data.recommendWelfare.recommendation.id);

  const reused = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, b!, { idempotencyKey: key }) });
  expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  for (const bad of ['short', 'x'.repeat(101), 'has space 123']) {
    const r = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, b!, { idempotencyKey: bad }) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  }
  expect(await rows(id)).toBe(2);
  expect(hub.store.driver).toBe(process.env.DATABASE_URL ? 'pg' : 'pglite');
});
