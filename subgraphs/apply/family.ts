import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth';
import { badInput } from '../../common/errors';
import type { Store } from '../../store';
import { kstDate, parseDate } from './dates';
import type { CreatePriorityRuleSetInput, RegisterChildInput, UpdateContactInput } from './__generated__/resolvers-types';
import { runMutation } from './mutation';

/** Children, contact points and priority rule sets: the small mutations. */

export async function registerChild(store: Store, actor: Principal, input: RegisterChildInput): Promise<string> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 50) throw badInput('name', '이름은 1–50자여야 합니다.', 'The name must be 1–50 characters.');
  const birthDate = parseDate('birthDate', input.birthDate);
  if (birthDate > kstDate(new Date(Date.now() + 300 * 86400_000))) throw badInput('birthDate', '출생(예정)일이 너무 먼 미래입니다.', 'The birth date is too far ahead.');
  // No resident registration number (주민등록번호) is asked for or stored: name and birth date are enough for the rules.
  return runMutation(store, actor, 'registerChild', input.idempotencyKey, async (tx) => {
    const id = `child_${randomUUID()}`;
    await tx.query('insert into apply.child (id, parent_sub, name, birth_date, enrolled_facility_id) values ($1, $2, $3, $4, $5)', [
      id,
      actor.sub,
      name,
      birthDate,
      input.enrolledFacilityId ?? null,
    ]);
    return { result: id, targetId: id };
  });
}

const PHONE = /^01[016789]-?\d{3,4}-?\d{4}$/;

export async function updateContact(store: Store, actor: Principal, input: UpdateContactInput): Promise<boolean> {
  if (input.phone && !PHONE.test(input.phone)) throw badInput('phone', '휴대전화 번호 형식이 아닙니다.', 'Not a mobile phone number.');
  if (input.webhookUrl && !/^https?:\/\//.test(input.webhookUrl)) throw badInput('webhookUrl', 'http(s) URL이 필요합니다.', 'Expected an http(s) URL.');
  return runMutation(store, actor, 'updateContact', input.idempotencyKey, async (tx) => {
    await tx.query(
      `insert into apply.contact (parent_sub, phone, webhook_url) values ($1, $2, $3)
       on conflict (parent_sub) do update set phone = excluded.phone, webhook_url = excluded.webhook_url, updated_at = now()`,
      [actor.sub, input.phone?.replace(/-/g, '') ?? null, input.webhookUrl ?? null],
    );
    // The audit row says that the contact changed, never the number.
    return { result: true, targetId: actor.sub, detail: { phone: Boolean(input.phone), webhook: Boolean(input.webhookUrl) } };
  });
}

export async function createPriorityRuleSet(
  store: Store,
  actor: Principal,
  input: CreatePriorityRuleSetInput,
): Promise<string> {
  const effectiveFrom = parseDate('effectiveFrom', input.effectiveFrom);
  if (input.items.length === 0) throw badInput('items', '항목이 하나 이상 필요합니다.', 'At least one item is required.');
  const codes = new Set(input.items.map((i) => i.code));
  for (const item of input.items) {
    if (item.rank < 1 || item.rank > 3 || item.points < 0) throw badInput('items', `순위는 1–3, 점수는 0 이상: ${item.code}`, `Rank 1–3 and points ≥ 0: ${item.code}`);
    for (const r of item.requires ?? []) if (!codes.has(r)) throw badInput('items', `없는 항목을 참조합니다: ${r}`, `Unknown required code: ${r}`);
  }
  return runMutation(store, actor, 'createPriorityRuleSet', input.idempotencyKey, async (tx) => {
    const inserted = await tx.query('insert into apply.priority_rule_set (id, name, effective_from, legal_source) values ($1, $2, $3, $4) on conflict do nothing returning id', [
      input.id,
      input.name,
      effectiveFrom,
      input.legalSource,
    ]);
    if (inserted.rowCount === 0) throw badInput('id', '이미 있는 기준 ID입니다 (기준은 고치지 않고 새 버전을 만듭니다).', 'This rule set id exists (rule sets are versioned, never edited).');
    await tx.query(
      `insert into apply.priority_item (rule_set_id, code, label, rank, points, legal_source, requires)
       select $1, code, label, rank, points, legal_source, coalesce(string_to_array(nullif(requires, ''), ','), '{}')
       from unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[]) as t (code, label, rank, points, legal_source, requires)`,
      [
        input.id,
        input.items.map((i) => i.code),
        input.items.map((i) => i.label),
        input.items.map((i) => i.rank),
        input.items.map((i) => i.points),
        input.items.map((i) => i.legalSource),
        input.items.map((i) => (i.requires ?? []).join(',')),
      ],
    );
    return { result: input.id, targetId: input.id };
  });
}
