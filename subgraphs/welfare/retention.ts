import type { Logger } from '../../common/logger';
import type { Store } from '../../store';
import type { WelfareActor } from './access';
import { audit } from './store';

/**
 * Retention (사회보장급여법: say how long, delete after it). When a
 * programme was confirmed (or closed and never confirmed) more than
 * `days` ago, its recommendations lose everything that identifies a
 * person: the name becomes its masked form, the birth date its year, the
 * reason a placeholder, and both hashes and the registry reference are
 * replaced by values that match nothing. Counts (statistics) survive;
 * concentration checks no longer see those receipts, so the retention
 * period must be longer than any programme's concentration window.
 */
const SYSTEM: WelfareActor = { principal: { sub: 'system:retention', role: 'ADMIN', facilityIds: [] }, organisation: { id: 'system', kind: 'DISTRICT' } };

export async function purgeExpired(store: Store, days: number): Promise<number> {
  return store.transaction(async (tx) => {
    // Idempotency keys only cover a retry of a lost answer: a day is plenty, and they hold an identity hash.
    await tx.query(`delete from welfare.idempotent_registration where created_at < now() - interval '1 day'`);
    const { rows } = await tx.query<{ programme_id: string; n: number }>(
      `with expired as (
         select id from welfare.programme
          where status in ('CONFIRMED', 'CLOSED') and coalesce(confirmed_at, created_at) < now() - make_interval(days => $1)
       ), purged as (
         update welfare.recommendation r
            set person_name = case when char_length(person_name) <= 1 then '*'
                                   when char_length(person_name) = 2 then left(person_name, 1) || '*'
                                   else left(person_name, 1) || repeat('*', char_length(person_name) - 2) || right(person_name, 1) end,
                birth_date = date_trunc('year', birth_date)::date,
                reason = '[보유기간 경과로 파기됨 / deleted after the retention period]',
                identity_hash = 'purged:' || r.id,
                household_hash = 'purged:' || r.id,
                registry_ref = 'purged',
                purged_at = now()
          where r.programme_id in (select id from expired) and r.purged_at is null
          returning r.programme_id
       )
       select programme_id, count(*)::int as n from purged group by programme_id`,
      [days],
    );
    await audit(tx, SYSTEM, rows.map((r) => ({ action: 'PURGE_EXPIRED', programmeId: r.programme_id, after: { purged: Number(r.n), retentionDays: days } })));
    return rows.reduce((sum, r) => sum + Number(r.n), 0);
  });
}

/** Runs the purge now and then daily; the stop function waits for a run in progress (the store may close next). */
export function startRetention(store: Store, days: number, logger: Logger): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () =>
    (running = purgeExpired(store, days).then(
      (n) => n > 0 && logger.info({ job: 'welfare-retention', purged: n }, 'welfare recommendations past retention deleted'),
      (error: Error) => logger.error({ job: 'welfare-retention', err: error }, 'welfare retention purge failed'),
    ));
  void run();
  const timer = setInterval(() => void run(), 24 * 3600_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
