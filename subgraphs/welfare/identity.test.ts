import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHasher, loadHmacKey, maskName } from './identity';

/** The keyed hash of identity keys, its key kept outside the database, and name masking. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'welfare-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the key is made once in DATA_DIR, readable by its owner only, and read back the same', () => {
  const first = loadHmacKey({ dataDir: dir });
  const path = join(dir, 'welfare-hmac.key');
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(first.length).toBe(32);
  expect(loadHmacKey({ dataDir: dir }).equals(first)).toBe(true);
  expect(readFileSync(path, 'utf8')).not.toContain(first.toString('hex'));
});

test('WELFARE_HMAC_KEY wins over the file, and writes none', () => {
  const key = loadHmacKey({ dataDir: dir, WELFARE_HMAC_KEY: 'x'.repeat(32) });
  expect(key.toString()).toBe('x'.repeat(32));
  expect(() => statSync(join(dir, 'welfare-hmac.key'))).toThrow();
});

test('the hash matches a number however it is written, differs by key and by kind, and does not contain it', () => {
  const a = createHasher(Buffer.from('a'.repeat(32)));
  const b = createHasher(Buffer.from('b'.repeat(32)));
  const h = a.identity('RESIDENT_REGISTRATION_NUMBER', '450101-1234567');
  expect(a.identity('RESIDENT_REGISTRATION_NUMBER', '4501011234567')).toBe(h);
  expect(a.identity('RESIDENT_REGISTRATION_NUMBER', ' 450101 - 1234567 ')).toBe(h);
  expect(b.identity('RESIDENT_REGISTRATION_NUMBER', '450101-1234567')).not.toBe(h);
  expect(a.identity('OTHER', '4501011234567')).not.toBe(h);
  expect(h).toMatch(/^[0-9a-f]{64}$/);
  expect(a.household('H-1')).toBe(a.household('h-1'));
});

test.each([
  ['홍길동', '홍*동'],
  ['홍길', '홍*'],
  ['남궁민수', '남**수'],
  ['봄', '*'],
])('maskName(%s) = %s', (name, masked) => {
  expect(maskName(name)).toBe(masked);
});

test('a hasher given a key function reads it on first use only', () => {
  let reads = 0;
  const hasher = createHasher(() => {
    reads++;
    return loadHmacKey({ dataDir: dir });
  });
  expect(() => statSync(join(dir, 'welfare-hmac.key'))).toThrow();
  const h = hasher.household('H-1');
  expect(hasher.household('H-1')).toBe(h);
  expect(reads).toBe(1);
  expect(statSync(join(dir, 'welfare-hmac.key')).isFile()).toBe(true);
});
