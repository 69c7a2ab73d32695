import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { bearer } from '../curation/testing';

/**
 * List pages read untouched records from an index and editors' records
 * through the effective-record view (store.ts listRecordRefs): a page must
 * still be the effective records in (name, id) order, whichever side each
 * comes from, by cursor and by offset alike.
 */
let hub: TestHub;
let editor: Record<string, string>;
beforeAll(async () => {
  hub = await startTestHub();
  editor = await bearer(hub.store, 'EDITOR', 'editor-list');
});
afterAll(async () => hub?.close());

const fac = (key: string) => recordId('FACILITY', 'fixture', key);
const GANGSEO = '{ region: { sido: "서울", sigungu: "강서구" } }';

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await hub.gql(query, variables, headers);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const page = async (args: string, variables: Record<string, unknown> = {}): Promise<Page> =>
  (await ok(`query($after: String, $offset: Int) { facilities(filter: ${GANGSEO}, ${args}, after: $after, offset: $offset) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`, variables))
    .facilities;

/** Every page of `size` by cursor, then by offset: both must give `whole`. */
async function expectPagesOf(whole: Page['edges'], size: number) {
  const byCursor: string[] = [];
  let after: string | null = null;
  for (let i = 0; i <= whole.length; i++) {
    const p: Page = await page(`first: ${size}`, { after });
    byCursor.push(...p.edges.map((e) => e.node.id));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  expect(byCursor).toEqual(whole.map((e) => e.node.id));
  const byOffset: string[] = [];
  for (let offset = 0; offset < whole.length; offset += size) byOffset.push(...(await page(`first: ${size}`, { offset })).edges.map((e) => e.node.id));
  expect(byOffset).toEqual(whole.map((e) => e.node.id));
}

const inOrder = (edges: Page['edges']) =>
  [...edges].sort((a, b) => (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : a.node.id < b.node.id ? -1 : 1)).map((e) => e.node.id);

test('renamed and unpublished centres take their effective place on every page, by cursor and by offset', async () => {
  const before = await page('first: 100');
  expect(before.edges.length).toBeGreaterThanOrEqual(5);
  expect(before.totalCount).toBe(before.edges.length);

  // c5 (마곡숲어린이집) moves to the front, c1 (가양햇살어린이집) to the back; c3 is hidden.
  await ok(`mutation { a: curateRecord(id: "${fac('c5')}", patch: { name: "가가 마곡숲어린이집" }, reason: "현판 확인") { id } }`, {}, editor);
  await ok(`mutation { b: curateRecord(id: "${fac('c1')}", patch: { name: "힣 가양햇살어린이집" }, reason: "현판 확인") { id } }`, {}, editor);
  await ok(`mutation { unpublish(id: "${fac('c3')}", reason: "휴원") { id } }`, {}, editor);

  const after = await page('first: 100');
  const ids = after.edges.map((e) => e.node.id);
  expect(ids[0]).toBe(fac('c5'));
  expect(ids[ids.length - 1]).toBe(fac('c1'));
  expect(ids).not.toContain(fac('c3'));
  expect(ids).toEqual(inOrder(after.edges));
  expect(after.totalCount).toBe(before.totalCount - 1);
  expect(new Set(ids)).toEqual(new Set(before.edges.map((e) => e.node.id).filter((id) => id !== fac('c3'))));

  await expectPagesOf(after.edges, 2);
});
