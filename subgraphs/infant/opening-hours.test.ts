import { isOpenAt } from '../../common/opening-hours';
import { recordId } from '../../common/record-id';
import type { SourceRecord } from '../../common/record';
import { parseHours } from '../../crawlers/normalise';
import { CHILDCARE_SITE_ID } from '../../crawlers/seed/childcare';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { bearer, within } from '../curation/testing';

/**
 * Opening hours of 어린이집 through the gateway, on the bundled Seoul data:
 * `openAt` finds the night-care centres of 강서구 (their hours derived from
 * the 보육사업안내 standard day and their flags), every hit shows where its
 * hours come from, and an editor's correction is CURATED, searchable within
 * a second and revertible. The rule itself: common/opening-hours.test.ts.
 */
let t: TestHub;
let editor: Record<string, string>;
beforeAll(async () => {
  t = await startTestHub({ seed: true });
  editor = await bearer(t.store, 'EDITOR', 'editor-hours');
}, 120_000);
afterAll(async () => t?.close());

const POINT = { lat: 37.5509, lng: 126.8495 };
const NEAR = `near: { lat: ${POINT.lat}, lng: ${POINT.lng}, radiusKm: 3 }`;
const NIGHT_CARE = ['NIGHT', 'EXTENDED_HOURS', 'TWENTY_FOUR_HOURS'];
const HOURS = 'openingHours { text open close weekday { open close closed } saturday { open close closed } holiday { open close closed } } hoursSource';

interface Hit {
  __typename: string;
  id: string;
  specialCare: string[];
  openingHours: { text: string; open: string | null; close: string | null } | null;
  hoursSource: string | null;
}

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await t.gql(query, variables, headers);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
}

/** Every hit of `search(filter: { openAt })` near the point, all pages. */
async function openAt(time: string, filter = ''): Promise<Hit[]> {
  const hits: Hit[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await ok(
      `query($after: String) { search(filter: { openAt: "${time}" ${filter} }, ${NEAR}, first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { __typename ... on Facility { id specialCare ${HOURS} } } } } }`,
      { after },
    );
    hits.push(...data.search.edges.map((e: { node: Hit }) => e.node));
    if (!data.search.pageInfo.hasNextPage) return hits;
    after = data.search.pageInfo.endCursor;
  }
}

const ids = (hits: { id: string }[]) => new Set(hits.map((h) => h.id));

/** The operating 어린이집 within 3 km of the point, from the catalog itself (same haversine as search). */
async function centresNear(): Promise<{ id: string; specialCare: string[]; siteId: string }[]> {
  const { rows } = await t.store.query<{ id: string; special_care: string[]; site_id: string; lat: number; lng: number }>(
    `select id, special_care, site_id, lat, lng from catalog.effective_record
     where subtype = 'CHILDCARE_CENTER' and status = 'ACTIVE' and published and lat is not null and lng is not null`,
  );
  const rad = (d: number) => (d * Math.PI) / 180;
  const km = (lat: number, lng: number) =>
    6371 * 2 * Math.asin(Math.sqrt(Math.sin(rad(lat - POINT.lat) / 2) ** 2 + Math.cos(rad(POINT.lat)) * Math.cos(rad(lat)) * Math.sin(rad(lng - POINT.lng) / 2) ** 2));
  return rows.filter((r) => km(r.lat, r.lng) <= 3).map((r) => ({ id: r.id, specialCare: r.special_care, siteId: r.site_id }));
}

const nightCare = (c: { specialCare: string[] }) => c.specialCare.some((f) => NIGHT_CARE.includes(f));

const facility = async (id: string) => (await ok(`query($id: ID!) { facility(id: $id) { __typename id specialCare ${HOURS} } }`, { id })).facility;

const curate = (id: string, patch: Record<string, unknown>) =>
  t.gql(`mutation($id: ID!, $patch: JSON!) { curateRecord(id: $id, patch: $patch, reason: "센터에 전화해 운영시간 확인") { id } }`, { id, patch }, editor);

test('openAt 21:00 near 37.5509, 126.8495 (3 km) returns the night-care 어린이집, and no centre without night care', async () => {
  const near = await centresNear();
  const expected = near.filter(nightCare);
  // The count: 121 centres of the bundled data (야간연장 / 24시간) around that point in 강서구 and 양천구.
  expect(expected.filter((c) => c.siteId === CHILDCARE_SITE_ID)).toHaveLength(121);
  expect(near.length - expected.length).toBeGreaterThan(100);

  const centres = (await openAt('21:00')).filter((h) => h.__typename === 'ChildcareCenter');
  expect(ids(centres)).toEqual(ids(expected));
  for (const c of centres) {
    expect(nightCare(c)).toBe(true);
    expect(c.hoursSource).toBe('DERIVED');
    // The GraphQL fields and the search document come from the same function: the hours shown cover the time searched.
    expect(isOpenAt(c.openingHours, '21:00')).toBe(true);
  }
});

test('24시간 centres match any hour, night care until 24:00, the standard day 07:30 until 19:30 (exclusive)', async () => {
  const near = await centresNear();
  const allDay = near.filter((c) => c.specialCare.includes('TWENTY_FOUR_HOURS'));
  expect(allDay.length).toBeGreaterThan(0);
  for (const time of ['00:00', '05:00', '07:29']) {
    expect(ids(await openAt(time, ', kinds: [CHILDCARE_CENTER]'))).toEqual(ids(allDay));
  }
  // Night care runs to 24:00, which compares after 23:59.
  expect(ids(await openAt('23:59', ', kinds: [CHILDCARE_CENTER]'))).toEqual(ids(near.filter(nightCare)));
  expect(ids(await openAt('12:00', ', kinds: [CHILDCARE_CENTER]'))).toEqual(ids(near));
  expect(ids(await openAt('19:29', ', kinds: [CHILDCARE_CENTER]'))).toEqual(ids(near));
  expect(ids(await openAt('19:30', ', kinds: [CHILDCARE_CENTER]'))).toEqual(ids(near.filter(nightCare)));
});

test('a derived centre shows its weekday, Saturday and holiday, marked DERIVED', async () => {
  const id = recordId('FACILITY', 'fixture', 'c3'); // 다솜어린이집: 야간연장, 휴일
  expect(await facility(id)).toEqual({
    __typename: 'ChildcareCenter',
    id,
    specialCare: ['NIGHT', 'HOLIDAY'],
    openingHours: {
      text: '평일 07:30~24:00, 토요일 07:30~15:30, 일요일·공휴일 07:30~19:30 (보육사업안내 기준 추정, 토요일은 휴무일 수 있음)',
      open: '07:30',
      close: '24:00',
      weekday: { open: '07:30', close: '24:00', closed: false },
      saturday: { open: '07:30', close: '15:30', closed: false },
      holiday: { open: '07:30', close: '19:30', closed: false },
    },
    hoursSource: 'DERIVED',
  });
  const plain = await facility(recordId('FACILITY', 'fixture', 'c2')); // 나래어린이집: no special care
  expect(plain.openingHours).toMatchObject({ open: '07:30', close: '19:30', holiday: { open: null, close: null, closed: true } });
});

test('published hours are SOURCE: a kindergarten’s opertime, another facility’s 운영시간', async () => {
  const kindergartens = (await ok(`{ facilities(filter: { kinds: [KINDERGARTEN] }, first: 100) { edges { node { ${HOURS} } } } }`)).facilities.edges.map((e: any) => e.node);
  expect(kindergartens.length).toBeGreaterThan(10);
  const published = kindergartens.filter((k: Hit) => k.openingHours);
  expect(published.length).toBeGreaterThan(10);
  for (const k of published) expect(k).toMatchObject({ hoursSource: 'SOURCE', openingHours: { text: expect.stringMatching(/\d/), weekday: null } });

  // A 청소년수련관 of a crawled site, open until 22:00 near the point, is found at 21:00 with its own hours.
  const youth: SourceRecord = {
    kind: 'FACILITY', sourceKey: 'yc-hours', subtype: 'YOUTH_TRAINING_CENTER', name: '화곡청소년수련관', stages: ['YOUTH'], primaryStage: 'YOUTH',
    sido: '서울특별시', sigungu: '강서구', lat: POINT.lat, lng: POINT.lng, specialCare: [], attrs: { openingHours: parseHours('09:00~22:00') },
    provenance: { siteId: 'fixture', url: 'http://fixture.test/yc-hours', fetchedAt: '2025-02-19T00:00:00.000Z', contentHash: 'h', adapter: 'fixture@1' },
  };
  await upsertRecords(t.store, [youth]);
  const id = recordId('FACILITY', 'fixture', 'yc-hours');
  await within(1000, async () => ids(await openAt('21:00', ', kinds: [YOUTH_TRAINING_CENTER]')).has(id));
  expect(await facility(id)).toMatchObject({ __typename: 'YouthFacility', hoursSource: 'SOURCE', openingHours: { text: '09:00~22:00', open: '09:00', close: '22:00' } });
  expect(ids(await openAt('22:00', ', kinds: [YOUTH_TRAINING_CENTER]')).has(id)).toBe(false);
});

test('an editor corrects a centre: CURATED, searchable within a second, and reverted to DERIVED', async () => {
  const near = await centresNear();
  const [target, flagged] = near.filter((c) => c.siteId === CHILDCARE_SITE_ID && c.specialCare.length === 0);
  expect(await facility(target!.id)).toMatchObject({ hoursSource: 'DERIVED', openingHours: { close: '19:30' } });
  expect(ids(await openAt('21:00')).has(target!.id)).toBe(false);

  const edited = { text: '평일 07:30~22:00, 토요일 휴무 (구청 확인)', open: '07:30', close: '22:00', saturday: { closed: true } };
  expect((await curate(target!.id, { openingHours: edited })).body.errors).toBeUndefined();
  expect(await facility(target!.id)).toMatchObject({
    hoursSource: 'CURATED',
    openingHours: { text: edited.text, open: '07:30', close: '22:00', weekday: null, saturday: { open: null, close: null, closed: true }, holiday: null },
  });
  await within(1000, async () => ids(await openAt('21:00')).has(target!.id));

  await ok(`mutation($id: ID!) { revertOverride(id: $id, field: "openingHours", reason: "야간 운영 종료") { id } }`, { id: target!.id }, editor);
  expect(await facility(target!.id)).toMatchObject({ hoursSource: 'DERIVED', openingHours: { close: '19:30' } });
  await within(1000, async () => !ids(await openAt('21:00')).has(target!.id));

  // A curated flag changes the derived hours too: they are computed from the effective record, not stored.
  expect((await curate(flagged!.id, { specialCare: ['NIGHT'] })).body.errors).toBeUndefined();
  expect(await facility(flagged!.id)).toMatchObject({ hoursSource: 'DERIVED', openingHours: { close: '24:00' } });
  await within(1000, async () => ids(await openAt('21:00')).has(flagged!.id));
});

test.each([
  ['a close before its open', { text: '야간', open: '22:00', close: '07:00' }, 'patch.openingHours'],
  ['a day closing before it opens', { text: '토요일', open: '07:30', close: '19:30', saturday: { open: '15:30', close: '07:30' } }, 'patch.openingHours.saturday'],
  ['a time past 24:00', { text: '평일', open: '07:30', close: '24:30' }, 'patch.openingHours.close'],
  ['an unknown kind of day', { text: '평일', open: '07:30', close: '19:30', sunday: { closed: true } }, 'patch.openingHours.sunday'],
])('an editor’s hours with %s are refused, naming the field', async (_what, openingHours, field) => {
  const id = recordId('FACILITY', 'fixture', 'c1');
  const r = await curate(id, { openingHours });
  expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect((await facility(id)).hoursSource).toBe('DERIVED');
});
