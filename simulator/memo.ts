import type { World } from './world/types';

/** One Korean collator for every sort (creating one per comparison made list pages slow). */
export const KO = new Intl.Collator('ko');

const cache = new WeakMap<World, Map<string, unknown>>();

/** A value derived from a world (a site's sorted list), computed once per world. */
export function memo<T>(world: World, key: string, compute: () => T): T {
  let entries = cache.get(world);
  if (!entries) {
    entries = new Map();
    cache.set(world, entries);
  }
  if (!entries.has(key)) entries.set(key, compute());
  return entries.get(key) as T;
}
