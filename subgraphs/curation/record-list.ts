import type { Queryable } from '../../store';
import { decode, encode, type Page } from './queues';
import { CURATED_COLUMNS, toCuratedRow, type CuratedRow } from './row';

/**
 * The console's record list: every record of catalog.effective_record
 * (unpublished, withdrawn and merged ones too, which the public lists hide),
 * by name then id, keyset-paged. `text` is a plain substring of the name,
 * address, phone or id: editors look for a record they know, which search
 * (ranked, published records only) does not serve.
 */
export interface RecordListFilter {
  text: string | null;
  recordKind: string | null;
  subtype: string | null;
  stage: string | null;
  sigungu: string | null;
  source: string | null;
  curated: boolean | null;
  published: boolean | null;
  merged: boolean | null;
}

type ListKey = [string, string];
const isListKey = (v: unknown): v is ListKey => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string');

/** `%`, `_` and `\` match themselves in the substring filter. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function recordListPage(db: Queryable, filter: RecordListFilter, first: number, after: string | null): Promise<Page<CuratedRow> & { totalCount: number }> {
  const key = after ? decode(after, isListKey) : null;
  const params: unknown[] = [
    filter.text ? likePattern(filter.text) : null,
    filter.recordKind,
    filter.subtype,
    filter.stage,
    filter.sigungu,
    filter.source,
    filter.curated,
    filter.published,
    filter.merged,
  ];
  const where = `($1::text is null or r.name ilike $1 or r.address ilike $1 or r.phone ilike $1 or r.id ilike $1)
    and ($2::text is null or r.kind = $2)
    and ($3::text is null or r.subtype = $3)
    and ($4::text is null or $4 = any (r.stages::text[]))
    and ($5::text is null or r.sigungu = $5)
    and ($6::text is null or exists (select 1 from catalog.source_record s where s.record_id = r.id and s.site_id = $6)
         or exists (select 1 from catalog.source_record s where s.derived_id = r.id and s.site_id = $6))
    and ($7::boolean is null or (cardinality(r.curated_fields) > 0) = $7)
    and ($8::boolean is null or r.published = $8)
    and ($9::boolean is null or (r.merged_into is not null) = $9)`;
  const [{ rows }, count] = await Promise.all([
    db.query(
      `select ${CURATED_COLUMNS} from catalog.effective_record r
       where ${where} and ($10::text is null or (r.name, r.id) > ($10::text, $11::text))
       order by r.name, r.id
       limit $12`,
      [...params, key?.[0] ?? null, key?.[1] ?? null, first + 1],
    ),
    db.query<{ n: number }>(`select count(*)::int as n from catalog.effective_record r where ${where}`, params),
  ]);
  const items = rows.slice(0, first).map((row) => ({ cursor: encode([row.name, row.id]), node: toCuratedRow(row) }));
  return { items, hasNextPage: rows.length > first, totalCount: count.rows[0]?.n ?? 0 };
}

export interface SourceRow {
  recordId: string;
  siteId: string;
  sourceKey: string;
  url: string | null;
  fetchedAt: string | null;
  priority: number;
  status: string;
  content: unknown;
}

/** The sources feeding these records, the most trusted first. */
export async function sourcesOf(db: Queryable, ids: readonly string[]): Promise<SourceRow[]> {
  const { rows } = await db.query(
    `select record_id, site_id, source_key, provenance, priority, status, content
     from catalog.source_record where record_id = any($1::text[]) order by record_id, priority, site_id, source_key`,
    [ids],
  );
  return rows.map((row) => {
    const provenance = (row.provenance ?? {}) as { url?: string; fetchedAt?: string };
    return {
      recordId: row.record_id as string,
      siteId: row.site_id as string,
      sourceKey: row.source_key as string,
      url: provenance.url ?? null,
      fetchedAt: provenance.fetchedAt ?? null,
      priority: row.priority as number,
      status: row.status as string,
      content: row.content,
    };
  });
}
