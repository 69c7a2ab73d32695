import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The identity key (주민등록번호 or another key) and the household key are
 * never stored in clear (사회보장급여법: keep the minimum). Matching needs
 * equality only, so a keyed hash does: HMAC-SHA256 under a key of this
 * installation. The key is kept out of the database on purpose — a copy of
 * the database alone (a backup, a dump) cannot be brute-forced over the
 * small space of resident registration numbers without it.
 */
export interface IdentityHasher {
  identity(kind: IdentityKind, key: string): string;
  household(key: string): string;
}

export type IdentityKind = 'RESIDENT_REGISTRATION_NUMBER' | 'OTHER';

/** The key: WELFARE_HMAC_KEY, else DATA_DIR/welfare-hmac.key, created once with 256 random bits, readable by the owner only. */
export function loadHmacKey(config: { WELFARE_HMAC_KEY?: string; dataDir: string }): Buffer {
  if (config.WELFARE_HMAC_KEY) return Buffer.from(config.WELFARE_HMAC_KEY, 'utf8');
  const path = join(config.dataDir, 'welfare-hmac.key');
  try {
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  try {
    // `wx`: two processes starting at once never overwrite each other's key; the loser reads the winner's.
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
}

/** 주민등록번호 as its 13 digits; another key upper-cased without spaces or hyphens. */
export function normaliseIdentity(kind: IdentityKind, key: string): string {
  return kind === 'RESIDENT_REGISTRATION_NUMBER' ? key.replace(/\D/g, '') : key.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** `key` may be a function: read on first use, so building the subgraph writes no file (a hub that never registers anyone makes no key). */
export function createHasher(key: Buffer | (() => Buffer)): IdentityHasher {
  let resolved: Buffer | null = Buffer.isBuffer(key) ? key : null;
  const keyOf = () => (resolved ??= (key as () => Buffer)());
  const mac = (domain: string, value: string) => createHmac('sha256', keyOf()).update(`${domain}\u0000${value}`).digest('hex');
  return {
    // The kind is part of the message: a foreigner's number never collides with a resident number of the same digits.
    identity: (kind, value) => mac(`identity:${kind}`, normaliseIdentity(kind, value)),
    household: (value) => mac('household', value.normalize('NFKC').replace(/\s/g, '').toUpperCase()),
  };
}

/**
 * A name masked for lists (개인정보 비식별 표기): 홍길동 → 홍*동, 홍길 → 홍*,
 * 남궁민수 → 남**수; a single character → *.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
