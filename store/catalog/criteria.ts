import type { Criterion } from '../../common/benefits/criteria';
import { effectiveCriteria } from '../../common/benefits/effective';
import type { Queryable } from '../types';

/**
 * Effective eligibility criteria of policies by id (curated when editors
 * overrode them; see common/benefits/effective.ts), in one query over
 * catalog.effective_record. Ids that are not published policies are absent
 * from the map.
 */
export async function criteriaOf(db: Queryable, policyIds: readonly string[]): Promise<Map<string, Criterion[]>> {
  const out = new Map<string, Criterion[]>();
  if (policyIds.length === 0) return out;
  const { rows } = await db.query<{ id: string; sido: string | null; sigungu: string | null; site_id: string; attrs: Record<string, unknown>; curated_fields: string[] | null }>(
    `select id, sido, sigungu, site_id, attrs, curated_fields
     from catalog.effective_record
     where id = any($1::text[]) and kind = 'POLICY' and published`,
    [policyIds],
  );
  for (const r of rows) {
    out.set(r.id, effectiveCriteria({ sido: r.sido, sigungu: r.sigungu, siteId: r.site_id, attrs: r.attrs ?? {}, curatedFields: r.curated_fields ?? [] }));
  }
  return out;
}
