import type { Page } from 'playwright-core';
import { createAccount, bearerHeader } from '../../common/auth/testing';
import { recordId } from '../../common/record-id';
import { createKey } from '../../gateway/openapi/testing';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { worldAt } from '../../simulator/world';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * The editors' tasks in the console, on a hub with a simulated site crawled
 * into it: fix a centre's phone (seen in the public GraphQL and the Open API),
 * unpublish and publish, merge two duplicate centres and unmerge, and the
 * review queue after a simulator tick and a re-crawl (keep one change,
 * revert another). Every page visited passes axe; nothing leaves loopback.
 */
const SITE = 'seoul-dahamkke';
const EDITOR = { email: 'kim.editor@example.go.kr', password: 'editor password 17' };

let h: Harness;
let page: Page;
let serviceKey: string;
let centres: { id: string; name: string }[];
/** The same centre as centres[2], published by a district board under another name: a duplicate ingest cannot see. */
let duplicate: { id: string; name: string; phone: string };

beforeAll(async () => {
  h = await startHarness({ sites: [SITE] });
  await createAccount(h.hub.store, { email: EDITOR.email, role: 'EDITOR', password: EDITOR.password });
  serviceKey = (await createKey(h.hub.store)).key;
  const { rows } = await h.hub.store.query<{ id: string; name: string }>(
    `select id, name from catalog.effective_record where kind = 'FACILITY' and site_id = $1 and published order by name, id`,
    [SITE],
  );
  centres = rows;
  expect(centres.length).toBeGreaterThan(5);
  duplicate = await addDuplicate(centres[2]!.id);
  page = await h.newPage();
  await signIn(page, h, EDITOR.email, EDITOR.password);
}, BROWSER_TEST_MS);
afterAll(() => h?.close());
afterEach(() => h.assertClean());

const FACILITY = `query($id: ID!) { facility(id: $id) { id name phone } }`;

async function publicFacility(id: string) {
  const { body } = await h.hub.gql(FACILITY, { id });
  expect(body.errors).toBeUndefined();
  return body.data.facility as { id: string; name: string; phone: string | null } | null;
}

async function openApiFacility(id: string) {
  const url = new URL(`${h.url('/openapi/v1/facilities/')}${encodeURIComponent(id)}`);
  url.searchParams.set('serviceKey', serviceKey);
  url.searchParams.set('type', 'json');
  const body = (await (await fetch(url)).json()) as any;
  return body.response;
}

async function openRecord(name: string) {
  await page.goto(h.url('/console/records'));
  await page.getByLabel('이름·주소·전화·ID').fill(name);
  await page.getByRole('button', { name: '찾기' }).click();
  await page.getByRole('status').filter({ hasText: '기록 1건' }).waitFor();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

test('fix a centre’s phone with a reason: refused without one and for a malformed number, then shown in the public GraphQL and the Open API', async () => {
  const centre = centres[0]!;
  await openRecord(centre.name);
  await checkA11y(page, 'record');

  await page.getByRole('button', { name: '전화번호 수정' }).click();
  const form = page.getByRole('form', { name: '전화번호 수정' });
  const value = form.getByLabel('새 값');
  const reason = form.getByLabel('사유 (필수)');
  const save = form.getByRole('button', { name: '저장', exact: true });
  await value.fill('02-2600-1234');
  await save.click();
  // No reason: refused at the reason, described by its message.
  await expectInvalid(reason, '사유를 입력하세요.');

  // A reason, but not a phone number: the API's message at the field.
  await value.fill('전화 없음<script>');
  await reason.fill('센터에 전화해 대표번호 확인');
  await save.click();
  await expectInvalid(value, /phone|전화/);
  await checkA11y(page, 'record: field error');
  await screenshot(page, 'console-record-field-error');

  await value.fill('02-2600-1234');
  await save.click();
  await page.getByRole('status').filter({ hasText: '저장했습니다.' }).waitFor();
  await page.locator('td[data-field="phone"]', { hasText: '02-2600-1234' }).waitFor();
  await page.getByText('센터에 전화해 대표번호 확인').waitFor();
  await checkA11y(page, 'record: saved');
  await screenshot(page, 'console-record');

  expect((await publicFacility(centre.id))?.phone).toBe('02-2600-1234');
  const rest = await openApiFacility(centre.id);
  expect(rest.header.resultCode).toBe('00');
  expect(rest.body.items.item[0].phone).toBe('02-2600-1234');
}, BROWSER_TEST_MS);

test('unpublish hides a centre from the public, publish brings it back', async () => {
  const centre = centres[1]!;
  await openRecord(centre.name);
  await page.getByRole('form', { name: '비공개로 전환' }).getByLabel('사유 (필수)').fill('폐원 여부 확인 중');
  await page.getByRole('button', { name: '비공개로 전환' }).click();
  await page.getByText('비공개입니다: 목록·검색·조회에 보이지 않습니다.').waitFor();
  await checkA11y(page, 'record: unpublished');
  expect(await publicFacility(centre.id)).toBeNull();

  // The records list finds it by its state.
  await page.goto(h.url('/console/records?state=unpublished'));
  await page.getByRole('link', { name: centre.name, exact: true }).waitFor();
  await checkA11y(page, 'records: unpublished');
  await page.getByRole('link', { name: centre.name, exact: true }).click();

  await page.getByRole('form', { name: '공개하기' }).getByLabel('사유 (필수)').fill('운영 중 확인');
  await page.getByRole('button', { name: '공개하기' }).click();
  await page.getByText('공개 중입니다: 목록·검색·조회에 보입니다.').waitFor();
  expect((await publicFacility(centre.id))?.id).toBe(centre.id);
}, BROWSER_TEST_MS);

test('merge two duplicate centres with a side-by-side preview, then unmerge', async () => {
  const keep = centres[2]!;
  // An editor searching the centre's phone finds it twice: once under each site's name.
  await page.goto(h.url('/console/records'));
  await page.getByLabel('이름·주소·전화·ID').fill(duplicate.phone);
  await page.getByRole('button', { name: '찾기' }).click();
  await page.getByRole('status').filter({ hasText: '기록 2건' }).waitFor();
  await page.getByRole('checkbox', { name: `${keep.name} 선택` }).check();
  await page.getByRole('checkbox', { name: `${duplicate.name} 선택` }).check();
  await page.getByRole('button', { name: '선택한 두 기록 병합 미리 보기' }).click();
  await page.getByRole('heading', { name: '중복 기록 병합' }).waitFor();
  const preview = page.locator('table.merge-preview');
  await preview.getByText(duplicate.id).waitFor();
  // The first ticked is the one kept; swap if the list ordered them the other way.
  if ((await page.getByLabel('남길 기록 ID').inputValue()) !== keep.id) await page.getByRole('button', { name: '서로 바꾸기' }).click();
  await expect(page.getByLabel('남길 기록 ID').inputValue()).resolves.toBe(keep.id);
  await preview.getByRole('row', { name: /이름/ }).getByText('다름').waitFor();
  await preview.getByRole('row', { name: /전화번호/ }).getByText('같음').waitFor();
  await checkA11y(page, 'merge preview');
  await screenshot(page, 'console-merge-preview');

  await page.getByLabel('사유 (필수)').fill('같은 센터: 주소·전화 동일, 구청 게시판의 옛 이름');
  await page.getByRole('button', { name: '병합하기' }).click();
  await page.getByRole('status').filter({ hasText: '병합했습니다.' }).waitFor();
  expect((await publicFacility(duplicate.id))?.id).toBe(keep.id);

  await page.getByRole('link', { name: '남긴 기록 보기' }).click();
  await page.getByRole('heading', { level: 1, name: keep.name }).waitFor();
  // Both sites now feed the kept record.
  await page.getByRole('cell', { name: 'district-board', exact: true }).waitFor();
  await page.getByRole('link', { name: duplicate.id }).click();
  await page.getByRole('heading', { level: 1, name: duplicate.name }).waitFor();
  await page.getByText('이 기록은 다음 기록에 병합되었습니다:').waitFor();
  await checkA11y(page, 'record: merged');
  await page.getByRole('form', { name: '병합 해제' }).getByLabel('사유 (필수)').fill('다른 센터로 확인됨');
  await page.getByRole('button', { name: '병합 해제' }).click();
  await page.getByRole('status').filter({ hasText: '병합을 해제했습니다.' }).waitFor();
  expect((await publicFacility(duplicate.id))?.id).toBe(duplicate.id);
}, BROWSER_TEST_MS);

test('after a simulator tick and a re-crawl the review queue shows the changed fields; keep one, revert another (a selection)', async () => {
  const move = relocation();
  const id = recordId('FACILITY', SITE, move.key);
  const editor = await bearerHeader(h.hub.store, { sub: 'editor-review', role: 'EDITOR' });
  const curate = await h.hub.gql(`mutation($id: ID!) { curateRecord(id: $id, patch: {phone: "02-555-0100", address: "서울특별시 강서구 편집자 확인 주소 1"}, reason: "센터 확인") { id name } }`, { id }, editor);
  expect(curate.body.errors).toBeUndefined();
  const name = curate.body.data.curateRecord.name as string;

  h.sim!.setTick(move.tick);
  try {
    await h.crawl();
  } finally {
    h.sim!.setTick(0);
  }

  await page.goto(h.url('/console/review'));
  await page.getByRole('heading', { name: '검토 대기열' }).waitFor();
  const phoneRow = page.locator(`tr[data-review="${id}/phone"]`);
  const addressRow = page.locator(`tr[data-review="${id}/address"]`);
  await phoneRow.waitFor();
  await addressRow.waitFor();
  await expect(phoneRow.textContent()).resolves.toContain('02-555-0100');
  await checkA11y(page, 'review queue');
  await screenshot(page, 'console-review-queue');

  // Keep the phone in one click.
  await page.getByRole('button', { name: `${name}의 전화번호: 수정값 유지` }).click();
  await page.getByRole('status').filter({ hasText: '1건을 유지했습니다.' }).waitFor();
  await phoneRow.waitFor({ state: 'detached' });
  expect((await publicFacility(id))?.phone).toBe('02-555-0100');

  // Revert the address through the selection and the bulk action.
  await page.getByRole('checkbox', { name: `${name}의 주소 선택` }).check();
  await page.getByLabel('사유 (비우면 기본 사유)').fill('이전한 주소가 맞음');
  await page.getByRole('button', { name: '선택한 1건 되돌리기' }).click();
  await page.getByRole('status').filter({ hasText: '1건을 되돌렸습니다.' }).waitFor();
  await addressRow.waitFor({ state: 'detached' });
  await checkA11y(page, 'review queue: done');

  const { body } = await h.hub.gql(`query($id: ID!) { curatedRecord(id: $id) { address phone overrides { field } } }`, { id }, editor);
  expect(body.data.curatedRecord.overrides.map((o: { field: string }) => o.field)).toEqual(['phone']);
  expect(body.data.curatedRecord.address).not.toBe('서울특별시 강서구 편집자 확인 주소 1');
  const review = await h.hub.gql(`{ reviewQueue { totalCount } }`, {}, editor);
  expect(review.body.data.reviewQueue.totalCount).toBe(0);
}, BROWSER_TEST_MS);

/** The first tick at which one of the site's centres moved (new phone and address), as subgraphs/curation/recrawl.test.ts finds it. */
function relocation(): { tick: number; key: string } {
  const before = new Map(worldAt(42, 0).facilities.map((f) => [f.key, f]));
  for (let tick = 1; tick <= 20; tick++) {
    const moved = worldAt(42, tick).facilities.find((f) => f.publisher === SITE && before.get(f.key) && before.get(f.key)!.phone !== f.phone && before.get(f.key)!.address !== f.address);
    if (moved) return { tick, key: moved.key };
  }
  throw new Error('the simulator relocated no centre in 20 ticks');
}

/** Publishes the centre again from another site under a reordered name (same place, same phone): ingest keys on the name, so it stays a second record. */
async function addDuplicate(id: string): Promise<{ id: string; name: string; phone: string }> {
  const { rows } = await h.hub.store.query<Record<string, any>>(
    `select subtype, name, stages, primary_stage, sido, sigungu, region_code, address, phone, lat, lng, special_care, capacity, enrolled, attrs
     from catalog.effective_record where id = $1`,
    [id],
  );
  const r = rows[0]!;
  const name = String(r.name).replace(/^(\S+)\s+(.*)$/, '$2 ($1)');
  await upsertRecords(h.hub.store, [{
    kind: 'FACILITY', sourceKey: 'dup-1', subtype: r.subtype, name, stages: r.stages, primaryStage: r.primary_stage,
    sido: r.sido, sigungu: r.sigungu, regionCode: r.region_code, address: r.address, phone: r.phone, lat: r.lat, lng: r.lng,
    specialCare: r.special_care, capacity: r.capacity, enrolled: r.enrolled, attrs: r.attrs,
    provenance: { siteId: 'district-board', url: 'http://district-board.test/dup-1', fetchedAt: new Date().toISOString(), contentHash: 'dup-1', adapter: 'test@1' },
  }]);
  const dup = await h.hub.store.query<{ id: string }>(`select id from catalog.effective_record where name = $1`, [name]);
  expect(dup.rows.map((x) => x.id)).not.toContain(id);
  expect(dup.rows).toHaveLength(1);
  return { id: dup.rows[0]!.id, name, phone: r.phone };
}

async function expectInvalid(input: import('playwright-core').Locator, message: string | RegExp) {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor({ timeout: 10_000 });
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(texts.join(' ')).toMatch(message);
}
