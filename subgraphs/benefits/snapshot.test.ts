import type { Store } from '../../store';
import { policySnapshots, type PolicyEntry } from './snapshot';

/** The snapshot is loaded once per public data version and shared by concurrent requests. */
test('one load per data version; a new generation reloads; concurrent misses share one load', async () => {
  let generation = 1;
  let pending = false;
  const store = { query: async () => ({ rows: [{ generation, pending }], rowCount: 1 }) } as unknown as Store;
  let loads = 0;
  const snapshots = policySnapshots(store, async () => {
    loads++;
    return [] as PolicyEntry[];
  });
  await Promise.all([snapshots.get(), snapshots.get(), snapshots.get()]);
  await snapshots.get();
  expect(loads).toBe(1);
  generation = 2;
  expect((await snapshots.get()).version).toBe('2');
  expect(loads).toBe(2);
  // Changes waiting to be indexed: trusted for a moment, then reloaded.
  pending = true;
  await snapshots.get();
  expect(loads).toBe(2);
});
