import { z } from 'zod';
import { HOUSEHOLD_FLAGS, type Criterion } from './criteria';

/**
 * The zod schema of an editor's criteria list (curation field `criteria`,
 * a whole-list override): the contract's shapes, bounded so a patch cannot
 * store nonsense (months 0–1200, weeks 0–45, percent 0–1000, grades 1–12).
 * An item the editor writes without `origin`/`evidence`/`id` is CURATED
 * with `evidence.field = 'curation'`; items copied from the extracted list
 * keep their provenance.
 */
// Plain text only (the curation checks' `html` / `control` messages name the rule).
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !/[<>]|&[#a-z0-9]+;/i.test(v), { message: 'html' })
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'control' });
const months = z.number().int().min(0).max(1200);
const evidence = z.strictObject({ field: text(40), text: text(500), start: z.number().int().min(0).optional(), end: z.number().int().min(0).optional() });
const base = {
  id: text(60).optional(),
  origin: z.enum(['STRUCTURED', 'TEXT', 'CURATED']).optional(),
  evidence: evidence.optional(),
  sourceId: text(80).optional(),
};
const ordered = (min?: number, max?: number) => min === undefined || max === undefined || min <= max;

const leaf = z.discriminatedUnion('kind', [
  z
    .strictObject({
      ...base,
      kind: z.literal('AGE'),
      subject: z.enum(['CHILD', 'APPLICANT']),
      minMonths: months.optional(),
      maxMonths: months.optional(),
      withinDaysOfBirth: z.number().int().min(1).max(3650).optional(),
      minGrade: z.number().int().min(1).max(12).optional(),
      maxGrade: z.number().int().min(1).max(12).optional(),
      birth: z.boolean().optional(),
      windowAssumed: z.boolean().optional(),
      dueWithinDays: z.number().int().min(1).max(300).optional(),
      bornOnOrAfter: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    })
    .refine((c) => ordered(c.minMonths, c.maxMonths) && ordered(c.minGrade, c.maxGrade), { message: 'range' }),
  z.strictObject({ ...base, kind: z.literal('PREGNANCY'), minWeeks: z.number().int().min(0).max(45).optional(), maxWeeks: z.number().int().min(0).max(45).optional() }).refine((c) => ordered(c.minWeeks, c.maxWeeks), { message: 'range' }),
  z.strictObject({ ...base, kind: z.literal('RESIDENCE'), sido: text(40).optional(), sigungu: text(40).optional(), minMonths: months.optional(), atBirth: z.boolean().optional() }),
  z
    .strictObject({ ...base, kind: z.literal('INCOME'), maxMedianPercent: z.number().min(0).max(1000).optional(), minMedianPercent: z.number().min(0).max(1000).optional() })
    .refine((c) => ordered(c.minMedianPercent, c.maxMedianPercent), { message: 'range' }),
  z.strictObject({ ...base, kind: z.literal('HOUSEHOLD'), flag: z.enum(HOUSEHOLD_FLAGS as [string, ...string[]]), minChildren: z.number().int().min(2).max(20).optional() }),
  z.strictObject({ ...base, kind: z.literal('CHILD_ORDER'), minOrder: z.number().int().min(1).max(20) }),
  z.strictObject({ ...base, kind: z.literal('EMPLOYMENT'), status: z.enum(['EMPLOYED', 'JOB_SEEKER', 'SELF_EMPLOYED', 'PARENTAL_LEAVE']) }),
  z.strictObject({ ...base, kind: z.literal('OTHER'), text: text(500) }),
]);
const anyOf = z.strictObject({ ...base, kind: z.literal('ANY_OF'), options: z.array(leaf).min(2).max(10) });
const item = z.union([leaf, anyOf]);

type Input = z.infer<typeof item>;

function complete(c: Input, id: string): Criterion {
  const origin = c.origin ?? 'CURATED';
  const ev = c.evidence ?? { field: 'curation', text: '편집자 지정 (set by an editor)' };
  if (c.kind === 'ANY_OF') {
    return { ...c, id: c.id ?? id, origin, evidence: ev, options: c.options.map((o, i) => complete(o, `${c.id ?? id}.${i}`)) } as Criterion;
  }
  return { ...c, id: c.id ?? id, origin, evidence: ev } as Criterion;
}

/** At most 30 criteria; ids unique within the list. */
export const criteriaListSchema = z
  .array(item)
  .max(30)
  .transform((list) => list.map((c, i) => complete(c, `curated-${i}`)))
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'duplicateId' });
