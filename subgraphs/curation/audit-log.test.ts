import { recordId } from '../../common/record-id';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../../store/testing';
import { bearer, curationHarness } from './testing';

/**
 * The audit log says who changed which field of which record, when, from
 * what to what and why; the database itself refuses to edit or delete it.
 */
let store: TestStore;
let run: ReturnType<typeof curationHarness>;
const centre = recordId('FACILITY', 'fixture', 'c2');
const policy = recordId('POLICY', 'fixture', 'pol1');

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  run = curationHarness(store);
  const kim = await bearer(store, 'EDITOR', 'editor-kim');
  const admin = await bearer(store, 'ADMIN', 'admin-han');
  const curate = `mutation($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { id } }`;
  for (const [who, id, patch, reason] of [
    [kim, centre, { phone: '02-111-2222', capacity: 45 }, '원장 확인'],
    [admin, centre, { phone: '02-111-3333' }, '번호 재확인'],
    [kim, policy, { summary: '출생 아동 1명당 200만원 이용권' }, '요약 보완'],
  ] as const) {
    const r = await run(who, curate, { id, patch, reason });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
  await run(kim, `mutation($id: ID!) { revertOverride(id: $id, field: "capacity", reason: "원래 값이 맞음") { id } }`, { id: centre });
});
afterAll(async () => store?.close());

const LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id at actor actorRole action recordId field before after reason } } } }`;

test('each change is one row: who, when, which record and field, before, after, reason, newest first', async () => {
  const r = await run(await bearer(store, 'EDITOR', 'reader'), LOG, { filter: { recordId: centre } });
  const rows = r.data.auditLog.edges.map((e: { node: Record<string, unknown> }) => {
    const { id: _id, at, ...rest } = e.node;
    expect(Date.now() - Date.parse(at as string)).toBeLessThan(60_000);
    return rest;
  });
  expect(rows).toEqual([
    { actor: 'editor-kim', actorRole: 'EDITOR', action: 'REVERT_OVERRIDE', recordId: centre, field: 'capacity', before: 45, after: 40, reason: '원래 값이 맞음' },
    { actor: 'admin-han', actorRole: 'ADMIN', action: 'CURATE', recordId: centre, field: 'phone', before: '02-111-2222', after: '02-111-3333', reason: '번호 재확인' },
    { actor: 'editor-kim', actorRole: 'EDITOR', action: 'CURATE', recordId: centre, field: 'capacity', before: 40, after: 45, reason: '원장 확인' },
    { actor: 'editor-kim', actorRole: 'EDITOR', action: 'CURATE', recordId: centre, field: 'phone', before: '02-2600-0000', after: '02-111-2222', reason: '원장 확인' },
  ]);
});

test('filters by actor, field and action, and pages without gaps or repeats', async () => {
  const reader = await bearer(store, 'ADMIN', 'reader');
  const byKim = await run(reader, LOG, { filter: { actor: 'editor-kim', action: 'CURATE' } });
  expect(byKim.data.auditLog.edges.map((e: { node: { field: string } }) => e.node.field).sort()).toEqual(['capacity', 'phone', 'summary']);
  const phone = await run(reader, LOG, { filter: { field: 'phone' } });
  expect(phone.data.auditLog.edges).toHaveLength(2);

  const all = await run(reader, LOG, { first: 100 });
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await run(reader, LOG, { first: 2, after });
    seen.push(...page.data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.data.auditLog.pageInfo.hasNextPage) break;
    after = page.data.auditLog.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id));
  expect(seen.length).toBe(5);
});

test('the database refuses UPDATE, DELETE and TRUNCATE of the audit log, whoever asks', async () => {
  const before = await store.query('select * from curation.audit_log order by id');
  await expect(store.query(`update curation.audit_log set reason = '고침' where record_id = $1`, [centre])).rejects.toThrow(/append-only/);
  await expect(store.query(`delete from curation.audit_log where actor_sub = 'editor-kim'`)).rejects.toThrow(/append-only/);
  await expect(store.query('truncate curation.audit_log')).rejects.toThrow(/append-only/);
  const after = await store.query('select * from curation.audit_log order by id');
  expect(after.rows).toEqual(before.rows);
  expect(after.rows.length).toBe(5);
});

test('no mutation of the API edits or deletes audit rows', async () => {
  const mutations = (await run(await bearer(store, 'ADMIN', 'x'), `{ __schema { mutationType { fields { name } } } }`)).data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  expect(mutations.filter((name: string) => /audit/i.test(name))).toEqual([]);
});
