import { generationReader, SearchResultCache } from './result-cache';

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

describe('generationReader', () => {
  it('reads the generation at most once per window and again after it', async () => {
    let reads = 0;
    let generation = 7;
    const db = {
      query: async () => {
        reads++;
        return { rows: [{ generation }], rowCount: 1 };
      },
    } as never;
    let clock = 0;
    const read = generationReader(db, 50, () => clock);
    expect(await Promise.all([read(), read(), read()])).toEqual([7, 7, 7]);
    generation = 8;
    clock = 49;
    expect(await read()).toBe(7);
    clock = 50;
    expect(await read()).toBe(8);
    expect(reads).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const db = { query: async () => { if (fail) throw new Error('down'); return { rows: [{ generation: 3 }], rowCount: 1 }; } } as never;
    const read = generationReader(db, 50, () => 0);
    await expect(read()).rejects.toThrow('down');
    fail = false;
    expect(await read()).toBe(3);
  });
});
