import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import type { Store, Tx } from '../../store';
import { notificationCtes, notificationParams, type NotificationInput } from './notify';

export interface MutationOutcome<T> {
  /** What a repeat with the same key answers: JSON-safe (ids), reloaded by the resolver. */
  result: T;
  targetId?: string;
  detail?: Record<string, unknown>;
  /** Notifications of this change, written with the audit row (same transaction, same statement). */
  notices?: NotificationInput[];
}

/**
 * Runs one apply mutation in one transaction with its idempotency key and its
 * audit row. The key is claimed first: a concurrent repeat waits on the key's
 * unique index and then reads the first answer; a failed attempt rolls back
 * the claim, so the caller may retry with the same key.
 */
export async function runMutation<T>(
  store: Store,
  actor: Principal,
  operation: string,
  idempotencyKey: string,
  fn: (tx: Tx) => Promise<MutationOutcome<T>>,
): Promise<T> {
  if (!idempotencyKey || idempotencyKey.length > 200) {
    throw badInput('idempotencyKey', 'idempotencyKey는 1–200자여야 합니다.', 'idempotencyKey must be 1–200 characters.');
  }
  return store.transaction(async (tx) => {
    const claimed = await tx.query(
      'insert into apply.idempotency (actor_sub, key, operation) values ($1, $2, $3) on conflict do nothing returning 1',
      [actor.sub, idempotencyKey, operation],
    );
    if (claimed.rowCount === 0) {
      const previous = await tx.query<{ operation: string; result: T }>('select operation, result from apply.idempotency where actor_sub = $1 and key = $2', [
        actor.sub,
        idempotencyKey,
      ]);
      const row = previous.rows[0]!;
      if (row.operation !== operation) {
        throw new HubError('CONFLICT', { ko: '이 idempotencyKey는 다른 작업에 이미 쓰였습니다.', en: 'This idempotencyKey was already used for another operation.' }, { field: 'idempotencyKey' });
      }
      return row.result;
    }
    const outcome = await fn(tx);
    // The answer for repeats, the audit row and the notifications, in one round trip. A partner acting for a citizen is named in the audit (issue 7).
    await tx.query(
      `with saved as (update apply.idempotency set result = $3 where actor_sub = $1 and key = $2),
       audited as (
         insert into apply.audit (actor_sub, actor_role, operation, target_id, detail, partner_key_id, citizen_issuer, citizen_sub)
         values ($1, $4, $5, $6, $7, $8, $9, $10)
       ), ${notificationCtes(11)}
       select 1`,
      [
        actor.sub,
        idempotencyKey,
        JSON.stringify(outcome.result),
        actor.role,
        operation,
        outcome.targetId ?? null,
        JSON.stringify(outcome.detail ?? {}),
        actor.partner?.keyId ?? null,
        actor.partner?.issuer ?? null,
        actor.partner?.citizenSub ?? null,
        ...notificationParams(outcome.notices ?? []),
      ],
    );
    return outcome.result;
    // Apply's statements look rows up by key and never switch conditions off with null parameters: prepared plans fit them.
  }, { prepare: true });
}
