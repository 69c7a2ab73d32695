import type { Queryable } from '../types';
import { matchKey, type SourceContent } from './merge';
import { clusterPolicies, ref, type Candidate, type ClusterSource } from './policy-clusters';
import { policyFeatures } from './policy-match';
import { remergeRecords } from './upsert-records';

/**
 * Policy deduplication at ingest (issue 15): the sources of a scope
 * (match key `POLICY|<scope>`) are regrouped as a whole each time one of
 * them changes, so the grouping is a function of what the sites publish and
 * what editors decided, never of the order crawls ran in. Only what moved
 * is written: sources change record, records left without sources are
 * withdrawn (their ids keep answering through `derived_id`, see
 * resolve-record-ids.ts), and the scope's duplicate candidates are
 * rewritten for the editors' queue.
 *
 * Runs inside the caller's transaction, under the crawler's lock on record
 * writes (taken here too; advisory locks nest), so two regroups of one scope
 * never interleave.
 */

interface SourceRow {
  site_id: string;
  source_key: string;
  record_id: string;
  priority: number;
  derived_id: string;
  status: 'ACTIVE' | 'WITHDRAWN';
  match_key: string;
  name: string;
  sido: string | null;
  sigungu: string | null;
  kind: string;
  subtype: string;
  stages: string[];
  primary_stage: string;
  attrs: Record<string, unknown>;
}

/** Scopes pulled in with these: a record spanning scopes (an editor's merge, a source whose agency changed) is regrouped whole. */
async function closeScopes(db: Queryable, keys: readonly string[]): Promise<string[]> {
  const all = new Set(keys);
  for (let round = 0; round < 5; round++) {
    const { rows } = await db.query<{ match_key: string }>(
      `select distinct o.match_key from catalog.source_record s
       join catalog.source_record o on o.record_id = s.record_id
       where s.match_key = any($1::text[]) and o.match_key like 'POLICY|%' and not (o.match_key = any($1::text[]))
       union
       select distinct o.match_key from catalog.source_record s
       join curation.match_decision d on d.decision = 'SAME'
         and ((d.site_a = s.site_id and d.key_a = s.source_key) or (d.site_b = s.site_id and d.key_b = s.source_key))
       join catalog.source_record o on (o.site_id = d.site_a and o.source_key = d.key_a) or (o.site_id = d.site_b and o.source_key = d.key_b)
       where s.match_key = any($1::text[]) and o.match_key like 'POLICY|%' and not (o.match_key = any($1::text[]))`,
      [[...all]],
    );
    if (rows.length === 0) break;
    for (const r of rows) all.add(r.match_key);
  }
  return [...all].sort();
}

/** What matching reads of each source: a few attrs, not the whole content. */
const SOURCES_SQL = `
select site_id, source_key, record_id, priority, derived_id, status, match_key,
  content ->> 'name' as name, content ->> 'sido' as sido, content ->> 'sigungu' as sigungu,
  content ->> 'kind' as kind, content ->> 'subtype' as subtype, content ->> 'primaryStage' as primary_stage,
  array(select jsonb_array_elements_text(content -> 'stages')) as stages,
  jsonb_build_object('agency', content -> 'attrs' -> 'agency', 'amountKrw', content -> 'attrs' -> 'amountKrw',
    'legalBasis', content -> 'attrs' -> 'legalBasis', 'target', content -> 'attrs' -> 'target',
    'contact', content -> 'attrs' -> 'contact') as attrs
from catalog.source_record
where match_key = any($1::text[])`;

/**
 * Regroups the policy sources of these match keys (and the scopes they
 * reach) and writes the difference. `touched` are records whose sources
 * changed content: they are recomputed even if no source moves.
 */
export async function regroupPolicies(db: Queryable, keys: readonly string[], touched: readonly string[] = []): Promise<void> {
  const wanted = [...new Set(keys.filter((k) => k.startsWith('POLICY|')))];
  if (wanted.length === 0) {
    await remergeRecords(db, touched);
    return;
  }
  await db.query(`select pg_advisory_xact_lock(hashtext('catalog.upsert_records'))`);
  const scopes = await closeScopes(db, wanted);
  const { rows } = await db.query<SourceRow>(SOURCES_SQL, [scopes]);
  const sites = rows.map((r) => r.site_id);
  const sourceKeys = rows.map((r) => r.source_key);
  const recordIds = [...new Set([...rows.map((r) => r.record_id), ...rows.map((r) => r.derived_id)])];
  const [decisions, states] = await Promise.all([
    db.query<{ site_a: string; key_a: string; site_b: string; key_b: string; decision: 'SAME' | 'DIFFERENT' }>(
      `select d.site_a, d.key_a, d.site_b, d.key_b, d.decision from curation.match_decision d
       where (d.site_a, d.key_a) in (select * from unnest($1::text[], $2::text[]))
          or (d.site_b, d.key_b) in (select * from unnest($1::text[], $2::text[]))`,
      [sites, sourceKeys],
    ),
    db.query<{ record_id: string; merged_into: string | null }>(
      `select record_id, merged_into from curation.record_state where record_id = any($1::text[]) or merged_into = any($1::text[])`,
      [recordIds],
    ),
  ]);
  const curated = new Set<string>();
  const mergedAway = new Set<string>();
  for (const s of states.rows) {
    if (s.merged_into) {
      mergedAway.add(s.record_id);
      curated.add(s.merged_into);
    } else curated.add(s.record_id);
  }
  const sources: ClusterSource[] = rows.map((r) => ({
    siteId: r.site_id,
    sourceKey: r.source_key,
    priority: r.priority,
    recordId: r.record_id,
    derivedId: r.derived_id,
    features: r.status === 'ACTIVE' ? policyFeatures({ name: r.name, sido: r.sido, sigungu: r.sigungu, attrs: r.attrs }) : null,
  }));
  const pairs = (d: 'SAME' | 'DIFFERENT') => decisions.rows.filter((x) => x.decision === d).map((x) => [ref(x.site_a, x.key_a), ref(x.site_b, x.key_b)] as const);
  const result = clusterPolicies({ sources, same: pairs('SAME'), different: pairs('DIFFERENT'), curated, mergedAway });

  const moves = rows.filter((r) => result.recordOf.get(ref(r.site_id, r.source_key)) !== r.record_id);
  if (moves.length) {
    await createRecords(db, rows, moves.map((r) => result.recordOf.get(ref(r.site_id, r.source_key))!));
    await db.query(
      `update catalog.source_record s set record_id = x.record_id, updated_at = now()
       from unnest($1::text[], $2::text[], $3::text[]) as x(site_id, source_key, record_id)
       where s.site_id = x.site_id and s.source_key = x.source_key`,
      [moves.map((r) => r.site_id), moves.map((r) => r.source_key), moves.map((r) => result.recordOf.get(ref(r.site_id, r.source_key))!)],
    );
  }
  const affected = [...new Set([...touched, ...moves.map((r) => r.record_id), ...moves.map((r) => result.recordOf.get(ref(r.site_id, r.source_key))!)])];
  // A record ingest created a moment ago for a new source that joined another one never had content: it goes (no partner saw it).
  const { rows: dropped } = await db.query<{ id: string }>(
    `delete from catalog.record r where r.id = any($1::text[]) and r.content_hash = ''
       and not exists (select 1 from catalog.source_record s where s.record_id = r.id)
     returning r.id`,
    [affected],
  );
  const gone = new Set(dropped.map((d) => d.id));
  await remergeRecords(db, affected.filter((id) => !gone.has(id)));
  await writeCandidates(db, scopes, result.candidates, new Map(rows.map((r) => [ref(r.site_id, r.source_key), r.match_key])));
}

/** Records for ids a group takes that do not exist yet (a source splitting off); filled by remergeRecords. */
async function createRecords(db: Queryable, rows: readonly SourceRow[], ids: readonly string[]): Promise<void> {
  const byDerived = new Map(rows.map((r) => [r.derived_id, r]));
  const fresh = [...new Set(ids)].map((id) => byDerived.get(id)).filter((r): r is SourceRow => r !== undefined);
  if (fresh.length === 0) return;
  await db.query(
    `insert into catalog.record (id, kind, subtype, name, stages, primary_stage, site_id, source_key, provenance, content_hash)
     select x.id, x.kind, x.subtype, x.name, x.stages, x.primary_stage, x.site_id, x.source_key, '[]'::jsonb, ''
     from jsonb_to_recordset($1::jsonb) as x(id text, kind text, subtype text, name text, stages text[], primary_stage text, site_id text, source_key text)
     on conflict (id) do nothing`,
    [JSON.stringify(fresh.map((r) => ({ id: r.derived_id, kind: r.kind, subtype: r.subtype, name: r.name, stages: r.stages, primary_stage: r.primary_stage, site_id: r.site_id, source_key: r.source_key })))],
  );
}

/** The scopes' candidates become exactly these; a pair still proposed keeps its `since`. */
async function writeCandidates(db: Queryable, scopes: readonly string[], candidates: readonly Candidate[], keyOf: Map<string, string>): Promise<void> {
  const split = (r: string) => r.split('\u0000') as [string, string];
  const rows = candidates.map((c) => {
    const [siteA, keyA] = split(c.sourceA);
    const [siteB, keyB] = split(c.sourceB);
    return { match_key: keyOf.get(c.sourceA)!, record_a: c.a, record_b: c.b, site_a: siteA, key_a: keyA, site_b: siteB, key_b: keyB, score: c.score, reasons: c.reasons };
  });
  await db.query(
    `delete from curation.duplicate_candidate d where d.match_key = any($1::text[])
       and not exists (select 1 from jsonb_to_recordset($2::jsonb) as x(record_a text, record_b text) where x.record_a = d.record_a and x.record_b = d.record_b)`,
    [scopes, JSON.stringify(rows)],
  );
  if (rows.length === 0) return;
  await db.query(
    `insert into curation.duplicate_candidate as d (match_key, record_a, record_b, site_a, key_a, site_b, key_b, score, reasons)
     select x.match_key, x.record_a, x.record_b, x.site_a, x.key_a, x.site_b, x.key_b, x.score, x.reasons
     from jsonb_to_recordset($1::jsonb) as x(match_key text, record_a text, record_b text, site_a text, key_a text, site_b text, key_b text, score real, reasons text[])
     on conflict (record_a, record_b) do update set match_key = excluded.match_key, site_a = excluded.site_a, key_a = excluded.key_a,
       site_b = excluded.site_b, key_b = excluded.key_b, score = excluded.score, reasons = excluded.reasons
     where (d.match_key, d.site_a, d.key_a, d.site_b, d.key_b, d.score, d.reasons)
       is distinct from (excluded.match_key, excluded.site_a, excluded.key_a, excluded.site_b, excluded.key_b, excluded.score, excluded.reasons)`,
    [JSON.stringify(rows)],
  );
}

/**
 * The one-time pass over a database written before policies were grouped:
 * policy sources without a match key get one and their scopes are
 * regrouped, which merges the duplicates they hold (curated records keep
 * their ids; two curated ones go to the editors' queue). Costs one query
 * when there is nothing to do, so the hub runs it at every start.
 */
export async function groupUngroupedPolicies(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ site_id: string; source_key: string; record_id: string; content: SourceContent }>(
    `select site_id, source_key, record_id, content from catalog.source_record where match_key is null and content ->> 'kind' = 'POLICY'`,
  );
  if (rows.length === 0) return 0;
  const keys = rows.map((r) => matchKey(r.content)!);
  await db.query(
    `update catalog.source_record s set match_key = x.match_key
     from unnest($1::text[], $2::text[], $3::text[]) as x(site_id, source_key, match_key)
     where s.site_id = x.site_id and s.source_key = x.source_key`,
    [rows.map((r) => r.site_id), rows.map((r) => r.source_key), keys],
  );
  await regroupPolicies(db, [...new Set(keys)], [...new Set(rows.map((r) => r.record_id))]);
  return rows.length;
}
