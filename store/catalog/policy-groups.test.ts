import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { createTestStore, type TestStore } from '../testing';
import { groupUngroupedPolicies } from './policy-groups';
import { recordCrawlPresence } from './record-presence';
import { resolveRecordIds } from './resolve-record-ids';
import { remergeRecords, upsertRecords } from './upsert-records';

/** Policy grouping at ingest, on a real database: ids, the editors' queue, curated records and an older database. */
let store: TestStore;
beforeEach(async () => {
  store = await createTestStore();
});
afterEach(async () => {
  await store.close();
});

const PRIORITY: Record<string, number> = { 'bokjiro-api': 10, 'gov24-subsidy-api': 20, 'seoul-mom-care': 50, 'seoul-policy-board': 50, 'gangnam-policy': 50 };

function policy(siteId: string, sourceKey: string, name: string, attrs: Record<string, unknown> = {}, region: Partial<SourceRecord> = {}): SourceRecord {
  return {
    kind: 'POLICY',
    sourceKey,
    subtype: 'POLICY',
    name,
    stages: ['PREGNANCY'],
    primaryStage: 'PREGNANCY',
    attrs: { agency: '보건복지부', amountKrw: 2000000, legalBasis: '저출산·고령사회기본법', contact: '보건복지상담센터 129', ...attrs },
    provenance: { siteId, url: `http://${siteId}.test/${sourceKey}`, fetchedAt: '2026-01-01T00:00:00Z', contentHash: 'h', adapter: `${siteId}@1` },
    ...region,
  };
}

const upsert = (...records: SourceRecord[]) => upsertRecords(store, records, { priority: PRIORITY[records[0]!.provenance.siteId] });
const mom = () => policy('seoul-mom-care', 'N0003', '첫만남 이용권', { summary: '첫째 200만원 바우처' });
const gov24 = () => policy('gov24-subsidy-api', '000000465026', '첫만남이용권 지원', { url: 'https://www.gov.kr/x' });
const bokjiro = () => policy('bokjiro-api', 'WLF00001014', '첫만남이용권', { benefit: '첫째 200만원, 둘째 이상 300만원' });
const ids = { mom: recordId('POLICY', 'seoul-mom-care', 'N0003'), gov24: recordId('POLICY', 'gov24-subsidy-api', '000000465026'), bokjiro: recordId('POLICY', 'bokjiro-api', 'WLF00001014') };

const active = () =>
  store.query<{ id: string; name: string; attrs: Record<string, unknown>; provenance: { siteId: string }[] }>(
    `select id, name, attrs, provenance from catalog.record where kind = 'POLICY' and status = 'ACTIVE' order by id`,
  );

test('three sites, least trusted first: one record with every source, the most trusted source’s id, and every former id resolving to it', async () => {
  await upsert(mom());
  await upsert(gov24());
  await upsert(bokjiro());
  const { rows } = await active();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.id).toBe(ids.bokjiro);
  expect(rows[0]!.name).toBe('첫만남이용권');
  expect(rows[0]!.provenance.map((p) => p.siteId)).toEqual(['bokjiro-api', 'gov24-subsidy-api', 'seoul-mom-care']);
  // Fields by priority, each from the first source that has one.
  expect(rows[0]!.attrs).toMatchObject({ benefit: '첫째 200만원, 둘째 이상 300만원', url: 'https://www.gov.kr/x', summary: '첫째 200만원 바우처' });
  const resolved = await resolveRecordIds(store, [ids.mom, ids.gov24, ids.bokjiro, 'pol_0000000000000000']);
  expect(Object.fromEntries(resolved)).toEqual({ [ids.mom]: ids.bokjiro, [ids.gov24]: ids.bokjiro, [ids.bokjiro]: ids.bokjiro });
  // The records partners may have seen before the merge are withdrawn, never deleted.
  const old = await store.query<{ id: string; status: string }>(`select id, status from catalog.record where id = any($1::text[]) order by id`, [[ids.mom, ids.gov24]]);
  expect(old.rows.map((r) => r.status)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
});

test('a new source that joins an existing policy leaves no record behind (it never had content)', async () => {
  await upsert(bokjiro());
  await upsert(gov24());
  const { rows } = await store.query(`select id from catalog.record where id = $1`, [ids.gov24]);
  expect(rows).toEqual([]);
  expect(Object.fromEntries(await resolveRecordIds(store, [ids.gov24]))).toEqual({ [ids.gov24]: ids.bokjiro });
});

test('where priority ties the richest text wins: the district board’s name over the district site’s shorter one', async () => {
  const birth = { agency: '서울특별시 강남구', amountKrw: 820000, contact: '강남구 가족정책과 02-3299-6161' };
  await upsertRecords(store, [policy('gangnam-policy', 'D1168002', '산후조리비 지원', birth)], { priority: 50 });
  await upsertRecords(store, [policy('seoul-policy-board', 'D1168002', '강남구 산후조리비 지원', { ...birth, target: '강남구에 주민등록된 출산 가정' })], { priority: 50 });
  const { rows } = await active();
  expect(rows.map((r) => r.name)).toEqual(['강남구 산후조리비 지원']);
});

test('conflicting amounts send the pair to the editors’ queue instead of merging it', async () => {
  await upsert(bokjiro());
  await upsert(policy('gov24-subsidy-api', '000000465026', '첫만남이용권', { amountKrw: 3000000 }));
  expect((await active()).rows).toHaveLength(2);
  const { rows } = await store.query<{ record_a: string; record_b: string; reasons: string[] }>(`select record_a, record_b, reasons from curation.duplicate_candidate`);
  expect(rows).toEqual([{ record_a: ids.bokjiro, record_b: ids.gov24, reasons: expect.arrayContaining(['title:exact', 'amount:conflict']) }]);
  // Agreeing again (the portal caught up), they merge and the candidate goes.
  await upsert(policy('gov24-subsidy-api', '000000465026', '첫만남이용권'));
  expect((await active()).rows.map((r) => r.id)).toEqual([ids.bokjiro]);
  expect((await store.query(`select 1 from curation.duplicate_candidate`)).rows).toEqual([]);
});

async function override(id: string, field: string, value: unknown): Promise<void> {
  await store.query(
    `insert into curation.override (record_id, field, value, base_value, set_by, reason) values ($1, $2, $3::jsonb, 'null'::jsonb, 'editor', 'test')`,
    [id, field, JSON.stringify(value)],
  );
}

test('a curated record keeps its id and its override when more trusted sources join it; two curated records go to review', async () => {
  await upsert(mom());
  await override(ids.mom, 'plainSummary', '아이가 태어나면 200만원 바우처');
  await upsert(bokjiro());
  expect((await active()).rows.map((r) => r.id)).toEqual([ids.mom]);
  const shown = await store.query<{ plain: string }>(`select attrs ->> 'plainSummary' as plain from catalog.effective_record where id = $1`, [ids.mom]);
  expect(shown.rows[0]!.plain).toBe('아이가 태어나면 200만원 바우처');
  expect(Object.fromEntries(await resolveRecordIds(store, [ids.bokjiro]))).toEqual({ [ids.bokjiro]: ids.mom });

  // 보조금24's copy arrives curated too (say an editor fixed it while it stood alone): it is proposed, not merged.
  await upsertRecords(store, [policy('gov24-subsidy-api', '000000465026', '첫만남이용권 지원', { amountKrw: 9 })], { priority: 20 });
  await override(ids.gov24, 'summary', '편집자가 고친 요약');
  await upsert(gov24());
  expect((await active()).rows.map((r) => r.id).sort()).toEqual([ids.gov24, ids.mom].sort());
  const queue = await store.query<{ reasons: string[] }>(`select reasons from curation.duplicate_candidate`);
  expect(queue.rows.map((r) => r.reasons[0])).toEqual(['held:both-curated']);
});

test('when the source whose id the record carries goes, the next most trusted one’s id takes over and the old id follows', async () => {
  await upsert(bokjiro());
  await upsert(gov24());
  for (let i = 0; i < 3; i++) await recordCrawlPresence(store, 'bokjiro-api', []);
  expect((await active()).rows.map((r) => r.id)).toEqual([ids.gov24]);
  expect(Object.fromEntries(await resolveRecordIds(store, [ids.bokjiro]))).toEqual({ [ids.bokjiro]: ids.gov24 });
});

test('a database written before grouping is grouped by the start-up pass, keeping an editor’s override', async () => {
  await upsert(mom());
  await upsert(gov24());
  await upsert(bokjiro());
  // Back to how an older hub stored them: each source on its own record, no match key.
  for (const [site, key, id] of [['seoul-mom-care', 'N0003', ids.mom], ['gov24-subsidy-api', '000000465026', ids.gov24]] as const) {
    await store.query(
      `insert into catalog.record (id, kind, subtype, name, stages, primary_stage, site_id, source_key, provenance, content_hash)
       values ($1, 'POLICY', 'POLICY', 'x', '{PREGNANCY}', 'PREGNANCY', $2, $3, '[]', '') on conflict (id) do nothing`,
      [id, site, key],
    );
    await store.query(`update catalog.source_record set record_id = $1 where site_id = $2 and source_key = $3`, [id, site, key]);
  }
  await store.query(`update catalog.source_record set match_key = null`);
  await remergeRecords(store, [ids.mom, ids.gov24, ids.bokjiro]);
  expect((await active()).rows).toHaveLength(3);
  await override(ids.gov24, 'plainSummary', '쉬운 말 요약');

  expect(await store.transaction((tx) => groupUngroupedPolicies(tx))).toBe(3);
  const { rows } = await active();
  expect(rows.map((r) => [r.id, r.provenance.length])).toEqual([[ids.gov24, 3]]);
  expect(Object.fromEntries(await resolveRecordIds(store, [ids.mom, ids.bokjiro]))).toEqual({ [ids.mom]: ids.gov24, [ids.bokjiro]: ids.gov24 });
  // Nothing left to do: the pass costs one query from now on.
  expect(await store.transaction((tx) => groupUngroupedPolicies(tx))).toBe(0);
});
