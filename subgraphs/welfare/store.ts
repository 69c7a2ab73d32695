import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../store';
import type { WelfareActor } from './access';
import type { RegistryStatus } from './registry';

/** The welfare schema's SQL (CONVENTIONS 5): snake_case rows mapped to camelCase here, every value a parameter. */

export type ProgrammeStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'CONFIRMED';

export interface Programme {
  id: string;
  name: string;
  resourceType: string;
  sponsor: string;
  quantity: number;
  unit: string;
  recommendFrom: string;
  recommendUntil: string;
  concentrationMonths: number;
  householdLimit: number;
  status: ProgrammeStatus;
  ownerSub: string;
  ownerOrg: string;
  createdAt: string;
  confirmedAt: string | null;
}

export interface Concentration {
  count: number;
  dates: string[];
}

export interface Recommendation {
  id: string;
  programmeId: string;
  registryRef: string;
  personName: string;
  birthDate: string;
  dong: string;
  reason: string;
  orgId: string;
  orgKind: string;
  recommendedBy: string;
  createdAt: string;
  duplicateOf: string | null;
  registryStatus: RegistryStatus;
  registryCheckedAt: string;
  concentration: Concentration;
  householdCount: number;
  decision: 'INCLUDE' | 'EXCLUDE' | null;
  decisionReason: string | null;
  /** Latest list entry (confirmation or correction); null before confirmation. */
  inFinalList: boolean | null;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v == null ? null : new Date(String(v)).toISOString());
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function toProgramme(r: Record<string, unknown>): Programme {
  return {
    id: r.id as string,
    name: r.name as string,
    resourceType: r.resource_type as string,
    sponsor: r.sponsor as string,
    quantity: Number(r.quantity),
    unit: r.unit as string,
    recommendFrom: day(r.recommend_from),
    recommendUntil: day(r.recommend_until),
    concentrationMonths: Number(r.concentration_months),
    householdLimit: Number(r.household_limit),
    status: r.status as ProgrammeStatus,
    ownerSub: r.owner_sub as string,
    ownerOrg: r.owner_org as string,
    createdAt: iso(r.created_at)!,
    confirmedAt: iso(r.confirmed_at),
  };
}

function toRecommendation(r: Record<string, unknown>): Recommendation {
  return {
    id: r.id as string,
    programmeId: r.programme_id as string,
    registryRef: r.registry_ref as string,
    personName: r.person_name as string,
    birthDate: day(r.birth_date),
    dong: r.dong as string,
    reason: r.reason as string,
    orgId: r.org_id as string,
    orgKind: r.org_kind as string,
    recommendedBy: r.recommended_by as string,
    createdAt: iso(r.created_at)!,
    duplicateOf: (r.duplicate_of as string | null) ?? null,
    registryStatus: r.registry_status as RegistryStatus,
    registryCheckedAt: iso(r.registry_checked_at)!,
    concentration: json<Concentration>(r.concentration),
    householdCount: Number(r.household_count),
    decision: (r.decision as Recommendation['decision']) ?? null,
    decisionReason: (r.decision_reason as string | null) ?? null,
    inFinalList: r.in_final_list == null ? null : Boolean(r.in_final_list),
  };
}

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

/** The latest list entry of each recommendation, as a lateral subquery on alias `r`. */
const FINAL = `(select le.included from welfare.list_entry le where le.recommendation_id = r.id order by le.id desc limit 1) as in_final_list`;

export interface ProgrammeInput {
  name: string;
  resourceType: string;
  sponsor: string;
  quantity: number;
  unit: string;
  recommendFrom: string;
  recommendUntil: string;
  concentrationMonths: number;
  householdLimit: number;
}

export async function insertProgramme(db: Queryable, input: ProgrammeInput, actor: WelfareActor): Promise<Programme> {
  const { rows } = await db.query(
    `insert into welfare.programme (id, name, resource_type, sponsor, quantity, unit, recommend_from, recommend_until, concentration_months, household_limit, owner_sub, owner_org)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning *`,
    [newId('wp'), input.name, input.resourceType, input.sponsor, input.quantity, input.unit, input.recommendFrom, input.recommendUntil, input.concentrationMonths, input.householdLimit, actor.principal.sub, actor.organisation.id],
  );
  return toProgramme(rows[0]!);
}

export async function programmeById(db: Queryable, id: string, forUpdate = false): Promise<Programme | null> {
  const { rows } = await db.query(`select * from welfare.programme where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return rows[0] ? toProgramme(rows[0]) : null;
}

export async function listProgrammes(db: Queryable, status: ProgrammeStatus | null): Promise<Programme[]> {
  const { rows } = await db.query(`select * from welfare.programme where $1::text is null or status = $1 order by created_at desc, id desc limit 500`, [status]);
  return rows.map(toProgramme);
}

export async function setProgrammeStatus(db: Queryable, id: string, status: ProgrammeStatus): Promise<Programme> {
  const { rows } = await db.query(
    `update welfare.programme set status = $2, confirmed_at = case when $2 = 'CONFIRMED' then now() else confirmed_at end where id = $1 returning *`,
    [id, status],
  );
  return toProgramme(rows[0]!);
}

export interface FirstRecommendation {
  recommendationId: string;
  organisationId: string;
  organisationKind: string;
  at: string;
}

/** The clean (first) recommendation of this person in this programme, if any. */
export async function firstRecommendation(db: Queryable, programmeId: string, identityHash: string): Promise<FirstRecommendation | null> {
  const { rows } = await db.query(
    `select id, org_id, org_kind, created_at from welfare.recommendation where programme_id = $1 and identity_hash = $2 and duplicate_of is null`,
    [programmeId, identityHash],
    { prepare: true },
  );
  const r = rows[0];
  return r ? { recommendationId: r.id as string, organisationId: r.org_id as string, organisationKind: r.org_kind as string, at: iso(r.created_at)! } : null;
}

/**
 * Concentration (편중): the household's receipts of the same resource type
 * from other programmes' final lists in force, confirmed within `months`.
 */
export async function concentrationOf(db: Queryable, programme: Programme, householdHash: string): Promise<Concentration> {
  if (programme.concentrationMonths === 0) return { count: 0, dates: [] };
  const { rows } = await db.query<{ at: unknown }>(
    `select (p.confirmed_at at time zone 'Asia/Seoul')::date::text as at
       from welfare.recommendation r
       join welfare.programme p on p.id = r.programme_id
      where r.household_hash = $1 and p.resource_type = $2 and p.id <> $3 and p.status = 'CONFIRMED'
        and p.confirmed_at >= now() - make_interval(months => $4)
        and (select le.included from welfare.list_entry le where le.recommendation_id = r.id order by le.id desc limit 1)
      order by p.confirmed_at`,
    [householdHash, programme.resourceType, programme.id, programme.concentrationMonths],
    { prepare: true },
  );
  return { count: rows.length, dates: rows.map((r) => day(r.at)) };
}

/** Other people of the household already recommended in this programme (not excluded). */
export async function householdCountOf(db: Queryable, programmeId: string, householdHash: string, identityHash: string): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>(
    `select count(distinct identity_hash) as n from welfare.recommendation
      where programme_id = $1 and household_hash = $2 and identity_hash <> $3 and decision is distinct from 'EXCLUDE'`,
    [programmeId, householdHash, identityHash],
    { prepare: true },
  );
  return Number(rows[0]!.n);
}

export interface NewRecommendation {
  programmeId: string;
  identityHash: string;
  householdHash: string;
  registryRef: string;
  personName: string;
  birthDate: string;
  dong: string;
  reason: string;
  registryStatus: RegistryStatus;
  concentration: Concentration;
  householdCount: number;
}

/**
 * Saves a recommendation: clean when it is the first of this person in this
 * programme, FLAGGED (duplicate_of the first) otherwise. The clean insert
 * races on the unique partial index `recommendation_one_clean`: of two
 * agencies registering the same person at the same instant, PostgreSQL lets
 * one insert and makes the other wait and then do nothing, and the loser is
 * saved as flagged in the same transaction. Never two clean rows.
 */
export async function insertRecommendation(db: Queryable, input: NewRecommendation, actor: WelfareActor): Promise<Recommendation> {
  const values = [
    newId('wr'), input.programmeId, input.identityHash, input.householdHash, input.registryRef, input.personName, input.birthDate, input.dong, input.reason,
    actor.organisation.id, actor.organisation.kind, actor.principal.sub, input.registryStatus, JSON.stringify(input.concentration), input.householdCount,
  ];
  const columns = `id, programme_id, identity_hash, household_hash, registry_ref, person_name, birth_date, dong, reason, org_id, org_kind, recommended_by, registry_status, concentration, household_count`;
  const clean = await db.query(
    `insert into welfare.recommendation (${columns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15)
     on conflict (programme_id, identity_hash) where duplicate_of is null do nothing returning *, null::boolean as in_final_list`,
    values,
  );
  if (clean.rows[0]) return toRecommendation(clean.rows[0]);
  const flagged = await db.query(
    `insert into welfare.recommendation (${columns}, duplicate_of)
     select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, f.id
       from welfare.recommendation f where f.programme_id = $2 and f.identity_hash = $3 and f.duplicate_of is null
     returning *, null::boolean as in_final_list`,
    values,
  );
  return toRecommendation(flagged.rows[0]!);
}

export async function insertBlocked(db: Queryable, programmeId: string, dong: string, status: RegistryStatus, actor: WelfareActor): Promise<void> {
  await db.query(`insert into welfare.blocked_registration (programme_id, org_id, org_kind, dong, registry_status) values ($1, $2, $3, $4, $5)`, [
    programmeId, actor.organisation.id, actor.organisation.kind, dong, status,
  ]);
}

export async function recommendationById(db: Queryable, id: string): Promise<Recommendation | null> {
  const { rows } = await db.query(`select r.*, ${FINAL} from welfare.recommendation r where r.id = $1`, [id]);
  return rows[0] ? toRecommendation(rows[0]) : null;
}

export async function recommendationsByIds(db: Queryable, ids: readonly string[]): Promise<Recommendation[]> {
  const { rows } = await db.query(`select r.*, ${FINAL} from welfare.recommendation r where r.id = any($1::text[]) order by r.created_at, r.id`, [[...ids]]);
  return rows.map(toRecommendation);
}

export interface ListFilter {
  flaggedOnly?: boolean | null;
  dong?: string | null;
  organisationId?: string | null;
}

export async function listRecommendations(
  db: Queryable,
  programmeId: string,
  scope: { sql: string; params: unknown[] },
  filter: ListFilter,
  limit: number,
  offset: number,
): Promise<{ total: number; rows: Recommendation[] }> {
  const params = [programmeId, filter.flaggedOnly ?? false, filter.dong ?? null, filter.organisationId ?? null, ...scope.params];
  const where = `r.programme_id = $1 and ($2::boolean = false or r.duplicate_of is not null or r.registry_status <> 'RESIDENT' or (r.concentration->>'count')::int > 0)
    and ($3::text is null or r.dong = $3) and ($4::text is null or r.org_id = $4) and ${scope.sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 4}`)}`;
  const [count, page] = await Promise.all([
    db.query<{ n: number | string }>(`select count(*) as n from welfare.recommendation r where ${where}`, params),
    db.query(`select r.*, ${FINAL} from welfare.recommendation r where ${where} order by r.created_at, r.id limit ${limit} offset ${offset}`, params),
  ]);
  return { total: Number(count.rows[0]!.n), rows: page.rows.map(toRecommendation) };
}

/** Recommendations in scope per programme, for a list of programmes in one query. */
export async function countsInScope(db: Queryable, programmeIds: readonly string[], scope: { sql: string; params: unknown[] }): Promise<Map<string, number>> {
  if (programmeIds.length === 0) return new Map();
  const { rows } = await db.query<{ programme_id: string; n: number | string }>(
    `select r.programme_id, count(*) as n from welfare.recommendation r where r.programme_id = any($1::text[]) and ${scope.sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 1}`)} group by r.programme_id`,
    [[...programmeIds], ...scope.params],
  );
  return new Map(rows.map((r) => [r.programme_id, Number(r.n)]));
}

export async function countInScope(db: Queryable, programmeId: string, scope: { sql: string; params: unknown[] }): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>(
    `select count(*) as n from welfare.recommendation r where r.programme_id = $1 and ${scope.sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 1}`)}`,
    [programmeId, ...scope.params],
  );
  return Number(rows[0]!.n);
}

export async function recommendationsOf(db: Queryable, programmeId: string, forUpdate = false): Promise<Recommendation[]> {
  const { rows } = await db.query(
    `select r.*, ${FINAL} from welfare.recommendation r where r.programme_id = $1 order by r.created_at, r.id${forUpdate ? ' for update of r' : ''}`,
    [programmeId],
  );
  return rows.map(toRecommendation);
}

export interface AuditEntry {
  action: string;
  programmeId?: string | null;
  recommendationId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** One append-only audit row. `before`/`after` must never hold a name or an identity key (callers pass auditView). */
export async function audit(db: Queryable, actor: WelfareActor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `insert into welfare.audit_log (actor_sub, actor_role, actor_org, action, programme_id, recommendation_id, before, after, reason)
     select $1, $2, $3, e.action, e.programme_id, e.recommendation_id, e.before, e.after, e.reason
       from unnest($4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::text[]) as e (action, programme_id, recommendation_id, before, after, reason)`,
    [
      actor.principal.sub, actor.principal.role, actor.organisation.id,
      entries.map((e) => e.action), entries.map((e) => e.programmeId ?? null), entries.map((e) => e.recommendationId ?? null),
      entries.map((e) => (e.before === undefined ? null : JSON.stringify(e.before))), entries.map((e) => (e.after === undefined ? null : JSON.stringify(e.after))),
      entries.map((e) => e.reason ?? null),
    ],
  );
}

export async function auditLog(db: Queryable, programmeId: string | null, limit: number) {
  const { rows } = await db.query(`select * from welfare.audit_log where $1::text is null or programme_id = $1 order by id desc limit ${limit}`, [programmeId]);
  return rows.map((r) => ({
    id: String(r.id),
    at: iso(r.at)!,
    actorSub: r.actor_sub as string,
    actorRole: r.actor_role as string,
    actorOrganisation: (r.actor_org as string | null) ?? null,
    action: r.action as string,
    programmeId: (r.programme_id as string | null) ?? null,
    recommendationId: (r.recommendation_id as string | null) ?? null,
    before: r.before == null ? null : JSON.stringify(json(r.before)),
    after: r.after == null ? null : JSON.stringify(json(r.after)),
    reason: (r.reason as string | null) ?? null,
  }));
}

export interface IdempotentRegistration {
  programmeId: string;
  identityHash: string;
  /** Null while the first submit is still in its transaction (never seen outside it). */
  outcome: 'SAVED' | 'FLAGGED' | 'BLOCKED' | null;
  recommendationId: string | null;
  checks: unknown;
}

export async function idempotentRegistration(db: Queryable, orgId: string, key: string): Promise<IdempotentRegistration | null> {
  const { rows } = await db.query(`select * from welfare.idempotent_registration where org_id = $1 and idempotency_key = $2`, [orgId, key]);
  const r = rows[0];
  return r
    ? { programmeId: r.programme_id as string, identityHash: r.identity_hash as string, outcome: (r.outcome as IdempotentRegistration['outcome']) ?? null, recommendationId: (r.recommendation_id as string | null) ?? null, checks: r.checks == null ? null : json(r.checks) }
    : null;
}

/** Takes the key for this submit; false when another submit of the organisation holds it (it waited for that one to commit). */
export async function claimIdempotencyKey(db: Queryable, orgId: string, key: string, programmeId: string, identityHash: string): Promise<boolean> {
  const { rows } = await db.query(
    `insert into welfare.idempotent_registration (org_id, idempotency_key, programme_id, identity_hash) values ($1, $2, $3, $4) on conflict do nothing returning org_id`,
    [orgId, key, programmeId, identityHash],
  );
  return rows.length === 1;
}

export async function answerIdempotencyKey(db: Queryable, orgId: string, key: string, outcome: 'SAVED' | 'FLAGGED' | 'BLOCKED', recommendationId: string | null, checks: unknown): Promise<void> {
  await db.query(`update welfare.idempotent_registration set outcome = $3, recommendation_id = $4, checks = $5::jsonb where org_id = $1 and idempotency_key = $2`, [
    orgId, key, outcome, recommendationId, JSON.stringify(checks),
  ]);
}
