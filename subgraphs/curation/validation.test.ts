import { recordId } from '../../common/record-id';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../../store/testing';
import { bearer, curationHarness } from './testing';

/**
 * Bad input is refused with BAD_USER_INPUT naming the argument, in Korean
 * and English, and nothing is written: not even the valid fields of the
 * same patch.
 */
let store: TestStore;
let run: ReturnType<typeof curationHarness>;
let editor: Record<string, string>;
const centre = recordId('FACILITY', 'fixture', 'c1');
const policy = recordId('POLICY', 'fixture', 'pol2');

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  run = curationHarness(store);
  editor = await bearer(store, 'EDITOR', 'editor-choi');
});
afterAll(async () => store?.close());

async function written(): Promise<string> {
  const { rows } = await store.query(
    `select (select count(*) from curation.audit_log)::int as audit, (select count(*) from curation.override)::int as overrides,
       (select count(*) from curation.record_state)::int as states, (select count(*) from search.synonym)::int as synonyms`,
  );
  return JSON.stringify(rows[0]);
}

const CURATE = `mutation($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { id } }`;
const long = (n: number) => '가'.repeat(n);

const PATCHES: [string, string, unknown, string][] = [
  ['an unknown field', centre, { colour: 'red' }, 'patch.colour'],
  ['a field of another kind of record (phone of a policy)', policy, { phone: '02-123-4567' }, 'patch.phone'],
  ['a valid field next to an unknown one (nothing of it is written)', centre, { phone: '02-123-4567', fax: '02-123-4568' }, 'patch.fax'],
  ['a number as text', centre, { capacity: '40' }, 'patch.capacity'],
  ['a fractional count', centre, { enrolled: 12.5 }, 'patch.enrolled'],
  ['a phone as a number', centre, { phone: 21234567 }, 'patch.phone'],
  ['a list as a single value', centre, { specialCare: 'NIGHT' }, 'patch.specialCare'],
  ['a coordinate as text', centre, { location: { lat: '37.5', lng: 126.9 } }, 'patch.location.lat'],
  ['swapped coordinates', centre, { location: { lat: 126.9, lng: 37.5 } }, 'patch.location.lat'],
  ['an unknown facility kind', centre, { kind: 'DAYCARE' }, 'patch.kind'],
  ['an unknown stage', centre, { stages: ['BABY'] }, 'patch.stages.0'],
  ['an unknown 시군구', centre, { region: { sido: '서울', sigungu: '강서군' } }, 'patch.region'],
  ['a name over 200 characters', centre, { name: long(201) }, 'patch.name'],
  ['a policy summary over 2,000 characters', policy, { summary: long(2001) }, 'patch.summary'],
  ['a blank name', centre, { name: '   ' }, 'patch.name'],
  ['HTML in a name', centre, { name: '<b>가양햇살</b>어린이집' }, 'patch.name'],
  ['a script in a policy text', policy, { benefit: '월 10만원<script>alert(1)</script>' }, 'patch.benefit'],
  ['a character reference', policy, { target: '부모 &amp; 자녀' }, 'patch.target'],
  ['a javascript: link', centre, { homepage: 'javascript:alert(1)' }, 'patch.homepage'],
  ['an ill-formed date', policy, { applicationPeriod: { text: '상시', start: '2026/01/01', end: null, always: false } }, 'patch.applicationPeriod.start'],
  ['a primary stage outside the stages', centre, { stages: ['ELEMENTARY'] }, 'patch'],
  ['an empty patch', centre, {}, 'patch'],
  ['a patch that is not an object', centre, ['phone'], 'patch'],
  ['a patch of more than 30 fields', centre, Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`f${i}`, 1])), 'patch'],
];

test.each(PATCHES)('curateRecord refuses %s', async (_what, id, patch, field) => {
  const before = await written();
  const r = await run(editor, CURATE, { id, patch, reason: '시험' });
  expect(r.code).toBe('BAD_USER_INPUT');
  expect(r.errors![0]!.extensions).toMatchObject({ field, messageKo: expect.stringMatching(/[가-힣]/), messageEn: expect.stringMatching(/[a-z]/) });
  expect(await written()).toBe(before);
});

test('a patch given inline (not in variables) is judged the same way', async () => {
  const r = await run(editor, `mutation { curateRecord(id: "${centre}", patch: { capacity: "40", colour: "red" }, reason: "시험") { id } }`);
  expect(r.code).toBe('BAD_USER_INPUT');
});

const OTHERS: [string, string, Record<string, unknown>, string][] = [
  ['a blank reason', CURATE, { id: centre, patch: { phone: '02-1234-5678' }, reason: '  ' }, 'reason'],
  ['a reason over 500 characters', CURATE, { id: centre, patch: { phone: '02-1234-5678' }, reason: long(501) }, 'reason'],
  ['HTML in a reason', CURATE, { id: centre, patch: { phone: '02-1234-5678' }, reason: '<a href="x">공문</a>' }, 'reason'],
  ['an id over 64 characters', CURATE, { id: 'x'.repeat(65), patch: { phone: '02-1234-5678' }, reason: '시험' }, 'id'],
  ['a plain summary over 1,000 characters', `mutation($id: ID!, $t: String!) { setPlainSummary(id: $id, text: $t, reason: "시험") { id } }`, { id: centre, t: long(1001) }, 'text'],
  ['HTML in a plain summary', `mutation($id: ID!, $t: String!) { setPlainSummary(id: $id, text: $t, reason: "시험") { id } }`, { id: centre, t: '<p>쉬운 말</p>' }, 'text'],
  ['a primary stage that is not one of the stages', `mutation($id: ID!) { setStages(id: $id, stages: [ELEMENTARY], primary: INFANT, reason: "시험") { id } }`, { id: centre }, 'primary'],
  ['an unknown field to revert', `mutation($id: ID!) { revertOverride(id: $id, field: "colour", reason: "시험") { id } }`, { id: centre }, 'field'],
  ['HTML in a synonym', `mutation { addSynonym(term: "어린이집", synonyms: ["<i>유아원</i>"], reason: "시험") { term } }`, {}, 'synonyms'],
  ['a synonym term of five words (search tries at most four together)', `mutation { addSynonym(term: "아이 맡길 곳 찾는 부모", synonyms: ["어린이집"], reason: "시험") { term } }`, {}, 'term'],
  ['a term as its own synonym', `mutation { addSynonym(term: "어린이집", synonyms: ["어린이집"], reason: "시험") { term } }`, {}, 'synonyms'],
  ['a malformed cursor', `{ auditLog(after: "not-a-cursor") { edges { cursor } } }`, {}, 'after'],
  ['a page over 100', `{ reviewQueue(first: 101) { totalCount } }`, {}, 'first'],
];

test.each(OTHERS)('refuses %s', async (_what, query, variables, field) => {
  const before = await written();
  const r = await run(editor, query, variables);
  expect(r.code).toBe('BAD_USER_INPUT');
  expect(r.errors![0]!.extensions).toMatchObject({ field });
  expect(await written()).toBe(before);
});

test('valid input is normalised: short region names, trimmed text, both stages pinned together', async () => {
  const r = await run(
    editor,
    `mutation($id: ID!, $patch: JSON!) { curateRecord(id: $id, patch: $patch, reason: "  현장 확인  ") { name region { sido sigungu code } stages primaryStage overrides { field value } } }`,
    { id: centre, patch: { name: '  가양 햇살 어린이집 ', region: { sido: '서울', sigungu: '마포구' }, stages: ['INFANT', 'ELEMENTARY'] } },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.curateRecord).toMatchObject({
    name: '가양 햇살 어린이집',
    region: { sido: '서울특별시', sigungu: '마포구', code: '11440' },
    stages: ['INFANT', 'ELEMENTARY'],
    primaryStage: 'INFANT',
  });
  expect(r.data.curateRecord.overrides.map((o: { field: string }) => o.field)).toEqual(['name', 'primaryStage', 'region', 'stages']);
  const { rows } = await store.query(`select reason from curation.audit_log where record_id = $1 and field = 'name'`, [centre]);
  expect(rows).toEqual([{ reason: '현장 확인' }]);
});
