import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { hubSecret } from '../../common/auth/hub-secret';
import type { Queryable } from '../../store';

/**
 * AES-256-GCM sealing of saved households under the database's own key
 * (access.hub_secret, 256 random bits made on first use, as the webhook
 * secret is): a copy of the table alone reveals nothing of a family.
 */
export interface Sealer {
  seal(value: unknown): string;
  open<T>(sealed: string): T;
}

export function sealerFromKey(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('benefits key must be 32 bytes');
  return {
    seal(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open<T>(sealed: string): T {
      const [v, iv, tag, body] = sealed.split('.');
      if (v !== 'v1' || !iv || !tag || body == null) throw new Error('unknown sealed format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')) as T;
    },
  };
}

export async function householdSealer(db: Queryable): Promise<Sealer> {
  return sealerFromKey(Buffer.from(await hubSecret(db, 'benefits-household'), 'base64url'));
}
