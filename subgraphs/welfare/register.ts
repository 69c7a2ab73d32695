import { z } from 'zod';
import { badInput, HubError } from '../../common/errors';
import { kstDate } from '../../common/kst';
import type { Queryable, Store } from '../../store';
import { requireRecommender, type WelfareActor } from './access';
import { SEONGDONG_DONGS } from './dongs';
import { maskName, type IdentityHasher } from './identity';
import type { RegistryStatus, ResidentRegistry } from './registry';
import * as db from './store';

/**
 * Registration of a recommendation with its three checks, run before
 * anything is saved (DOMAIN "Welfare pre-screening rules"):
 * - ineligible: the registry says DECEASED, MOVED_OUT or NOT_FOUND → BLOCKED;
 *   only a count is kept (welfare.blocked_registration), nothing personal.
 * - duplicate: the same person (identity hash) already recommended for the
 *   programme by anyone → saved as FLAGGED, pointing at the first. Saved,
 *   not refused, so the district sees every organisation that vouched for
 *   the person when it re-screens; the flag keeps it off the final list.
 * - concentration: the household received the same resource type within
 *   the programme's window → a warning with count and dates (saved).
 */

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
const RRN = /^\d{6}-?[1-8]\d{6}$|^\d{6}-?[09]\d{6}$/;

export const RecommendationInput = z
  .object({
    programmeId: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(40),
    birthDate: DATE,
    identityKind: z.enum(['RESIDENT_REGISTRATION_NUMBER', 'OTHER']),
    identityKey: z.string().trim().min(4).max(40),
    householdKey: z.string().trim().min(1).max(60),
    dong: z.enum(SEONGDONG_DONGS),
    reason: z.string().trim().min(1).max(500),
    /** One per submit from the client; a retry with the same key replays the first answer (scoped per organisation). */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/).nullish(),
  })
  .refine((v) => v.identityKind !== 'RESIDENT_REGISTRATION_NUMBER' || RRN.test(v.identityKey), { path: ['identityKey'], message: 'rrn' })
  .refine((v) => v.identityKind !== 'OTHER' || /^[0-9A-Za-z\- ]{4,40}$/.test(v.identityKey), { path: ['identityKey'], message: 'other' });

export type RecommendationInputValues = z.infer<typeof RecommendationInput>;

const FIELD_MESSAGES: Record<string, [string, string]> = {
  programmeId: ['복지사업을 지정하세요.', 'Name the programme.'],
  name: ['이름은 1–40자입니다.', 'The name must have 1–40 characters.'],
  birthDate: ['생년월일은 YYYY-MM-DD 형식이어야 합니다.', 'The birth date must be YYYY-MM-DD.'],
  identityKey: ['주민등록번호(13자리) 또는 식별번호(영문·숫자 4–40자)가 올바르지 않습니다.', 'The resident registration number (13 digits) or identity key (4–40 letters or digits) is not valid.'],
  householdKey: ['세대 번호가 필요합니다.', 'A household key is required.'],
  dong: ['성동구의 행정동이 아닙니다.', 'Not a 행정동 of 성동구.'],
  reason: ['추천 사유는 1–500자입니다.', 'The reason must have 1–500 characters.'],
  idempotencyKey: ['멱등 키는 영문·숫자·_- 8–100자입니다.', 'The idempotency key must be 8–100 letters, digits, _ or -.'],
};

/** Parses the input; the error names the field and never echoes the value (it may be a resident number). */
export function parseRecommendation(input: unknown): RecommendationInputValues {
  const parsed = RecommendationInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? 'input');
  const [ko, en] = FIELD_MESSAGES[field] ?? ['입력 값이 올바르지 않습니다.', 'The input is not valid.'];
  throw badInput(field, ko, en);
}

export interface CheckMessage {
  code: string;
  severity: 'BLOCK' | 'FLAG' | 'WARN';
  messageKo: string;
  messageEn: string;
}

export interface Checks {
  registryStatus: RegistryStatus;
  registryRef: string | null;
  duplicateOf: db.FirstRecommendation | null;
  concentration: db.Concentration & { months: number };
  householdCount: number;
  householdLimit: number;
  messages: CheckMessage[];
}

const INELIGIBLE: Record<Exclude<RegistryStatus, 'RESIDENT'>, [string, string]> = {
  DECEASED: ['주민정보상 사망(말소)자입니다. 추천할 수 없습니다.', 'The registry records this person as deceased; they cannot be recommended.'],
  MOVED_OUT: ['주민정보상 관외 전출자입니다. 추천할 수 없습니다.', 'The registry records this person as moved out of the district; they cannot be recommended.'],
  NOT_FOUND: ['관내 주민정보에 없는 사람입니다(관외 거주 또는 번호 오류). 추천할 수 없습니다.', 'The person is not in the district’s resident registry (lives elsewhere, or a wrong number); they cannot be recommended.'],
};

function messagesOf(c: Omit<Checks, 'messages'>): CheckMessage[] {
  const out: CheckMessage[] = [];
  if (c.registryStatus !== 'RESIDENT') {
    const [ko, en] = INELIGIBLE[c.registryStatus];
    out.push({ code: `INELIGIBLE_${c.registryStatus}`, severity: 'BLOCK', messageKo: ko, messageEn: en });
  }
  if (c.duplicateOf) {
    out.push({
      code: 'DUPLICATE',
      severity: 'FLAG',
      messageKo: `이미 ${c.duplicateOf.organisationId}에서 ${c.duplicateOf.at.slice(0, 10)}에 추천한 사람입니다(중복 추천).`,
      messageEn: `Already recommended for this programme by ${c.duplicateOf.organisationId} on ${c.duplicateOf.at.slice(0, 10)} (duplicate).`,
    });
  }
  if (c.concentration.count > 0) {
    out.push({
      code: 'CONCENTRATION',
      severity: 'WARN',
      messageKo: `이 가구는 최근 ${c.concentration.months}개월 동안 같은 종류의 자원을 ${c.concentration.count}회 받았습니다(${c.concentration.dates.join(', ')}).`,
      messageEn: `This household received the same resource type ${c.concentration.count} time(s) in the last ${c.concentration.months} months (${c.concentration.dates.join(', ')}).`,
    });
  }
  if (c.householdCount >= c.householdLimit) {
    out.push({
      code: 'HOUSEHOLD_LIMIT',
      severity: 'WARN',
      messageKo: `이 가구에서 이미 ${c.householdCount}명이 추천되었습니다(가구당 한도 ${c.householdLimit}).`,
      messageEn: `${c.householdCount} member(s) of this household are already recommended (limit ${c.householdLimit} per household).`,
    });
  }
  return out;
}

export interface RegistrationDeps {
  store: Store;
  registry: ResidentRegistry;
  hasher: IdentityHasher;
  today?: () => string;
}

async function openProgramme(deps: RegistrationDeps, programmeId: string): Promise<db.Programme> {
  const programme = await db.programmeById(deps.store, programmeId);
  if (!programme) throw new HubError('NOT_FOUND', { ko: '복지사업이 없습니다.', en: 'No such programme.' });
  const today = deps.today ? deps.today() : kstDate(new Date());
  if (programme.status !== 'OPEN' || today < programme.recommendFrom || today > programme.recommendUntil) {
    throw new HubError('CONFLICT', { ko: '추천 기간이 아니거나 추천을 받지 않는 사업입니다.', en: 'The programme is not taking recommendations (not open, or outside its window).' });
  }
  return programme;
}

async function runChecks(q: Queryable, programme: db.Programme, values: RecommendationInputValues, identityHash: string, householdHash: string, registry: { ref: string | null; status: RegistryStatus }): Promise<Checks> {
  const [duplicateOf, concentration, householdCount] = await Promise.all([
    db.firstRecommendation(q, programme.id, identityHash),
    db.concentrationOf(q, programme, householdHash),
    db.householdCountOf(q, programme.id, householdHash, identityHash),
  ]);
  const base = { registryStatus: registry.status, registryRef: registry.ref, duplicateOf, concentration: { ...concentration, months: programme.concentrationMonths }, householdCount, householdLimit: programme.householdLimit };
  return { ...base, messages: messagesOf(base) };
}

/** The checks without saving (the registration form, as one types). */
export async function precheck(deps: RegistrationDeps, actor: WelfareActor, input: unknown): Promise<Checks> {
  const values = parseRecommendation(input);
  requireRecommender(actor, values.dong);
  const programme = await openProgramme(deps, values.programmeId);
  const identityHash = deps.hasher.identity(values.identityKind, values.identityKey);
  const householdHash = deps.hasher.household(values.householdKey);
  const registry = await deps.registry.lookup(values.identityKey);
  return runChecks(deps.store, programme, values, identityHash, householdHash, registry);
}

export type Outcome = 'SAVED' | 'FLAGGED' | 'BLOCKED';

/** What audit rows and logs may say of a recommendation: ids, masked name, flags — never the name, birth date or a key. */
export function auditView(r: db.Recommendation) {
  return {
    id: r.id,
    name: maskName(r.personName),
    dong: r.dong,
    organisation: r.orgId,
    duplicateOf: r.duplicateOf,
    registryStatus: r.registryStatus,
    concentration: r.concentration.count,
    householdCount: r.householdCount,
    decision: r.decision,
    inFinalList: r.inFinalList,
  };
}

export type Registration = { outcome: Outcome; recommendation: db.Recommendation | null; checks: Checks };

/** The first answer to an idempotency key, or null; CONFLICT when the key was used for another person or programme. */
async function replay(q: Queryable, actor: WelfareActor, key: string, programmeId: string, identityHash: string): Promise<Registration | null> {
  const first = await db.idempotentRegistration(q, actor.organisation.id, key);
  if (!first || first.outcome === null) return null;
  if (first.programmeId !== programmeId || first.identityHash !== identityHash) {
    throw new HubError('CONFLICT', { ko: '이 멱등 키는 다른 추천에 이미 쓰였습니다. 새 제출에는 새 키를 쓰세요.', en: 'This idempotency key was already used for another recommendation: use a new key for a new submit.' }, { field: 'idempotencyKey' });
  }
  const recommendation = first.recommendationId ? await db.recommendationById(q, first.recommendationId) : null;
  return { outcome: first.outcome, recommendation, checks: { ...(first.checks as Checks), registryRef: null } };
}

export async function register(deps: RegistrationDeps, actor: WelfareActor, input: unknown): Promise<Registration> {
  const values = parseRecommendation(input);
  requireRecommender(actor, values.dong);
  const identityHash = deps.hasher.identity(values.identityKind, values.identityKey);
  const key = values.idempotencyKey ?? null;
  // A retry of an answered submit replays the answer, even after the programme closed (the caller only lost the answer).
  if (key) {
    const again = await replay(deps.store, actor, key, values.programmeId, identityHash);
    if (again) return again;
  }
  const programme = await openProgramme(deps, values.programmeId);
  const householdHash = deps.hasher.household(values.householdKey);
  // The registry is asked outside the transaction: a slow link must not hold locks.
  const registry = await deps.registry.lookup(values.identityKey);
  return deps.store.transaction(async (tx): Promise<Registration> => {
    if (key) {
      // Claims the key first: a concurrent retry with the same key waits here on the primary key until this one
      // commits, then finds the key taken and replays this answer instead of registering the person twice.
      const claimed = await db.claimIdempotencyKey(tx, actor.organisation.id, key, programme.id, identityHash);
      if (!claimed) {
        const again = await replay(tx, actor, key, programme.id, identityHash);
        if (again) return again;
        throw new HubError('CONFLICT', { ko: '같은 멱등 키의 제출이 처리 중입니다. 잠시 뒤 다시 시도하세요.', en: 'A submit with the same idempotency key is in progress: retry shortly.' }, { field: 'idempotencyKey' });
      }
    }
    const result = await registerIn(tx, actor, programme, values, identityHash, householdHash, registry);
    if (key) await db.answerIdempotencyKey(tx, actor.organisation.id, key, result.outcome, result.recommendation?.id ?? null, { ...result.checks, registryRef: undefined });
    return result;
  });
}

async function registerIn(
  tx: Queryable,
  actor: WelfareActor,
  programme: db.Programme,
  values: RecommendationInputValues,
  identityHash: string,
  householdHash: string,
  registry: { ref: string | null; status: RegistryStatus },
): Promise<Registration> {
  // Still open, under a share lock: closing or confirming (which lock the row for update) waits for this registration, never misses it.
  const { rows: still } = await tx.query<{ status: string }>(`select status from welfare.programme where id = $1 for share`, [programme.id]);
  if (still[0]?.status !== 'OPEN') throw new HubError('CONFLICT', { ko: '추천 접수가 방금 마감되었습니다.', en: 'The programme stopped taking recommendations just now.' });
  const checks = await runChecks(tx, programme, values, identityHash, householdHash, registry);
  if (registry.status !== 'RESIDENT' || !registry.ref) {
    await db.insertBlocked(tx, programme.id, values.dong, registry.status, actor);
    await db.audit(tx, actor, [{ action: 'BLOCK_INELIGIBLE', programmeId: programme.id, after: { dong: values.dong, registryStatus: registry.status } }]);
    return { outcome: 'BLOCKED' as const, recommendation: null, checks };
  }
  const saved = await db.insertRecommendation(
    tx,
    { programmeId: programme.id, identityHash, householdHash, registryRef: registry.ref, personName: values.name, birthDate: values.birthDate, dong: values.dong, reason: values.reason, registryStatus: registry.status, concentration: checks.concentration, householdCount: checks.householdCount },
    actor,
  );
  // Under a race the index, not the pre-check, decides: report the duplicate the insert found.
  const duplicateOf = saved.duplicateOf ? (checks.duplicateOf ?? (await db.firstRecommendation(tx, programme.id, identityHash))) : null;
  const final = { ...checks, duplicateOf };
  final.messages = messagesOf(final);
  await db.audit(tx, actor, [{ action: 'RECOMMEND', programmeId: programme.id, recommendationId: saved.id, after: auditView(saved) }]);
  return { outcome: saved.duplicateOf ? ('FLAGGED' as const) : ('SAVED' as const), recommendation: saved, checks: final };
}
