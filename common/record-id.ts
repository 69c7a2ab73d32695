import { createHash } from 'node:crypto';
import type { RecordKind } from './record';

const PREFIX: Record<RecordKind, string> = { FACILITY: 'fac', POLICY: 'pol', PROGRAM: 'prg' };

/**
 * A record's public id: derived from where it comes from, so it is the same
 * after a restart, a re-import or a rebuilt database (partners keep links).
 */
export function recordId(kind: RecordKind, siteId: string, sourceKey: string): string {
  const digest = createHash('sha256').update(`${siteId}\u0000${sourceKey}`).digest('hex');
  return `${PREFIX[kind]}_${digest.slice(0, 16)}`;
}

/** True when `id` has the shape of a record id (cheap check before any SQL). */
export function isRecordId(id: string): boolean {
  return /^(fac|pol|prg)_[0-9a-f]{16}$/.test(id);
}
