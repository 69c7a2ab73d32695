import type { RecordKind } from '../../common/record';
import { toRecordFields, type RecordFields } from '../lifecycle/row';

/**
 * Rows of the curation store, camelCased in this one place (CONVENTIONS 5).
 * Timestamps arrive as Date (pg) or string (PGlite) and leave as ISO strings.
 */
export const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
const isoOrNull = (value: unknown): string | null => (value == null ? null : iso(value));

/** A record of catalog.effective_record with its curation columns. */
export interface CuratedRow extends RecordFields {
  recordKind: RecordKind;
  status: 'ACTIVE' | 'WITHDRAWN';
  published: boolean;
  mergedInto: string | null;
  curatedFields: string[];
  updatedAt: string;
}

export const CURATED_COLUMNS = `id, kind, subtype, name, stages, primary_stage, sido, sigungu, region_code, address, phone, lat, lng,
  geo_approx, special_care, capacity, enrolled, attrs, status, published, merged_into, curated_fields, updated_at`;

export function toCuratedRow(row: Record<string, unknown>): CuratedRow {
  return {
    ...toRecordFields(row),
    recordKind: row.kind as RecordKind,
    status: row.status as CuratedRow['status'],
    published: row.published as boolean,
    mergedInto: row.merged_into as string | null,
    curatedFields: (row.curated_fields ?? []) as string[],
    updatedAt: iso(row.updated_at),
  };
}

export interface OverrideRow {
  recordId: string;
  field: string;
  value: unknown;
  baseValue: unknown;
  overriddenBase: unknown;
  needsReview: boolean;
  setBy: string;
  setAt: string;
  reason: string;
}

export function toOverrideRow(row: Record<string, unknown>): OverrideRow {
  return {
    recordId: row.record_id as string,
    field: row.field as string,
    value: row.value,
    baseValue: row.current_base,
    overriddenBase: row.base_value,
    needsReview: row.needs_review as boolean,
    setBy: row.set_by as string,
    setAt: iso(row.set_at),
    reason: row.reason as string,
  };
}

export interface ReviewRow {
  recordId: string;
  field: string;
  overrideValue: unknown;
  oldBase: unknown;
  newBase: unknown;
  since: string;
}

export function toReviewRow(row: Record<string, unknown>): ReviewRow {
  return {
    recordId: row.record_id as string,
    field: row.field as string,
    overrideValue: row.value,
    oldBase: row.old_base,
    newBase: row.new_base,
    since: iso(row.since),
  };
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  recordId: string | null;
  term: string | null;
  field: string | null;
  before: unknown;
  after: unknown;
  reason: string;
}

export function toAuditRow(row: Record<string, unknown>): AuditRow {
  return {
    id: String(row.id),
    at: iso(row.at),
    actor: row.actor_sub as string,
    actorRole: row.actor_role as string,
    action: row.action as string,
    recordId: row.record_id as string | null,
    term: row.term as string | null,
    field: row.field as string | null,
    before: row.before,
    after: row.after,
    reason: row.reason as string,
  };
}

export interface SynonymRow {
  term: string;
  synonyms: string[];
  updatedBy: string;
  updatedAt: string | null;
}

export function toSynonymRow(row: Record<string, unknown>): SynonymRow {
  return { term: row.term as string, synonyms: row.synonyms as string[], updatedBy: row.updated_by as string, updatedAt: isoOrNull(row.updated_at) };
}
