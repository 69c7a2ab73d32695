import { recordId } from '../../common/record-id';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../../store/testing';
import { indexAll } from '../search/indexer';
import { csvCell } from './audit-csv';
import { bearer, curationHarness } from './testing';

/**
 * What the console's operations pages ask of curation (issue 17): the audit
 * log by date range and as a CSV file Excel opens safely, the synonyms "try
 * it" box that saves nothing, and the ADMIN-only re-crawl button.
 */
let store: TestStore;
let run: ReturnType<typeof curationHarness>;
const centre = recordId('FACILITY', 'fixture', 'c2');

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  await indexAll(store);
  run = curationHarness(store);
  const kim = await bearer(store, 'EDITOR', 'editor-kim');
  for (const [patch, reason] of [
    [{ phone: '02-111-2222' }, '=HYPERLINK("http://evil.test","원장 확인")'],
    [{ phone: '02-111-3333' }, '번호 재확인, "두 번째"'],
  ] as const) {
    const r = await run(kim, `mutation($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { id } }`, { id: centre, patch, reason });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
});
afterAll(async () => store?.close());

describe('audit log', () => {
  const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { edges { node { id at reason } } } }`;

  test('filters by a date range: since (inclusive) and until (exclusive)', async () => {
    const editor = await bearer(store, 'EDITOR', 'reader');
    const all = (await run(editor, LOG, { filter: { recordId: centre } })).data.auditLog.edges.map((e: any) => e.node);
    expect(all).toHaveLength(2);
    const [newest, oldest] = all;
    const between = await run(editor, LOG, { filter: { recordId: centre, since: oldest.at, until: newest.at } });
    expect(between.data.auditLog.edges.map((e: any) => e.node.id)).toEqual(newest.at === oldest.at ? [] : [oldest.id]);
    const future = await run(editor, LOG, { filter: { since: '2999-01-01T00:00:00Z' } });
    expect(future.data.auditLog.edges).toEqual([]);
    const bad = await run(editor, LOG, { filter: { until: 'yesterday' } });
    expect(bad.code).toBe('BAD_USER_INPUT');
  });

  test('exports CSV with a BOM, quoted cells and formula-looking text defused', async () => {
    const r = await run(await bearer(store, 'EDITOR', 'reader'), `query($f: AuditLogFilter) { auditLogCsv(filter: $f) }`, { f: { recordId: centre } });
    const csv: string = r.data.auditLogCsv;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,actorRole,action,recordId,term,field,before,after,reason');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"번호 재확인, ""두 번째"""');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.test"",""원장 확인"")"`);
    expect(lines[2]).toContain(',CURATE,');
  });

  test('csvCell prefixes every formula trigger and leaves ordinary text alone', () => {
    expect(['=1+1', '+82', '-3', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+82", "'-3", "'@SUM(A1)", "'\tx", '"\'\rx"']);
    expect(csvCell('02-111-2222')).toBe('02-111-2222');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell(null)).toBe('');
  });

  test('the export needs an editor', async () => {
    expect((await run({}, `{ auditLogCsv }`)).code).toBe('UNAUTHENTICATED');
    expect((await run(await bearer(store, 'PARENT', 'p'), `{ auditLogCsv }`)).code).toBe('FORBIDDEN');
  });
});

describe('synonyms: try it', () => {
  const TRY = `query($q: String!, $term: String!, $add: [String!], $remove: [String!]) {
    trySynonym(query: $q, term: $term, add: $add, remove: $remove) {
      term synonymsBefore synonymsAfter before { totalCount records { name } } after { totalCount records { name } } } }`;

  test('shows results with and without a proposed synonym, saving nothing', async () => {
    const editor = await bearer(store, 'EDITOR', 'editor-kim');
    const r = await run(editor, TRY, { q: 'zzqnara', term: 'zzqnara', add: ['나래어린이집'] });
    expect(r.errors).toBeUndefined();
    const trial = r.data.trySynonym;
    expect(trial.synonymsBefore).toEqual([]);
    expect(trial.synonymsAfter).toEqual(['나래어린이집']);
    expect(trial.before.totalCount).toBe(0);
    expect(trial.after.records.map((x: { name: string }) => x.name)).toContain('나래어린이집');
    expect((await run(editor, `{ synonyms { term } }`)).data.synonyms.filter((x: { term: string }) => x.term.startsWith('zzq'))).toEqual([]);
    const audit = await run(editor, `{ auditLog(filter: { action: ADD_SYNONYM }) { edges { node { id } } } }`);
    expect(audit.data.auditLog.edges).toEqual([]);
  });

  test('removing a saved synonym in the trial drops its results', async () => {
    const editor = await bearer(store, 'EDITOR', 'editor-kim');
    const add = await run(editor, `mutation { addSynonym(term: "zzq 새싹", synonyms: ["망원어린이집"], reason: "시험") { term } }`);
    expect(add.errors).toBeUndefined();
    const r = await run(editor, TRY, { q: 'zzq 새싹', term: 'zzq 새싹', remove: ['망원어린이집'] });
    expect(r.data.trySynonym.synonymsBefore).toEqual(['망원어린이집']);
    expect(r.data.trySynonym.before.records.map((x: { name: string }) => x.name)).toContain('망원어린이집');
    expect(r.data.trySynonym.after.totalCount).toBe(0);
    const saved = (await run(editor, `{ synonyms { term synonyms } }`)).data.synonyms.filter((x: { term: string }) => x.term.startsWith('zzq'));
    expect(saved).toEqual([{ term: 'zzq 새싹', synonyms: ['망원어린이집'] }]);
  });

  test('refuses bad input and callers without an editor role', async () => {
    expect((await run(await bearer(store, 'EDITOR', 'e'), TRY, { q: ' ', term: 'x', add: ['y'] })).code).toBe('BAD_USER_INPUT');
    expect((await run(await bearer(store, 'EDITOR', 'e'), TRY, { q: 'x', term: 'x', add: ['x'] })).code).toBe('BAD_USER_INPUT');
    expect((await run({}, TRY, { q: 'x', term: 'x', add: ['y'] })).code).toBe('UNAUTHENTICATED');
  });
});

describe('re-crawl', () => {
  const RECRAWL = `mutation($site: String!) { recrawlSource(siteId: $site, reason: "운영 확인") { id siteId state reason enqueuedAt } }`;

  test('an ADMIN queues one crawl of a registered site; asking again returns the same pending job', async () => {
    const admin = await bearer(store, 'ADMIN', 'admin-han');
    const first = await run(admin, RECRAWL, { site: 'seoul-dahamkke' });
    expect(first.errors).toBeUndefined();
    expect(first.data.recrawlSource).toMatchObject({ siteId: 'seoul-dahamkke', state: 'pending', reason: 'admin admin-han: 운영 확인' });
    const again = await run(admin, RECRAWL, { site: 'seoul-dahamkke' });
    expect(again.data.recrawlSource.id).toBe(first.data.recrawlSource.id);
    const { rows } = await store.query(`select count(*)::int as n from ingest.crawl_job where site_id = 'seoul-dahamkke' and state = 'pending'`);
    expect(rows[0]!.n).toBe(1);
  });

  test('editors, parents and anonymous callers cannot; unknown sites are refused', async () => {
    expect((await run(await bearer(store, 'EDITOR', 'e'), RECRAWL, { site: 'seoul-dahamkke' })).code).toBe('FORBIDDEN');
    expect((await run({}, RECRAWL, { site: 'seoul-dahamkke' })).code).toBe('UNAUTHENTICATED');
    expect((await run(await bearer(store, 'ADMIN', 'a'), RECRAWL, { site: 'no-such-site' })).code).toBe('BAD_USER_INPUT');
  });
});
