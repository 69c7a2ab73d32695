import { alwaysResident, G, openProgramme, programmeInput, recommendationInput, startWelfareHub, type WelfareHub } from './testing';

/**
 * Every welfare operation × every kind of caller through the gateway,
 * including another organisation's data (IDOR): a 동주민센터 of another 동,
 * another agency, another district department. Each cell gets fresh
 * fixtures made by the owning district department (DISTRICT_OFFICER of
 * `district`) and a recommendation by `agencyA` of a 마장동 resident, so a
 * refusal can only come from authorisation. A refused call writes nothing.
 */
let hub: WelfareHub;
beforeAll(async () => {
  hub = await startWelfareHub();
});
afterAll(async () => hub?.close());

const CALLERS = ['ANONYMOUS', 'PARENT', 'majang', 'oksu', 'agencyA', 'agencyB', 'district', 'otherDistrict', 'ADMIN'] as const;
type Caller = (typeof CALLERS)[number];

/** What a cell expects: ok, an error code, or (reads out of scope) an empty answer. */
type Expect = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'EMPTY';

const WELFARE_ROLES: Caller[] = ['majang', 'oksu', 'agencyA', 'agencyB', 'district', 'otherDistrict', 'ADMIN'];
function matrix(allowed: Caller[], empty: Caller[] = []): Record<Caller, Expect> {
  return Object.fromEntries(
    CALLERS.map((c) => [c, c === 'ANONYMOUS' ? 'UNAUTHENTICATED' : allowed.includes(c) ? 'OK' : empty.includes(c) ? 'EMPTY' : 'FORBIDDEN']),
  ) as Record<Caller, Expect>;
}

let n = 0;
const resident = () => {
  const majang = alwaysResident(hub.people).filter((p) => p.dong === '마장동');
  return majang[n++ % majang.length]!;
};

async function fixture(query: string, variables: Record<string, unknown>, who: Caller = 'district') {
  const r = await hub.call(who, query, variables);
  if (r.errors) throw new Error(`fixture failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** An open programme with one recommendation of a 마장동 resident by agencyA. */
async function withRecommendation(extra: Record<string, unknown> = {}) {
  const programmeId = await openProgramme(hub, extra);
  const person = resident();
  const data = await fixture(G.recommend, { input: recommendationInput(programmeId, person, { householdKey: `auth-${n}` }) }, 'agencyA');
  return { programmeId, recommendationId: data.recommendWelfare.recommendation.id as string, person };
}

async function closedAndDecided() {
  const f = await withRecommendation();
  await fixture(G.close, { id: f.programmeId });
  await fixture(G.decide, { ids: [f.recommendationId], d: 'INCLUDE', r: '준비' });
  return f;
}

type Build = () => Promise<{ query: string; variables: Record<string, unknown>; expect: Record<Caller, Expect>; empty?: (data: any) => boolean }>;

const OPERATIONS: Record<string, Build> = {
  welfareProgrammes: async () => ({ query: `{ welfareProgrammes { id } }`, variables: {}, expect: matrix(WELFARE_ROLES) }),
  welfareProgramme: async () => ({ query: `query($id: ID!) { welfareProgramme(id: $id) { id } }`, variables: { id: await openProgramme(hub) }, expect: matrix(WELFARE_ROLES) }),
  welfareRecommendations: async () => {
    const f = await withRecommendation();
    return { query: G.list, variables: { id: f.programmeId }, expect: matrix(['majang', 'agencyA', 'district', 'otherDistrict', 'ADMIN'], ['oksu', 'agencyB']), empty: (d) => d.welfareRecommendations.totalCount === 0 };
  },
  welfareRecommendation: async () => {
    const f = await withRecommendation();
    return { query: G.one, variables: { id: f.recommendationId }, expect: matrix(['majang', 'agencyA', 'district', 'otherDistrict', 'ADMIN'], ['oksu', 'agencyB']), empty: (d) => d.welfareRecommendation === null };
  },
  welfarePrecheck: async () => {
    const programmeId = await openProgramme(hub);
    return { query: G.precheck, variables: { input: recommendationInput(programmeId, resident()) }, expect: matrix(['majang', 'agencyA', 'agencyB', 'district', 'otherDistrict']) };
  },
  recommendWelfare: async () => {
    const programmeId = await openProgramme(hub);
    return { query: G.recommend, variables: { input: recommendationInput(programmeId, resident()) }, expect: matrix(['majang', 'agencyA', 'agencyB', 'district', 'otherDistrict']) };
  },
  welfareStatistics: async () => ({ query: `{ welfareStatistics { totals { recommendations } } }`, variables: {}, expect: matrix(WELFARE_ROLES) }),
  welfareAuditLog: async () => ({ query: `{ welfareAuditLog(first: 5) { id } }`, variables: {}, expect: matrix(['district', 'otherDistrict', 'ADMIN']) }),
  createWelfareProgramme: async () => ({ query: G.create, variables: { input: programmeInput() }, expect: matrix(['district', 'otherDistrict', 'ADMIN']) }),
  openWelfareProgramme: async () => {
    const data = await fixture(G.create, { input: programmeInput() });
    return { query: G.open, variables: { id: data.createWelfareProgramme.id }, expect: matrix(['district', 'ADMIN']) };
  },
  closeWelfareProgramme: async () => ({ query: G.close, variables: { id: await openProgramme(hub) }, expect: matrix(['district', 'ADMIN']) }),
  recheckWelfareRegistry: async () => ({ query: G.recheck, variables: { id: (await withRecommendation()).programmeId }, expect: matrix(['district', 'ADMIN']) }),
  decideWelfareRecommendations: async () => {
    const f = await withRecommendation();
    await fixture(G.close, { id: f.programmeId });
    return { query: G.decide, variables: { ids: [f.recommendationId], d: 'INCLUDE', r: '권한 시험' }, expect: matrix(['district', 'ADMIN']) };
  },
  confirmWelfareList: async () => ({ query: G.confirm, variables: { id: (await closedAndDecided()).programmeId, r: '권한 시험' }, expect: matrix(['district', 'ADMIN']) }),
  correctWelfareListEntry: async () => {
    const f = await closedAndDecided();
    await fixture(G.confirm, { id: f.programmeId, r: '준비' });
    return { query: G.correct, variables: { id: f.recommendationId, inc: false, r: '권한 시험' }, expect: matrix(['district', 'ADMIN']) };
  },
  setWelfareContact: async () => ({
    query: `mutation { setWelfareContact(webhookUrl: "http://127.0.0.1:9/hook") }`,
    variables: {},
    expect: matrix(['majang', 'oksu', 'agencyA', 'agencyB', 'district', 'otherDistrict']),
  }),
};

/** Row counts of everything welfare writes (and the notifications it queues). */
async function written(): Promise<Record<string, number>> {
  const { rows } = await hub.store.query<{ t: string; n: number }>(
    `select 'programme' as t, count(*)::int as n from welfare.programme
     union all select 'programme_state', count(*)::int from welfare.programme where status <> 'DRAFT'
     union all select 'recommendation', count(*)::int from welfare.recommendation
     union all select 'decided', count(*)::int from welfare.recommendation where decision is not null
     union all select 'blocked', count(*)::int from welfare.blocked_registration
     union all select 'list_entry', count(*)::int from welfare.list_entry
     union all select 'audit', count(*)::int from welfare.audit_log
     union all select 'notification', count(*)::int from apply.notification
     union all select 'contact', count(*)::int from apply.contact`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

const cells = Object.entries(OPERATIONS).flatMap(([name, build]) => CALLERS.map((who) => [name, who, build] as const));

test.each(cells)('%s as %s', async (_name, who, build) => {
  const op = await build();
  const before = await written();
  const r = await hub.call(who, op.query, op.variables);
  const expected = op.expect[who];
  if (expected === 'OK') {
    expect(r.errors).toBeUndefined();
    if (op.empty) expect(op.empty(r.data)).toBe(false);
    return;
  }
  if (expected === 'EMPTY') {
    expect(r.errors).toBeUndefined();
    expect(op.empty!(r.data)).toBe(true);
  } else {
    expect(r.errors?.[0]?.extensions?.code).toBe(expected);
  }
  expect(await written()).toEqual(before);
});

test('every write of the matrix left an audit row when allowed', async () => {
  const { rows } = await hub.store.query<{ action: string }>(`select distinct action from welfare.audit_log`);
  expect(rows.map((r) => r.action).sort()).toEqual(
    ['CLOSE_PROGRAMME', 'CONFIRM_LIST', 'CORRECT_LIST', 'CREATE_PROGRAMME', 'DECIDE_INCLUDE', 'OPEN_PROGRAMME', 'RECHECK_REGISTRY', 'RECOMMEND', 'SET_CONTACT'].sort(),
  );
});
