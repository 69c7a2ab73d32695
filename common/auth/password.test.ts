import { SCRYPT_PARAMS, hashPassword, verifyPassword } from './password';
import { hubSecret, webhookSecret } from './hub-secret';
import { createTestStore } from '../../store/testing';

/** The KDF string and its checks; the secrets the hub makes for itself. */
test('hashes are self-describing scrypt strings that verify only the right password', async () => {
  const hash = await hashPassword('비밀번호는 길게 써야 합니다');
  const [name, N, r, p, salt, key] = hash.split('$');
  expect([name, Number(N), Number(r), Number(p)]).toEqual(['scrypt', SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p]);
  expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
  expect(Buffer.from(key!, 'base64url')).toHaveLength(64);
  await expect(verifyPassword('비밀번호는 길게 써야 합니다', hash)).resolves.toBe(true);
  await expect(verifyPassword('비밀번호는 길게 써야 합니다 ', hash)).resolves.toBe(false);
  // A row whose parameters were tampered with (cost raised to burn CPU, or lowered) does not verify.
  await expect(verifyPassword('비밀번호는 길게 써야 합니다', hash.replace('$32768$', '$1073741824$'))).resolves.toBe(false);
  await expect(verifyPassword('x', 'plain-text-password')).resolves.toBe(false);
});

test('the webhook secret is generated once per database unless WEBHOOK_SECRET is set', async () => {
  const a = await createTestStore();
  const b = await createTestStore();
  try {
    const first = await webhookSecret(a, {});
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await webhookSecret(a, {})).toBe(first);
    expect(await hubSecret(b, 'webhook')).not.toBe(first);
    expect(await webhookSecret(a, { WEBHOOK_SECRET: 'operator-chosen-secret' })).toBe('operator-chosen-secret');
  } finally {
    await a.close();
    await b.close();
  }
});
