import type { Principal } from '../../common/auth';
import { HubError } from '../../common/errors';
import type { Queryable, Store } from '../../store';
import { toSynonymRow, type SynonymRow } from './row';
import { writeAudit } from './store';

/**
 * Editors' search synonyms, in the search subgraph's table (search.synonym).
 * An edit bumps the search index generation (trigger of migration 0019), so
 * search processes drop their cached results and the change is in force
 * within a second. Terms are stored the way search
 * looks them up: NFKC, lower case, single spaces.
 */
export function normaliseTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export async function listSynonyms(db: Queryable): Promise<SynonymRow[]> {
  // Bounded: the table is editor-maintained (tens of rows), but never answer an unbounded list.
  const { rows } = await db.query('select term, synonyms, updated_by, updated_at from search.synonym order by term limit 1000');
  return rows.map(toSynonymRow);
}

export async function synonymOf(db: Queryable, term: string): Promise<SynonymRow | null> {
  const { rows } = await db.query('select term, synonyms, updated_by, updated_at from search.synonym where term = $1', [term]);
  return rows[0] ? toSynonymRow(rows[0]) : null;
}

async function lockTerm(tx: Queryable, term: string): Promise<string[] | null> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('curation.synonym:' || $1, 0))`, [term]);
  const { rows } = await tx.query<{ synonyms: string[] }>('select synonyms from search.synonym where term = $1', [term]);
  return rows[0]?.synonyms ?? null;
}

/** Adds synonyms to a term (creating it); returns false when it already had all of them. */
export async function addSynonyms(store: Store, actor: Principal, term: string, synonyms: readonly string[], reason: string): Promise<boolean> {
  return store.transaction(async (tx) => {
    const before = await lockTerm(tx, term);
    const after = [...new Set([...(before ?? []), ...synonyms])];
    if (before && after.length === before.length) return false;
    await tx.query(
      `insert into search.synonym (term, synonyms, updated_by, updated_at) values ($1, $2, $3, now())
       on conflict (term) do update set synonyms = excluded.synonyms, updated_by = excluded.updated_by, updated_at = now()`,
      [term, after, actor.sub],
    );
    await writeAudit(tx, actor, reason, [{ action: 'ADD_SYNONYM', term, field: 'synonyms', before, after }]);
    return true;
  });
}

/** Removes some synonyms of a term, or the term (no synonyms given, or none left). */
export async function removeSynonyms(store: Store, actor: Principal, term: string, synonyms: readonly string[] | null, reason: string): Promise<void> {
  await store.transaction(async (tx) => {
    const before = await lockTerm(tx, term);
    if (!before) throw new HubError('NOT_FOUND', { ko: `동의어가 없는 단어입니다: ${term}`, en: `No synonyms for: ${term}` }, { field: 'term' });
    const after = synonyms ? before.filter((s) => !synonyms.includes(s)) : [];
    if (after.length === before.length) return;
    if (after.length) {
      await tx.query('update search.synonym set synonyms = $2, updated_by = $3, updated_at = now() where term = $1', [term, after, actor.sub]);
    } else {
      await tx.query('delete from search.synonym where term = $1', [term]);
    }
    await writeAudit(tx, actor, reason, [{ action: 'REMOVE_SYNONYM', term, field: 'synonyms', before, after: after.length ? after : null }]);
  });
}
