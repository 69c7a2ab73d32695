import { z } from 'zod';
import { criteriaListSchema } from '../../common/benefits/criteria-schema';
import { CENTER_TYPES, FACILITY_KINDS, SPECIAL_CARE, STAGES, type RecordKind } from '../../common/record';
import { findSido, findSigungu } from '../../common/regions';
import { clockTime, isoDate, phoneNumber, plainText, webUrl, type CheckKey } from './text';

/**
 * The public fields editors may override, by their GraphQL name, with the
 * record kinds that have them and the schema of a valid value. This is the
 * one list: the patch schema is built from it, and the SQL side stores
 * `curation.column_fields()` in catalog.record columns and every other field
 * as a key of `attrs`. A new curatable attr is one line here.
 */
const ALL: readonly RecordKind[] = ['FACILITY', 'POLICY', 'PROGRAM'];
const FACILITY: readonly RecordKind[] = ['FACILITY'];
const POLICY: readonly RecordKind[] = ['POLICY'];

const stage = z.enum(STAGES);
const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** 시도 and optional 시군구 by Korean name (short forms accepted), stored with the canonical names and code. */
const region = z
  .strictObject({ sido: z.string().max(40), sigungu: z.string().max(40).nullable().optional() })
  .transform((value, ctx) => {
    const sido = findSido(value.sido.trim());
    const sigungu = sido && value.sigungu?.trim() ? findSigungu(sido.name, value.sigungu.trim()) : null;
    if (!sido || (value.sigungu?.trim() && !sigungu)) {
      ctx.addIssue({ code: 'custom', message: 'region' });
      return z.NEVER;
    }
    return { sido: sido.name, sigungu: sigungu?.name ?? null, code: sigungu?.code ?? null };
  });

/** Within the Korean peninsula and islands (a swapped lat/lng is the usual mistake). */
const location = z.strictObject({ lat: z.number().min(33).max(39), lng: z.number().min(124).max(132) });

const count = z.number().int().min(0).max(100_000);

/**
 * Opening hours as common/opening-hours.ts reads them: `open`/`close` of the
 * usual day, and optionally each kind of day, `{open, close}` or
 * `{closed: true}`. A close must come after its open: search compares
 * `HH:MM` strings, so a range past midnight could never match; a centre
 * open until midnight closes at 24:00.
 */
const ordered = (d: { open: string | null; close: string | null }) => d.open == null || d.close == null || d.open < d.close;
const dayHours = z
  .union([
    z.strictObject({ closed: z.literal(true) }).transform(() => ({ open: null, close: null, closed: true })),
    z.strictObject({ open: clockTime, close: clockTime, closed: z.literal(false).optional() }).transform((d) => ({ open: d.open, close: d.close, closed: false })),
  ])
  .refine(ordered, { message: 'timeRange' satisfies CheckKey });
const openingHours = z
  .strictObject({
    text: plainText(100),
    open: clockTime.nullable(),
    close: clockTime.nullable(),
    weekday: dayHours.nullable().optional(),
    saturday: dayHours.nullable().optional(),
    holiday: dayHours.nullable().optional(),
  })
  .refine(ordered, { message: 'timeRange' satisfies CheckKey });

export interface FieldSpec {
  kinds: readonly RecordKind[];
  schema: z.ZodType;
}

export const CURATABLE_FIELDS: Record<string, FieldSpec> = {
  // catalog.record columns
  name: { kinds: ALL, schema: plainText(200) },
  kind: { kinds: FACILITY, schema: z.enum(keysOf(FACILITY_KINDS)) },
  stages: { kinds: ALL, schema: z.array(stage).min(1).max(STAGES.length).transform((s) => [...new Set(s)]) },
  primaryStage: { kinds: ALL, schema: stage },
  region: { kinds: ALL, schema: region.nullable() },
  address: { kinds: ALL, schema: plainText(300).nullable() },
  phone: { kinds: FACILITY, schema: phoneNumber.nullable() },
  location: { kinds: FACILITY, schema: location.nullable() },
  specialCare: { kinds: FACILITY, schema: z.array(z.enum(keysOf(SPECIAL_CARE))).max(16).transform((s) => [...new Set(s)]) },
  capacity: { kinds: FACILITY, schema: count.nullable() },
  enrolled: { kinds: FACILITY, schema: count.nullable() },
  // attrs keys
  plainSummary: { kinds: ALL, schema: plainText(1000).nullable() },
  operatingStatus: { kinds: FACILITY, schema: plainText(50).nullable() },
  centerType: { kinds: FACILITY, schema: z.enum(keysOf(CENTER_TYPES)).nullable() },
  homepage: { kinds: FACILITY, schema: webUrl().nullable() },
  openingHours: { kinds: FACILITY, schema: openingHours.nullable() },
  summary: { kinds: POLICY, schema: plainText(2000).nullable() },
  target: { kinds: POLICY, schema: plainText(2000).nullable() },
  benefit: { kinds: POLICY, schema: plainText(2000).nullable() },
  amountKrw: { kinds: POLICY, schema: z.number().int().min(0).max(2_000_000_000).nullable() },
  howToApply: { kinds: POLICY, schema: plainText(2000).nullable() },
  applicationPeriod: {
    kinds: POLICY,
    schema: z.strictObject({ text: plainText(200), start: isoDate.nullable(), end: isoDate.nullable(), always: z.boolean() }).nullable(),
  },
  agency: { kinds: POLICY, schema: plainText(200).nullable() },
  contact: { kinds: POLICY, schema: plainText(200).nullable() },
  url: { kinds: POLICY, schema: webUrl().nullable() },
  supportType: { kinds: POLICY, schema: plainText(50).nullable() },
  // Eligibility criteria, a whole-list override of the extracted ones ([] = none apply); common/benefits/criteria-schema.ts.
  criteria: { kinds: POLICY, schema: criteriaListSchema },
};

/** A patch names at most this many fields (every field of the widest kind fits). */
export const MAX_PATCH_FIELDS = 30;

export function isCuratableField(field: string): boolean {
  return Object.prototype.hasOwnProperty.call(CURATABLE_FIELDS, field);
}

/** The strict object schema of a patch for one kind of record: unknown fields are refused. */
export function patchSchema(kind: RecordKind) {
  const shape: Record<string, z.ZodType> = {};
  for (const [field, spec] of Object.entries(CURATABLE_FIELDS)) if (spec.kinds.includes(kind)) shape[field] = spec.schema.optional();
  return z.strictObject(shape);
}
