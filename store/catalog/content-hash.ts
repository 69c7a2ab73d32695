import { createHash } from 'node:crypto';
import type { SourceRecord } from '../../common/record';

/** JSON with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Hash of what a record says, not of when or how it was fetched: provenance
 * (fetch time, page hash, adapter version) is left out, so a re-crawl that
 * finds the same facts writes nothing.
 */
export function recordContentHash(record: SourceRecord): string {
  const { provenance: _provenance, ...content } = record;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
