import { alwaysResident, G, openProgramme, recommendationInput, startWelfareHub, type WelfareHub } from './testing';

/**
 * Two agencies registering the same person at the same instant produce
 * exactly one clean recommendation and one flagged (issue 19). Meaningful
 * on PostgreSQL (DATABASE_URL set), where the two requests run on two
 * connections at once and race on the unique partial index; on PGlite the
 * single connection serialises them and the test still holds.
 */
let hub: WelfareHub;
beforeAll(async () => {
  hub = await startWelfareHub();
});
afterAll(async () => hub?.close());

test('same person, same instant, two agencies: exactly one SAVED and one FLAGGED, every time', async () => {
  const id = await openProgramme(hub, { quantity: 1000 });
  const people = alwaysResident(hub.people).slice(0, 25);
  const results = await Promise.all(
    people.flatMap((p) => [
      hub.call('agencyA', G.recommend, { input: recommendationInput(id, p) }),
      hub.call('agencyB', G.recommend, { input: recommendationInput(id, p) }),
    ]),
  );
  for (const r of results) expect(r.errors).toBeUndefined();
  for (let i = 0; i < people.length; i++) {
    const pair = [results[2 * i]!.data.recommendWelfare, results[2 * i + 1]!.data.recommendWelfare];
    expect(pair.map((x) => x.outcome).sort()).toEqual(['FLAGGED', 'SAVED']);
    const saved = pair.find((x) => x.outcome === 'SAVED')!;
    const flagged = pair.find((x) => x.outcome === 'FLAGGED')!;
    // The flagged one names the winner, even when the race (not the pre-check) decided.
    expect(flagged.checks.duplicateOf.recommendationId).toBe(saved.recommendation.id);
  }
  const { rows } = await hub.store.query<{ clean: number; flagged: number }>(
    `select count(*) filter (where duplicate_of is null)::int as clean, count(*) filter (where duplicate_of is not null)::int as flagged from welfare.recommendation where programme_id = $1`,
    [id],
  );
  expect(rows[0]).toEqual({ clean: 25, flagged: 25 });
  expect(hub.store.driver).toBe(process.env.DATABASE_URL ? 'pg' : 'pglite');
});
