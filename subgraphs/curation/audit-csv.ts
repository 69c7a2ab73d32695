import type { Queryable } from '../../store';
import { auditPage, type AuditFilter } from './queues';

/**
 * The audit log as a CSV file editors open in Excel (issue 17). A byte-order
 * mark makes Excel read UTF-8 (Korean text otherwise turns to mojibake), and
 * a cell that starts like a formula (= + - @, tab, CR) gets a leading ' so a
 * spreadsheet shows it as text instead of running it (CSV injection, OWASP).
 */
export const CSV_MAX_ROWS = 10_000;
const BOM = '\uFEFF';
const HEADER = ['id', 'at', 'actor', 'actorRole', 'action', 'recordId', 'term', 'field', 'before', 'after', 'reason'];

export function csvCell(value: unknown): string {
  let text = value == null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function auditCsv(db: Queryable, filter: AuditFilter, limit: number): Promise<string> {
  const page = await auditPage(db, filter, limit, null);
  const lines = [HEADER.join(',')];
  for (const { node } of page.items) {
    lines.push([node.id, node.at, node.actor, node.actorRole, node.action, node.recordId, node.term, node.field, node.before, node.after, node.reason].map(csvCell).join(','));
  }
  // CRLF line ends, as RFC 4180 has them.
  return BOM + lines.join('\r\n') + '\r\n';
}
