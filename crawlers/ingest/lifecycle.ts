import { z } from 'zod';
import { STAGES, type Stage } from '../../common/record';
import rulesFile from './lifecycle-rules.json';

/**
 * Lifecycle tagging (DESIGN contract 2): which stages a record serves and
 * which one is primary. The rules are data (lifecycle-rules.json), so a
 * content editor's request ("난임 is pregnancy") is a data change, and every
 * tagged record can say which rules tagged it.
 */
const StageSchema = z.enum(STAGES);
const RulesSchema = z.object({
  version: z.string(),
  stageAgeMonths: z.record(StageSchema, z.object({ min: z.number(), max: z.number() })),
  rules: z
    .array(
      z.object({
        id: z.string(),
        kinds: z.array(z.string()).optional(),
        keywords: z.array(z.string().min(1)).optional(),
        stages: z.array(StageSchema).min(1),
      }),
    )
    .min(1),
});

export type LifecycleRules = z.infer<typeof RulesSchema>;

export const LIFECYCLE_RULES: LifecycleRules = RulesSchema.parse(rulesFile);

export interface TaggingInput {
  /** FacilityKind, 'POLICY' or 'PROGRAM'. */
  subtype: string;
  /** Name plus any descriptive text (target, summary); only the first few KB are read. */
  text: string;
  ageMonths?: { min: number | null; max: number | null } | null;
  /** Stages the source itself states: they win. */
  explicit?: Stage[] | null;
}

export interface Tagging {
  stages: Stage[];
  primaryStage: Stage;
  /** Rule ids that produced the stages, in order: 'source', 'age', or a rule id. */
  reasons: string[];
}

const MAX_TEXT = 4000;

/** Returns null when nothing identifies a stage (the adapter must then say one explicitly). */
export function tagLifecycle(input: TaggingInput, rules: LifecycleRules = LIFECYCLE_RULES): Tagging | null {
  if (input.explicit?.length) {
    const stages = [...new Set(input.explicit)];
    return { stages, primaryStage: stages[0]!, reasons: ['source'] };
  }
  const stages: Stage[] = [];
  const reasons: string[] = [];
  const add = (found: readonly Stage[], reason: string) => {
    let added = false;
    for (const stage of found) {
      if (!stages.includes(stage)) {
        stages.push(stage);
        added = true;
      }
    }
    if (added) reasons.push(reason);
  };
  const text = input.text.slice(0, MAX_TEXT);
  for (const rule of rules.rules) {
    if (rule.kinds && !rule.kinds.includes(input.subtype)) continue;
    if (rule.keywords && !rule.keywords.some((k) => text.includes(k))) continue;
    if (!rule.kinds && !rule.keywords) continue;
    add(rule.stages, rule.id);
  }
  const age = input.ageMonths;
  if (age && (age.min != null || age.max != null)) {
    const lo = age.min ?? -Infinity;
    const hi = age.max ?? Infinity;
    add(
      STAGES.filter((s) => {
        const range = rules.stageAgeMonths[s];
        return range !== undefined && lo <= range.max && hi >= range.min;
      }),
      'age',
    );
  }
  if (stages.length === 0) return null;
  return { stages, primaryStage: stages[0]!, reasons };
}
