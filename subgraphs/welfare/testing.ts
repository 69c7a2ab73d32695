import type { Organisation, Role } from '../../common/auth';
import { tokenFor } from '../../common/auth/testing';
import { kstDate } from '../../common/kst';
import { registryPeople, type RegistryPerson } from '../../simulator/registry/people';
import { startRegistrySimulator, type RegistrySimulator } from '../../simulator/registry/server';
import { startTestHub, type TestHub, type TestHubOptions } from '../../gateway/testing/hub';

/** Test helpers: a hub with the welfare subgraph on a simulated registry, organisations and their tokens. */

export const REGISTRY_SEED = 7;
export const REGISTRY_SIZE = 600;
/** Only for tests: a fixed HMAC key (a real installation makes its own, outside the database). */
export const TEST_HMAC_KEY = 'test-only-welfare-hmac-key-0123456789abcdef';

export const ORGS = {
  district: { id: 'seongdong-welfare-policy', kind: 'DISTRICT' },
  otherDistrict: { id: 'seongdong-elderly-dept', kind: 'DISTRICT' },
  majang: { id: 'dong-majang', kind: 'COMMUNITY_CENTER', dong: '마장동' },
  oksu: { id: 'dong-oksu', kind: 'COMMUNITY_CENTER', dong: '옥수동' },
  agencyA: { id: 'agency-seongdong-bokjigwan', kind: 'WELFARE_AGENCY' },
  agencyB: { id: 'agency-haengdang-bokjigwan', kind: 'WELFARE_AGENCY' },
} as const satisfies Record<string, Organisation>;

export const ROLE_OF: Record<keyof typeof ORGS, Role> = {
  district: 'DISTRICT_OFFICER',
  otherDistrict: 'DISTRICT_OFFICER',
  majang: 'COMMUNITY_CENTER',
  oksu: 'COMMUNITY_CENTER',
  agencyA: 'WELFARE_AGENCY',
  agencyB: 'WELFARE_AGENCY',
};

export interface WelfareHub extends TestHub {
  registry: RegistrySimulator;
  people: RegistryPerson[];
  /** Authorization header of an organisation's officer (or ADMIN / PARENT). */
  as(who: keyof typeof ORGS | 'ADMIN' | 'PARENT'): Promise<Record<string, string>>;
  /** Runs a GraphQL operation as `who`; throws on HTTP failure. */
  call<T = any>(who: keyof typeof ORGS | 'ADMIN' | 'PARENT' | 'ANONYMOUS', query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

/**
 * The hub under test reads WELFARE_* settings from the environment when it
 * builds its subgraphs (as every subgraph reads its config), so they are set
 * here before it starts and put back when it closes.
 */
export async function startWelfareHub(options: TestHubOptions = {}): Promise<WelfareHub> {
  const registry = await startRegistrySimulator({ seed: REGISTRY_SEED, size: REGISTRY_SIZE });
  const saved = { url: process.env.WELFARE_REGISTRY_URL, key: process.env.WELFARE_HMAC_KEY };
  process.env.WELFARE_REGISTRY_URL = registry.baseUrl;
  process.env.WELFARE_HMAC_KEY = TEST_HMAC_KEY;
  const hub = await startTestHub(options);
  const tokens = new Map<string, Promise<string>>();
  const as = async (who: keyof typeof ORGS | 'ADMIN' | 'PARENT') => {
    if (!tokens.has(who)) {
      const input = who === 'ADMIN' || who === 'PARENT' ? { sub: `${who.toLowerCase()}-1`, role: who as Role } : { sub: `officer-${who}`, role: ROLE_OF[who], organisation: ORGS[who] as Organisation };
      tokens.set(who, tokenFor(hub.store, input));
    }
    return { authorization: `Bearer ${await tokens.get(who)!}` };
  };
  return {
    ...hub,
    registry,
    people: registryPeople(REGISTRY_SEED, REGISTRY_SIZE),
    as,
    async call(who, query, variables) {
      const headers = who === 'ANONYMOUS' ? {} : await as(who);
      const { status, body } = await hub.gql(query, variables, headers);
      if (status >= 500) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
      return body;
    },
    async close() {
      await hub.close();
      await registry.close();
      if (saved.url === undefined) delete process.env.WELFARE_REGISTRY_URL;
      else process.env.WELFARE_REGISTRY_URL = saved.url;
      if (saved.key === undefined) delete process.env.WELFARE_HMAC_KEY;
      else process.env.WELFARE_HMAC_KEY = saved.key;
    },
  };
}

const today = () => kstDate(new Date());
const shift = (days: number) => kstDate(new Date(Date.now() + days * 86_400_000));

/** A programme input open today. */
export function programmeInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '2026 김장김치 나눔',
    resourceType: '김치',
    sponsor: '성동구 새마을부녀회',
    quantity: 100,
    unit: '박스',
    recommendFrom: shift(-1),
    recommendUntil: shift(30),
    concentrationMonths: 12,
    householdLimit: 1,
    ...overrides,
  };
}
export { today };

/** The recommendation input of a registry person. */
export function recommendationInput(programmeId: string, p: RegistryPerson, overrides: Record<string, unknown> = {}) {
  return { programmeId, name: p.name, birthDate: p.birthDate, identityKind: 'RESIDENT_REGISTRATION_NUMBER', identityKey: p.identityKey, householdKey: p.householdKey, dong: p.dong, reason: '독거, 기초생활수급 탈락 후 생계 곤란', ...overrides };
}

/** People resident at every tick up to 20 (never die, never move). */
export const alwaysResident = (people: RegistryPerson[]) => people.filter((p) => p.diesAt === undefined && p.movesOutAt === undefined);

export const G = {
  create: `mutation($input: WelfareProgrammeInput!) { createWelfareProgramme(input: $input) { id status } }`,
  open: `mutation($id: ID!) { openWelfareProgramme(id: $id) { id status } }`,
  close: `mutation($id: ID!) { closeWelfareProgramme(id: $id) { id status } }`,
  recommend: `mutation($input: WelfareRecommendationInput!) { recommendWelfare(input: $input) {
    outcome
    recommendation { id name nameMasked flagged registryStatus organisationId duplicateOf { recommendationId organisationId at } concentration { count dates months } householdCount }
    checks { registryStatus duplicateOf { recommendationId organisationId at } concentration { count dates months } householdCount householdLimit messages { code severity messageKo messageEn } } } }`,
  precheck: `query($input: WelfareRecommendationInput!) { welfarePrecheck(input: $input) { registryStatus duplicateOf { organisationId } concentration { count } messages { code severity } } }`,
  list: `query($id: ID!, $filter: WelfareRecommendationFilter) { welfareRecommendations(programmeId: $id, filter: $filter, first: 200) { totalCount edges { node { id name nameMasked flagged dong organisationId registryStatus decision inFinalList } } } }`,
  one: `query($id: ID!) { welfareRecommendation(id: $id) { id name nameMasked organisationId } }`,
  recheck: `mutation($id: ID!) { recheckWelfareRegistry(programmeId: $id) { checked changed { id registryStatus decision } } }`,
  decide: `mutation($ids: [ID!]!, $d: WelfareDecision!, $r: String!) { decideWelfareRecommendations(ids: $ids, decision: $d, reason: $r) { id decision } }`,
  confirm: `mutation($id: ID!, $r: String!) { confirmWelfareList(programmeId: $id, reason: $r) { id status confirmedAt } }`,
  correct: `mutation($id: ID!, $inc: Boolean!, $r: String!) { correctWelfareListEntry(recommendationId: $id, included: $inc, reason: $r) { id inFinalList } }`,
};

/** A programme created and opened by the district; returns its id. */
export async function openProgramme(hub: WelfareHub, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await hub.call('district', G.create, { input: programmeInput(overrides) });
  if (created.errors) throw new Error(`fixture failed: ${JSON.stringify(created.errors)}`);
  const id = created.data.createWelfareProgramme.id as string;
  const opened = await hub.call('district', G.open, { id });
  if (opened.errors) throw new Error(`fixture failed: ${JSON.stringify(opened.errors)}`);
  return id;
}
