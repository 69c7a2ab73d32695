import { SearchResultCache } from './result-cache';

describe('SearchResultCache', () => {
  it('serves an entry only under the generation it was stored with', () => {
    const cache = new SearchResultCache<string>(10);
    cache.set(1, 'q', 'old');
    expect(cache.get(1, 'q')).toBe('old');
    expect(cache.get(2, 'q')).toBeUndefined();
    cache.set(2, 'q', 'new');
    expect(cache.get(2, 'q')).toBe('new');
    expect(cache.get(1, 'q')).toBeUndefined();
  });

  it('never stores a result computed under an older generation', () => {
    const cache = new SearchResultCache<string>(10);
    cache.set(3, 'a', 'fresh');
    cache.set(2, 'b', 'late and stale');
    expect(cache.get(3, 'b')).toBeUndefined();
    expect(cache.get(3, 'a')).toBe('fresh');
  });

  it('keeps the most recently used entries within its size, and nothing when off', () => {
    const cache = new SearchResultCache<number>(2);
    cache.set(1, 'a', 1);
    cache.set(1, 'b', 2);
    cache.get(1, 'a');
    cache.set(1, 'c', 3);
    expect([cache.get(1, 'a'), cache.get(1, 'b'), cache.get(1, 'c')]).toEqual([1, undefined, 3]);
    const off = new SearchResultCache<number>(0);
    off.set(1, 'a', 1);
    expect(off.get(1, 'a')).toBeUndefined();
    expect(off.enabled).toBe(false);
  });
});
