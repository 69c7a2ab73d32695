import { randomBytes } from 'node:crypto';
import type { Store } from '../../store';
import { todayInKorea } from './dates';
import type { Household } from './household';
import { judgeAll } from './list';
import { householdSealer, type Sealer } from './seal';
import { loadPolicies, type PolicyEntry } from './snapshot';

export type AlertChannel = { kind: 'SMS' | 'WEBHOOK'; to: string };

/** What is sealed: everything a household row says about the family. */
interface SealedHousehold {
  household: Household;
  label: string | null;
  channel: AlertChannel;
}

const ALL = { stages: null, region: null, verdicts: ['ELIGIBLE', 'MAYBE'] } as const;

function matching(policies: readonly PolicyEntry[], household: Household, on: string) {
  return judgeAll(policies, household, on, { ...ALL, verdicts: [...ALL.verdicts] });
}

/** Saved households of signed-in parents (issue 18 alerts). */
export function alertStore(store: Store) {
  let sealer: Promise<Sealer> | null = null;
  const seal = () => (sealer ??= householdSealer(store));
  return {
    async list(ownerSub: string) {
      const s = await seal();
      const { rows } = await store.query<{ id: string; sealed: string; created_at: Date; alerts: string }>(
        `select h.id, h.sealed, h.created_at, (select count(*) from benefits.alert_delivery d where d.household_id = h.id and d.notification_id is not null) as alerts
         from benefits.saved_household h where h.owner_sub = $1 order by h.created_at, h.id`,
        [ownerSub],
      );
      return rows.map((r) => ({ id: r.id, label: s.open<SealedHousehold>(r.sealed).label, createdAt: new Date(r.created_at).toISOString(), alertsSent: Number(r.alerts) }));
    },
    /** Saves the household and, as the baseline, the policies it matches today: only later changes alert. */
    async save(ownerSub: string, household: Household, label: string | null, channel: AlertChannel, policies: readonly PolicyEntry[], on: string) {
      const s = await seal();
      const id = `hh_${randomBytes(8).toString('hex')}`;
      const baseline = matching(policies, household, on);
      await store.transaction(async (tx) => {
        await tx.query('insert into benefits.saved_household (id, owner_sub, sealed) values ($1, $2, $3)', [id, ownerSub, s.seal({ household, label, channel } satisfies SealedHousehold)]);
        await tx.query(
          `insert into benefits.alert_delivery (household_id, policy_id, content_hash, verdict)
           select $1, * from unnest($2::text[], $3::text[], $4::text[]) on conflict do nothing`,
          [id, baseline.map((b) => b.policy.id), baseline.map((b) => b.policy.contentHash), baseline.map((b) => b.verdict)],
        );
      });
      return { id, label, createdAt: new Date().toISOString(), alertsSent: 0 };
    },
    async remove(ownerSub: string, id: string): Promise<boolean> {
      const { rowCount } = await store.query('delete from benefits.saved_household where id = $1 and owner_sub = $2', [id, ownerSub]);
      return (rowCount ?? 0) > 0;
    },
  };
}
export type AlertStore = ReturnType<typeof alertStore>;

/**
 * After a crawl: every saved household judged against the current policies;
 * a policy version (content hash) newly ELIGIBLE or MAYBE for it gets one
 * notification through apply's outbox (SMS or webhook), with the reason, in
 * the same transaction as its delivery row — so a policy change alerts once,
 * and a second crawl of the same texts alerts nobody. Returns the count sent.
 */
export async function sweepBenefitAlerts(store: Store, on = todayInKorea()): Promise<number> {
  const { rows: households } = await store.query<{ id: string; owner_sub: string; sealed: string }>('select id, owner_sub, sealed from benefits.saved_household order by id');
  if (households.length === 0) return 0;
  const s = await householdSealer(store);
  const policies = await loadPolicies(store);
  let sent = 0;
  for (const h of households) {
    const saved = s.open<SealedHousehold>(h.sealed);
    const rows = matching(policies, saved.household, on);
    if (rows.length === 0) continue;
    const { rows: known } = await store.query<{ policy_id: string; content_hash: string }>('select policy_id, content_hash from benefits.alert_delivery where household_id = $1', [h.id]);
    const seen = new Set(known.map((k) => `${k.policy_id}\u0000${k.content_hash}`));
    const fresh = rows.filter((r) => !seen.has(`${r.policy.id}\u0000${r.policy.contentHash}`));
    for (const r of fresh) {
      const why = r.verdict === 'ELIGIBLE' ? '모든 자격 조건을 충족합니다' : `확인이 필요합니다: ${r.question?.ko ?? ''}`;
      const whyEn = r.verdict === 'ELIGIBLE' ? 'every condition is met' : `to check: ${r.question?.en ?? ''}`;
      const ko = `[돌봄허브] 새 지원정책 "${r.policy.name}": ${r.verdict === 'ELIGIBLE' ? '받을 수 있어요' : '받을 수도 있어요'} (${why})`;
      const en = `[Dolbom Hub] New benefit "${r.policy.name}": ${r.verdict === 'ELIGIBLE' ? 'eligible' : 'maybe eligible'} (${whyEn})`;
      const inserted = await store.transaction(async (tx) => {
        const claim = await tx.query(
          `insert into benefits.alert_delivery (household_id, policy_id, content_hash, verdict) values ($1, $2, $3, $4) on conflict do nothing returning policy_id`,
          [h.id, r.policy.id, r.policy.contentHash, r.verdict],
        );
        // A concurrent sweep claimed it first: it sends.
        if (!claim.rows.length) return false;
        const n = await tx.query<{ id: string }>(
          `insert into apply.notification (recipient_sub, kind, message_ko, message_en, payload) values ($1, 'BENEFIT_AVAILABLE', $2, $3, $4) returning id`,
          [h.owner_sub, ko, en, JSON.stringify({ householdId: h.id, policyId: r.policy.id, verdict: r.verdict, reason: r.verdict === 'ELIGIBLE' ? null : r.question })],
        );
        const id = n.rows[0]!.id;
        await tx.query(`insert into apply.outbox (notification_id, channel, destination, delivery_key) values ($1, $2, $3, $4)`, [id, saved.channel.kind, saved.channel.to, `n${id}:${saved.channel.kind}`]);
        await tx.query('update benefits.alert_delivery set notification_id = $4 where household_id = $1 and policy_id = $2 and content_hash = $3', [h.id, r.policy.id, r.policy.contentHash, id]);
        return true;
      });
      if (inserted) sent++;
    }
  }
  return sent;
}
