import type { z } from 'zod';
import { badInput, HubError } from '../../common/errors';
import type { RecordKind } from '../../common/record';
import { isCuratableField, MAX_PATCH_FIELDS, patchSchema } from './fields';
import { MAX_SYNONYM_TERM_WORDS } from '../search/query';
import { normaliseTerm } from './synonyms';
import { CHECK_MESSAGES, plainText, type CheckKey } from './text';

/**
 * Every argument of a curation operation is checked here, before anything is
 * written: a bad one is BAD_USER_INPUT naming the field, in Korean and English.
 */
const MAX_ID = 64;
const MAX_REASON = 500;
const MAX_MERGE = 20;
const MAX_TERM = 50;
const MAX_SYNONYMS = 20;

const reasonSchema = plainText(MAX_REASON);
const termSchema = plainText(MAX_TERM);

/** The first zod issue as a typed, bilingual error; `prefix` names the argument (`patch`). */
export function issueError(prefix: string, issue: z.core.$ZodIssue): HubError {
  const path = [prefix, ...issue.path.map(String)].join('.');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return badInput(`${path}.${issue.keys[0]}`, `알 수 없거나 이 레코드에 없는 필드입니다: ${keys}`, `Unknown field, or not a field of this record: ${keys}`);
    }
    case 'invalid_type':
      return badInput(path, `${path}: 값의 형식이 올바르지 않습니다 (${issue.expected} 필요).`, `${path}: wrong type (expected ${issue.expected}).`);
    case 'too_big':
      return issue.origin === 'string'
        ? badInput(path, `${path}: 최대 ${issue.maximum}자입니다.`, `${path}: at most ${issue.maximum} characters.`)
        : badInput(path, `${path}: 최대 ${issue.maximum}입니다.`, `${path}: at most ${issue.maximum}.`);
    case 'too_small':
      return badInput(path, `${path}: 최소 ${issue.minimum}입니다.`, `${path}: at least ${issue.minimum}.`);
    case 'invalid_value':
      return badInput(path, `${path}: 허용되지 않는 값입니다 (${issue.values.join(', ')}).`, `${path}: not one of ${issue.values.join(', ')}.`);
    case 'custom': {
      const message = CHECK_MESSAGES[issue.message as CheckKey];
      if (message) return badInput(path, `${path}: ${message.ko}`, `${path}: ${message.en}`);
      return badInput(path, `${path}: 값이 올바르지 않습니다.`, `${path}: invalid value.`);
    }
    default:
      return badInput(path, `${path}: 값이 올바르지 않습니다.`, `${path}: invalid value.`);
  }
}

function parse<T>(schema: z.ZodType<T>, prefix: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw issueError(prefix, result.error.issues[0]!);
  return result.data;
}

export function validateId(id: string, field = 'id'): string {
  if (id.length === 0 || id.length > MAX_ID) throw badInput(field, `${field}는 1–${MAX_ID}자입니다.`, `${field} must be 1–${MAX_ID} characters.`);
  return id;
}

/** Why the editor made the change: required, plain text, at most 500 characters. */
export function validateReason(reason: string): string {
  return parse(reasonSchema, 'reason', reason);
}

/** A patch as validated values by field (JSON null included). */
export type Patch = Record<string, unknown>;

/** Validates a patch against the fields of this kind of record. */
export function validatePatch(kind: RecordKind, patch: unknown): Patch {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw badInput('patch', 'patch는 필드 이름을 키로 하는 JSON 객체여야 합니다.', 'patch must be a JSON object keyed by field name.');
  }
  const size = Object.keys(patch).length;
  if (size === 0) throw badInput('patch', 'patch가 비어 있습니다.', 'patch is empty.');
  if (size > MAX_PATCH_FIELDS) throw badInput('patch', `patch의 필드는 최대 ${MAX_PATCH_FIELDS}개입니다.`, `patch has at most ${MAX_PATCH_FIELDS} fields.`);
  return parse(patchSchema(kind), 'patch', patch) as Patch;
}

/** A field name for revert/keep: one of the curatable fields. */
export function validateField(field: string): string {
  if (!isCuratableField(field)) throw badInput('field', `알 수 없는 필드입니다: ${field.slice(0, 50)}`, `Unknown field: ${field.slice(0, 50)}`);
  return field;
}

export function validateMergeIds(keepId: string, mergeIds: readonly string[]): string[] {
  validateId(keepId, 'keepId');
  const ids = [...new Set(mergeIds.map((id) => validateId(id, 'mergeIds')))];
  if (ids.length === 0 || ids.length > MAX_MERGE) throw badInput('mergeIds', `mergeIds는 1–${MAX_MERGE}개입니다.`, `mergeIds takes 1–${MAX_MERGE} ids.`);
  if (ids.includes(keepId)) throw badInput('mergeIds', 'keepId를 자기 자신에 병합할 수 없습니다.', 'keepId cannot be merged into itself.');
  return ids;
}

/** A synonym term or word, normalised the way search looks words up. */
export function validateTerm(term: string, field = 'term'): string {
  return normaliseTerm(parse(termSchema, field, term));
}

/** A synonym term (the side search looks up): also at most as many words as search tries together. */
export function validateSynonymTerm(term: string): string {
  const normalised = validateTerm(term);
  if (normalised.split(' ').length > MAX_SYNONYM_TERM_WORDS) {
    throw badInput('term', `동의어 표제어는 ${MAX_SYNONYM_TERM_WORDS}단어까지입니다.`, `A synonym term has at most ${MAX_SYNONYM_TERM_WORDS} words.`);
  }
  return normalised;
}

export function validateSynonyms(synonyms: readonly string[], term: string): string[] {
  if (synonyms.length === 0 || synonyms.length > MAX_SYNONYMS) {
    throw badInput('synonyms', `synonyms는 1–${MAX_SYNONYMS}개입니다.`, `synonyms takes 1–${MAX_SYNONYMS} words.`);
  }
  const words = [...new Set(synonyms.map((s) => validateTerm(s, 'synonyms')))];
  if (words.includes(term)) throw badInput('synonyms', '단어를 자기 자신의 동의어로 둘 수 없습니다.', 'A term cannot be its own synonym.');
  return words;
}

/** `first` of a page: 0…100. */
export function validateFirst(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badInput('first', 'first는 0–100입니다.', 'first must be 0–100.');
  return value;
}

/** An ISO timestamp argument. */
export function validateInstant(field: string, value: string): string {
  if (value.length > 40 || Number.isNaN(Date.parse(value))) throw badInput(field, `${field}: ISO 시각이 아닙니다.`, `${field}: not an ISO timestamp.`);
  return new Date(value).toISOString();
}
