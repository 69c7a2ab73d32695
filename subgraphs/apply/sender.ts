import { join } from 'node:path';
import { webhookSecret } from '../../common/auth/hub-secret';
import type { Config } from '../../common/config';
import type { Logger } from '../../common/logger';
import type { Store } from '../../store';
import { runAdmissionTimers } from './admission';
import { applyOptionsFrom } from './options';
import { consoleSmsProvider, fileSmsProvider, noSmsProvider, type SmsProvider } from './sms';
import { postWebhook } from './webhook';

/**
 * Delivers the outbox. Rows are claimed with `for update skip locked` and a
 * lease (`locked_until`), so several senders share the work; a sender that
 * dies mid-send leaves its rows to be claimed again when the lease ends, and
 * the provider drops the repeat by its delivery key: exactly once. Failures
 * retry with exponential backoff (2^n s, at most 1 h) up to MAX_ATTEMPTS.
 */
export const MAX_ATTEMPTS = 8;

export interface SenderDeps {
  store: Store;
  sms: SmsProvider;
  webhookSecret: string;
  logger?: Logger;
  /** Seconds a claimed row is ours before another sender may take it. */
  leaseSeconds?: number;
  /** Test hook: called after the provider accepted a message, before the row is marked SENT. */
  afterSend?: (deliveryKey: string) => Promise<void> | void;
}

interface OutboxRow {
  id: string;
  channel: 'SMS' | 'WEBHOOK';
  destination: string;
  delivery_key: string;
  attempts: number;
  kind: string;
  message_ko: string;
  message_en: string;
  payload: unknown;
  application_id: string | null;
  reservation_id: string | null;
  notification_id: string;
}

/** Claims and delivers due outbox rows once; returns how many were delivered. */
export async function drainOutbox(deps: SenderDeps, batch = 50): Promise<number> {
  const claimed = await deps.store.query<OutboxRow>(
    `with due as (
       select id from apply.outbox
       where (status = 'PENDING' and next_attempt_at <= now()) or (status = 'SENDING' and locked_until < now())
       order by id limit $1 for update skip locked
     )
     update apply.outbox o set status = 'SENDING', attempts = o.attempts + 1, locked_until = now() + make_interval(secs => $2)
     from due, apply.notification n
     where o.id = due.id and n.id = o.notification_id
     returning o.id, o.channel, o.destination, o.delivery_key, o.attempts, o.notification_id, n.kind, n.message_ko, n.message_en, n.payload, n.application_id, n.reservation_id`,
    [batch, deps.leaseSeconds ?? 60],
  );
  let delivered = 0;
  for (const row of claimed.rows) {
    try {
      if (row.channel === 'SMS') {
        await deps.sms.send({ deliveryKey: row.delivery_key, to: row.destination, text: `[돌봄허브] ${row.message_ko}` });
      } else {
        await postWebhook(row.destination, deps.webhookSecret, row.delivery_key, {
          id: String(row.notification_id),
          kind: row.kind,
          applicationId: row.application_id,
          reservationId: row.reservation_id,
          messageKo: row.message_ko,
          messageEn: row.message_en,
          payload: row.payload,
        });
      }
      await deps.afterSend?.(row.delivery_key);
      await deps.store.query(`update apply.outbox set status = 'SENT', sent_at = now(), locked_until = null, last_error = null where id = $1`, [row.id]);
      delivered++;
    } catch (error) {
      const dead = row.attempts >= MAX_ATTEMPTS;
      const backoff = Math.min(3600, 2 ** row.attempts);
      // The error text only: a provider's message may echo the number, so it is cut and never logged with the destination.
      const message = (error as Error).message.slice(0, 200);
      await deps.store.query(
        `update apply.outbox set status = $2, next_attempt_at = now() + make_interval(secs => $3), locked_until = null, last_error = $4 where id = $1`,
        [row.id, dead ? 'FAILED' : 'PENDING', backoff, message],
      );
      deps.logger?.warn({ outboxId: row.id, channel: row.channel, attempts: row.attempts, dead, error: message }, 'notification delivery failed');
    }
  }
  return delivered;
}

export function smsProviderFrom(config: Config, logger: Logger): SmsProvider {
  if (config.SMS_PROVIDER === 'file') return fileSmsProvider(config.SMS_FILE ?? join(config.dataDir, 'sms.jsonl'));
  if (config.SMS_PROVIDER === 'console') return consoleSmsProvider(logger);
  return noSmsProvider;
}

/**
 * The sender loop with the admission timers (offer expiry, lapses): every
 * `intervalMs`, until the returned stop function is called.
 */
export function startSender(store: Store, config: Config, logger: Logger, intervalMs = 1000): () => Promise<void> {
  // WEBHOOK_SECRET, or the one generated for this database (common/auth/hub-secret.ts), read on the first tick.
  const deps: SenderDeps = { store, sms: smsProviderFrom(config, logger), webhookSecret: config.WEBHOOK_SECRET ?? '', logger };
  const options = applyOptionsFrom(config);
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      if (!deps.webhookSecret) deps.webhookSecret = await webhookSecret(store, config);
      await runAdmissionTimers(store, options);
      while (!stopped && (await drainOutbox(deps)) > 0);
    } catch (error) {
      logger.error({ error: (error as Error).message }, 'apply sender tick failed');
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  running = running.then(tick);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
