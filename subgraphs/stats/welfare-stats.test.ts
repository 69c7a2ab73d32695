import { graphql } from 'graphql';
import { createTestStore, type TestStore } from '../../store/testing';
import { createSubgraph } from './server';

/**
 * Welfare figures in the statistics (issue 20 × #14): raw rows are seeded in
 * the welfare tables, the figures the subgraph answers equal counts computed
 * here from those rows, and a cell of 1–4 people is suppressed (null, marked).
 */
let store: TestStore;
let run: (source: string, variableValues?: Record<string, unknown>) => Promise<any>;

interface Rec { id: string; programme: string; person: string; dong: string; at: string; dupOf?: string; conc?: number; included?: boolean }

// Two programmes (김치, 쌀); 12 recommendations in March in 역삼1동, 3 in 개포2동 (a small cell), 2 in April.
const PROGRAMMES = [
  { id: 'wp-kimchi', resource: '김치' },
  { id: 'wp-rice', resource: '쌀' },
];
const RECS: Rec[] = [
  ...Array.from({ length: 9 }, (_, i): Rec => ({ id: `r-k${i}`, programme: 'wp-kimchi', person: `p${i}`, dong: '역삼1동', at: `2026-03-0${i + 1}T10:00:00+09:00`, conc: i < 5 ? 1 : 0, included: i < 7 })),
  { id: 'r-k-dup0', programme: 'wp-kimchi', person: 'p0', dong: '역삼1동', at: '2026-03-10T10:00:00+09:00', dupOf: 'r-k0' },
  { id: 'r-k-dup1', programme: 'wp-kimchi', person: 'p1', dong: '역삼1동', at: '2026-03-11T10:00:00+09:00', dupOf: 'r-k1' },
  { id: 'r-k-dup2', programme: 'wp-kimchi', person: 'p2', dong: '역삼1동', at: '2026-03-12T10:00:00+09:00', dupOf: 'r-k2' },
  ...Array.from({ length: 3 }, (_, i): Rec => ({ id: `r-r${i}`, programme: 'wp-rice', person: `q${i}`, dong: '개포2동', at: `2026-03-2${i}T09:00:00+09:00`, included: true })),
  // 00:30 KST on 1 April is still 31 March in UTC: the KST day decides the month.
  { id: 'r-r-apr0', programme: 'wp-rice', person: 'q9', dong: '개포2동', at: '2026-04-01T00:30:00+09:00' },
  { id: 'r-r-apr1', programme: 'wp-rice', person: 'q8', dong: '개포2동', at: '2026-04-02T09:00:00+09:00' },
];
const BLOCKED = Array.from({ length: 6 }, (_, i) => ({ programme: i < 5 ? 'wp-kimchi' : 'wp-rice', dong: i < 5 ? '역삼1동' : '개포2동', at: `2026-03-1${i}T12:00:00+09:00` }));

beforeAll(async () => {
  store = await createTestStore();
  const sub = createSubgraph({ store });
  run = (source, variableValues) => graphql({ schema: sub.schema, source, variableValues, contextValue: sub.createContext({ headers: {} } as never) });
  for (const p of PROGRAMMES) {
    await store.query(
      `insert into welfare.programme (id, name, resource_type, sponsor, quantity, unit, recommend_from, recommend_until, concentration_months, household_limit, status, owner_sub, owner_org)
       values ($1, $2, $3, '후원처', 100, '개', '2026-03-01', '2026-04-30', 6, 2, 'CONFIRMED', 'officer', 'district')`,
      [p.id, `${p.resource} 나눔`, p.resource],
    );
  }
  for (const r of RECS) {
    await store.query(
      `insert into welfare.recommendation (id, programme_id, identity_hash, household_hash, registry_ref, person_name, birth_date, dong, reason, org_id, org_kind, recommended_by, created_at, duplicate_of, registry_status, concentration)
       values ($1, $2, $3, $3, $3, '홍길동', '1950-01-01', $4, '사유', 'org-1', 'COMMUNITY_CENTER', 'u1', $5::timestamptz, $6, 'RESIDENT', $7::jsonb)`,
      [r.id, r.programme, `h-${r.person}`, r.dong, r.at, r.dupOf ?? null, JSON.stringify({ count: r.conc ?? 0, dates: [] })],
    );
    if (r.included !== undefined) {
      await store.query(`insert into welfare.list_entry (programme_id, recommendation_id, included, kind, reason, decided_by) values ($1, $2, true, 'CONFIRMATION', '확정', 'officer')`, [r.programme, r.id]);
      // A later correction is the entry in force: excluded ones are corrected to false.
      if (!r.included) await store.query(`insert into welfare.list_entry (programme_id, recommendation_id, included, kind, reason, decided_by) values ($1, $2, false, 'CORRECTION', '정정', 'officer')`, [r.programme, r.id]);
    }
  }
  for (const b of BLOCKED) {
    await store.query(`insert into welfare.blocked_registration (programme_id, org_id, org_kind, dong, registry_status, at) values ($1, 'org-1', 'COMMUNITY_CENTER', $2, 'DECEASED', $3::timestamptz)`, [b.programme, b.dong, b.at]);
  }
});
afterAll(async () => store?.close());

const Q = `query($range: StatsRangeInput!, $groupBy: WelfareStatsGroup) { welfareStats(range: $range, groupBy: $groupBy) { group points { period
  recommendations { value suppressed } duplicatesPrevented { value suppressed } ineligibleBlocked { value suppressed }
  concentrationWarnings { value suppressed } confirmedRecipients { value suppressed } } } }`;

const month = (iso: string) => `${new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 7)}-01`;
const FIELDS = ['recommendations', 'duplicatesPrevented', 'ineligibleBlocked', 'concentrationWarnings', 'confirmedRecipients'] as const;

/** The figures recomputed from the raw rows above, per month and group key. */
function expected(groupOf: (programme: string, dong: string) => string | null) {
  const out = new Map<string, Record<(typeof FIELDS)[number], number> & { people: Set<string> }>();
  const cell = (m: string, g: string | null) => {
    const k = JSON.stringify([m, g]);
    if (!out.has(k)) out.set(k, { recommendations: 0, duplicatesPrevented: 0, ineligibleBlocked: 0, concentrationWarnings: 0, confirmedRecipients: 0, people: new Set() });
    return out.get(k)!;
  };
  for (const r of RECS) {
    const c = cell(month(r.at), groupOf(r.programme, r.dong));
    c.recommendations++;
    if (r.dupOf) c.duplicatesPrevented++;
    if ((r.conc ?? 0) > 0) c.concentrationWarnings++;
    if (r.included) c.people.add(`${r.programme}:${r.person}`);
  }
  for (const b of BLOCKED) cell(month(b.at), groupOf(b.programme, b.dong)).ineligibleBlocked++;
  for (const c of out.values()) c.confirmedRecipients = c.people.size;
  return out;
}

const shown = (n: number) => (n > 0 && n < 5 ? { value: null, suppressed: true } : { value: n, suppressed: false });

test.each([
  ['ungrouped', null, () => null],
  ['by resource type', 'RESOURCE_TYPE', (p: string) => PROGRAMMES.find((x) => x.id === p)!.resource],
  ['by 동', 'DONG', (_p: string, dong: string) => dong],
] as const)('welfareStats %s equals the counts of the raw rows, small cells suppressed', async (_name, groupBy, groupOf) => {
  const res = await run(Q, { range: { from: '2026-03-01', to: '2026-04-30', granularity: 'MONTH' }, groupBy });
  expect(res.errors).toBeUndefined();
  const want = expected(groupOf as (p: string, d: string) => string | null);
  const got = new Map<string, Record<string, unknown>>();
  for (const s of res.data.welfareStats) for (const p of s.points) got.set(JSON.stringify([p.period, s.group]), p);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [k, w] of want) for (const f of FIELDS) expect([k, f, got.get(k)![f]]).toEqual([k, f, shown(w[f])]);
});

test('a cell of fewer than 5 people is suppressed and marked, never shown as 0', async () => {
  const res = await run(Q, { range: { from: '2026-03-01', to: '2026-03-31', granularity: 'MONTH' }, groupBy: 'DONG' });
  const gaepo = res.data.welfareStats.find((s: { group: string }) => s.group === '개포2동').points[0];
  // 3 recommendations, 3 confirmed and 1 blocked in 개포2동 in March: each counts 1–4 people.
  expect(gaepo.recommendations).toEqual({ value: null, suppressed: true });
  expect(gaepo.confirmedRecipients).toEqual({ value: null, suppressed: true });
  expect(gaepo.ineligibleBlocked).toEqual({ value: null, suppressed: true });
  expect(gaepo.duplicatesPrevented).toEqual({ value: 0, suppressed: false });
  const yeoksam = res.data.welfareStats.find((s: { group: string }) => s.group === '역삼1동').points[0];
  expect(yeoksam.recommendations).toEqual({ value: 12, suppressed: false });
  expect(yeoksam.ineligibleBlocked).toEqual({ value: 5, suppressed: false });
});

test('the range is validated like every other series', async () => {
  const res = await run(Q, { range: { from: '2026-04-30', to: '2026-03-01' } });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
