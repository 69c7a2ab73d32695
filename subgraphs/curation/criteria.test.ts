import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { criteriaOf } from '../../store/catalog/criteria';
import { bearer } from './testing';

/**
 * Policy.criteria end to end: the 보조금24 twin crawled, its policies show
 * the criteria ingest derived (JA codes and text, with evidence); an editor
 * overrides one policy's list through curateRecord, the change is audited,
 * survives a re-crawl, and is what criteriaOf returns; bad lists are refused.
 */
let hub: TestHub;
let sim: Simulator;
let site: SiteConfig;
const SITE = 'gov24-subsidy-api';

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: [SITE], latencyScale: 0, calm: true });
  site = withBaseUrls(loadRegistry(), { [SITE]: sim.site(SITE).baseUrl }).find((s) => s.id === SITE)!;
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const crawl = () => crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4 });
const CRITERIA = `criteria { id kind origin subject minMonths maxMonths minGrade maxGrade sigungu flag text evidence { field text start end } options { kind flag evidence { text } } }`;
const POLICIES = `query { policies(filter: { region: { sido: "서울특별시", sigungu: "강남구" } }, first: 20) { edges { node { id name target criteria { kind origin sigungu evidence { field text start end } } } } } }`;
const POLICY = `query($id: ID!) { policy(id: $id) { id ${CRITERIA} } }`;
const CURATE = `mutation($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { id overrides { field } } }`;
const AUDIT = `query($id: ID!) { auditLog(filter: { recordId: $id, field: "criteria" }) { edges { node { action field actor reason after } } } }`;

interface Node {
  id: string;
  name: string;
  target: string;
  criteria: Array<Record<string, unknown> & { kind: string; origin: string; evidence: { field: string; text: string } }>;
}

test('crawled policies carry criteria with evidence; an editor override is audited, survives a re-crawl and is what criteriaOf returns', async () => {
  expect((await crawl()).status).toBe('succeeded');
  const listed = await hub.gql(POLICIES, {});
  expect(listed.body.errors).toBeUndefined();
  const nodes: Node[] = listed.body.data.policies.edges.map((e: { node: Node }) => e.node);
  expect(nodes.length).toBeGreaterThan(0);
  // Every 강남구 policy of 보조금24 is limited to the district; the evidence is the text or the region.
  for (const n of nodes) expect(n.criteria.some((c) => c.kind === 'RESIDENCE' && c.sigungu === '강남구')).toBe(true);
  // The JA codes published by the twin arrive as STRUCTURED criteria with the code as evidence.
  const structured = nodes.flatMap((n) => n.criteria).filter((c) => c.origin === 'STRUCTURED' && c.evidence.field === 'supportConditions');
  expect(structured.length).toBeGreaterThan(0);
  expect(structured[0]!.evidence.text).toMatch(/^JA0\d{3}/);
  const text = nodes.flatMap((n) => n.criteria).find((c) => c.origin === 'TEXT' && c.evidence.field === 'target')!;
  expect(text.evidence).toMatchObject({ start: expect.any(Number), end: expect.any(Number) });

  const target = nodes[0]!;
  const editor = await bearer(hub.store, 'EDITOR', 'editor-criteria');
  const list = [
    { kind: 'RESIDENCE', sido: '서울특별시', sigungu: '강남구', minMonths: 12 },
    { kind: 'ANY_OF', options: [{ kind: 'HOUSEHOLD', flag: 'SINGLE_PARENT' }, { kind: 'HOUSEHOLD', flag: 'GRANDPARENT' }] },
  ];
  const curated = await hub.gql(CURATE, { id: target.id, patch: { criteria: list }, reason: '구청 공고문 확인: 12개월 거주 요건' }, editor);
  expect(curated.body.errors).toBeUndefined();
  expect(curated.body.data.curateRecord.overrides.map((o: { field: string }) => o.field)).toContain('criteria');

  const expectCurated = async () => {
    const shown: Node = (await hub.gql(POLICY, { id: target.id })).body.data.policy;
    expect(shown.criteria.map((c) => [c.kind, c.origin])).toEqual([
      ['RESIDENCE', 'CURATED'],
      ['ANY_OF', 'CURATED'],
    ]);
    expect(shown.criteria[0]).toMatchObject({ id: 'curated-0', evidence: { field: 'curation' } });
    const effective = await criteriaOf(hub.store, [target.id]);
    expect(effective.get(target.id)!.map((c) => c.kind)).toEqual(['RESIDENCE', 'ANY_OF']);
  };
  await expectCurated();

  const audit = (await hub.gql(AUDIT, { id: target.id }, editor)).body;
  expect(audit.errors).toBeUndefined();
  expect(audit.data.auditLog.edges).toHaveLength(1);
  expect(audit.data.auditLog.edges[0].node).toMatchObject({ field: 'criteria', actor: 'editor-criteria', reason: '구청 공고문 확인: 12개월 거주 요건' });

  // The site moves on (policies edited, added, withdrawn); the override stays.
  sim.setTick(3);
  try {
    expect((await crawl()).status).toBe('succeeded');
  } finally {
    sim.setTick(0);
  }
  await expectCurated();

  // Policies nobody curated keep their extracted criteria.
  const other = (await criteriaOf(hub.store, [nodes[1]!.id])).get(nodes[1]!.id)!;
  expect(other.every((c) => c.origin !== 'CURATED')).toBe(true);
}, 120_000);

test.each([
  [[{ kind: 'AGE', subject: 'CHILD', minMonths: 24, maxMonths: 12 }], 'patch.criteria.0'],
  [[{ kind: 'HOUSEHOLD', flag: 'RICH' }], 'patch.criteria.0'],
  [[{ kind: 'OTHER', text: '<b>x</b>' }], 'patch.criteria.0.text'],
  [[{ kind: 'WEATHER' }], 'patch.criteria.0'],
])('a bad criteria list is BAD_USER_INPUT naming the field: %j', async (list, field) => {
  const { rows } = await hub.store.query<{ id: string }>(`select id from catalog.record where kind = 'POLICY' order by id limit 1`);
  const editor = await bearer(hub.store, 'EDITOR', 'editor-criteria');
  const res = await hub.gql(CURATE, { id: rows[0]!.id, patch: { criteria: list }, reason: '잘못된 입력 시험' }, editor);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(String(res.body.errors?.[0]?.extensions?.field ?? res.body.errors?.[0]?.message)).toContain(field);
});
