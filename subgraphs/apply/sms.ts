import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Logger } from '../../common/logger';
import { maskPhone } from './mask';

/**
 * What the sender needs from an SMS gateway. `deliveryKey` is the client
 * message id: a provider drops a message whose key it has already accepted,
 * which is what makes a resend after a crash harmless (real Korean SMS APIs
 * take such a key; the local providers below honour it too).
 */
export interface SmsProvider {
  send(message: { deliveryKey: string; to: string; text: string }): Promise<{ duplicate: boolean }>;
}

/** Logs one masked line per message (010-****-5678): never the number in clear. */
export function consoleSmsProvider(logger: Logger): SmsProvider {
  const seen = new Set<string>();
  return {
    async send({ deliveryKey, to, text }) {
      if (seen.has(deliveryKey)) return { duplicate: true };
      seen.add(deliveryKey);
      logger.info({ deliveryKey, to: maskPhone(to), text }, 'SMS');
      return { duplicate: false };
    },
  };
}

/**
 * Appends one JSON line per message to a file, as a carrier would record it,
 * with the number masked. The keys already in the file are the provider's
 * memory, so a new process after a crash still drops repeats.
 */
export function fileSmsProvider(path: string): SmsProvider {
  const seen = new Set<string>();
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim()) seen.add((JSON.parse(line) as { deliveryKey: string }).deliveryKey);
    }
  }
  return {
    async send({ deliveryKey, to, text }) {
      if (seen.has(deliveryKey)) return { duplicate: true };
      seen.add(deliveryKey);
      appendFileSync(path, `${JSON.stringify({ deliveryKey, to: maskPhone(to), text, at: new Date().toISOString() })}\n`);
      return { duplicate: false };
    },
  };
}

export const noSmsProvider: SmsProvider = { send: async () => ({ duplicate: false }) };
