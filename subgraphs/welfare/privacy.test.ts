import { Writable } from 'node:stream';
import pino from 'pino';
import { tokenFor } from '../../common/auth/testing';
import { loadConfig } from '../../common/config';
import { startHub, type HubHandle } from '../../gateway/app';
import { registryPeople } from '../../simulator/registry/people';
import { startRegistrySimulator, type RegistrySimulator } from '../../simulator/registry/server';
import { createTestStore, type TestStore } from '../../store/testing';
import { maskName } from './identity';
import { alwaysResident, G, ORGS, programmeInput, recommendationInput, REGISTRY_SEED, REGISTRY_SIZE, ROLE_OF, TEST_HMAC_KEY } from './testing';

/**
 * Privacy (issue 19 "Must show"): after a whole workflow — registrations,
 * duplicates, blocked people, bad input, re-check, confirmation, lists —
 * every row of every welfare table (and the notifications it queued) and
 * every log line of the run, at level trace, hold no resident registration
 * number; names appear whole only in welfare.recommendation.person_name
 * (for the single-record view) and never in a list's answer.
 */
let store: TestStore;
let hub: HubHandle;
let registry: RegistrySimulator;
const lines: string[] = [];
const bodies: string[] = [];

beforeAll(async () => {
  registry = await startRegistrySimulator({ seed: REGISTRY_SEED, size: REGISTRY_SIZE });
  process.env.WELFARE_REGISTRY_URL = registry.baseUrl;
  process.env.WELFARE_HMAC_KEY = TEST_HMAC_KEY;
  store = await createTestStore();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  // The hub's own redaction (common/logger.ts), at the most verbose level, into memory.
  const logger = pino({ level: 'trace', redact: { paths: ['*.name', '*.childName', '*.phone', '*.residentNumber', '*.authorization', 'req.headers.authorization', '*.serviceKey'], censor: '[REDACTED]' } }, sink);
  hub = await startHub(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', LOG_LEVEL: 'trace' }), { logger, store });
  await hub.ready;
});
afterAll(async () => {
  await hub?.close();
  await store?.close();
  await registry?.close();
  delete process.env.WELFARE_REGISTRY_URL;
  delete process.env.WELFARE_HMAC_KEY;
});

async function call(who: keyof typeof ORGS, query: string, variables: Record<string, unknown>) {
  const token = await tokenFor(store, { sub: `officer-${who}`, role: ROLE_OF[who], organisation: ORGS[who] });
  const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  bodies.push(text);
  return JSON.parse(text) as { data?: any; errors?: any[] };
}

test('no resident registration number anywhere, and no whole name outside the one column that needs it', async () => {
  const people = registryPeople(REGISTRY_SEED, REGISTRY_SIZE);
  const residents = alwaysResident(people).filter((p) => [...p.name].length >= 2).slice(0, 12);
  const dead = people.filter((p) => p.diesAt === 0).slice(0, 3);
  const used = [...residents, ...dead];

  const id = (await call('district', G.create, { input: programmeInput() })).data.createWelfareProgramme.id;
  await call('district', G.open, { id });
  const listBodies: string[] = [];
  for (const [i, p] of used.entries()) {
    // With idempotency keys (the console sends one per submit), so their table is in the dump with rows.
    await call('agencyA', G.recommend, { input: recommendationInput(id, p, { idempotencyKey: `privacy-a-${String(i).padStart(4, '0')}` }) });
    await call('agencyB', G.recommend, { input: recommendationInput(id, p) });
  }
  // A malformed number too: its error must not echo it.
  await call('agencyA', G.recommend, { input: recommendationInput(id, residents[0]!, { identityKey: `${residents[0]!.identityKey}9` }) });
  // A number sent as a number (not a string): GraphQL's own coercion error must not echo it either.
  const numeric = await call('agencyA', G.recommend, { input: { ...recommendationInput(id, residents[1]!), identityKey: Number(residents[1]!.identityKey.replace(/\D/g, '')) } });
  expect(numeric.errors?.length).toBeGreaterThan(0);
  await call('district', G.close, { id });
  await call('district', G.recheck, { id });
  const list = await call('district', G.list, { id });
  listBodies.push(JSON.stringify(list));
  const clean = list.data.welfareRecommendations.edges.filter((e: any) => !e.node.flagged).map((e: any) => e.node.id);
  await call('district', G.decide, { ids: clean, d: 'INCLUDE', r: '적격' });
  await call('district', G.confirm, { id, r: '확정' });
  listBodies.push(JSON.stringify(await call('agencyA', G.list, { id })));
  listBodies.push(JSON.stringify(await call('district', `{ welfareAuditLog(first: 500) { before after reason } }`, {})));

  const tables = (await store.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = 'welfare' order by 1`)).rows.map((r) => r.table_name);
  expect(tables).toEqual(['audit_log', 'blocked_registration', 'idempotent_registration', 'list_entry', 'programme', 'recommendation']);
  const dump: Record<string, string[]> = {};
  for (const t of tables) dump[t] = (await store.query<{ j: string }>(`select row_to_json(t)::text as j from welfare.${t} t`)).rows.map((r) => r.j);
  dump.notification = (await store.query<{ j: string }>(`select row_to_json(n)::text as j from apply.notification n`)).rows.map((r) => r.j);
  // What stands in place of the name column: the dump minus person_name.
  dump.recommendation_without_name = (await store.query<{ j: string }>(`select (to_jsonb(r) - 'person_name')::text as j from welfare.recommendation r`)).rows.map((r) => r.j);
  expect(dump.recommendation!.length).toBe(residents.length * 2);
  expect(dump.idempotent_registration!.length).toBe(used.length);
  expect(lines.length).toBeGreaterThan(0);

  const everything = [...Object.values(dump).flat(), ...lines].join('\n');
  for (const p of used) {
    const digits = p.identityKey.replace(/\D/g, '');
    expect(everything).not.toContain(digits);
    expect(everything).not.toContain(p.identityKey);
    expect(everything).not.toContain(p.householdKey);
    // The back seven digits alone, too (a partly masked number would still be personal data here).
    expect(everything).not.toContain(digits.slice(6));
  }
  const exceptNames = [...Object.entries(dump).filter(([t]) => t !== 'recommendation').flatMap(([, rows]) => rows), ...lines, ...listBodies].join('\n');
  for (const p of used) {
    expect(exceptNames).not.toContain(p.name);
    if ([...p.name].length >= 2) expect(listBodies.join('\n')).toContain(maskName(p.name).slice(0, 1));
  }
  // Every response of the run: never a number.
  for (const body of bodies) for (const p of used) expect(body).not.toContain(p.identityKey.replace(/\D/g, ''));
});
