import { graphql } from 'graphql';
import type { Role } from '../../common/auth';
import { tokenFor } from '../../common/auth/testing';
import { loadConfig, type Config } from '../../common/config';
import type { Store } from '../../store';
import { createSubgraph } from './server';

/** Test helpers: the apply subgraph executed in-process with a bearer token, and centres in the catalog. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', SMS_PROVIDER: 'none', ...env });
}

export interface Caller {
  role: Role;
  sub: string;
  facilities?: string[];
}

export function applyHarness(store: Store, config = testConfig()) {
  const subgraph = createSubgraph({ store, config });
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (c: Caller) => {
    const key = `${c.role}:${c.sub}:${(c.facilities ?? []).join(',')}`;
    if (!tokens.has(key)) tokens.set(key, tokenFor(store, { role: c.role, sub: c.sub, facilities: c.facilities }));
    return tokens.get(key)!;
  };
  return {
    subgraph,
    config,
    tokenOf,
    /** Runs one operation as `caller` (null = no token); returns data and the first error's code. */
    async run<T = any>(caller: Caller | null, source: string, variables?: Record<string, unknown>): Promise<{ data: T; code?: string; errors?: readonly any[] }> {
      const headers = caller ? { authorization: `Bearer ${await tokenOf(caller)}` } : {};
      const result = await graphql({ schema: subgraph.schema, source, variableValues: variables, contextValue: subgraph.createContext({ headers }) });
      return { data: result.data as T, errors: result.errors, code: result.errors?.[0]?.extensions?.code as string | undefined };
    },
  };
}

let seq = 0;
/** Inserts an 어린이집 into the catalog (tests own their database). */
export async function addCentre(store: Store, options: { id?: string; centerType?: string; name?: string } = {}): Promise<string> {
  const id = options.id ?? `centre-${process.pid}-${++seq}`;
  await store.query(
    `insert into catalog.record (id, kind, subtype, name, stages, primary_stage, site_id, source_key, provenance, content_hash, attrs)
     values ($1, 'FACILITY', 'CHILDCARE_CENTER', $2, '{INFANT}', 'INFANT', 'test', $1, '{}', 'h', $3)`,
    [id, options.name ?? `테스트어린이집 ${id}`, JSON.stringify({ centerType: options.centerType ?? 'NATIONAL_PUBLIC', ageClasses: [] })],
  );
  return id;
}

export const M = {
  registerChild: `mutation($input: RegisterChildInput!) { registerChild(input: $input) { id name birthDate } }`,
  apply: `mutation($input: ApplyForAdmissionInput!) { applyForAdmission(input: $input) { id facilityId ageClass position rank points status } }`,
  createSlot: `mutation($input: CreateCareSlotInput!) { createCareSlot(input: $input) { id seats booked freeSeats opensAt closesAt } }`,
  reserve: `mutation($input: ReserveCareSlotInput!) { reserveCareSlot(input: $input) { id status hours parentPriceKrw } }`,
  contact: `mutation($input: UpdateContactInput!) { updateContact(input: $input) }`,
};

let keySeq = 0;
export const key = () => `k-${Date.now()}-${++keySeq}`;
