import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createKey } from '../../gateway/openapi/testing';
import { bearer } from './testing';

/**
 * Every curation operation × every kind of caller, through the gateway:
 * only EDITOR and ADMIN get through. Anonymous callers and partners with
 * only a registered API key (scopes read and apply; X-API-Key header or
 * serviceKey query, issue 7) carry no editor's bearer token: UNAUTHENTICATED. PARENT and CENTER_STAFF: FORBIDDEN. A
 * refused call writes nothing. Each cell gets fresh fixtures, so a refusal
 * can only come from authorisation and an allowed call must succeed.
 */
let hub: TestHub;
let partnerKey: string;
beforeAll(async () => {
  hub = await startTestHub();
  partnerKey = (await createKey(hub.store, { name: '정부24', scopes: ['read', 'apply'], trustedIssuers: [{ issuer: 'https://id.gov24.example', jwksUrl: 'https://id.gov24.example/jwks.json' }] })).key;
});
afterAll(async () => hub?.close());

const CALLERS = ['ANONYMOUS', 'PARTNER_KEY_HEADER', 'PARTNER_KEY_QUERY', 'PARENT', 'CENTER_STAFF', 'EDITOR', 'ADMIN'] as const;
type Caller = (typeof CALLERS)[number];
const ALLOWED: Caller[] = ['EDITOR', 'ADMIN'];

async function call(who: Caller, query: string, variables: Record<string, unknown>) {
  let headers: Record<string, string> = {};
  let search = '';
  if (who === 'PARTNER_KEY_HEADER') headers = { 'x-api-key': partnerKey };
  else if (who === 'PARTNER_KEY_QUERY') search = `?serviceKey=${encodeURIComponent(partnerKey)}`;
  else if (who !== 'ANONYMOUS') headers = await bearer(hub.store, who, `${who.toLowerCase()}-1`);
  const res = await fetch(`${hub.hub.url}/graphql${search}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
}

/** Fixtures are set up by an administrator; a setup failure fails the cell loudly. */
async function asAdmin(query: string, variables: Record<string, unknown>) {
  const r = await call('ADMIN', query, variables);
  if (r.errors) throw new Error(`fixture failed: ${JSON.stringify(r.errors)}`);
}

let seq = 0;
const published = new Map<string, SourceRecord>();
async function freshCentre(): Promise<string> {
  const key = `AUTH-${++seq}`;
  const record: SourceRecord = {
    kind: 'FACILITY',
    sourceKey: key,
    subtype: 'CHILDCARE_CENTER',
    name: `권한시험어린이집 ${seq}`,
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    sido: '서울특별시',
    sigungu: '마포구',
    phone: `02-300-${String(1000 + seq)}`,
    attrs: {},
    provenance: { siteId: 'auth-fixture', url: `http://auth.test/${key}`, fetchedAt: '2026-01-01T00:00:00.000Z', contentHash: key, adapter: 'auth@1' },
  };
  await upsertRecords(hub.store, [record]);
  const id = recordId('FACILITY', 'auth-fixture', key);
  published.set(id, record);
  return id;
}

/** A policy of its own (distinct name) on a fixture site. */
async function freshPolicy(siteId = 'auth-policy-a', name = `권한시험 지원금 ${++seq}`, amountKrw = 100000): Promise<string> {
  const key = `P-${++seq}`;
  const record: SourceRecord = {
    kind: 'POLICY',
    sourceKey: key,
    subtype: 'POLICY',
    name,
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    attrs: { agency: '서울특별시 마포구', amountKrw },
    provenance: { siteId, url: `http://${siteId}.test/${key}`, fetchedAt: '2026-01-01T00:00:00.000Z', contentHash: 'x', adapter: 'fixture@1' },
  };
  await upsertRecords(hub.store, [record]);
  return recordId('POLICY', siteId, key);
}

/** The same policy name from two sites with amounts that disagree: ingest holds the pair for review. */
async function freshCandidate(): Promise<string> {
  const name = `권한시험 양육수당 ${++seq}`;
  const a = await freshPolicy('auth-policy-a', name, 100000);
  const b = await freshPolicy('auth-policy-b', name, 200000);
  const { rows } = await hub.store.query<{ id: string }>(`select id::text from curation.duplicate_candidate where $1 in (record_a, record_b) and $2 in (record_a, record_b)`, [a, b]);
  if (!rows[0]) throw new Error('fixture failed: no duplicate candidate');
  return rows[0].id;
}

/** The site publishes another phone for the centre (a re-crawl): its override now waits for review. */
async function recrawlWithNewPhone(id: string): Promise<void> {
  const record = published.get(id)!;
  await upsertRecords(hub.store, [{ ...record, phone: '02-777-0000' }]);
}

/** Row counts of everything curation writes: a refused call must leave them all as they were. */
async function written(): Promise<Record<string, number>> {
  const { rows } = await hub.store.query<{ t: string; n: number }>(
    `select 'audit' as t, count(*)::int as n from curation.audit_log
     union all select 'override', count(*)::int from curation.override
     union all select 'state', count(*)::int from curation.record_state
     union all select 'merge', count(*)::int from curation.merge_source
     union all select 'synonym', count(*)::int from search.synonym
     union all select 'decision', count(*)::int from curation.match_decision
     union all select 'candidate', count(*)::int from curation.duplicate_candidate`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

const REASON = '권한 시험';
type Build = () => Promise<[string, Record<string, unknown>]>;
const OPERATIONS: Record<string, Build> = {
  curateRecord: async () => [`mutation($id: ID!) { curateRecord(id: $id, patch: { phone: "02-999-0000" }, reason: "${REASON}") { id } }`, { id: await freshCentre() }],
  setPlainSummary: async () => [`mutation($id: ID!) { setPlainSummary(id: $id, text: "쉬운 설명", reason: "${REASON}") { id } }`, { id: await freshCentre() }],
  setStages: async () => [`mutation($id: ID!) { setStages(id: $id, stages: [INFANT, ELEMENTARY], primary: INFANT, reason: "${REASON}") { id } }`, { id: await freshCentre() }],
  publish: async () => {
    const id = await freshCentre();
    await asAdmin(`mutation($id: ID!) { unpublish(id: $id, reason: "준비") { id } }`, { id });
    return [`mutation($id: ID!) { publish(id: $id, reason: "${REASON}") { id } }`, { id }];
  },
  unpublish: async () => [`mutation($id: ID!) { unpublish(id: $id, reason: "${REASON}") { id } }`, { id: await freshCentre() }],
  mergeFacilities: async () => [`mutation($k: ID!, $m: ID!) { mergeFacilities(keepId: $k, mergeIds: [$m], reason: "${REASON}") { id } }`, { k: await freshCentre(), m: await freshCentre() }],
  mergePolicies: async () => [`mutation($k: ID!, $m: ID!) { mergePolicies(keepId: $k, mergeIds: [$m], reason: "${REASON}") { id } }`, { k: await freshPolicy(), m: await freshPolicy() }],
  confirmDuplicate: async () => [`mutation($id: ID!) { confirmDuplicate(id: $id, reason: "${REASON}") { id } }`, { id: await freshCandidate() }],
  rejectDuplicate: async () => [`mutation($id: ID!) { rejectDuplicate(id: $id, reason: "${REASON}") { id } }`, { id: await freshCandidate() }],
  unmerge: async () => {
    const [k, m] = [await freshCentre(), await freshCentre()];
    await asAdmin(`mutation($k: ID!, $m: ID!) { mergeFacilities(keepId: $k, mergeIds: [$m], reason: "준비") { id } }`, { k, m });
    return [`mutation($m: ID!) { unmerge(id: $m, reason: "${REASON}") { id } }`, { m }];
  },
  revertOverride: async () => {
    const id = await freshCentre();
    await asAdmin(`mutation($id: ID!) { curateRecord(id: $id, patch: { phone: "02-999-1111" }, reason: "준비") { id } }`, { id });
    return [`mutation($id: ID!) { revertOverride(id: $id, field: "phone", reason: "${REASON}") { id } }`, { id }];
  },
  keepOverride: async () => {
    const id = await freshCentre();
    await asAdmin(`mutation($id: ID!) { curateRecord(id: $id, patch: { phone: "02-999-2222" }, reason: "준비") { id } }`, { id });
    await recrawlWithNewPhone(id);
    return [`mutation($id: ID!) { keepOverride(id: $id, field: "phone", reason: "${REASON}") { id } }`, { id }];
  },
  addSynonym: async () => [`mutation($t: String!) { addSynonym(term: $t, synonyms: ["보육"], reason: "${REASON}") { term } }`, { t: `권한어${++seq}` }],
  removeSynonym: async () => {
    const t = `권한어${++seq}`;
    await asAdmin(`mutation($t: String!) { addSynonym(term: $t, synonyms: ["보육"], reason: "준비") { term } }`, { t });
    return [`mutation($t: String!) { removeSynonym(term: $t, reason: "${REASON}") { term } }`, { t }];
  },
  curatedRecord: async () => [`query($id: ID!) { curatedRecord(id: $id) { id } }`, { id: await freshCentre() }],
  reviewQueue: async () => [`{ reviewQueue { totalCount } }`, {}],
  duplicateCandidates: async () => [`{ duplicateCandidates { totalCount edges { node { id records { id } } } } }`, {}],
  auditLog: async () => [`{ auditLog { edges { node { id } } } }`, {}],
  synonyms: async () => [`{ synonyms { term } }`, {}],
};

const cells = Object.entries(OPERATIONS).flatMap(([name, build]) => CALLERS.map((who) => [name, who, build] as const));

test.each(cells)('%s as %s', async (_name, who, build) => {
  const [query, variables] = await build();
  const before = await written();
  const r = await call(who, query, variables);
  if (ALLOWED.includes(who)) {
    expect(r.errors).toBeUndefined();
    return;
  }
  const expected = who === 'PARENT' || who === 'CENTER_STAFF' ? 'FORBIDDEN' : 'UNAUTHENTICATED';
  expect(r.errors?.[0]?.extensions?.code).toBe(expected);
  expect(await written()).toEqual(before);
});

test('every mutation of the matrix wrote audit rows when allowed', async () => {
  const { rows } = await hub.store.query<{ action: string }>(`select distinct action from curation.audit_log where reason = $1`, [REASON]);
  expect(rows.map((r) => r.action).sort()).toEqual(
    ['ADD_SYNONYM', 'CURATE', 'KEEP_OVERRIDE', 'MERGE', 'PUBLISH', 'REJECT_DUPLICATE', 'REMOVE_SYNONYM', 'REVERT_OVERRIDE', 'SET_PLAIN_SUMMARY', 'SET_STAGES', 'UNMERGE', 'UNPUBLISH'].sort(),
  );
});
