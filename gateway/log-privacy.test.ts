import { tokenFor } from '../common/auth/testing';
import { createLogger } from '../common/logger';
import { recordId } from '../common/record-id';
import { crawlSite } from '../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../crawlers/sites';
import { startSimulator, type Simulator } from '../simulator/server';
import { createKey } from './openapi/testing';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * Logs stay free of personal data (issue 21): a whole apply journey, a
 * curation session, a partner's keyed requests, a failing request and a
 * crawl, with the real logger at `trace` writing to a buffer. None of the
 * child's or parent's name, phone number, birth date, a resident
 * registration number, a token or the API key appears in it.
 */
const lines: string[] = [];
const logger = createLogger('trace', 'privacy-test', { write: (s: string) => void lines.push(s) });
let t: TestHub;
let sim: Simulator;
beforeAll(async () => {
  t = await startTestHub({ logger });
  sim = await startSimulator({ seed: 42 });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

const CHILD = '김하늘';
const PARENT_PHONE = '010-4821-7396';
const BIRTH = '2024-05-17';
const RRN = '240517-3123456';

test('an apply journey, curation, partner requests, an error and a crawl log nothing personal', async () => {
  const parent = await tokenFor(t.store, { role: 'PARENT', sub: 'parent-privacy' });
  const editor = await tokenFor(t.store, { role: 'EDITOR', sub: 'editor-privacy' });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const facilityId = recordId('FACILITY', 'fixture', 'c1');

  const child = await t.gql(`mutation($i: RegisterChildInput!) { registerChild(input: $i) { id } }`, { i: { name: CHILD, birthDate: BIRTH, idempotencyKey: 'privacy-1' } }, as(parent));
  expect(child.body.errors).toBeUndefined();
  expect((await t.gql(`mutation($i: UpdateContactInput!) { updateContact(input: $i) }`, { i: { phone: PARENT_PHONE, idempotencyKey: 'privacy-2' } }, as(parent))).body.errors).toBeUndefined();
  const applied = await t.gql(`mutation($i: ApplyForAdmissionInput!) { applyForAdmission(input: $i) { id status } }`, { i: { childId: child.body.data.registerChild.id, facilityIds: [facilityId], priorityClaims: [], idempotencyKey: 'privacy-3' } }, as(parent));
  expect(applied.body.errors).toBeUndefined();
  // A resident number typed where a name goes, and a malformed request: refused, and the refusal logged without them.
  await t.gql(`mutation($i: RegisterChildInput!) { registerChild(input: $i) { id } }`, { i: { name: RRN, birthDate: 'not-a-date', idempotencyKey: 'privacy-4' } }, as(parent));
  await t.gql(`{ facility(id: "${RRN}") { id } }`, undefined, as(parent));

  const curated = await t.gql(`mutation($id: ID!, $p: JSON!) { curateRecord(id: $id, patch: $p, reason: "전화번호 정정") { id } }`, { id: facilityId, p: { phone: '02-2600-1234' } }, as(editor));
  expect(curated.body.errors).toBeUndefined();

  const { key } = await createKey(t.store, { perSecond: 2 });
  for (let i = 0; i < 4; i++) await (await fetch(`${t.hub.url}/openapi/v1/facilities?serviceKey=${encodeURIComponent(key)}&type=json`)).arrayBuffer();

  const sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl])));
  const site = sites.find((s) => s.id === 'gangnam-health')!;
  expect((await crawlSite(t.store, site, adapterFor(site), { politeness: false, logger })).status).toBe('succeeded');

  const log = lines.join('');
  // The buffer is the real log: the journey did write to it.
  expect(log).toMatch(/crawl finished/);
  expect(lines.length).toBeGreaterThan(5);
  for (const secret of [CHILD, PARENT_PHONE, PARENT_PHONE.replace(/-/g, ''), BIRTH, RRN, parent, editor, key]) expect(log).not.toContain(secret);
  expect(log).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
}, 180_000);
