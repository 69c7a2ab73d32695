import type { Queryable } from '../../store';

export type NotificationKind =
  | 'APPLIED'
  | 'POSITION_CHANGED'
  | 'OFFERED'
  | 'OFFER_EXPIRED'
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
 * Records notifications and their outbox rows in the caller's transaction
 * (DESIGN contract 9): the change and the promise to tell the parent commit
 * together. One SMS row when the parent gave a phone, one webhook row when
 * they gave a URL; the delivery key is unique per notification and channel.
 * One statement for any number of notifications.
 */
export async function notify(tx: Queryable, inputs: readonly NotificationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.query(
    `with n as (
       insert into apply.notification (recipient_sub, kind, application_id, reservation_id, message_ko, message_en, payload)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[])
       returning id, recipient_sub
     )
     insert into apply.outbox (notification_id, channel, destination, delivery_key)
     select n.id, ch.channel, ch.destination, 'n' || n.id || ':' || ch.channel
     from n
     join apply.contact c on c.parent_sub = n.recipient_sub
     cross join lateral (values ('SMS', c.phone), ('WEBHOOK', c.webhook_url)) as ch (channel, destination)
     where ch.destination is not null`,
    [
      inputs.map((i) => i.recipientSub),
      inputs.map((i) => i.kind),
      inputs.map((i) => i.applicationId ?? null),
      inputs.map((i) => i.reservationId ?? null),
      inputs.map((i) => i.ko),
      inputs.map((i) => i.en),
      inputs.map((i) => JSON.stringify(i.payload ?? {})),
    ],
  );
}
