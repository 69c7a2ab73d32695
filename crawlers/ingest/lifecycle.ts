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
  /** `endsWithin`: age tags the stage only when the range ends inside it (PREGNANCY: a range from birth into 영유아 is INFANT). */
  stageAgeMonths: z.record(StageSchema, z.object({ min: z.number(), max: z.number(), endsWithin: z.boolean().optional() })),
  /** School grades on the 1–12 scale (초등 1학년 = 1 … 고등 3학년 = 12) per stage. */
  stageSchoolGrades: z.partialRecord(StageSchema, z.object({ min: z.number().int(), max: z.number().int() })).default({}),
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
  /** Eligible ages (crawlers/normalise/ages.ts AgeRange): months, and pregnancy weeks or school grades when stated. */
  ageMonths?: {
    min: number | null;
    max: number | null;
    pregnancyWeeks?: { min: number | null; max: number | null } | null;
    schoolGrades?: { min: number; max: number } | null;
  } | null;
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
  if (input.ageMonths) add(stagesByAge(input.ageMonths, rules), 'age');
  if (stages.length === 0) return null;
  return { stages, primaryStage: stages[0]!, reasons };
}

/**
 * The stages an age range reaches (DOMAIN age rules): months overlap a
 * stage's months — a stage marked `endsWithin` only when the range ends
 * inside it, so `만 0~5세 자녀를 둔 부모` is INFANT, not PREGNANCY —, pregnancy
 * weeks give PREGNANCY (the text speaks of pregnancy), school grades the
 * stages of their grades.
 */
function stagesByAge(age: NonNullable<TaggingInput['ageMonths']>, rules: LifecycleRules): Stage[] {
  const found = new Set<Stage>();
  if (age.pregnancyWeeks) found.add('PREGNANCY');
  if (age.min != null || age.max != null) {
    const lo = age.min ?? -Infinity;
    const hi = age.max ?? Infinity;
    for (const s of STAGES) {
      const range = rules.stageAgeMonths[s];
      if (range && lo <= range.max && hi >= range.min && (!range.endsWithin || hi <= range.max)) found.add(s);
    }
  }
  const grades = age.schoolGrades;
  if (grades) {
    for (const s of STAGES) {
      const range = rules.stageSchoolGrades[s];
      if (range && grades.min <= range.max && grades.max >= range.min) found.add(s);
    }
  }
  return STAGES.filter((s) => found.has(s));
}
