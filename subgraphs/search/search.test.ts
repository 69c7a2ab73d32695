import { recordId } from '../../common/record-id';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { recordCrawlPresence } from '../../store/catalog/record-presence';
import { within1s } from './testing';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ seed: true });
}, 120_000);
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  t.fetches.length = 0;
});

async function search(query: string | null, extra = '', selection = '... on Facility { name } ... on Policy { name }') {
  const { body } = await t.gql(`query($q: String) { search(query: $q ${extra}) {
    totalCount
    edges { score distanceKm highlights { field fragment terms } node { __typename ${selection} } }
    facets { stages { value count } kinds { value count } hasVacancy { value count } specialCare { value count } }
  } }`, { q: query });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.search as {
    totalCount: number;
    edges: { score: number; distanceKm: number | null; highlights: { field: string; fragment: string; terms: string[] }[]; node: { __typename: string; name: string } }[];
    facets: Record<string, { value: string; count: number }[]>;
  };
}

const names = (r: Awaited<ReturnType<typeof search>>) => r.edges.map((e) => e.node.name);

describe('search', () => {
  it('matches words with particles attached, both ways', async () => {
    const withParticle = await search('어린이집에서', ', first: 5');
    expect(withParticle.totalCount).toBeGreaterThan(4000);
    expect(names(withParticle).every((n) => n.includes('어린이집'))).toBe(true);
    // A policy whose text says "어린이집에서" is found by "어린이집" (and by 영아 보육).
    const plain = await search('영아 어린이집', ', filter: { recordKinds: [POLICY] }');
    expect(names(plain)).toContain('영아 보육료 추가 지원');
    const hit = plain.edges.find((e) => e.node.name === '영아 보육료 추가 지원')!;
    expect(hit.highlights.some((h) => h.fragment.includes('어린이집에서'))).toBe(true);
  });

  it('lists only the records covering the whole query when there are many, and those covering part of it after the few that do', async () => {
    // 강남구 어린이집: many centres cover both words, so only they are results and the count is theirs.
    const many = await search('강남구 어린이집', ', first: 30');
    expect(many.totalCount).toBeGreaterThanOrEqual(20);
    expect(many.totalCount).toBeLessThan(1000);
    expect(many.edges).toHaveLength(30);
    expect(many.edges.filter((e) => e.node.name.includes('어린이집')).length).toBeGreaterThanOrEqual(20);
    // One centre covers both words of 라그란데슬하 어린이집: it comes first, then every other 어린이집, all counted.
    const few = await search('라그란데슬하 어린이집', ', first: 30');
    expect(names(few)[0]).toBe('라그란데슬하어린이집');
    expect(few.edges).toHaveLength(30);
    expect(few.totalCount).toBeGreaterThan(4000);
    expect(few.edges[0]!.score).toBeGreaterThan(few.edges[1]!.score);
  });

  it('answers a 초성 query', async () => {
    const r = await search('ㄹㄱㄹㄷㅅㅎ');
    expect(names(r)[0]).toBe('라그란데슬하어린이집');
  });

  it('finds the record despite a one-syllable typo, exact matches first when they exist', async () => {
    const r = await search('라그란데슬하어린이짐');
    expect(names(r)[0]).toBe('라그란데슬하어린이집');
    const exact = await search('라그란데슬하어린이집');
    expect(names(exact)[0]).toBe('라그란데슬하어린이집');
    expect(exact.edges[0]!.score).toBeGreaterThan(exact.edges[1]?.score ?? 0);
  });

  it('applies synonyms: 보육시설 finds 어린이집', async () => {
    const r = await search('강서구 보육시설', ', first: 3');
    expect(r.totalCount).toBeGreaterThan(200);
    expect(names(r).every((n) => n.includes('어린이집'))).toBe(true);
  });

  it('applies a multi-word synonym inside a longer query: 강남구 출산 후 돌봄 finds 산후조리원', async () => {
    const r = await search('강남구 출산 후 돌봄', ', first: 5');
    expect(r.totalCount).toBeGreaterThan(3);
    expect(r.edges.every((e) => e.node.__typename === 'PostpartumCenter')).toBe(true);
    expect(r.edges.some((e) => e.highlights.some((h) => h.terms.includes('산후조리')))).toBe(true);
  });

  it('looks a multi-word term up as editors store it: "ZZQ Day Care 강서구" uses the term "zzq day care"', async () => {
    await t.store.query(`insert into search.synonym (term, synonyms, updated_by) values ('zzq day care', '{어린이집}', 'test')`);
    try {
      const r = await search('ZZQ  Day Care 강서구', ', first: 3');
      expect(r.totalCount).toBeGreaterThan(200);
      expect(names(r).every((n) => n.includes('어린이집'))).toBe(true);
    } finally {
      await t.store.query(`delete from search.synonym where term = 'zzq day care'`);
    }
  });

  it('sorts by distance within a radius', async () => {
    const r = await search(null, ', near: { lat: 37.5509, lng: 126.8495, radiusKm: 1 }, sort: DISTANCE, first: 20, filter: { kinds: [CHILDCARE_CENTER] }');
    const d = r.edges.map((e) => e.distanceKm!);
    expect(d.length).toBeGreaterThan(5);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(Math.max(...d)).toBeLessThanOrEqual(1);
  });

  it('returns facets that sum to totalCount', async () => {
    const r = await search('야간 어린이집');
    const sum = (f: { count: number }[]) => f.reduce((s, x) => s + x.count, 0);
    expect(r.totalCount).toBeGreaterThan(100);
    expect(sum(r.facets.stages!)).toBe(r.totalCount);
    expect(sum(r.facets.kinds!)).toBe(r.totalCount);
    expect(sum(r.facets.hasVacancy!)).toBe(r.totalCount);
    expect(r.facets.specialCare!.find((f) => f.value === 'NIGHT')!.count).toBe(r.totalCount);
  });

  it('resolves hits from the owning subgraphs: one batch per subgraph', async () => {
    const { body } = await t.gql(`{ search(query: "강서", filter: { kinds: [CHILDCARE_CENTER, POSTPARTUM_CARE_CENTER] }, first: 30) {
      edges { node { __typename ... on ChildcareCenter { capacity enrolled } ... on PostpartumCenter { motherCapacity } } } } }`);
    expect(body.errors).toBeUndefined();
    const types = new Set(body.data.search.edges.map((e: any) => e.node.__typename));
    expect(types).toEqual(new Set(['ChildcareCenter', 'PostpartumCenter']));
    expect([...t.fetches].sort()).toEqual(['infant', 'pregnancy', 'search']);
  });

  it('makes a changed record searchable within 1 s, and never shows withdrawn ones', async () => {
    const renamed = { ...FIXTURES[0]!, name: '새솔빛누리어린이집' };
    await upsertRecords(t.store, [renamed]);
    expect(await within1s(async () => (await search('새솔빛누리')).totalCount, (n) => n > 0)).toBe(1);

    for (let i = 0; i < 3; i++) await recordCrawlPresence(t.store, 'fixture', FIXTURES.slice(1).map((f) => f.sourceKey));
    await new Promise((r) => setTimeout(r, 600));
    expect((await search('새솔빛누리')).totalCount).toBe(0);
    const id = recordId('FACILITY', 'fixture', FIXTURES[0]!.sourceKey);
    const direct = await t.gql(`{ facility(id: "${id}") { ... on ChildcareCenter { withdrawn } } }`);
    expect(direct.body.data.facility).toEqual({ withdrawn: true });
  });

  it('sees a new synonym of the editors within 1 s, although the same search was just answered (and cached)', async () => {
    const count = async () => (await search('zzqqdaycare', ', filter: { kinds: [CHILDCARE_CENTER] }')).totalCount;
    expect(await count()).toBe(0);
    await t.store.query(`insert into search.synonym (term, synonyms, updated_by) values ('zzqqdaycare', '{어린이집}', 'test')`);
    try {
      expect(await within1s(count, (n) => n > 4000, 20)).toBeGreaterThan(4000);
    } finally {
      await t.store.query(`delete from search.synonym where term = 'zzqqdaycare'`);
    }
    expect(await within1s(count, (n) => n === 0, 20)).toBe(0);
  });

  it('rejects bad arguments with typed errors', async () => {
    for (const extra of [', first: 101', ', after: "zzz"', ', sort: DISTANCE', ', near: { lat: 37.5, lng: 127, radiusKm: 500 }', ', filter: { openAt: "25:00" }']) {
      const { body } = await t.gql(`{ search(query: "어린이집" ${extra}) { totalCount } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const long = await t.gql(`query($q: String) { search(query: $q) { totalCount } }`, { q: '가'.repeat(201) });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggests titles by prefix and by 초성', async () => {
    const { body } = await t.gql(`{ a: suggest(prefix: "라그란데") { text id } b: suggest(prefix: "ㄹㄱㄹㄷ") { text } }`);
    const a = body.data.a.map((s: { text: string }) => s.text);
    const b = body.data.b.map((s: { text: string }) => s.text);
    expect(a.length).toBeGreaterThan(1);
    expect(a.every((t: string) => t.startsWith('라그란데'))).toBe(true);
    expect(a).toContain('라그란데슬하어린이집');
    expect(b).toEqual(expect.arrayContaining(['라그란데슬하어린이집', '라그란데꿈별어린이집']));
  });
});
