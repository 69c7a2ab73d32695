import { badInput } from '../../common/errors';
import type { Queryable } from '../../store';

export interface PriorityItemRow {
  code: string;
  label: string;
  rank: number;
  points: number;
  legalSource: string;
  requires: string[];
}

export interface RuleSet {
  id: string;
  name: string;
  effectiveFrom: string;
  legalSource: string;
  items: PriorityItemRow[];
}

/**
 * SQL of the rule set in force on the date in parameter `dateParam` (e.g. '$1'):
 * the latest one whose effective date is not after it, with its items, as one
 * JSON value (null when none), so callers can fold it into a larger read.
 */
export function ruleSetJsonSql(dateParam: string): string {
  return `(select json_build_object('id', s.id, 'name', s.name, 'effectiveFrom', to_char(s.effective_from, 'YYYY-MM-DD'), 'legalSource', s.legal_source,
            'items', coalesce((select json_agg(json_build_object('code', i.code, 'label', i.label, 'rank', i.rank, 'points', i.points,
                                                                 'legalSource', i.legal_source, 'requires', i.requires)
                                               order by i.rank, i.points desc, i.code)
                               from apply.priority_item i where i.rule_set_id = s.id), '[]'::json))
           from apply.priority_rule_set s where s.effective_from <= ${dateParam}::date order by s.effective_from desc limit 1)`;
}

/** The rule set in force on a date, or null. */
export async function ruleSetOn(db: Queryable, date: string): Promise<RuleSet | null> {
  const { rows } = await db.query<{ rule_set: RuleSet | null }>(`select ${ruleSetJsonSql('$1')} as rule_set`, [date]);
  return rows[0]?.rule_set ?? null;
}

/**
 * The claims to record for the codes a parent sent. Every code the public
 * rule set lists can be claimed: a bonus item (맞벌이 + 3자녀 →
 * DUAL_INCOME_AND_MULTI_CHILD_3, `requires` non-empty) stands for the codes it
 * requires, which are recorded instead (each is verified on its own, and the
 * bonus then applies by itself in score). Codes the rule set does not list are
 * refused.
 */
export function checkClaims(ruleSet: RuleSet, claims: readonly string[]): string[] {
  const known = new Map(ruleSet.items.map((i) => [i.code, i]));
  const out = new Set<string>();
  const seen = new Set<string>();
  // A bonus may require another bonus (createPriorityRuleSet only checks that the codes exist): expand until plain items.
  const expand = (code: string) => {
    if (seen.has(code)) return;
    seen.add(code);
    const item = known.get(code);
    if (item && item.requires.length > 0) item.requires.forEach(expand);
    else out.add(code);
  };
  for (const code of claims) {
    if (!known.has(code)) throw badInput('priorityClaims', `알 수 없는 우선순위 항목입니다: ${code}`, `Unknown priority item: ${code}`);
    expand(code);
  }
  return [...out];
}

/**
 * Rank and points of a set of standing claims (declared and not failed): the
 * best rank among them (3순위 = none), points summed, plus every bonus item
 * whose required codes all stand (맞벌이 + 3자녀 → +300).
 */
export function score(ruleSet: RuleSet, standing: readonly string[]): { rank: number; points: number } {
  const set = new Set(standing);
  let rank = 3;
  let points = 0;
  for (const item of ruleSet.items) {
    const applies = item.requires.length > 0 ? item.requires.every((c) => set.has(c)) : set.has(item.code);
    if (!applies) continue;
    rank = Math.min(rank, item.rank);
    points += item.points;
  }
  return { rank, points };
}
