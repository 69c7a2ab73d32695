import type { Stage } from './record';

/**
 * Which GraphQL concrete type serves a record, from its primary stage and
 * subtype. This is the one place that decides it (DESIGN contract 2): the
 * catalog subgraph uses it to return entity references, and each lifecycle
 * subgraph uses it to serve only its own slice.
 */
const FACILITY_TYPES: Record<Stage, { specific: Record<string, string>; fallback: string }> = {
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
};

const POLICY_TYPES: Record<Stage, string> = {
  PREGNANCY: 'PregnancyPolicy',
  INFANT: 'InfantPolicy',
  ELEMENTARY: 'ElementaryPolicy',
  YOUTH: 'YouthPolicy',
};

export function facilityTypename(primaryStage: Stage, subtype: string): string {
  const table = FACILITY_TYPES[primaryStage];
  return table.specific[subtype] ?? table.fallback;
}

export function policyTypename(primaryStage: Stage): string {
  return POLICY_TYPES[primaryStage];
}

/** Every facility typename of one stage (what that lifecycle subgraph must define). */
export function facilityTypenamesOf(stage: Stage): string[] {
  const table = FACILITY_TYPES[stage];
  return [...new Set([...Object.values(table.specific), table.fallback])];
}

/** The concrete type of a record; null for kinds no subgraph serves yet (PROGRAM). */
export function typenameOf(record: { kind: string; primaryStage: Stage; subtype: string }): string | null {
  if (record.kind === 'FACILITY') return facilityTypename(record.primaryStage, record.subtype);
  if (record.kind === 'POLICY') return policyTypename(record.primaryStage);
  return null;
}
