import { execute, parse } from 'graphql';
import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { crawlSites } from '../../crawlers/crawl-all';
import { loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt, worldDiff } from '../../simulator/world';
import { recordCrawlPresence } from '../../store/catalog/record-presence';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createSubgraph } from '../list';
import { bearer, within } from './testing';

/**
 * Policies deduplicated at ingest, seen through the gateway on the crawled
 * simulator (the seven sites that publish policies), and what editors do
 * with them: mergePolicies, unmerge (of their merge and of ingest's), the
 * duplicate candidates queue. Every decision must survive later crawls.
 */
const POLICY_SITES = ['bokjiro-api', 'gov24-subsidy-api', 'seoul-policy-board', 'seoul-mom-care', 'gangnam-policy', 'idolbom', 'hospital-child-care'];
let hub: TestHub;
let sim: Simulator;
let editor: Record<string, string>;
const crawl = async () => {
  const sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).filter((s) => POLICY_SITES.includes(s.id));
  for (const r of await crawlSites(hub.store, sites, { politeness: false, workers: 4, parallelSites: 7 })) expect({ site: r.siteId, status: r.status }).toEqual({ site: r.siteId, status: 'succeeded' });
};

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: POLICY_SITES, latencyScale: 0 });
  editor = await bearer(hub.store, 'EDITOR', 'editor-lee');
  // The gateway fixtures hold hand-made policies of the same names (첫만남이용권, 부모급여 …): gone, so only crawled ones answer.
  const kept = FIXTURES.filter((r) => r.kind !== 'POLICY').map((r) => r.sourceKey);
  for (let i = 0; i < 3; i++) await recordCrawlPresence(hub.store, 'fixture', kept);
  await crawl();
}, 180_000);
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const world = worldAt(42, 0);
const policyOf = (title: string) => world.policies.find((p) => p.title === title)!;
const idsOf = (title: string) => policyOf(title).publishers.map((site) => recordId('POLICY', site, policyOf(title).keys[site] ?? policyOf(title).key));

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await hub.gql(query, variables, headers);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
}
type Hit = { id: string; name: string; provenance: { siteId: string }[] };
const search = async (query: string): Promise<Hit[]> =>
  (await gql(`query($q: String!) { search(query: $q, first: 50) { edges { node { ... on Policy { id name provenance { siteId } } } } } }`, { q: query })).search.edges.map((e: { node: Hit }) => e.node);
const lookup = async (id: string) => (await gql(`query($id: ID!) { policy(id: $id) { id name } }`, { id })).policy;
const audit = async (id: string) =>
  (await gql(`query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { action field before after reason } } } }`, { id }, editor)).auditLog.edges.map((e: { node: unknown }) => e.node);

async function entity(id: string) {
  const pregnancy = createSubgraph('pregnancy', { store: hub.store });
  const r = await execute({
    schema: pregnancy.schema,
    document: parse(`query($r: [_Any!]!) { _entities(representations: $r) { ... on PregnancyPolicy { id name } } }`),
    variableValues: { r: [{ __typename: 'PregnancyPolicy', id }] },
    contextValue: pregnancy.createContext(),
  });
  return (r.data as { _entities: ({ id: string } | null)[] })._entities[0];
}

test('search 첫만남이용권: one hit carrying its three sources; every id it had before answers policy(id) and _entities with it', async () => {
  await within(5000, async () => (await search('첫만남이용권')).length > 0);
  const hits = await search('첫만남이용권');
  expect(hits).toHaveLength(1);
  expect(hits[0]!.provenance.map((p) => p.siteId).sort()).toEqual(['bokjiro-api', 'gov24-subsidy-api', 'seoul-mom-care']);
  const merged = hits[0]!.id;
  expect(merged).toBe(recordId('POLICY', 'bokjiro-api', policyOf('첫만남이용권').keys['bokjiro-api']!));
  for (const id of idsOf('첫만남이용권')) {
    expect({ id, answer: await lookup(id) }).toEqual({ id, answer: { id: merged, name: '첫만남이용권' } });
    expect({ id, entity: await entity(id) }).toEqual({ id, entity: { id: merged, name: '첫만남이용권' } });
  }
  const suggestions = (await gql(`{ suggest(prefix: "첫만남", first: 10) { text id } }`)).suggest;
  expect(suggestions.filter((s: { text: string }) => s.text.replace(/\s/g, '').includes('첫만남이용권'))).toEqual([{ text: '첫만남이용권', id: merged }]);
});

test('a copy merged away at ingest leaves search and suggest within a second', async () => {
  // A more trusted city source starts publishing a policy the Seoul board and 보조금24 publish: the record takes its id, the old one goes.
  const before = (await lookup(idsOf('서울형 키즈카페')[0]!)).id;
  expect(before).toBe(idsOf('서울형 키즈카페')[1]); // 보조금24's, the more trusted of the two
  await within(10_000, async () => (await search('키즈카페')).some((h) => h.id === before));
  const p = policyOf('서울형 키즈카페');
  const city: SourceRecord = {
    kind: 'POLICY',
    sourceKey: 'KIDS-CAFE',
    subtype: 'POLICY',
    name: '서울형 키즈카페',
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    attrs: { agency: '서울특별시', contact: p.contact, target: p.target },
    provenance: { siteId: 'seoul-open-api', url: 'http://seoul-open-api.test/KIDS-CAFE', fetchedAt: '2026-01-01T00:00:00Z', contentHash: 'h', adapter: 'seoul-open-api@1' },
  };
  await upsertRecords(hub.store, [city], { priority: 5 });
  const merged = recordId('POLICY', 'seoul-open-api', 'KIDS-CAFE');
  const took = await within(1000, async () => {
    const hits = (await search('키즈카페')).filter((h) => h.name.includes('키즈카페'));
    return hits.length === 1 && hits[0]!.id === merged;
  });
  expect(took).toBeLessThan(1000);
  const suggested = (await gql(`{ suggest(prefix: "서울형 키즈", first: 10) { id } }`)).suggest.map((s: { id: string }) => s.id);
  expect(suggested).toEqual([merged]);
  for (const id of idsOf('서울형 키즈카페')) expect(await lookup(id)).toMatchObject({ id: merged });
});

/** A tick at which some national policy changes, so a re-crawl regroups the national scope. */
const nationalTick = (() => {
  for (let t = 1; t < 30; t++) if (worldDiff(42, 0, t).changed.policies.some((k) => k.startsWith('N'))) return t;
  throw new Error('no tick edits a national policy');
})();
async function recrawlAt(tick: number): Promise<void> {
  sim.setTick(tick);
  try {
    await crawl();
  } finally {
    sim.setTick(0);
  }
}

const MERGE = `mutation($keep: ID!, $ids: [ID!]!) { mergePolicies(keepId: $keep, mergeIds: $ids, reason: "영아수당은 부모급여의 옛 이름") { id mergedIds } }`;

test('mergePolicies: the merged policy leaves search, its ids answer with the kept one, it is audited, and a re-crawl keeps it merged', async () => {
  const keep = idsOf('부모급여')[0]!;
  const dup = idsOf('영아수당 전환 안내 (부모급여)')[0]!;
  const r = await hub.gql(MERGE, { keep, ids: [dup] }, editor);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.mergePolicies).toEqual({ id: keep, mergedIds: [dup] });
  await within(2000, async () => !(await search('영아수당')).some((h) => h.id === dup));
  for (const id of idsOf('영아수당 전환 안내 (부모급여)')) expect(await lookup(id)).toMatchObject({ id: keep });
  expect(await audit(dup)).toEqual([{ action: 'MERGE', field: 'mergedInto', before: null, after: keep, reason: '영아수당은 부모급여의 옛 이름' }]);
  expect(await audit(keep)).toEqual([{ action: 'MERGE', field: 'mergedIds', before: null, after: [dup], reason: '영아수당은 부모급여의 옛 이름' }]);

  await recrawlAt(nationalTick);
  expect(await lookup(dup)).toMatchObject({ id: keep });
  const sources = await hub.store.query<{ record_id: string }>(`select distinct record_id from catalog.source_record where derived_id = any($1::text[])`, [idsOf('영아수당 전환 안내 (부모급여)')]);
  expect(sources.rows).toEqual([{ record_id: keep }]);
}, 120_000);

test('unmerge of an editor’s merge brings both back, and a re-crawl keeps them apart', async () => {
  const keep = idsOf('부모급여')[0]!;
  const dup = idsOf('영아수당 전환 안내 (부모급여)')[0]!;
  const r = await hub.gql(`mutation($id: ID!) { unmerge(id: $id, reason: "다른 안내 페이지") { id mergedInto withdrawn } }`, { id: dup }, editor);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.unmerge).toEqual({ id: dup, mergedInto: null, withdrawn: false });
  await within(2000, async () => (await search('영아수당')).some((h) => h.id === dup));
  await recrawlAt(nationalTick + 1);
  expect(await lookup(dup)).toMatchObject({ id: dup });
  expect(await lookup(keep)).toMatchObject({ id: keep });
  expect((await audit(dup))[0]).toEqual({ action: 'UNMERGE', field: 'mergedInto', before: keep, after: null, reason: '다른 안내 페이지' });
}, 120_000);

test('unmerge of a merge ingest made: the source leaves the record under its own id, and no re-crawl puts it back', async () => {
  const [merged, , mom] = idsOf('첫만남이용권') as [string, string, string];
  expect(policyOf('첫만남이용권').publishers[2]).toBe('seoul-mom-care');
  const r = await hub.gql(`mutation($id: ID!) { unmerge(id: $id, reason: "서울맘케어 안내는 따로 관리") { id mergedInto } }`, { id: mom }, editor);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.unmerge).toEqual({ id: mom, mergedInto: null });
  // 서울맘케어 writes it `첫만남 이용권`: its own record shows under that name.
  await within(2000, async () => (await search('첫만남 이용권')).some((h) => h.id === mom));
  expect(await lookup(mom)).toEqual({ id: mom, name: '첫만남 이용권' });
  // Two records now: the merged one keeps its two other sources; search (spacing aside) finds both, each once.
  expect((await search('첫만남이용권')).map((h) => [h.id, h.provenance.length])).toEqual([[merged, 2], [mom, 1]]);
  await recrawlAt(nationalTick);
  expect(await lookup(mom)).toEqual({ id: mom, name: '첫만남 이용권' });
  expect((await search('첫만남이용권')).map((h) => [h.id, h.provenance.length])).toEqual([[merged, 2], [mom, 1]]);
  expect(await audit(mom)).toEqual([{ action: 'UNMERGE', field: 'mergedInto', before: merged, after: null, reason: '서울맘케어 안내는 따로 관리' }]);
}, 120_000);

/** A small portal that republishes national policies, one with an outdated amount: the pair cannot be merged blindly. */
function lagging(name: string, sourceKey: string, amountKrw: number, agency = '보건복지부'): SourceRecord {
  const p = policyOf(name);
  return {
    kind: 'POLICY',
    sourceKey,
    subtype: 'POLICY',
    name,
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    attrs: { agency, amountKrw, legalBasis: p.legalBasis, contact: p.contact, target: p.target },
    provenance: { siteId: 'district-portal', url: `http://district-portal.test/${sourceKey}`, fetchedAt: '2026-01-01T00:00:00Z', contentHash: 'h', adapter: 'district-portal@1' },
  };
}

test('duplicate candidates: rejected stays apart for good, confirmed merges; both audited and both survive re-crawls', async () => {
  const late = [lagging('가정양육수당', 'L1', 200000), lagging('아동수당', 'L2', 50000)];
  await upsertRecords(hub.store, late, { priority: 60 });
  const QUEUE = `{ duplicateCandidates(first: 50) { totalCount edges { node { id score reasons since records { id name } } } } }`;
  const queue = (await gql(QUEUE, {}, editor)).duplicateCandidates;
  const byName = (name: string) => queue.edges.map((e: { node: any }) => e.node).find((n: any) => n.records.some((r: { name: string }) => r.name === name));
  const rejected = byName('가정양육수당');
  const confirmed = byName('아동수당');
  expect(rejected.reasons).toEqual(expect.arrayContaining(['title:exact', 'amount:conflict']));
  expect(rejected.records.map((r: { id: string }) => r.id)).toEqual([idsOf('가정양육수당')[0], recordId('POLICY', 'district-portal', 'L1')]);

  const no = await hub.gql(`mutation($id: ID!) { rejectDuplicate(id: $id, reason: "구 포털의 다른 사업") { id } }`, { id: rejected.id }, editor);
  expect(no.body.errors).toBeUndefined();
  const yes = await hub.gql(`mutation($id: ID!) { confirmDuplicate(id: $id, reason: "같은 아동수당, 금액만 옛것") { id mergedIds } }`, { id: confirmed.id }, editor);
  expect(yes.body.errors).toBeUndefined();
  const kept = idsOf('아동수당')[0]!;
  expect(yes.body.data.confirmDuplicate).toEqual({ id: kept, mergedIds: [recordId('POLICY', 'district-portal', 'L2')] });
  // The kept record keeps its 보조금24 source, though its amount disagrees with the merged one: the editor said they are one.
  expect((await lookup(idsOf('아동수당')[1]!)).id).toBe(kept);
  const left = (await gql(QUEUE, {}, editor)).duplicateCandidates;
  expect(left.totalCount).toBe(queue.totalCount - 2);
  expect(await audit(recordId('POLICY', 'district-portal', 'L1'))).toEqual([{ action: 'REJECT_DUPLICATE', field: 'keptApartFrom', before: null, after: idsOf('가정양육수당')[0], reason: '구 포털의 다른 사업' }]);

  // The portal republishes both with new text; the national sites are re-crawled: nothing comes back, nothing comes apart.
  await upsertRecords(hub.store, late.map((r) => ({ ...r, attrs: { ...r.attrs, summary: '다시 게시' } })), { priority: 60 });
  await recrawlAt(nationalTick);
  const after = (await gql(QUEUE, {}, editor)).duplicateCandidates;
  expect(after.edges.filter((e: { node: { records: { name: string }[] } }) => e.node.records.some((r) => r.name === '가정양육수당' || r.name === '아동수당'))).toEqual([]);
  expect(await lookup(recordId('POLICY', 'district-portal', 'L2'))).toMatchObject({ id: kept });
  expect(await lookup(recordId('POLICY', 'district-portal', 'L1'))).toMatchObject({ id: recordId('POLICY', 'district-portal', 'L1') });
}, 120_000);

test('what is refused: a facility in mergePolicies, a malformed or settled candidate, a keepId outside the pair', async () => {
  const keep = idsOf('부모급여')[0]!;
  const facility = recordId('FACILITY', 'fixture', 'c1');
  const code = async (query: string, variables: Record<string, unknown>) => (await hub.gql(query, variables, editor)).body.errors?.[0]?.extensions?.code;
  expect(await code(MERGE, { keep, ids: [facility] })).toBe('CONFLICT');
  expect(await code(MERGE, { keep, ids: ['pol_nosuchrecord00'] })).toBe('NOT_FOUND');
  const CONFIRM = `mutation($id: ID!, $keep: ID) { confirmDuplicate(id: $id, keepId: $keep, reason: "확인") { id } }`;
  expect(await code(CONFIRM, { id: 'abc' })).toBe('BAD_USER_INPUT');
  expect(await code(CONFIRM, { id: '999999' })).toBe('NOT_FOUND');
  await upsertRecords(hub.store, [lagging('부모급여', 'L3', 700000)], { priority: 60 });
  const { rows } = await hub.store.query<{ id: string }>(`select id::text from curation.duplicate_candidate where record_b = $1`, [recordId('POLICY', 'district-portal', 'L3')]);
  expect(rows).toHaveLength(1);
  expect(await code(CONFIRM, { id: rows[0]!.id, keep: idsOf('아동수당')[0] })).toBe('BAD_USER_INPUT');
  expect(await code(`mutation($id: ID!) { unmerge(id: $id, reason: "x") { id } }`, { id: keep })).toBe('CONFLICT');
  const parent = await bearer(hub.store, 'PARENT', 'parent-1');
  expect((await hub.gql(MERGE, { keep, ids: [recordId('POLICY', 'district-portal', 'L3')] }, parent)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
