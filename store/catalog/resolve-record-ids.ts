import type { Queryable } from '../types';

/**
 * The record each id answers with now (old or source-derived id → current
 * record id): partners keep links, and judged search ids name records as
 * they were. An id answers with itself while its record is active and not
 * merged away; an id an editor merged answers with the kept record
 * (`curation.record_state.merged_into`); the id of a source that joined
 * another record — at ingest (policies published by several sites) or by an
 * editor's merge — answers with the record that source feeds
 * (`catalog.source_record.derived_id`); a withdrawn record with no such
 * successor answers with itself. Ids nobody ever had are left out.
 *
 * One statement per hop (ingest never chains merges, so one hop is the rule
 * and a second only follows an editor's merge of an ingest-merged record).
 */
export async function resolveRecordIds(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let pending = new Map([...new Set(ids)].map((id) => [id, id]));
  for (let hop = 0; hop < 3 && pending.size > 0; hop++) {
    const { rows } = await db.query<{ id: string; status: string | null; merged_into: string | null; moved_to: string | null }>(
      `select k.id, r.status, s.merged_into,
         (select d.record_id from catalog.source_record d
          where d.derived_id = k.id and d.record_id <> k.id
          order by d.status = 'ACTIVE' desc, d.priority, d.site_id limit 1) as moved_to
       from unnest($1::text[]) as k (id)
       left join catalog.record r on r.id = k.id
       left join curation.record_state s on s.record_id = k.id`,
      [[...new Set(pending.values())]],
    );
    const next = new Map<string, string>();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [asked, current] of pending) {
      const row = byId.get(current);
      const target = row?.merged_into ?? (row?.status === 'ACTIVE' ? null : row?.moved_to) ?? null;
      if (target && target !== current && hop < 2) next.set(asked, target);
      else if (row?.status || target) out.set(asked, target ?? current);
    }
    pending = next;
  }
  return out;
}
