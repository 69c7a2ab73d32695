import type { SourceRecord, Stage } from '../../common/record';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { upsertRecords } from '../../store/catalog/upsert-records';

/**
 * Search that degrades gracefully (issue 15): one test per rule, through the
 * gateway, on the bundled Seoul data plus records written for the rule.
 */
let t: TestHub;

const SITE = 'degrade-test';
const provenance = (key: string) => ({ siteId: SITE, url: `http://test.invalid/${key}`, fetchedAt: '2026-03-01T00:00:00.000Z', contentHash: key, adapter: 'test@1' });

function record(kind: 'POLICY' | 'PROGRAM', key: string, name: string, text: string, sigungu: string | null, stage: Stage = 'INFANT'): SourceRecord {
  return {
    kind,
    sourceKey: key,
    subtype: kind,
    name,
    stages: [stage],
    primaryStage: stage,
    sido: '서울특별시',
    sigungu,
    regionCode: null,
    attrs: kind === 'POLICY' ? { summary: text, agency: sigungu ? `서울특별시 ${sigungu}` : '서울특별시' } : { description: text, category: '부모교육' },
    provenance: provenance(key),
  };
}

const RECORDS: SourceRecord[] = [
  record('PROGRAM', 'diaper', '기저귀 매트 나눔 대여', '아기 매트와 기저귀 갈이대를 빌려 드립니다.', '강서구'),
  record('PROGRAM', 'mat-only', '놀이 매트 소독의 날', '매트를 소독해 드립니다.', '강서구'),
  record('PROGRAM', 'postnatal', '산후 우울 예방 모임', '출산 뒤 마음 건강을 함께 돌봅니다.', '마포구', 'PREGNANCY'),
  record('PROGRAM', 'depression', '산후우울증 상담 교실', '산모 상담', '노원구', 'PREGNANCY'),
  record('POLICY', 'gift-city', '서울시 출산축하금', '서울시 출산 가정에 축하금 지급', null, 'PREGNANCY'),
  record('POLICY', 'gift-gangnam', '강남구 출산축하금', '강남구 출산 가정에 축하금 지급', '강남구', 'PREGNANCY'),
  record('POLICY', 'gift-songpa', '송파구 출산축하금', '송파구 출산 가정에 축하금 지급', '송파구', 'PREGNANCY'),
  record('POLICY', 'gift-board', '강동구 출산축하금', '강동구 출산 가정에 축하금 지급', null, 'PREGNANCY'),
  record('PROGRAM', 'chosung-a', '해오름 다솜 놀이교실', '영아 놀이', '강서구'),
  record('PROGRAM', 'chosung-b', '다솜 해오름 놀이교실', '영아 놀이', '강서구'),
  record('PROGRAM', 'hourly-title', '가양 시간제보육실 이용 안내', '시간제보육 이용 방법', '강서구'),
  record('PROGRAM', 'hourly-body', '부모 교육 안내', '시간제보육실에서 열리는 부모 교육입니다. 시간제보육실 이용자 우선.', '강서구'),
];
const id = (key: string) => recordId(RECORDS.find((r) => r.sourceKey === key)!.kind, SITE, key);

beforeAll(async () => {
  t = await startTestHub({ seed: true });
  await upsertRecords(t.store, RECORDS);
  // The indexer runs every 250 ms in the hub: wait until the last record is searchable.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await hits('부모 교육 안내')).every((h) => h.id !== id('hourly-body'))) await new Promise((r) => setTimeout(r, 100));
}, 120_000);
afterAll(async () => {
  await t.close();
});

interface Hit {
  id: string;
  name: string;
  variants: string[];
}

async function searchOf(query: string, extra = '') {
  const { body } = await t.gql(
    `query($q: String) { search(query: $q, first: 10 ${extra}) {
      totalCount didYouMean
      edges { node { ... on Facility { id name } ... on Policy { id name } ... on Program { id name } } variants { id sigungu } }
    } }`,
    { q: query },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const s = body.data.search;
  return { totalCount: s.totalCount as number, didYouMean: s.didYouMean as string | null, hits: s.edges.map((e: any) => ({ id: e.node.id, name: e.node.name, variants: e.variants.map((v: any) => v.id) })) as Hit[] };
}
const hits = async (query: string, extra = '') => (await searchOf(query, extra)).hits;

describe('search degrades gracefully', () => {
  it('a word that matches nothing never empties the answer: the records matching the rest come first', async () => {
    for (const query of ['기저귀 매트 쀍쀍뷁', '기저귀 매트 빌려주는']) {
      const found = await hits(query);
      expect([query, found[0]?.id]).toEqual([query, id('diaper')]);
    }
  });

  it('ranks by how much of the query a record covers, then title over body', async () => {
    const found = (await hits('기저귀 매트')).map((h) => h.id);
    // Both words (diaper) before one of them (the mat-only programme).
    expect(found.indexOf(id('diaper'))).toBeLessThan(found.indexOf(id('mat-only')));
    // 시간제보육실 in the title before it in the body only, the particle notwithstanding.
    const hourly = (await hits('시간제보육실에서', ', filter: { recordKinds: [PROGRAM] }')).map((h) => h.id);
    expect(hourly.slice(0, 2)).toEqual([id('hourly-title'), id('hourly-body')]);
  });

  it('does not care about spacing', async () => {
    expect((await hits('산후우울')).map((h) => h.id)).toEqual(expect.arrayContaining([id('postnatal'), id('depression')]));
    expect((await hits('산후 우울')).map((h) => h.id)).toEqual(expect.arrayContaining([id('postnatal'), id('depression')]));
    // A one-syllable word written apart from its compound: 어린이 집 is 어린이집.
    const apart = await searchOf('라그란데슬하 어린이 집');
    expect(apart.hits[0]?.name).toBe('라그란데슬하어린이집');
  });

  it('prefers the region a query names', async () => {
    const found = await hits('강남구 산후조리원');
    expect(found.length).toBeGreaterThan(5);
    const { rows } = await t.store.query<{ id: string; sigungu: string }>('select id, sigungu from catalog.record where id = any($1)', [found.slice(0, 5).map((h) => h.id)]);
    expect(rows.map((r) => r.sigungu)).toEqual(['강남구', '강남구', '강남구', '강남구', '강남구']);
  });

  it('folds district copies of one policy into one hit, shown by the city-wide one unless a district is named', async () => {
    const general = await hits('출산축하금');
    const gifts = general.filter((h) => [id('gift-city'), id('gift-gangnam'), id('gift-songpa'), id('gift-board')].includes(h.id));
    expect(gifts).toHaveLength(1);
    expect(gifts[0]!.id).toBe(id('gift-city'));
    // The board's 강동구 page has no address: its title names the district, so it folds too.
    expect([...gifts[0]!.variants].sort()).toEqual([id('gift-board'), id('gift-gangnam'), id('gift-songpa')].sort());
    const named = await hits('송파구 출산축하금');
    expect(named[0]!.id).toBe(id('gift-songpa'));
    expect(named[0]!.variants).toEqual(expect.arrayContaining([id('gift-city'), id('gift-gangnam')]));
  });

  it('corrects a typo and says so (didYouMean)', async () => {
    const r = await searchOf('산후조리웜');
    expect(r.didYouMean).toBe('산후조리원');
    expect(r.hits.length).toBeGreaterThan(5);
    expect(r.hits.every((h) => h.name.includes('산후조리원'))).toBe(true);
    // A query that matches as typed gets no correction.
    expect((await searchOf('산후조리원')).didYouMean).toBeNull();
  });

  it('matches 초성 word by word: the title whose words the query spells first', async () => {
    const found = await hits('ㅎㅇㄹ ㄷㅅ');
    expect(found[0]!.id).toBe(id('chosung-a'));
    expect(found.map((h) => h.id)).toContain(id('chosung-b'));
  });

  it('drops words that say nothing about the record (곳, 있는, 주는)', async () => {
    const plain = (await hits('강서구 야간 어린이집')).map((h) => h.id);
    const chatty = (await hits('강서구 야간 어린이집 있는 곳')).map((h) => h.id);
    expect(chatty).toEqual(plain);
  });
});
