import { bearerHeader } from '../../common/auth/testing';
import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { createKey } from '../../gateway/openapi/testing';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { addMonths, todayInKorea } from './dates';

/**
 * Issue 18 end to end: benefitsFor over GraphQL and POST /openapi/v1/benefits
 * (bad input named, nothing stored), and the alert: a parent saves a
 * household, the simulator ticks so a matching policy appears, a crawl queues
 * exactly one notification naming it, a second crawl queues none.
 */
let hub: TestHub;
let sim: Simulator;
let site: SiteConfig;
const SITE = 'seoul-policy-board';
const NEW_POLICY = '서초구 영아 가정 방문 돌봄'; // appears at tick 1 (worldAt(42, 1)): 서초구 거주 생후 12개월 이하 영아 가정

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: [SITE], latencyScale: 0 });
  site = withBaseUrls(loadRegistry(), { [SITE]: sim.site(SITE).baseUrl }).find((s) => s.id === SITE)!;
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const crawl = () => crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4 });
const household = {
  members: [{ relationship: 'SELF', birthDate: '1990-01-01', employment: 'EMPLOYED' }, { relationship: 'SPOUSE', birthDate: '1991-01-01', employment: 'EMPLOYED' }, { relationship: 'CHILD', birthDate: addMonths(todayInKorea(), -5) }],
  region: { sido: '서울', sigungu: '서초구', monthsOfResidence: 24 },
  monthlyIncomeKrw: 5_000_000,
  flagsComplete: true,
};
const BENEFITS = `query($h: HouseholdInput!, $on: Date) { benefitsFor(household: $h, on: $on, first: 100) {
  totalCount counts { eligible maybe notEligible } on
  nodes { policyId name verdict question { ko en } failing { requirement householdValue evidence { text } } criteria { status requirement evidence { field text } } policy { ... on Policy { id name } } } } }`;
const SAVE = `mutation($h: HouseholdInput!) { saveHousehold(household: $h, label: "우리 집", notify: { phone: "010-1234-5678" }) { id label alertsSent } }`;

async function savedRows(): Promise<number> {
  return Number((await hub.store.query<{ n: string }>('select count(*) as n from benefits.saved_household')).rows[0]!.n);
}

test('benefitsFor judges every policy with reasons, no sign-in, nothing stored', async () => {
  expect((await crawl()).status).toBe('succeeded');
  const res = await hub.gql(BENEFITS, { h: household });
  expect(res.body.errors).toBeUndefined();
  const page = res.body.data.benefitsFor;
  expect(page.totalCount).toBeGreaterThan(50);
  const ranks = page.nodes.map((n: any) => ['ELIGIBLE', 'MAYBE', 'NOT_ELIGIBLE'].indexOf(n.verdict));
  expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
  for (const n of page.nodes) {
    if (n.verdict === 'NOT_ELIGIBLE') expect(n.failing.evidence.text).toBeTruthy();
    if (n.verdict === 'MAYBE') expect(n.question.ko).toBeTruthy();
    expect(n.policy.id).toBe(n.policyId);
  }
  // Another district's policy is not eligible, with its residence rule named.
  const gangnam = page.nodes.find((n: any) => n.name.startsWith('강남구') && n.verdict === 'NOT_ELIGIBLE');
  if (gangnam) expect(gangnam.failing.requirement).toContain('강남구');
  expect(await savedRows()).toBe(0);
});

test.each([
  ['unknown region', { ...household, region: { sido: '서울', sigungu: '강남군' } }, 'household.region.sigungu'],
  ['birth date in the future', { ...household, members: [{ relationship: 'CHILD', birthDate: '2099-01-01' }] }, 'household.members.0.birthDate'],
  ['40 members', { ...household, members: Array.from({ length: 40 }, () => ({ relationship: 'CHILD' })) }, 'household.members'],
  ['negative income', { ...household, monthlyIncomeKrw: -100 }, 'household.monthlyIncomeKrw'],
])('%s → BAD_USER_INPUT naming the field, over GraphQL and REST; nothing stored', async (_n, bad, field) => {
  const res = await hub.gql(BENEFITS, { h: bad });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  const { key } = await createKey(hub.store);
  const rest = await fetch(`${hub.hub.url}/openapi/v1/benefits`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ household: bad }) });
  const body = (await rest.json()) as any;
  expect([rest.status, body.response.header.errorCode, body.response.header.field]).toEqual([400, 'BAD_USER_INPUT', field]);
  expect(await savedRows()).toBe(0);
});

test('POST /openapi/v1/benefits answers the same page in the envelope', async () => {
  const { key } = await createKey(hub.store);
  const rest = await fetch(`${hub.hub.url}/openapi/v1/benefits`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ household, numOfRows: 5 }) });
  const body = (await rest.json()) as any;
  expect(rest.status).toBe(200);
  expect(body.response.header.resultCode).toBe('00');
  const gql = (await hub.gql(BENEFITS, { h: household })).body.data.benefitsFor;
  expect(body.response.body.totalCount).toBe(gql.totalCount);
  expect(body.response.body.items.item.map((i: any) => i.policyId)).toEqual(gql.nodes.slice(0, 5).map((n: any) => n.policyId));
});

test('alerts: save, tick, crawl → exactly one notification naming the new policy; a second crawl sends none; delete deletes', async () => {
  const parent = await bearerHeader(hub.store, { sub: 'parent-alert', role: 'PARENT' });
  expect((await hub.gql(SAVE, { h: household })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const saved = await hub.gql(SAVE, { h: household }, parent);
  expect(saved.body.errors).toBeUndefined();
  const id = saved.body.data.saveHousehold.id;
  // Encrypted at rest: no birth date, district or phone in the row.
  const row = (await hub.store.query<{ sealed: string }>('select sealed from benefits.saved_household where id = $1', [id])).rows[0]!;
  expect(row.sealed).toMatch(/^v1\./);
  for (const clear of [household.members[2]!.birthDate!, '서초구', '01012345678', '5000000']) expect(row.sealed).not.toContain(clear);

  const outbox = () => hub.store.query<{ message_ko: string; channel: string; destination: string }>(
    `select n.message_ko, o.channel, o.destination from apply.notification n join apply.outbox o on o.notification_id = n.id where n.recipient_sub = 'parent-alert' and n.kind = 'BENEFIT_AVAILABLE'`,
  );
  expect((await outbox()).rows).toHaveLength(0);

  sim.setTick(1);
  expect((await crawl()).status).toBe('succeeded');
  const after = (await outbox()).rows;
  const naming = after.filter((r) => r.message_ko.includes(NEW_POLICY));
  expect(naming).toHaveLength(1);
  expect(naming[0]).toMatchObject({ channel: 'SMS', destination: '01012345678' });
  expect(naming[0]!.message_ko).toContain('받을 수');

  expect((await crawl()).status).toBe('succeeded');
  expect((await outbox()).rows).toHaveLength(after.length);

  const list = await hub.gql('{ savedHouseholds { id alertsSent } }', {}, parent);
  expect(list.body.data.savedHouseholds).toEqual([{ id, alertsSent: after.length }]);
  expect((await hub.gql('mutation($id: ID!) { deleteHousehold(id: $id) }', { id }, parent)).body.data.deleteHousehold).toBe(true);
  expect(await savedRows()).toBe(0);
  expect(Number((await hub.store.query<{ n: string }>('select count(*) as n from benefits.alert_delivery')).rows[0]!.n)).toBe(0);
});
