import { groupVariants, regionOf } from './collapse';
import { maxEdits, syllableDistance } from './correct';
import { parseQuery, replaceUnit } from './query';
import { withoutRegionWords } from './regions';
import type { SearchRow } from './store';
import { deletionVariants, phrase, positionedTokens, stripEnding, stripParticle, tsvectorLiteral } from './tokenize';

describe('tokens across spaces', () => {
  it.each([
    // A gap between two Hangul runs gets a marked bigram; a one-syllable word shares its position.
    ['산후 우울', [['산후', 1], ['후우~', 2], ['우울', 3]]],
    ['출산 후 돌봄', [['출산', 1], ['산후~', 2], ['후', 2], ['후돌~', 3], ['돌봄', 4]]],
    ['어린이집', [['어린', 1], ['린이', 2], ['이집', 3]]],
    ['2기 교실', [['2', 1], ['기', 2], ['기교~', 3], ['교실', 4]]],
  ] as const)('%s', (text, expected) => {
    expect(positionedTokens(text).map((t) => [t.lexeme, t.position])).toEqual(expected);
  });

  it('weights title and body apart, with a gap so no phrase spans both', () => {
    expect(tsvectorLiteral([{ text: '산후 우울', weight: 'A' }, { text: '모임', weight: 'B' }])).toBe("'산후':1A '후우~':2A '우울':3A '모임':5B");
  });

  it('lets a three-syllable query accept a gap bigram at any position, a two-syllable one never', () => {
    expect(phrase('산후우울')).toBe("(('산후' | '산후~') <-> ('후우' | '후우~') <-> ('우울' | '우울~'))");
    expect(phrase('산후')).toBe("'산후'");
    expect(phrase('산후', 'A')).toBe("'산후':A");
  });
});

describe('query words', () => {
  it.each([
    ['어린이집에서', '어린이집'],
    ['부모급여를', '부모급여'],
    ['아이가', '아이'],
    ['아가', null], // the stripped form must keep two syllables
  ])('particle: %s → %s', (word, stripped) => expect(stripParticle(word)).toBe(stripped));

  it.each([
    ['빌려주는', '빌려'],
    ['돌봐주는', '돌봐'],
    ['배우는', '배우'],
    ['있는', null],
  ])('ending: %s → %s', (word, stem) => expect(stripEnding(word)).toBe(stem));

  it('drops fillers, keeps stems and synonyms, and joins a one-syllable word to its neighbour when the index has the compound', () => {
    const parsed = parseQuery('방학 때 아이 맡길 곳', new Map([['맡길', ['돌봄']]]), (joined) => joined === '방학때');
    expect(parsed.units.map((u) => u.text)).toEqual(['방학 때', '아이', '맡길']);
    expect(parsed.units[2]!.forms).toEqual(['맡길', '돌봄']);
    // Without the compound in the index, 때 is a filler and goes.
    expect(parseQuery('방학 때 아이', new Map()).units.map((u) => u.text)).toEqual(['방학', '아이']);
  });

  it('names the regions a query word stands for, in every form', () => {
    const [unit] = parseQuery('송파', new Map()).units;
    expect(unit!.regions).toEqual([{ sido: '서울특별시', sigungu: '송파구' }]);
    expect(unit!.forms).toContain('송파구');
    // 강서 is a district of Seoul and of Busan.
    expect(parseQuery('강서 어린이집', new Map()).units[0]!.regions.map((r) => r.sido).sort()).toEqual(['부산광역시', '서울특별시']);
  });

  it('replaces the corrected word in the query as typed', () => {
    const parsed = parseQuery('강남 산후조리웜', new Map());
    expect(replaceUnit('강남 산후조리웜', parsed.units[1]!, '산후조리원')).toBe('강남 산후조리원');
  });
});

describe('typos', () => {
  it.each([
    ['산후조리웜', '산후조리원', 1],
    ['어린이집', '어린이짐', 1],
    ['지역아동센터', '지역아동샌터', 1],
    ['abc', 'abd', 1],
  ])('%s ↔ %s: %i syllable', (a, b, d) => expect(syllableDistance(a, b)).toBe(d));

  it('corrects no word of two syllables, one of up to five, two beyond', () => {
    expect([2, 3, 5, 6, 9].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('lists each word with one syllable left out, and itself', () => {
    expect(deletionVariants('해님집')).toEqual(['해님집', '님집', '해집', '해님']);
  });
});

describe('district copies', () => {
  const row = (record_id: string, title: string, sigungu: string | null, variant_key: string | null = 'POLICY|출산축하금'): SearchRow =>
    ({ record_id, kind: 'POLICY', subtype: 'POLICY', primary_stage: 'PREGNANCY', title, body: '', sido: '서울특별시', sigungu, variant_key, score: 1, distance_km: null, full_count: 0, any_count: 0 });

  it('takes the region names out of a title', () => {
    expect(withoutRegionWords('강남구 출산축하금')).toBe('출산축하금');
    expect(withoutRegionWords('노원구 어린이집 입소 상담의 날')).toBe('어린이집 입소 상담의 날');
    expect(withoutRegionWords('서울형 키즈카페')).toBe('서울형 키즈카페');
  });

  it('reads the district from the title when the record has no 시군구', () => {
    expect(regionOf(row('a', '강동구 출산축하금', null))).toBe('강동구');
    expect(regionOf(row('b', '서울시 출산축하금', null))).toBeNull();
  });

  it('folds copies of other regions under the preferred one, and keeps two of one region apart', () => {
    const rows = [row('gn', '강남구 출산축하금', '강남구'), row('city', '서울시 출산축하금', null), row('sp', '송파구 출산축하금', '송파구'), row('gn2', '강남구 출산축하금', '강남구'), row('fac', '해님어린이집', '강남구', null)];
    const none = groupVariants(rows, { sido: [], sigungu: [] });
    expect(none.map((g) => [g.row.record_id, g.variants.map((v) => v.record_id)])).toEqual([['city', ['gn', 'sp']], ['gn2', []], ['fac', []]]);
    const songpa = groupVariants(rows, { sido: [], sigungu: ['송파구'] });
    expect(songpa[0]!.row.record_id).toBe('sp');
  });
});
