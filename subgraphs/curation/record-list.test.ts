import { recordId } from '../../common/record-id';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../../store/testing';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { bearer, curationHarness } from './testing';

/**
 * curatedRecords, the console's record list: every record (unpublished and
 * merged ones too), filtered by what editors ask for, by name then id,
 * paged without gaps; sources with their page and fetch time; editors only.
 */
let store: TestStore;
let run: ReturnType<typeof curationHarness>;
let editor: Record<string, string>;
beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  run = curationHarness(store);
  editor = await bearer(store, 'EDITOR', 'editor-list');
});
afterAll(() => store?.close());

const LIST = `query($filter: CuratedRecordFilter, $first: Int, $after: String) {
  curatedRecords(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name published mergedInto } }
  }
}`;
const c = (key: string) => recordId('FACILITY', 'fixture', key);

async function list(filter: Record<string, unknown>, first = 100, after?: string) {
  const result = await run<any>(editor, LIST, { filter, first, after });
  expect(result.errors).toBeUndefined();
  return result.data.curatedRecords;
}
const names = (page: any) => page.edges.map((e: any) => e.node.name);

test('filters by kind, subtype, stage, 시군구, source and text; ordered by name', async () => {
  expect(names(await list({ recordKind: 'FACILITY', sigungu: '마포구' }))).toEqual(['망원어린이집']);
  expect(names(await list({ subtype: 'CHILDCARE_CENTER', sigungu: '강서구' }))).toEqual(['가양햇살어린이집', '나래어린이집', '다솜어린이집', '라온어린이집', '마곡숲어린이집']);
  expect(names(await list({ recordKind: 'POLICY', stage: 'YOUTH' }))).toEqual(['청소년 방과후아카데미']);
  expect((await list({ source: 'fixture' })).totalCount).toBe(FIXTURES.length);
  expect((await list({ source: 'no-such-site' })).totalCount).toBe(0);
  expect(names(await list({ text: '다솜' }))).toEqual(['다솜어린이집']);
  // Wildcards are plain characters.
  expect((await list({ text: '%' })).totalCount).toBe(0);
});

test('curated, unpublished and merged records are found by their state', async () => {
  const curate = await run(editor, `mutation { curateRecord(id: "${c('c1')}", patch: {phone: "02-555-0101"}, reason: "센터 확인") { id } }`);
  expect(curate.errors).toBeUndefined();
  expect((await run(editor, `mutation { unpublish(id: "${c('c2')}", reason: "폐원 확인 중") { id } }`)).errors).toBeUndefined();
  expect((await run(editor, `mutation { mergeFacilities(keepId: "${c('c4')}", mergeIds: ["${c('c5')}"], reason: "같은 곳") { id } }`)).errors).toBeUndefined();

  const curated = names(await list({ curated: true }));
  expect(curated).toContain('가양햇살어린이집');
  expect(curated).not.toContain('다솜어린이집');
  const hidden = await list({ published: false });
  expect(hidden.edges.map((e: any) => e.node.id).sort()).toEqual([c('c2'), c('c5')].sort());
  const merged = await list({ merged: true });
  expect(merged.edges.map((e: any) => e.node)).toEqual([{ id: c('c5'), name: '마곡숲어린이집', published: false, mergedInto: c('c4') }]);
  expect((await list({ merged: false })).totalCount).toBe(FIXTURES.length - 1);
});

test('pages follow on without gaps or repeats', async () => {
  const all = names(await list({}, 100));
  const seen: string[] = [];
  let after: string | undefined;
  do {
    const page = await list({}, 4, after);
    seen.push(...names(page));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  expect(seen).toEqual(all);
});

test('a record lists its sources with the page and fetch time', async () => {
  const result = await run<any>(editor, `{ curatedRecord(id: "${c('c3')}") { sources { siteId sourceKey url fetchedAt priority status content } } }`);
  expect(result.errors).toBeUndefined();
  const [source] = result.data.curatedRecord.sources;
  expect(source).toMatchObject({ siteId: 'fixture', sourceKey: 'c3', status: 'ACTIVE' });
  expect(source.url).toMatch(/^https?:\/\//);
  expect(Date.parse(source.fetchedAt)).not.toBeNaN();
  expect(source.content.name).toBe('다솜어린이집');
});

test('anonymous callers and parents are refused', async () => {
  expect((await run({}, LIST, {})).code).toBe('UNAUTHENTICATED');
  expect((await run(await bearer(store, 'PARENT', 'parent-1'), LIST, {})).code).toBe('FORBIDDEN');
});
