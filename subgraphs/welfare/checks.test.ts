import { alwaysResident, G, openProgramme, ORGS, programmeInput, recommendationInput, startWelfareHub, type WelfareHub } from './testing';

/**
 * The registration checks through the gateway (issue 19 "Must show"):
 * duplicate, deceased, moved out, not resident, concentration, household
 * limit; then re-screening when the registry changes between registration
 * and confirmation, confirmation, notification and correction.
 */
let hub: WelfareHub;
beforeAll(async () => {
  hub = await startWelfareHub();
});
afterAll(async () => hub?.close());

const count = async (sql: string, params: unknown[] = []) => Number((await hub.store.query<{ n: number }>(sql, params)).rows[0]!.n);

test('a second organisation recommending the same person is saved FLAGGED with who recommended first and when', async () => {
  const id = await openProgramme(hub);
  const person = alwaysResident(hub.people).find((p) => p.dong === '마장동')!;
  const first = await hub.call('majang', G.recommend, { input: recommendationInput(id, person) });
  expect(first.errors).toBeUndefined();
  expect(first.data.recommendWelfare.outcome).toBe('SAVED');
  expect(first.data.recommendWelfare.checks.messages).toEqual([]);

  const second = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, person, { identityKey: person.identityKey.replace('-', '') }) });
  expect(second.errors).toBeUndefined();
  const r = second.data.recommendWelfare;
  expect(r.outcome).toBe('FLAGGED');
  expect(r.recommendation.flagged).toBe(true);
  expect(r.checks.duplicateOf).toMatchObject({ recommendationId: first.data.recommendWelfare.recommendation.id, organisationId: ORGS.majang.id });
  expect(r.checks.messages.map((m: { code: string }) => m.code)).toEqual(['DUPLICATE']);
  expect(r.checks.messages[0].messageKo).toContain('중복 추천');
  expect(await count(`select count(*)::int as n from welfare.recommendation where programme_id = $1`, [id])).toBe(2);
  expect(await count(`select count(*)::int as n from welfare.recommendation where programme_id = $1 and duplicate_of is null`, [id])).toBe(1);

  // The precheck of a third agency says the same without saving.
  const pre = await hub.call('agencyB', G.precheck, { input: recommendationInput(id, person) });
  expect(pre.data.welfarePrecheck.duplicateOf.organisationId).toBe(ORGS.majang.id);
  expect(await count(`select count(*)::int as n from welfare.recommendation where programme_id = $1`, [id])).toBe(2);
});

test.each([
  ['deceased', 'DECEASED', 'INELIGIBLE_DECEASED'],
  ['moved out', 'MOVED_OUT', 'INELIGIBLE_MOVED_OUT'],
])('a %s person is BLOCKED with the reason and nothing personal is saved', async (_label, status, code) => {
  const id = await openProgramme(hub);
  const person = hub.people.find((p) => (status === 'DECEASED' ? p.diesAt === 0 : p.movesOutAt === 0))!;
  const r = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, person) });
  expect(r.errors).toBeUndefined();
  expect(r.data.recommendWelfare).toMatchObject({ outcome: 'BLOCKED', recommendation: null, checks: { registryStatus: status } });
  expect(r.data.recommendWelfare.checks.messages[0]).toMatchObject({ code, severity: 'BLOCK' });
  expect(await count(`select count(*)::int as n from welfare.recommendation where programme_id = $1`, [id])).toBe(0);
  expect(await count(`select count(*)::int as n from welfare.blocked_registration where programme_id = $1 and registry_status = $2`, [id, status])).toBe(1);
});

test('a number the district registry does not know (관외 거주) is BLOCKED as NOT_FOUND', async () => {
  const id = await openProgramme(hub);
  const person = alwaysResident(hub.people)[0]!;
  const r = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, person, { identityKey: '991231-0999999' }) });
  expect(r.data.recommendWelfare.outcome).toBe('BLOCKED');
  expect(r.data.recommendWelfare.checks.registryStatus).toBe('NOT_FOUND');
});

test('a household that received the same resource type within the window is warned with the count and dates; another type is not', async () => {
  const earlier = await openProgramme(hub, { name: '2026 설 명절 김치', resourceType: '김치' });
  const family = alwaysResident(hub.people).find((p, _i, all) => all.filter((q) => q.householdKey === p.householdKey).length >= 2)!;
  const sibling = alwaysResident(hub.people).find((p) => p.householdKey === family.householdKey && p !== family)!;
  const saved = await hub.call('agencyA', G.recommend, { input: recommendationInput(earlier, family) });
  const recId = saved.data.recommendWelfare.recommendation.id;
  expect((await hub.call('district', G.close, { id: earlier })).errors).toBeUndefined();
  expect((await hub.call('district', G.decide, { ids: [recId], d: 'INCLUDE', r: '적격' })).errors).toBeUndefined();
  const confirmed = await hub.call('district', G.confirm, { id: earlier, r: '최종 확정' });
  expect(confirmed.errors).toBeUndefined();
  const confirmedOn = confirmed.data.confirmWelfareList.confirmedAt as string;

  const later = await openProgramme(hub, { name: '2026 김장김치', resourceType: '김치' });
  const warned = await hub.call('agencyB', G.recommend, { input: recommendationInput(later, sibling) });
  expect(warned.data.recommendWelfare.outcome).toBe('SAVED');
  expect(warned.data.recommendWelfare.checks.concentration).toEqual({ count: 1, dates: [new Date(Date.parse(confirmedOn) + 9 * 3600_000).toISOString().slice(0, 10)], months: 12 });
  expect(warned.data.recommendWelfare.checks.messages.map((m: { code: string }) => m.code)).toEqual(['CONCENTRATION']);

  const rice = await openProgramme(hub, { name: '사랑의 쌀', resourceType: '쌀' });
  const other = await hub.call('agencyB', G.recommend, { input: recommendationInput(rice, sibling) });
  expect(other.data.recommendWelfare.checks.concentration.count).toBe(0);
});

test('a second member of a household beyond the per-household limit is warned', async () => {
  const id = await openProgramme(hub, { householdLimit: 1 });
  const family = alwaysResident(hub.people).filter((p, _i, all) => all.filter((q) => q.householdKey === p.householdKey && alwaysResident([q]).length).length >= 2);
  const [a, b] = family.filter((p) => p.householdKey === family[1]!.householdKey);
  await hub.call('agencyA', G.recommend, { input: recommendationInput(id, a!) });
  const r = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, b!) });
  expect(r.data.recommendWelfare.checks).toMatchObject({ householdCount: 1, householdLimit: 1 });
  expect(r.data.recommendWelfare.checks.messages.map((m: { code: string }) => m.code)).toContain('HOUSEHOLD_LIMIT');
});

test('a 동주민센터 may recommend only residents of its own 동', async () => {
  const id = await openProgramme(hub);
  const outsider = alwaysResident(hub.people).find((p) => p.dong !== '마장동')!;
  const r = await hub.call('majang', G.recommend, { input: recommendationInput(id, outsider) });
  expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('bad input names the field and never echoes the identity key', async () => {
  const id = await openProgramme(hub);
  const person = alwaysResident(hub.people)[3]!;
  const r = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, person, { identityKey: '12345-67890123' }) });
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identityKey' });
  expect(JSON.stringify(r)).not.toContain('67890123');
});

test('the registry changes between registration and confirmation: the bulk re-check catches it, and the list is confirmed, notified and corrected by new entries', async () => {
  hub.registry.setTick(0);
  const id = await openProgramme(hub, { quantity: 2 });
  const dies = hub.people.find((p) => p.diesAt !== undefined && p.diesAt >= 1 && p.movesOutAt === undefined)!;
  const stays = alwaysResident(hub.people).slice(10, 12);
  const ids: string[] = [];
  for (const p of [dies, ...stays]) {
    const r = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, p, { householdKey: `solo-${p.ref}` }) });
    expect(r.data.recommendWelfare.outcome).toBe('SAVED');
    ids.push(r.data.recommendWelfare.recommendation.id);
  }
  await hub.call('district', G.close, { id });
  expect((await hub.call('district', G.decide, { ids, d: 'INCLUDE', r: '적격' })).errors).toBeUndefined();

  hub.registry.setTick(dies.diesAt!);
  const recheck = await hub.call('district', G.recheck, { id });
  expect(recheck.errors).toBeUndefined();
  expect(recheck.data.recheckWelfareRegistry).toEqual({ checked: 3, changed: [{ id: ids[0], registryStatus: 'DECEASED', decision: null }] });

  // Undecided after the re-check: confirmation refuses until the officer decides.
  expect((await hub.call('district', G.confirm, { id, r: '확정' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect((await hub.call('district', G.decide, { ids: [ids[0]], d: 'INCLUDE', r: '다시 포함' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  await hub.call('district', G.decide, { ids: [ids[0]], d: 'EXCLUDE', r: '사망' });

  expect((await hub.call('agencyA', `mutation { setWelfareContact(webhookUrl: "http://127.0.0.1:9/hook") }`)).errors).toBeUndefined();
  const confirmed = await hub.call('district', G.confirm, { id, r: '최종 확정' });
  expect(confirmed.errors).toBeUndefined();
  expect(confirmed.data.confirmWelfareList.status).toBe('CONFIRMED');
  const notified = await hub.store.query<{ payload: any; channel: string }>(
    `select n.payload, o.channel from apply.notification n join apply.outbox o on o.notification_id = n.id where n.recipient_sub = $1 and n.payload->>'programmeId' = $2`,
    [`welfare-org:${ORGS.agencyA.id}`, id],
  );
  expect(notified.rows).toEqual([{ payload: { programmeId: id, included: 2, excluded: 1 }, channel: 'WEBHOOK' }]);

  // Confirmed entries never change; a correction is a new entry.
  await expect(hub.store.query(`update welfare.list_entry set included = true where programme_id = $1`, [id])).rejects.toThrow(/append-only/);
  const corrected = await hub.call('district', G.correct, { id: ids[1], inc: false, r: '수급 포기' });
  expect(corrected.data.correctWelfareListEntry).toEqual({ id: ids[1], inFinalList: false });
  expect(await count(`select count(*)::int as n from welfare.list_entry where programme_id = $1`, [id])).toBe(4);
  // A confirmed list takes no more plain decisions.
  expect((await hub.call('district', G.decide, { ids: [ids[2]], d: 'EXCLUDE', r: 'x' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  hub.registry.setTick(0);
});

test('lists mask names; the whole name only on the single record for the recommending organisation and the district', async () => {
  const id = await openProgramme(hub);
  const person = alwaysResident(hub.people).find((p) => p.dong === '마장동' && [...p.name].length === 3)!;
  const saved = await hub.call('agencyA', G.recommend, { input: recommendationInput(id, person) });
  const recId = saved.data.recommendWelfare.recommendation.id;
  const chars = [...person.name];
  for (const who of ['district', 'agencyA', 'majang'] as const) {
    const list = await hub.call(who, G.list, { id });
    expect(list.data.welfareRecommendations.edges.map((e: any) => e.node.name)).toEqual([`${chars[0]}*${chars[2]}`]);
  }
  expect((await hub.call('agencyA', G.one, { id: recId })).data.welfareRecommendation).toMatchObject({ name: person.name, nameMasked: false });
  expect((await hub.call('district', G.one, { id: recId })).data.welfareRecommendation).toMatchObject({ name: person.name, nameMasked: false });
  expect((await hub.call('majang', G.one, { id: recId })).data.welfareRecommendation).toMatchObject({ name: `${chars[0]}*${chars[2]}`, nameMasked: true });
  expect((await hub.call('agencyB', G.one, { id: recId })).data.welfareRecommendation).toBeNull();
  expect((await hub.call('oksu', G.list, { id })).data.welfareRecommendations.totalCount).toBe(0);
});

test('a closed programme takes no recommendation, and a draft one neither', async () => {
  const id = await openProgramme(hub);
  await hub.call('district', G.close, { id });
  const person = alwaysResident(hub.people)[5]!;
  expect((await hub.call('agencyA', G.recommend, { input: recommendationInput(id, person) })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const draft = (await hub.call('district', G.create, { input: programmeInput() })).data.createWelfareProgramme.id;
  expect((await hub.call('agencyA', G.recommend, { input: recommendationInput(draft, person) })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(await count(`select count(*)::int as n from welfare.recommendation where programme_id = any($1::text[])`, [[id, draft]])).toBe(0);
});

test('a page of flagged recommendations costs one query for the firsts they point at, not one each', async () => {
  const id = await openProgramme(hub);
  for (const p of alwaysResident(hub.people).slice(20, 30)) {
    await hub.call('agencyA', G.recommend, { input: recommendationInput(id, p) });
    await hub.call('agencyB', G.recommend, { input: recommendationInput(id, p) });
  }
  const statements: string[] = [];
  const stop = hub.store.onQuery((sql) => statements.push(sql));
  const list = await hub.call('district', `query($id: ID!) { welfareRecommendations(programmeId: $id, filter: { flaggedOnly: true }) { totalCount edges { node { duplicateOf { organisationId } } } } }`, { id });
  stop();
  expect(list.data.welfareRecommendations.totalCount).toBe(10);
  expect(list.data.welfareRecommendations.edges.every((e: any) => e.node.duplicateOf.organisationId === ORGS.agencyA.id)).toBe(true);
  expect(statements.filter((s) => /from welfare\.recommendation r where r\.id = any/.test(s))).toHaveLength(1);
});

test('programme lists count recommendations in the caller’s scope, in one query for the whole list', async () => {
  const id = await openProgramme(hub);
  const majang = alwaysResident(hub.people).filter((p) => p.dong === '마장동').slice(5, 7);
  for (const p of majang) await hub.call('agencyA', G.recommend, { input: recommendationInput(id, p) });
  const statements: string[] = [];
  const stop = hub.store.onQuery((sql) => statements.push(sql));
  const q = `{ welfareProgrammes { id recommendationCount } }`;
  const district = (await hub.call('district', q)).data.welfareProgrammes;
  stop();
  expect(district.find((p: { id: string }) => p.id === id).recommendationCount).toBe(2);
  expect(statements.filter((s) => /count\(\*\)/.test(s))).toHaveLength(1);
  expect((await hub.call('agencyB', q)).data.welfareProgrammes.find((p: { id: string }) => p.id === id).recommendationCount).toBe(0);
  expect((await hub.call('majang', q)).data.welfareProgrammes.find((p: { id: string }) => p.id === id).recommendationCount).toBe(2);
});
