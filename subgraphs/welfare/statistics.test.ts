import { rng } from '../../simulator/world/random';
import { G, openProgramme, recommendationInput, startWelfareHub, type WelfareHub } from './testing';

/**
 * The statistics equal counts computed here, independently, from the raw
 * rows of the welfare tables (not from the SQL the subgraph runs).
 */
let hub: WelfareHub;
beforeAll(async () => {
  hub = await startWelfareHub();
});
afterAll(async () => hub?.close());

const STATS = `query($filter: WelfareStatisticsFilter) { welfareStatistics(filter: $filter) {
  totals { ...C } byProgramme { key counts { ...C } } byDong { key counts { ...C } } bySponsor { key counts { ...C } }
  byOrganisation { key counts { ...C } } byResourceType { key counts { ...C } } byMonth { key counts { ...C } }
  byRecipient { recommendationsPerPerson people } } }
  fragment C on WelfareCounts { recommendations clean duplicatesFlagged ineligibleBlocked concentrationWarnings finalList }`;

type Counts = { recommendations: number; clean: number; duplicatesFlagged: number; ineligibleBlocked: number; concentrationWarnings: number; finalList: number };
const zero = (): Counts => ({ recommendations: 0, clean: 0, duplicatesFlagged: 0, ineligibleBlocked: 0, concentrationWarnings: 0, finalList: 0 });

test('statistics by programme, 동, sponsor, organisation, resource type, month and recipient equal counts from the raw rows', async () => {
  const programmes = [
    await openProgramme(hub, { name: '김장김치 A', resourceType: '김치', sponsor: '새마을부녀회' }),
    await openProgramme(hub, { name: '사랑의 쌀', resourceType: '쌀', sponsor: '성동구 사회복지협의회' }),
    await openProgramme(hub, { name: '김장김치 B', resourceType: '김치', sponsor: '성동구 사회복지협의회' }),
  ];
  const random = rng('welfare-stats', 1);
  const orgs = ['agencyA', 'agencyB', 'district'] as const;
  // 120 registrations over 60 people: duplicates, the dead and the moved out included.
  const people = hub.people.slice(0, 60);
  for (let i = 0; i < 120; i++) {
    const p = people[Math.floor(random() * people.length)]!;
    const r = await hub.call(orgs[i % 3]!, G.recommend, { input: recommendationInput(programmes[Math.floor(random() * 3)]!, p) });
    expect(r.errors).toBeUndefined();
  }
  // Confirm the first programme: include every clean resident, within the quantity.
  await hub.call('district', G.close, { id: programmes[0] });
  const { rows: clean } = await hub.store.query<{ id: string; household_hash: string }>(
    `select id, household_hash from welfare.recommendation where programme_id = $1 and duplicate_of is null order by id`,
    [programmes[0]],
  );
  const seen = new Set<string>();
  const include = clean.filter((r) => !seen.has(r.household_hash) && seen.add(r.household_hash)).map((r) => r.id);
  const exclude = clean.map((r) => r.id).filter((id) => !include.includes(id));
  expect((await hub.call('district', G.decide, { ids: include, d: 'INCLUDE', r: '적격' })).errors).toBeUndefined();
  if (exclude.length) expect((await hub.call('district', G.decide, { ids: exclude, d: 'EXCLUDE', r: '가구당 1명' })).errors).toBeUndefined();
  expect((await hub.call('district', G.confirm, { id: programmes[0], r: '확정' })).errors).toBeUndefined();
  // A later 김치 programme now warns households of the first list.
  const again = await hub.call('agencyA', G.recommend, { input: recommendationInput(programmes[2]!, people.find((p) => p.diesAt === undefined && p.movesOutAt === undefined)!, { householdKey: people[0]!.householdKey }) });
  expect(again.errors).toBeUndefined();

  // The raw rows, counted here.
  const recs = (await hub.store.query<any>(`select * from welfare.recommendation`)).rows;
  const blocked = (await hub.store.query<any>(`select * from welfare.blocked_registration`)).rows;
  const entries = (await hub.store.query<any>(`select * from welfare.list_entry order by id`)).rows;
  const progs = new Map((await hub.store.query<any>(`select * from welfare.programme`)).rows.map((p) => [p.id, p]));
  const latest = new Map<string, boolean>();
  for (const e of entries) latest.set(e.recommendation_id, e.included);
  const month = (at: unknown) => new Date(new Date(at as string).getTime() + 9 * 3600_000).toISOString().slice(0, 7);
  const expected = { totals: zero(), byProgramme: new Map<string, Counts>(), byDong: new Map<string, Counts>(), bySponsor: new Map<string, Counts>(), byOrganisation: new Map<string, Counts>(), byResourceType: new Map<string, Counts>(), byMonth: new Map<string, Counts>() };
  const add = (keys: Record<string, string>, f: (c: Counts) => void) => {
    f(expected.totals);
    for (const [dim, key] of Object.entries(keys)) {
      const map = (expected as any)[dim] as Map<string, Counts>;
      if (!map.has(key)) map.set(key, zero());
      f(map.get(key)!);
    }
  };
  const keysOf = (row: any, at: unknown) => {
    const p = progs.get(row.programme_id);
    return { byProgramme: row.programme_id, byDong: row.dong, bySponsor: p.sponsor, byOrganisation: row.org_id, byResourceType: p.resource_type, byMonth: month(at) };
  };
  for (const r of recs) {
    const c = typeof r.concentration === 'string' ? JSON.parse(r.concentration) : r.concentration;
    add(keysOf(r, r.created_at), (x) => {
      x.recommendations++;
      if (r.duplicate_of) x.duplicatesFlagged++;
      else x.clean++;
      if (c.count > 0) x.concentrationWarnings++;
      if (latest.get(r.id) === true) x.finalList++;
    });
  }
  for (const b of blocked) add(keysOf(b, b.at), (x) => x.ineligibleBlocked++);
  const perPerson = new Map<string, number>();
  for (const r of recs) if (!r.duplicate_of) perPerson.set(r.identity_hash, (perPerson.get(r.identity_hash) ?? 0) + 1);
  const recipients = new Map<number, number>();
  for (const n of perPerson.values()) recipients.set(n, (recipients.get(n) ?? 0) + 1);

  const r = await hub.call('majang', STATS, {});
  expect(r.errors).toBeUndefined();
  const got = r.data.welfareStatistics;
  expect(got.totals).toEqual(expected.totals);
  for (const dim of ['byProgramme', 'byDong', 'bySponsor', 'byOrganisation', 'byResourceType', 'byMonth'] as const) {
    const asMap = Object.fromEntries(got[dim].map((b: { key: string; counts: Counts }) => [b.key, b.counts]));
    expect(asMap).toEqual(Object.fromEntries(expected[dim]));
  }
  expect(got.byRecipient).toEqual([...recipients].sort((a, b) => a[0] - b[0]).map(([k, v]) => ({ recommendationsPerPerson: k, people: v })));
  // The figures the issue names are all non-trivial here, so equality means something.
  expect(expected.totals.duplicatesFlagged).toBeGreaterThan(0);
  expect(expected.totals.ineligibleBlocked).toBeGreaterThan(0);
  expect(expected.totals.concentrationWarnings).toBeGreaterThan(0);
  expect(expected.totals.finalList).toBeGreaterThan(0);

  // Filtered by programme: only that programme's rows.
  const one = await hub.call('district', STATS, { filter: { programmeId: programmes[1] } });
  expect(one.data.welfareStatistics.totals).toEqual(expected.byProgramme.get(programmes[1]!) ?? zero());
});
