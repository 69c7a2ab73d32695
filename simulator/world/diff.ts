import { worldAt } from './world-at';

export interface WorldDiff {
  fromTick: number;
  toTick: number;
  added: Record<'policies' | 'programs' | 'facilities', string[]>;
  changed: Record<'policies' | 'programs' | 'facilities' | 'childcare' | 'kindergartens', string[]>;
  removed: Record<'policies' | 'programs' | 'facilities', string[]>;
  /** Number of items per collection in each section, for quick assertions. */
  counts: { added: number; changed: number; removed: number };
}

const same = (x: unknown, y: unknown): boolean => x === y || JSON.stringify(x) === JSON.stringify(y);

function diffByKey<T>(xs: readonly T[], ys: readonly T[], keyOf: (x: T) => string): { added: string[]; changed: string[]; removed: string[] } {
  const before = new Map(xs.map((x) => [keyOf(x), x]));
  const after = new Map(ys.map((y) => [keyOf(y), y]));
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
    changed: [...after.entries()].filter(([k, v]) => before.has(k) && !same(before.get(k), v)).map(([k]) => k),
  };
}

/**
 * What changed between two ticks, by key (facility, programme and policy keys
 * are unique across publishers; childcare by 어린이집코드, kindergartens by
 * their `key` field). For tests of incremental crawling.
 */
export function worldDiff(seed: number, fromTick: number, toTick: number): WorldDiff {
  const a = worldAt(seed, fromTick);
  const b = worldAt(seed, toTick);
  const p = diffByKey(a.policies, b.policies, (x) => x.key);
  const g = diffByKey(a.programs, b.programs, (x) => x.key);
  const f = diffByKey(a.facilities, b.facilities, (x) => x.key);
  const c = diffByKey(a.childcare, b.childcare, (x) => x.code);
  const k = diffByKey(a.kindergartens, b.kindergartens, (x) => String(x['key']));
  const added = { policies: p.added, programs: g.added, facilities: f.added };
  const changed = { policies: p.changed, programs: g.changed, facilities: f.changed, childcare: c.changed, kindergartens: k.changed };
  const removed = { policies: p.removed, programs: g.removed, facilities: f.removed };
  const total = (r: Record<string, string[]>) => Object.values(r).reduce((n, xs) => n + xs.length, 0);
  return { fromTick, toTick, added, changed, removed, counts: { added: total(added), changed: total(changed), removed: total(removed) } };
}
