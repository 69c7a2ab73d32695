import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import type { RecordKind, Stage } from '../../common/record';
import type { Queryable, Store, Tx } from '../../store';
import { mergeRecords, unmerge, type MergeKind } from './merge';
import { keepOverrides, lockRecord, revertOverrides, setPublished, writeOverrides } from './store';
import { validateField, validatePatch, validateReason, type Patch } from './validation';

/**
 * The record mutations: each validates everything, then runs in one
 * transaction under the record's lock and writes its audit rows with its
 * changes. A refused input throws before or inside the transaction, which
 * then rolls back: nothing is written.
 */
interface Head {
  kind: RecordKind;
  stages: Stage[];
  primaryStage: Stage;
  mergedInto: string | null;
}

async function headOf(tx: Queryable, id: string): Promise<Head | null> {
  const { rows } = await tx.query<{ kind: RecordKind; stages: Stage[]; primary_stage: Stage; merged_into: string | null }>(
    'select kind, stages, primary_stage, merged_into from catalog.effective_record where id = $1',
    [id],
  );
  const row = rows[0];
  return row ? { kind: row.kind, stages: row.stages, primaryStage: row.primary_stage, mergedInto: row.merged_into } : null;
}

export function notFound(id: string): HubError {
  return new HubError('NOT_FOUND', { ko: `레코드가 없습니다: ${id}`, en: `No such record: ${id}` }, { field: 'id' });
}

function mergedAway(id: string, keptId: string): HubError {
  return new HubError(
    'CONFLICT',
    { ko: `${id}는 ${keptId}에 병합되었습니다. 남긴 레코드를 고치거나 병합을 취소하세요.`, en: `${id} is merged into ${keptId}: curate the kept record, or unmerge first.` },
    { field: 'id', mergedInto: keptId },
  );
}

async function onRecord(store: Store, id: string, fn: (tx: Tx, head: Head) => Promise<void>): Promise<void> {
  await store.transaction(async (tx) => {
    await lockRecord(tx, id);
    const head = await headOf(tx, id);
    if (!head) throw notFound(id);
    await fn(tx, head);
  });
}

/**
 * A record's primary stage must be one of its stages. Stages and primary
 * stage are therefore always overridden together: otherwise a re-crawl that
 * moves the base primary stage could leave it outside the editor's stages.
 */
function pinStages(head: Head, patch: Patch, argument: string): Patch {
  if (!('stages' in patch) && !('primaryStage' in patch)) return patch;
  const stages = (patch.stages as Stage[] | undefined) ?? head.stages;
  const primaryStage = (patch.primaryStage as Stage | undefined) ?? head.primaryStage;
  if (!stages.includes(primaryStage)) {
    throw badInput(argument, `주 생애주기(${primaryStage})는 생애주기 목록에 있어야 합니다.`, `The primary stage (${primaryStage}) must be one of the stages.`);
  }
  return { ...patch, stages, primaryStage };
}

/**
 * Overrides fields. `makePatch` validates the raw input against the record's
 * kind (known only once the record is read). Returns the changed fields.
 */
export async function curate(store: Store, actor: Principal, id: string, action: string, reason: string, makePatch: (kind: RecordKind) => Patch, argument = 'patch'): Promise<string[]> {
  const why = validateReason(reason);
  let changed: string[] = [];
  await onRecord(store, id, async (tx, head) => {
    if (head.mergedInto) throw mergedAway(id, head.mergedInto);
    const patch = pinStages(head, makePatch(head.kind), argument);
    const pins = 'stages' in patch ? ['stages', 'primaryStage'] : [];
    changed = await writeOverrides(tx, actor, action, id, patch, why, pins);
  });
  return changed;
}

export function curateRecord(store: Store, actor: Principal, id: string, patch: unknown, reason: string): Promise<string[]> {
  return curate(store, actor, id, 'CURATE', reason, (kind) => validatePatch(kind, patch));
}

/** Stages and primary stage go and come back together (see pinStages). */
const companions = (field: string) => (field === 'stages' || field === 'primaryStage' ? ['stages', 'primaryStage'] : [field]);

export async function revertOverride(store: Store, actor: Principal, id: string, field: string, reason: string): Promise<void> {
  const name = validateField(field);
  const why = validateReason(reason);
  await onRecord(store, id, async (tx) => {
    const reverted = await revertOverrides(tx, actor, id, companions(name), why);
    if (reverted.length === 0) throw noOverride(name);
  });
}

export async function keepOverride(store: Store, actor: Principal, id: string, field: string, reason: string): Promise<void> {
  const name = validateField(field);
  const why = validateReason(reason);
  await onRecord(store, id, async (tx) => {
    const kept = await keepOverrides(tx, actor, id, companions(name), why);
    if (kept.length === 0) throw noOverride(name);
  });
}

function noOverride(field: string): HubError {
  return new HubError('NOT_FOUND', { ko: `이 필드에는 덮어쓴 값이 없습니다: ${field}`, en: `No override of ${field} on this record.` }, { field: 'field' });
}

export async function publish(store: Store, actor: Principal, id: string, published: boolean, reason: string): Promise<void> {
  const why = validateReason(reason);
  await onRecord(store, id, async (tx, head) => {
    if (head.mergedInto) throw mergedAway(id, head.mergedInto);
    await setPublished(tx, actor, id, published, why);
  });
}

export async function merge(store: Store, actor: Principal, kind: MergeKind, keepId: string, mergeIds: readonly string[], reason: string): Promise<void> {
  const why = validateReason(reason);
  await store.transaction((tx) => mergeRecords(tx, actor, kind, keepId, mergeIds, why));
}

/** A policy source's own id names something to unmerge even when it never had a record of its own (it joined one at ingest). */
async function isSourceId(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query('select 1 from catalog.source_record where derived_id = $1 limit 1', [id])).rows.length > 0;
}

export async function undoMerge(store: Store, actor: Principal, id: string, reason: string): Promise<void> {
  const why = validateReason(reason);
  await store.transaction(async (tx) => {
    if (!(await headOf(tx, id)) && !(await isSourceId(tx, id))) throw notFound(id);
    await unmerge(tx, actor, id, why);
  });
}
