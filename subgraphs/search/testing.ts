/**
 * Search's freshness contract in tests: a change is found within 1 s of being
 * written (the hub's indexer runs every 250 ms and may still be committing;
 * a search reuses an index generation read up to 50 ms earlier). Reads until
 * `done` holds or the second is over, and returns the last value read, so the
 * caller's assertion still fails when the change never shows.
 */
export async function within1s<T>(read: () => Promise<T>, done: (value: T) => boolean, pollMs = 50): Promise<T> {
  const deadline = Date.now() + 1000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, pollMs));
    value = await read();
  }
  return value;
}
