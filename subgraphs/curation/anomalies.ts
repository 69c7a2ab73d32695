import type { Principal } from '../../common/auth';
import { HubError } from '../../common/errors';
import { kstDate } from '../../common/kst';
import type { Queryable, Store } from '../../store';
import { ANOMALY_RULES, CHECKS, DEFAULT_ANOMALY_OPTIONS, type AnomalyOptions, type AnomalyRule, type Finding } from './anomaly-rules';

/**
 * Anomaly flags (issue 20): runs the checks of anomaly-rules.ts and files
 * their findings in curation.anomaly_flag, one flag per (rule, subject);
 * editors confirm, dismiss or publish them, each decision audited.
 *
 * Called after every crawl that wrote records (crawlers/core/run-finish.ts:
 * every rule) and after an admission (apply: ADMITTED_TWICE for that child).
 * A finding seen again refreshes its flag's evidence and last_seen_at, and
 * never reopens a decided one; a full run marks the flags of its rules whose
 * condition no longer holds as resolved (they stay in the queue, marked).
 */
export interface AnomalyRunOptions {
  rules?: readonly AnomalyRule[];
  /** Now (tests move it forward for the windowed rule). Default the clock. */
  now?: Date;
  options?: Partial<AnomalyOptions>;
  /** Only these children's ADMITTED_TWICE (an admission); nothing is resolved then. */
  childIds?: readonly string[];
  /**
   * Only the facilities this site publishes, every rule but ADMITTED_TWICE (which apply checks at each admission):
   * the checks after one site's crawl cost what that site holds, not the whole catalogue.
   */
  siteId?: string;
}

export interface AnomalyRunResult {
  found: number;
  opened: number;
  resolved: number;
}

export async function runAnomalyChecks(db: Store | Queryable, run: AnomalyRunOptions = {}): Promise<AnomalyRunResult> {
  const now = run.now ?? new Date();
  const rules = (run.rules ?? ANOMALY_RULES).filter((r) => !(run.siteId && r === 'ADMITTED_TWICE'));
  const scope = {
    now,
    today: kstDate(now),
    options: { ...DEFAULT_ANOMALY_OPTIONS, ...run.options },
    childIds: run.childIds ? [...run.childIds].slice(0, 1000) : null,
    siteId: run.siteId ?? null,
  };
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...(await CHECKS[rule](db, scope)));
  const write = async (tx: Queryable): Promise<AnomalyRunResult> => {
    // Checks after two crawls finishing together take turns: a flag is filed once.
    await tx.query(`select pg_advisory_xact_lock(hashtext('curation.anomaly_flag'))`);
    const opened = findings.length ? await fileFindings(tx, findings) : 0;
    const resolved = scope.childIds ? 0 : await resolveGone(tx, rules, findings, scope.siteId);
    return { found: findings.length, opened, resolved };
  };
  return 'driver' in db ? db.transaction(write) : write(db);
}

async function fileFindings(tx: Queryable, findings: readonly Finding[]): Promise<number> {
  const { rows } = await tx.query<{ opened: boolean }>(
    `insert into curation.anomaly_flag (id, rule, subject, facility_ids, evidence, observed_on)
     select 'anm_' || replace(gen_random_uuid()::text, '-', ''), x.rule, x.subject,
            array(select jsonb_array_elements_text(x.facility_ids)), x.evidence, x.observed_on::date
     from jsonb_to_recordset($1::jsonb) as x(rule text, subject text, facility_ids jsonb, evidence jsonb, observed_on text)
     on conflict (rule, subject) do update set
       facility_ids = excluded.facility_ids, evidence = excluded.evidence, observed_on = excluded.observed_on,
       last_seen_at = now(), resolved_at = null
     returning (xmax = 0) as opened`,
    [JSON.stringify(findings.map((f) => ({ rule: f.rule, subject: f.subject, facility_ids: f.facilityIds, evidence: f.evidence, observed_on: f.observedOn })))],
  );
  return rows.filter((r) => r.opened).length;
}

async function resolveGone(tx: Queryable, rules: readonly AnomalyRule[], findings: readonly Finding[], siteId: string | null): Promise<number> {
  const { rowCount } = await tx.query(
    `update curation.anomaly_flag f set resolved_at = now()
     where f.rule = any($1::text[]) and f.resolved_at is null
       and (f.rule, f.subject) not in (select * from unnest($2::text[], $3::text[]))
       and ($4::text is null or f.facility_ids[1] in (select s.record_id from catalog.source_record s where s.site_id = $4::text))`,
    [rules, findings.map((f) => f.rule), findings.map((f) => f.subject), siteId],
  );
  return rowCount ?? 0;
}

export type AnomalyState = 'OPEN' | 'CONFIRMED' | 'DISMISSED' | 'PUBLISHED';
export type AnomalyDecision = 'CONFIRM' | 'DISMISS' | 'PUBLISH';

export interface AnomalyRow {
  id: string;
  rule: AnomalyRule;
  subject: string;
  facilityIds: string[];
  evidence: Record<string, unknown>;
  observedOn: string;
  state: AnomalyState;
  firstSeenAt: string;
  lastSeenAt: string;
  resolvedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

export const ANOMALY_COLUMNS = `id, rule, subject, facility_ids, evidence, to_char(observed_on, 'YYYY-MM-DD') as observed_on, state,
  first_seen_at, last_seen_at, resolved_at, decided_by, decided_at, reason`;

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export function toAnomalyRow(row: Record<string, unknown>): AnomalyRow {
  return {
    id: row.id as string,
    rule: row.rule as AnomalyRule,
    subject: row.subject as string,
    facilityIds: row.facility_ids as string[],
    evidence: row.evidence as Record<string, unknown>,
    observedOn: row.observed_on as string,
    state: row.state as AnomalyState,
    firstSeenAt: iso(row.first_seen_at)!,
    lastSeenAt: iso(row.last_seen_at)!,
    resolvedAt: iso(row.resolved_at),
    decidedBy: row.decided_by as string | null,
    decidedAt: iso(row.decided_at),
    reason: row.reason as string | null,
  };
}

/** Which states each decision starts from, and where it leads. */
const TRANSITIONS: Record<AnomalyDecision, { from: AnomalyState[]; to: AnomalyState; action: string }> = {
  CONFIRM: { from: ['OPEN'], to: 'CONFIRMED', action: 'ANOMALY_CONFIRM' },
  DISMISS: { from: ['OPEN', 'CONFIRMED'], to: 'DISMISSED', action: 'ANOMALY_DISMISS' },
  PUBLISH: { from: ['OPEN', 'CONFIRMED'], to: 'PUBLISHED', action: 'ANOMALY_PUBLISH' },
};

/** Rules about one person: their flags stay inside the console (a public flag would point at a child). */
export const PRIVATE_RULES: ReadonlySet<AnomalyRule> = new Set(['ADMITTED_TWICE']);

/**
 * An editor's decision on a flag, with its audit row in the same statement
 * (curation.audit_log: record = the flag's first facility, field = the rule,
 * before / after = the states and the flag id). A decision not allowed from
 * the flag's state is CONFLICT; nothing is written then.
 */
export async function decideAnomaly(store: Store, actor: Principal, id: string, decision: AnomalyDecision, reason: string): Promise<AnomalyRow> {
  const t = TRANSITIONS[decision];
  return store.transaction(async (tx) => {
    const { rows } = await tx.query(`select ${ANOMALY_COLUMNS} from curation.anomaly_flag where id = $1 for update`, [id]);
    if (!rows[0]) throw new HubError('NOT_FOUND', { ko: `이상 징후 ${id}를 찾을 수 없습니다.`, en: `No anomaly flag ${id}.` });
    const flag = toAnomalyRow(rows[0]);
    if (decision === 'PUBLISH' && PRIVATE_RULES.has(flag.rule)) {
      throw new HubError('BAD_USER_INPUT', { ko: '아동 한 명에 관한 이상 징후는 공개할 수 없습니다. 확인 또는 기각만 할 수 있습니다.', en: 'A flag about one child cannot be published; confirm or dismiss it.' }, { argument: 'id' });
    }
    if (!t.from.includes(flag.state)) {
      throw new HubError('CONFLICT', { ko: `이미 처리된 이상 징후입니다 (현재 상태: ${flag.state}).`, en: `The flag is ${flag.state}; ${decision.toLowerCase()} is not possible from there.` });
    }
    const updated = await tx.query(
      `with changed as (
         update curation.anomaly_flag set state = $2, decided_by = $3, decided_at = now(), reason = $5 where id = $1
         returning ${ANOMALY_COLUMNS}
       ), audited as (
         insert into curation.audit_log (actor_sub, actor_role, action, record_id, field, before, after, reason)
         select $3, $4, $6, facility_ids[1], rule, jsonb_build_object('flag', id, 'state', $7::text), jsonb_build_object('flag', id, 'state', $2::text), $5 from changed
       )
       select * from changed`,
      [id, t.to, actor.sub, actor.role, reason, t.action, flag.state],
    );
    return toAnomalyRow(updated.rows[0]!);
  });
}
