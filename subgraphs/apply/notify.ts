import type { Queryable } from '../../store';

export type NotificationKind =
  | 'APPLIED'
  | 'POSITION_CHANGED'
  | 'OFFERED'
  | 'OFFER_EXPIRED'
  | 'OFFER_DECLINED'
  | 'ADMITTED'
  | 'LAPSE_WARNING'
  | 'LAPSED'
  | 'RESERVATION_CONFIRMED'
  | 'RESERVATION_CANCELLED'
  | 'HOSPITAL_CARE_STATUS';

export interface NotificationInput {
  recipientSub: string;
  kind: NotificationKind;
  applicationId?: string | null;
  reservationId?: string | null;
  ko: string;
  en: string;
  payload?: Record<string, unknown>;
}

/**
 * The statement parts that record notifications and their outbox rows: two
 * CTEs reading seven array parameters from `$first` on (see
 * notificationParams). One SMS row when the parent gave a phone, one webhook
 * row when they gave a URL; the delivery key is unique per notification and
 * channel. Empty arrays insert nothing.
 */
export function notificationCtes(first: number): string {
  const p = (i: number) => `$${first + i}`;
  return `notified as (
       insert into apply.notification (recipient_sub, kind, application_id, reservation_id, message_ko, message_en, payload)
       select * from unnest(${p(0)}::text[], ${p(1)}::text[], ${p(2)}::text[], ${p(3)}::text[], ${p(4)}::text[], ${p(5)}::text[], ${p(6)}::jsonb[])
       returning id, recipient_sub
     ), queued as (
       insert into apply.outbox (notification_id, channel, destination, delivery_key)
       select n.id, ch.channel, ch.destination, 'n' || n.id || ':' || ch.channel
       from notified n
       cross join lateral (select phone, webhook_url from apply.contact c where c.parent_sub = n.recipient_sub) c
       cross join lateral (values ('SMS', c.phone), ('WEBHOOK', c.webhook_url)) as ch (channel, destination)
       where ch.destination is not null
     )`;
}

export function notificationParams(inputs: readonly NotificationInput[]): unknown[] {
  return [
    inputs.map((i) => i.recipientSub),
    inputs.map((i) => i.kind),
    inputs.map((i) => i.applicationId ?? null),
    inputs.map((i) => i.reservationId ?? null),
    inputs.map((i) => i.ko),
    inputs.map((i) => i.en),
    inputs.map((i) => JSON.stringify(i.payload ?? {})),
  ];
}

/**
 * Records notifications and their outbox rows in the caller's transaction
 * (DESIGN contract 9): the change and the promise to tell the parent commit
 * together, in one statement for any number of notifications. Mutations
 * usually return theirs in MutationOutcome.notices instead, which
 * runMutation writes with the audit row.
 */
export async function notify(tx: Queryable, inputs: readonly NotificationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.query(`with ${notificationCtes(1)} select 1`, notificationParams(inputs));
}
