import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt } from '../../simulator/world';
import { createTestStore } from '../../store/testing';
import { key } from '../apply/testing';
import { runAnomalyChecks } from './anomalies';
import { bearer } from './testing';

/**
 * Issue 20, must show: each anomaly rule, its condition made through the
 * simulator (a centre misreporting its figures: Simulator.misreport) or
 * through apply, yields exactly one flag with its evidence; the flags the
 * crawl raised on its own are exactly those recomputed here from the
 * catalogue's raw rows; dismiss and publish are audited, a dismissed flag
 * stays dismissed, and only published flags are public.
 */
let hub: TestHub;
let sim: Simulator;
let sites: Record<string, SiteConfig>;
let editor: Record<string, string>;
let admin: Record<string, string>;
const GANGSEO = 'gangseo-ccic';
const PORTAL = 'seoul-childcare-portal';
const INSPECTIONS = 'seoul-childcare-inspections';
const [D1, D2] = ['2026-03-02', '2026-03-03'];
/** The portal is crawled in part (its first detail pages, with their class tables): enough centres, two seconds. */
const PORTAL_REQUESTS = 40;

beforeAll(async () => {
  const store = await createTestStore();
  sim = await startSimulator({ seed: 42, only: [GANGSEO, PORTAL, INSPECTIONS], latencyScale: 0, calm: true });
  const registry = withBaseUrls(loadRegistry(), Object.fromEntries([GANGSEO, PORTAL, INSPECTIONS].map((id) => [id, sim.site(id).baseUrl])));
  // Revisit 0: every recrawl asks every page again, so a misreported figure is read the same run.
  sites = Object.fromEntries(registry.filter((s) => [GANGSEO, PORTAL, INSPECTIONS].includes(s.id)).map((s) => [s.id, { ...s, fetch: { ...s.fetch, revisitAfterMs: 0 } }]));
  hub = await startTestHub({ store });
  editor = await bearer(store, 'EDITOR', 'anomaly-editor');
  admin = await bearer(store, 'ADMIN', 'anomaly-admin');
  for (const id of [GANGSEO, PORTAL, INSPECTIONS]) await crawl(id, D1);
}, 120_000);
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

async function crawl(siteId: string, day: string): Promise<void> {
  const site = sites[siteId]!;
  const summary = await crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4, snapshotDay: day, maxRequests: siteId === PORTAL ? PORTAL_REQUESTS : undefined });
  expect(summary.errors).toEqual({});
}

const FLAGS = `query($filter: AnomalyFlagFilter, $after: String) { anomalyFlags(filter: $filter, first: 100, after: $after) {
  totalCount edges { node { id rule ruleLabel summary state facilityIds facilityName observedOn evidenceJson evidence { key label value } resolvedAt decidedBy reason } }
  pageInfo { hasNextPage endCursor } } }`;

interface Flag {
  id: string;
  rule: string;
  ruleLabel: string;
  summary: string;
  state: string;
  facilityIds: string[];
  facilityName: string | null;
  observedOn: string;
  evidenceJson: Record<string, any>;
  evidence: { key: string; label: string; value: string }[];
  resolvedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
}

async function flags(filter: Record<string, unknown>): Promise<Flag[]> {
  const out: Flag[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: { body: any } = await hub.gql(FLAGS, { filter: { states: ['OPEN', 'CONFIRMED', 'DISMISSED', 'PUBLISHED'], ...filter }, after }, editor);
    expect(body.errors).toBeUndefined();
    out.push(...body.data.anomalyFlags.edges.map((e: { node: Flag }) => e.node));
    if (!body.data.anomalyFlags.pageInfo.hasNextPage) return out;
    after = body.data.anomalyFlags.pageInfo.endCursor;
  }
}

const idOf = async (siteId: string, code: string) =>
  (await hub.store.query<{ record_id: string }>('select record_id from catalog.source_record where site_id = $1 and source_key = $2', [siteId, code])).rows[0]!.record_id;

interface RawCentre {
  id: string;
  capacity: number | null;
  enrolled: number | null;
  ageClasses: { age: number; capacity: number; enrolled: number }[] | null;
  otherClasses: { classes: number }[] | null;
  inspections: { date: string | null; type: string; measures: string[]; source: string }[] | null;
}

/** Every facility of the catalogue as stored (raw JSON), for recomputing the rules here. */
async function rawCentres(): Promise<RawCentre[]> {
  const { rows } = await hub.store.query<{ id: string; capacity: number | null; enrolled: number | null; attrs: Record<string, any> }>(
    `select id, capacity, enrolled, attrs from catalog.effective_record where kind = 'FACILITY' and published and merged_into is null and status = 'ACTIVE'`,
  );
  return rows.map((r) => ({ id: r.id, capacity: r.capacity, enrolled: r.enrolled, ageClasses: r.attrs.ageClasses ?? null, otherClasses: r.attrs.otherClasses ?? null, inspections: r.attrs.inspections ?? null }));
}

const allFull = (c: RawCentre) =>
  c.capacity != null && c.enrolled != null && c.capacity > c.enrolled && Array.isArray(c.ageClasses) && c.ageClasses.some((a) => a.capacity > 0) &&
  c.ageClasses.every((a) => a.enrolled >= a.capacity) && !(c.otherClasses ?? []).some((o) => o.classes > 0);

test('the flags a crawl raises on its own are exactly the rules recomputed from the raw catalogue', async () => {
  const centres = await rawCentres();
  const over = centres.filter((c) => c.capacity != null && c.enrolled != null && c.capacity > 0 && c.enrolled > c.capacity).map((c) => c.id).sort();
  const full = centres.filter(allFull).map((c) => c.id).sort();
  const clawbacks = centres.flatMap((c) => (c.inspections ?? []).filter((i) => i.measures.includes('보조금 환수')).map((i) => `${c.id}:${i.source}:${i.date}:${i.type}`)).sort();
  expect(clawbacks.length).toBeGreaterThan(0);
  const got = await flags({});
  const of = (rule: string) => got.filter((f) => f.rule === rule);
  expect(of('ENROLMENT_OVER_CAPACITY').map((f) => f.facilityIds[0]).sort()).toEqual(over);
  expect(of('FREE_SEATS_ALL_CLASSES_FULL').map((f) => f.facilityIds[0]).sort()).toEqual(full);
  expect(of('SUBSIDY_CLAWBACK').map((f) => `${f.facilityIds[0]}:${f.evidenceJson.source}:${f.evidenceJson.inspectionDate}:${f.evidenceJson.inspectionType}`).sort()).toEqual(clawbacks);
  // One crawl day only: nothing to compare a jump with; no application: no apply rule.
  expect(of('ENROLMENT_JUMP')).toEqual([]);
  expect(of('ADMITTED_TWICE')).toEqual([]);
  expect(got.every((f) => f.state === 'OPEN' && f.decidedBy === null)).toBe(true);
});

test('SUBSIDY_CLAWBACK: an inspection ordering 보조금 환수 is one flag carrying that inspection', async () => {
  const [flag] = await flags({ rules: ['SUBSIDY_CLAWBACK'] });
  const { body } = await hub.gql(`query($id: ID!) { facility(id: $id) { name inspections { date type findings measures status source } } }`, { id: flag!.facilityIds[0] });
  const e = flag!.evidenceJson;
  const inspection = body.data.facility.inspections.find((i: any) => i.date === e.inspectionDate && i.type === e.inspectionType && i.source === e.source);
  expect(inspection.measures).toContain('보조금 환수');
  expect(e).toMatchObject({ findings: inspection.findings, measures: inspection.measures, status: inspection.status });
  expect(flag!.facilityName).toBe(body.data.facility.name);
  expect(flag!.ruleLabel).toBe('보조금 환수 처분');
  expect(flag!.summary).toContain('보조금 환수');
  expect(flag!.observedOn).toBe(e.inspectionDate);
});

/** A 강서구 centre of the simulated world meeting `pick`, with its catalogue id. */
async function gangseoCentre(pick: (capacity: number, enrolled: number) => boolean, not: string[] = []): Promise<{ code: string; id: string; capacity: number; enrolled: number }> {
  for (const row of worldAt(42, 0).childcare) {
    const capacity = Number(row.fields['정원']);
    const enrolled = Number(row.fields['현원']);
    if (row.sigungu !== '강서구' || not.includes(row.code) || !Number.isFinite(capacity) || !Number.isFinite(enrolled) || !pick(capacity, enrolled)) continue;
    const found = await hub.store.query<{ record_id: string }>('select record_id from catalog.source_record where site_id = $1 and source_key = $2', [GANGSEO, row.code]);
    if (found.rows[0]) return { code: row.code, id: found.rows[0].record_id, capacity, enrolled };
  }
  throw new Error('no such 강서구 centre');
}

let overCode = '';
test('ENROLMENT_OVER_CAPACITY: a centre publishing 현원 above 정원 is one flag; published right again, it is marked resolved', async () => {
  const centre = await gangseoCentre((capacity) => capacity >= 20);
  overCode = centre.code;
  sim.misreport(centre.code, { 현원: String(centre.capacity + 7) });
  await crawl(GANGSEO, D1);
  const raised = await flags({ rules: ['ENROLMENT_OVER_CAPACITY'], facilityId: centre.id });
  expect(raised).toHaveLength(1);
  expect(raised[0]!.evidenceJson).toMatchObject({ capacity: centre.capacity, enrolled: centre.capacity + 7, over: 7 });
  expect(raised[0]!.summary).toBe(`정원 ${centre.capacity}명인데 현원 ${centre.capacity + 7}명 (7명 초과)`);
  expect(raised[0]!.evidence.find((x) => x.key === 'enrolled')).toEqual({ key: 'enrolled', label: '현원', value: String(centre.capacity + 7) });
  // A second crawl with the same misreport refreshes the flag, it adds none.
  await crawl(GANGSEO, D1);
  expect(await flags({ rules: ['ENROLMENT_OVER_CAPACITY'], facilityId: centre.id })).toHaveLength(1);
  sim.misreport(centre.code, null);
  await crawl(GANGSEO, D1);
  const after = await flags({ rules: ['ENROLMENT_OVER_CAPACITY'], facilityId: centre.id });
  expect(after).toHaveLength(1);
  expect(after[0]!.resolvedAt).not.toBeNull();
});

test('ENROLMENT_JUMP: 현원 moving by more than the threshold between two filed days is one flag naming both days', async () => {
  // From 현원 to 정원: at least 10 children and more than 30 % of 정원, never over capacity.
  const centre = await gangseoCentre((capacity, enrolled) => capacity - enrolled >= Math.max(10, Math.floor(0.3 * capacity) + 1), [overCode]);
  sim.misreport(centre.code, { 현원: String(centre.capacity) });
  await crawl(GANGSEO, D2);
  sim.misreport(centre.code, null);
  const jumps = await flags({ rules: ['ENROLMENT_JUMP'] });
  expect(jumps.map((f) => f.facilityIds[0])).toEqual([centre.id]);
  expect(jumps[0]!.evidenceJson).toMatchObject({ fromDay: D1, toDay: D2, fromEnrolled: centre.enrolled, toEnrolled: centre.capacity, change: centre.capacity - centre.enrolled });
  expect(jumps[0]!.observedOn).toBe(D2);
});

test('FREE_SEATS_ALL_CLASSES_FULL: free seats by 정원 − 현원 while every age class is full is one flag with the classes', async () => {
  const centres = await rawCentres();
  const portalIds = new Set((await hub.store.query<{ record_id: string }>('select record_id from catalog.source_record where site_id = $1', [PORTAL])).rows.map((r) => r.record_id));
  const centre = centres.find((c) => portalIds.has(c.id) && !allFull(c) && c.capacity! - c.enrolled! >= 3 && c.ageClasses!.some((a) => a.capacity > 0) && !(c.otherClasses ?? []).some((o) => o.classes > 0))!;
  const code = (await hub.store.query<{ source_key: string }>('select source_key from catalog.source_record where site_id = $1 and record_id = $2', [PORTAL, centre.id])).rows[0]!.source_key;
  // The centre reports every class full (아동수 = seats of the class) and keeps its 정원 and 현원.
  sim.misreport(code, Object.fromEntries(centre.ageClasses!.map((a) => [`아동수-만${a.age}세`, String(a.capacity)])));
  await crawl(PORTAL, D2);
  sim.misreport(code, null);
  const raised = await flags({ rules: ['FREE_SEATS_ALL_CLASSES_FULL'], facilityId: centre.id });
  expect(raised).toHaveLength(1);
  const e = raised[0]!.evidenceJson;
  expect(e).toMatchObject({ capacity: centre.capacity, enrolled: centre.enrolled, reportedFreeSeats: centre.capacity! - centre.enrolled! });
  expect(e.ageClasses).toEqual(centre.ageClasses!.map((a) => ({ age: a.age, capacity: a.capacity, enrolled: a.capacity })));
});

const REGISTER = `mutation($input: RegisterChildInput!) { registerChild(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyForAdmissionInput!) { applyForAdmission(input: $input) { id facilityId ageClass status } }`;
const ACTION = (name: string) => `mutation($input: ApplicationActionInput!) { ${name}(input: $input) { id status } }`;
const YEAR = new Date().getFullYear();

async function parentWithChild(sub: string, ageClass: number): Promise<{ headers: Record<string, string>; childId: string }> {
  const headers = await bearer(hub.store, 'PARENT', sub);
  const { body } = await hub.gql(REGISTER, { input: { name: '김하늘', birthDate: `${YEAR - 1 - ageClass}-01-15`, idempotencyKey: key() } }, headers);
  expect(body.errors).toBeUndefined();
  return { headers, childId: body.data.registerChild.id };
}

async function act(name: string, applicationId: string, headers: Record<string, string>): Promise<void> {
  const { body } = await hub.gql(ACTION(name), { input: { applicationId, idempotencyKey: key() } }, headers);
  expect(body.errors).toBeUndefined();
}

test('ADMITTED_TWICE: a child admitted at two centres for one year is one flag without the child, and it cannot be published', async () => {
  const x = await gangseoCentre((c) => c > 0);
  const y = await gangseoCentre((c) => c > 0, [x.code]);
  const parent = await parentWithChild('anomaly-parent-twice', 1);
  const applied = await hub.gql(APPLY, { input: { childId: parent.childId, facilityIds: [x.id, y.id], priorityClaims: [], admissionYear: YEAR, idempotencyKey: key() } }, parent.headers);
  expect(applied.body.errors).toBeUndefined();
  const [atX, atY] = [x.id, y.id].map((id) => applied.body.data.applyForAdmission.find((a: { facilityId: string }) => a.facilityId === id).id);
  await act('offerSeat', atX, admin);
  await act('admitApplication', atX, admin);
  expect(await flags({ rules: ['ADMITTED_TWICE'] })).toEqual([]);
  // The parent keeps the other entry (extends it), and that centre admits the child too.
  await act('extendApplication', atY, parent.headers);
  await act('offerSeat', atY, admin);
  await act('admitApplication', atY, admin);
  const raised = await flags({ rules: ['ADMITTED_TWICE'] });
  expect(raised).toHaveLength(1);
  expect(raised[0]!.facilityIds).toEqual([x.id, y.id].sort());
  expect(raised[0]!.evidenceJson.admissionYear).toBe(YEAR);
  expect(raised[0]!.evidenceJson.admissions.map((a: { applicationId: string }) => a.applicationId).sort()).toEqual([atX, atY].sort());
  expect(JSON.stringify(raised[0])).not.toContain('김하늘');
  const refused = await hub.gql(`mutation($id: ID!) { publishAnomaly(id: $id, reason: "공개 시도") { id } }`, { id: raised[0]!.id }, editor);
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await flags({ rules: ['ADMITTED_TWICE'] }))[0]!.state).toBe('OPEN');
});

test('SEATS_WITHOUT_OFFERS: a class showing free seats while three applications wait two weeks without an offer is one flag; an offer clears it', async () => {
  const ageClass = 2;
  const centres = await rawCentres();
  const portalIds = new Set((await hub.store.query<{ record_id: string }>('select record_id from catalog.source_record where site_id = $1', [PORTAL])).rows.map((r) => r.record_id));
  const centre = centres.find((c) => portalIds.has(c.id) && c.ageClasses?.some((a) => a.age === ageClass && a.capacity > a.enrolled))!;
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const parent = await parentWithChild(`anomaly-parent-wait-${i}`, ageClass);
    const { body } = await hub.gql(APPLY, { input: { childId: parent.childId, facilityIds: [centre.id], priorityClaims: [], admissionYear: YEAR, idempotencyKey: key() } }, parent.headers);
    expect(body.data.applyForAdmission[0].ageClass).toBe(ageClass);
    ids.push(body.data.applyForAdmission[0].id);
  }
  const rule = { rules: ['SEATS_WITHOUT_OFFERS' as const] };
  // Today the applications are new: nothing yet.
  await runAnomalyChecks(hub.store, rule);
  expect(await flags({ rules: ['SEATS_WITHOUT_OFFERS'] })).toEqual([]);
  const later = new Date(Date.now() + 15 * 86_400_000);
  await runAnomalyChecks(hub.store, { ...rule, now: later });
  const raised = await flags({ rules: ['SEATS_WITHOUT_OFFERS'] });
  expect(raised).toHaveLength(1);
  const seats = centre.ageClasses!.find((a) => a.age === ageClass)!;
  expect(raised[0]!.facilityIds).toEqual([centre.id]);
  expect(raised[0]!.evidenceJson).toMatchObject({ ageClass, waiting: 3, freeSeats: seats.capacity - seats.enrolled, windowDays: 14, lastOffer: null });
  await act('offerSeat', ids[0]!, admin);
  await runAnomalyChecks(hub.store, { ...rule, now: later });
  const cleared = await flags({ rules: ['SEATS_WITHOUT_OFFERS'] });
  expect(cleared).toHaveLength(1);
  expect(cleared[0]!.resolvedAt).not.toBeNull();
});

const DECIDE = (op: string) => `mutation($id: ID!, $reason: String!) { ${op}(id: $id, reason: $reason) { id state decidedBy reason } }`;
const AUDIT = `query($action: CurationAction) { auditLog(filter: { action: $action }, first: 20) { edges { node { actor action recordId field before after reason } } } }`;
const PUBLIC = `query($id: ID!) { publishedAnomalies(facilityId: $id) { id rule ruleLabel summary facilityId observedOn publishedAt } }`;

test('dismiss and publish are audited; a dismissed flag stays dismissed; only published flags are public', async () => {
  const [first, second] = await flags({ rules: ['SUBSIDY_CLAWBACK'] });
  const dismissed = await hub.gql(DECIDE('dismissAnomaly'), { id: first!.id, reason: '환수 완료 후 재점검에서 해소' }, editor);
  expect(dismissed.body.data.dismissAnomaly).toEqual({ id: first!.id, state: 'DISMISSED', decidedBy: 'anomaly-editor', reason: '환수 완료 후 재점검에서 해소' });
  const again = await hub.gql(DECIDE('publishAnomaly'), { id: first!.id, reason: '공개' }, editor);
  expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

  expect((await hub.gql(PUBLIC, { id: second!.facilityIds[0] })).body.data.publishedAnomalies.map((p: { id: string }) => p.id)).not.toContain(second!.id);
  await hub.gql(DECIDE('confirmAnomaly'), { id: second!.id, reason: '점검 결과 확인' }, editor);
  const published = await hub.gql(DECIDE('publishAnomaly'), { id: second!.id, reason: '점검 결과 공개 대상' }, editor);
  expect(published.body.data.publishAnomaly.state).toBe('PUBLISHED');
  // Public, without a token: the published flag, never who decided.
  const shown = await hub.gql(PUBLIC, { id: second!.facilityIds[0] });
  expect(shown.body.errors).toBeUndefined();
  expect(shown.body.data.publishedAnomalies).toContainEqual(expect.objectContaining({ id: second!.id, rule: 'SUBSIDY_CLAWBACK', ruleLabel: '보조금 환수 처분', summary: second!.summary }));
  expect(JSON.stringify(shown.body.data)).not.toContain('anomaly-editor');

  for (const [action, flag, reason] of [['ANOMALY_DISMISS', first!, '환수 완료 후 재점검에서 해소'], ['ANOMALY_CONFIRM', second!, '점검 결과 확인'], ['ANOMALY_PUBLISH', second!, '점검 결과 공개 대상']] as const) {
    const { body } = await hub.gql(AUDIT, { action }, editor);
    expect(body.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ actor: 'anomaly-editor', action, recordId: flag.facilityIds[0], field: 'SUBSIDY_CLAWBACK', reason, after: expect.objectContaining({ flag: flag.id }) }),
    ]);
  }

  // The next crawl's checks find the same inspections: the dismissed flag is neither reopened nor filed again.
  await runAnomalyChecks(hub.store);
  const now = await flags({ rules: ['SUBSIDY_CLAWBACK'] });
  expect(now.filter((f) => f.id === first!.id).map((f) => f.state)).toEqual(['DISMISSED']);
  expect(now.filter((f) => f.evidenceJson.inspectionDate === first!.evidenceJson.inspectionDate && f.facilityIds[0] === first!.facilityIds[0] && f.evidenceJson.inspectionType === first!.evidenceJson.inspectionType)).toHaveLength(1);
  // The default queue is the work still to do: neither the dismissed nor the published flag.
  const { body } = await hub.gql(`{ anomalyFlags(first: 100, filter: { rules: [SUBSIDY_CLAWBACK] }) { totalCount edges { node { id state } } } }`, {}, editor);
  expect(body.data.anomalyFlags.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(first!.id);
  expect(body.data.anomalyFlags.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(second!.id);
  expect(body.data.anomalyFlags.totalCount).toBe(now.length - 2);
});

test('the queue is for editors: no token is UNAUTHENTICATED, a parent FORBIDDEN; a reason is required', async () => {
  const query = `{ anomalyFlags(first: 1) { totalCount } }`;
  expect((await hub.gql(query)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await hub.gql(query, {}, await bearer(hub.store, 'PARENT', 'anomaly-nosy-parent'))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const [flag] = await flags({ states: ['OPEN'] });
  const noReason = await hub.gql(DECIDE('dismissAnomaly'), { id: flag!.id, reason: '' }, editor);
  expect(noReason.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const parentTry = await hub.gql(DECIDE('dismissAnomaly'), { id: flag!.id, reason: '숨기고 싶음' }, await bearer(hub.store, 'PARENT', 'anomaly-nosy-parent'));
  expect(parentTry.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const missing = await hub.gql(DECIDE('confirmAnomaly'), { id: 'anm_missing', reason: '확인' }, editor);
  expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await flags({ states: ['OPEN'] })).find((f) => f.id === flag!.id)!.state).toBe('OPEN');
});
