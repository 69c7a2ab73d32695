import { RECORD_KINDS, STAGES, type RecordKind, type Stage } from './record';

/**
 * Which GraphQL concrete type serves a record, from its kind, primary stage
 * and subtype. This is the one place that decides it (DESIGN contract 2): the
 * catalog and search subgraphs use it to return entity references, and each
 * lifecycle subgraph uses it to serve only its own slice.
 *
 * The table is total by construction: its type demands an entry for every
 * record kind and every stage, so a kind added to RECORD_KINDS does not
 * compile until it has types here (and `typenameOf` has no "no type" answer:
 * issue 15 was search answering HTTP 500 for programmes no type served).
 * typenames.test.ts checks that every name here is an object type of the
 * composed supergraph, implements its kind's interface and is a SearchResult.
 */
interface StageTypes {
  /** Subtype (FacilityKind) → type, where a stage has a type of its own for it. */
  specific: Readonly<Record<string, string>>;
  fallback: string;
}

const TYPES: Readonly<Record<RecordKind, Readonly<Record<Stage, StageTypes>>>> = {
  FACILITY: {
    PREGNANCY: { specific: { POSTPARTUM_CARE_CENTER: 'PostpartumCenter' }, fallback: 'PregnancyFacility' },
    INFANT: { specific: { CHILDCARE_CENTER: 'ChildcareCenter', KINDERGARTEN: 'Kindergarten' }, fallback: 'InfantFacility' },
    ELEMENTARY: {
      specific: {
        LOCAL_CHILDREN_CENTER: 'AfterSchoolCareCenter',
        COMMUNITY_CARE_CENTER: 'AfterSchoolCareCenter',
        ELEMENTARY_CARE_CLASS: 'AfterSchoolCareCenter',
      },
      fallback: 'ElementaryFacility',
    },
    YOUTH: { specific: {}, fallback: 'YouthFacility' },
  },
  POLICY: {
    PREGNANCY: { specific: {}, fallback: 'PregnancyPolicy' },
    INFANT: { specific: {}, fallback: 'InfantPolicy' },
    ELEMENTARY: { specific: {}, fallback: 'ElementaryPolicy' },
    YOUTH: { specific: {}, fallback: 'YouthPolicy' },
  },
  PROGRAM: {
    PREGNANCY: { specific: {}, fallback: 'PregnancyProgram' },
    INFANT: { specific: {}, fallback: 'InfantProgram' },
    ELEMENTARY: { specific: {}, fallback: 'ElementaryProgram' },
    YOUTH: { specific: {}, fallback: 'YouthProgram' },
  },
};

/** The shared GraphQL interface every type of a kind implements. */
export function interfaceOf(kind: RecordKind): 'Facility' | 'Policy' | 'Program' {
  switch (kind) {
    case 'FACILITY':
      return 'Facility';
    case 'POLICY':
      return 'Policy';
    case 'PROGRAM':
      return 'Program';
    default:
      return unknownKind(kind);
  }
}

/**
 * The concrete type of a record. Total over RecordKind: the switch must name
 * every kind (the `never` check fails to compile otherwise); a row whose kind
 * or stage is outside the enums (impossible under the catalog's check
 * constraints) is an internal error, never a silent null.
 */
export function typenameOf(record: { kind: RecordKind; primaryStage: Stage; subtype: string }): string {
  switch (record.kind) {
    case 'FACILITY':
    case 'POLICY':
    case 'PROGRAM': {
      const table = TYPES[record.kind][record.primaryStage];
      if (!table) throw new Error(`no stage ${String(record.primaryStage)} for record kind ${record.kind}`);
      return Object.prototype.hasOwnProperty.call(table.specific, record.subtype) ? table.specific[record.subtype]! : table.fallback;
    }
    default:
      return unknownKind(record.kind);
  }
}

function unknownKind(kind: never): never {
  throw new Error(`no GraphQL type serves record kind ${String(kind)}`);
}

/** Every typename of one kind and stage (what that lifecycle subgraph must define). */
export function typenamesOf(kind: RecordKind, stage: Stage): string[] {
  const table = TYPES[kind][stage];
  return [...new Set([...Object.values(table.specific), table.fallback])];
}

/** Every typename `typenameOf` can return, with the kind and stage it serves. */
export const ALL_TYPENAMES: readonly { typename: string; kind: RecordKind; stage: Stage }[] = RECORD_KINDS.flatMap((kind) =>
  STAGES.flatMap((stage) => typenamesOf(kind, stage).map((typename) => ({ typename, kind, stage }))),
);

/** The record kind a typename serves (null for a name that is not one of ours). */
export function kindOfTypename(typename: string): RecordKind | null {
  return ALL_TYPENAMES.find((t) => t.typename === typename)?.kind ?? null;
}
