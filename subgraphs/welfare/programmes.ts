import { z } from 'zod';
import { badInput, HubError } from '../../common/errors';
import type { Store } from '../../store';
import { requireProgrammeOwner, type WelfareActor } from './access';
import * as db from './store';

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));

const ProgrammeInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    resourceType: z.string().trim().min(1).max(40),
    sponsor: z.string().trim().min(1).max(100),
    quantity: z.number().int().min(1).max(1_000_000),
    unit: z.string().trim().min(1).max(20),
    recommendFrom: DATE,
    recommendUntil: DATE,
    concentrationMonths: z.number().int().min(0).max(120),
    householdLimit: z.number().int().min(1).max(20),
  })
  .refine((v) => v.recommendUntil >= v.recommendFrom, { path: ['recommendUntil'] });

export function parseProgramme(input: unknown): db.ProgrammeInput {
  const parsed = ProgrammeInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? 'input');
  throw badInput(field, `복지사업 입력 값이 올바르지 않습니다: ${field}`, `Invalid programme field: ${field}`);
}

export async function createProgramme(store: Store, actor: WelfareActor, input: unknown): Promise<db.Programme> {
  requireProgrammeOwner(actor);
  const values = parseProgramme(input);
  return store.transaction(async (tx) => {
    const programme = await db.insertProgramme(tx, values, actor);
    await db.audit(tx, actor, [{ action: 'CREATE_PROGRAMME', programmeId: programme.id, after: programme }]);
    return programme;
  });
}

const TRANSITIONS: Record<'OPEN' | 'CLOSED', db.ProgrammeStatus> = { OPEN: 'DRAFT', CLOSED: 'OPEN' };

/** DRAFT → OPEN and OPEN → CLOSED, by the owning department. */
export async function moveProgramme(store: Store, actor: WelfareActor, id: string, to: 'OPEN' | 'CLOSED'): Promise<db.Programme> {
  return store.transaction(async (tx) => {
    const programme = await loadOwned(tx, actor, id);
    if (programme.status !== TRANSITIONS[to]) {
      throw new HubError('CONFLICT', { ko: `${programme.status} 상태의 사업은 ${to}(으)로 바꿀 수 없습니다.`, en: `A ${programme.status} programme cannot become ${to}.` });
    }
    const after = await db.setProgrammeStatus(tx, id, to);
    await db.audit(tx, actor, [{ action: to === 'OPEN' ? 'OPEN_PROGRAMME' : 'CLOSE_PROGRAMME', programmeId: id, before: { status: programme.status }, after: { status: to } }]);
    return after;
  });
}

/** The programme, locked, when the actor's department owns it (authorisation before existence: others get FORBIDDEN). */
export async function loadOwned(tx: Parameters<typeof db.programmeById>[0], actor: WelfareActor, id: string): Promise<db.Programme> {
  requireProgrammeOwner(actor);
  const programme = await db.programmeById(tx, id, true);
  if (!programme) throw new HubError('NOT_FOUND', { ko: '복지사업이 없습니다.', en: 'No such programme.' });
  requireProgrammeOwner(actor, programme.ownerOrg);
  return programme;
}
