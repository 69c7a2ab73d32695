import type { Criterion } from '../../common/benefits/criteria';
import type { Stage } from '../../common/record';
import { typenameOf } from '../../common/typenames';
import type { Store } from '../../store';
import { effectiveCriteria } from '../../common/benefits/effective';

/** One published policy as the judge needs it, with its effective criteria. */
export interface PolicyEntry {
  id: string;
  typename: string;
  name: string;
  primaryStage: Stage;
  stages: Stage[];
  sido: string | null;
  sigungu: string | null;
  amountKrw: number | null;
  deadline: string | null;
  /** The record's content hash: a new one is a policy change (alerts). */
  contentHash: string;
  criteria: Criterion[];
  /** Criteria that change with time (AGE, PREGNANCY, CHILD_ORDER): only these can open or end. */
  timeDependent: boolean;
}

export interface PolicySnapshot {
  version: string;
  policies: PolicyEntry[];
  loadedAt: number;
}

const TIME_KINDS = new Set(['AGE', 'PREGNANCY', 'CHILD_ORDER']);
function timeDependent(criteria: readonly Criterion[]): boolean {
  return criteria.some((c) => TIME_KINDS.has(c.kind) || (c.kind === 'ANY_OF' && timeDependent(c.options)));
}

/** Loads every published, active policy with its criteria: one query, whatever the count. */
export async function loadPolicies(store: Store): Promise<PolicyEntry[]> {
  const { rows } = await store.query<{ id: string; name: string; subtype: string; primary_stage: Stage; stages: Stage[]; sido: string | null; sigungu: string | null; site_id: string; attrs: Record<string, unknown> | null; curated_fields: string[] | null; content_hash: string }>(
    `select id, name, subtype, primary_stage, stages, sido, sigungu, site_id, attrs, curated_fields, content_hash
     from catalog.effective_record
     where kind = 'POLICY' and published and status = 'ACTIVE'`,
  );
  return rows.map((r) => {
    const attrs = r.attrs ?? {};
    // The rows read here are the ones criteriaOf would read again by id: judge them as they are.
    const c = effectiveCriteria({ sido: r.sido, sigungu: r.sigungu, siteId: r.site_id, attrs, curatedFields: r.curated_fields ?? [] });
    const amount = attrs.amountKrw;
    const period = attrs.applicationPeriod as { end?: unknown } | null | undefined;
    const deadline = typeof period?.end === 'string' ? period.end : null;
    return {
      id: r.id,
      typename: typenameOf({ kind: 'POLICY', primaryStage: r.primary_stage, subtype: r.subtype }),
      name: r.name,
      primaryStage: r.primary_stage,
      stages: r.stages,
      sido: r.sido,
      sigungu: r.sigungu,
      amountKrw: typeof amount === 'number' ? amount : null,
      deadline: deadline && /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? deadline : null,
      contentHash: r.content_hash,
      criteria: c,
      timeDependent: timeDependent(c),
    };
  });
}

/** How long a snapshot is trusted while changes wait to be indexed (the generation has not moved yet). */
const PENDING_TTL_MS = 2_000;

/**
 * The policies + criteria, loaded once per public data version
 * (catalog.public_data_version: the search generation, bumped by every
 * public change once indexed). Requests share it; concurrent misses share one
 * load. Judging then runs in memory — no SQL per request but the version check.
 */
export function policySnapshots(store: Store, load: (store: Store) => Promise<PolicyEntry[]> = loadPolicies) {
  let current: PolicySnapshot | null = null;
  let loading: Promise<PolicySnapshot> | null = null;
  async function version(): Promise<{ key: string; pending: boolean }> {
    const { rows } = await store.query<{ generation: string | number; pending: boolean }>('select generation, pending from catalog.public_data_version', [], { prepare: true });
    return { key: String(rows[0]?.generation ?? 0), pending: rows[0]?.pending ?? false };
  }
  return {
    async get(): Promise<PolicySnapshot> {
      const v = await version();
      const fresh = current && current.version === v.key && (!v.pending || Date.now() - current.loadedAt < PENDING_TTL_MS);
      if (fresh) return current!;
      loading ??= load(store)
        .then((policies) => (current = { version: v.key, policies, loadedAt: Date.now() }))
        .finally(() => (loading = null));
      return loading;
    },
    invalidate(): void {
      current = null;
    },
  };
}
export type PolicySnapshots = ReturnType<typeof policySnapshots>;
