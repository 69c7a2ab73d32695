import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type EnumTypeDefinitionNode } from 'graphql';
import { kstDateTimeKo } from '../../common/kst';
import { createTestStore, type TestStore } from '../../store/testing';
import { runAdmissionTimers } from './admission';
import { applyOptionsFrom } from './options';
import { addCentre, applyHarness, key, M } from './testing';

/**
 * The parent's side of an offer (respondToOffer) and every reason of the
 * position history: each test asserts the history entry of the application
 * that left or moved AND the notice its parent got (naming the centre).
 */

let store: TestStore;
let h: ReturnType<typeof applyHarness>;
const covered = new Set<string>();

beforeAll(async () => {
  store = await createTestStore();
  h = applyHarness(store);
});
afterAll(async () => store.close());

const parentOf = (sub: string) => ({ role: 'PARENT' as const, sub });
const staffOf = (...facilities: string[]) => ({ role: 'CENTER_STAFF' as const, sub: `staff-${facilities.join('-')}`, facilities });
const RESPOND = `mutation($i: RespondToOfferInput!) { respondToOffer(input: $i) { status position offerExpiresAt history { oldPosition newPosition reason } } }`;
const OFFER = `mutation($i: ApplicationActionInput!) { offerSeat(input: $i) { status offerExpiresAt } }`;
const APP = `query($id: ID!) { application(id: $id) { status position offerExpiresAt lapseAt history { oldPosition newPosition reason } } }`;

async function applicant(sub: string, facilityIds: string[], claims: string[] = []): Promise<string[]> {
  const kid = await h.run(parentOf(sub), M.registerChild, { input: { name: '김하늘', birthDate: '2023-03-03', idempotencyKey: key() } });
  const r = await h.run(parentOf(sub), M.apply, { input: { childId: kid.data.registerChild.id, facilityIds, priorityClaims: claims, admissionYear: 2025, idempotencyKey: key() } });
  expect(r.errors).toBeUndefined();
  const byCentre = new Map<string, string>(r.data.applyForAdmission.map((a: any) => [a.facilityId, a.id]));
  return facilityIds.map((f) => byCentre.get(f)!);
}

async function history(sub: string, id: string) {
  return (await h.run(parentOf(sub), APP, { id })).data.application;
}

async function notices(sub: string, kind: string): Promise<{ messageKo: string; messageEn: string; applicationId: string }[]> {
  const r = await h.run(parentOf(sub), `{ myNotifications(first: 100) { kind applicationId messageKo messageEn } }`);
  return r.data.myNotifications.filter((n: any) => n.kind === kind);
}

/** The mover's last history entry and its one POSITION_CHANGED notice for that move, naming the centre and the reason. */
async function expectMoved(sub: string, id: string, from: number, to: number, reason: string, centreName: string, why: string) {
  const app = await history(sub, id);
  expect(app.position).toBe(to);
  expect(app.history.at(-1)).toEqual({ oldPosition: from, newPosition: to, reason });
  const moved = (await notices(sub, 'POSITION_CHANGED')).filter((n) => n.applicationId === id && n.messageEn.includes(`from ${from} to ${to}`));
  expect(moved).toHaveLength(1);
  expect(moved[0]!.messageKo).toContain(centreName);
  expect(moved[0]!.messageKo).toContain(`${from}번에서 ${to}번으로`);
  expect(moved[0]!.messageKo).toContain(why);
  covered.add(reason);
}

test('APPLIED: one receipt per centre, each naming its centre and age class', async () => {
  const names = ['해님어린이집', '달님어린이집', '별님어린이집'];
  const centres = await Promise.all(names.map((name) => addCentre(store, { name })));
  const [a, b, c] = await applicant('ap-parent', centres);
  const receipts = await notices('ap-parent', 'APPLIED');
  expect(receipts.map((n) => [n.applicationId, n.messageKo]).sort()).toEqual(
    [
      [a, '해님어린이집 만1세반 입소 대기 신청이 접수되었습니다. 현재 1번입니다.'],
      [b, '달님어린이집 만1세반 입소 대기 신청이 접수되었습니다. 현재 1번입니다.'],
      [c, '별님어린이집 만1세반 입소 대기 신청이 접수되었습니다. 현재 1번입니다.'],
    ].sort(),
  );
  expect(new Set(receipts.map((n) => n.messageEn)).size).toBe(3);
  expect((await history('ap-parent', a!)).history).toEqual([{ oldPosition: null, newPosition: 1, reason: 'APPLIED' }]);
  covered.add('APPLIED');
});

test('HIGHER_PRIORITY_APPLICATION: a 1순위 application moves the earlier one down', async () => {
  const centre = await addCentre(store, { name: '무지개어린이집' });
  const [first] = await applicant('hp2-first', [centre]);
  await applicant('hp2-prio', [centre], ['DUAL_INCOME']);
  await expectMoved('hp2-first', first!, 1, 2, 'HIGHER_PRIORITY_APPLICATION', '무지개어린이집 만1세반', '우선순위가 높은 신청');
});

test('WITHDRAWAL: the parent withdraws, the one behind moves up and is told', async () => {
  const centre = await addCentre(store, { name: '푸른숲어린이집' });
  const [a] = await applicant('wd-a', [centre]);
  const [b] = await applicant('wd-b', [centre]);
  const r = await h.run(parentOf('wd-a'), `mutation($i: ApplicationActionInput!) { withdrawApplication(input: $i) { status position history { oldPosition newPosition reason } } }`, {
    i: { applicationId: a, idempotencyKey: key() },
  });
  expect(r.data.withdrawApplication).toMatchObject({ status: 'WITHDRAWN', position: null });
  expect(r.data.withdrawApplication.history.at(-1)).toEqual({ oldPosition: 1, newPosition: null, reason: 'WITHDRAWAL' });
  await expectMoved('wd-b', b!, 2, 1, 'WITHDRAWAL', '푸른숲어린이집 만1세반', '앞선 신청의 취소');
});

test('WITHDRAWAL of an offered application passes the offer to the next, as a decline does', async () => {
  const centre = await addCentre(store, { name: '솔빛어린이집' });
  const [a] = await applicant('wo-a', [centre]);
  const [b] = await applicant('wo-b', [centre]);
  await h.run(staffOf(centre), OFFER, { i: { applicationId: a, idempotencyKey: key() } });
  const r = await h.run(parentOf('wo-a'), `mutation($i: ApplicationActionInput!) { withdrawApplication(input: $i) { status history { reason } } }`, { i: { applicationId: a, idempotencyKey: key() } });
  expect(r.data.withdrawApplication).toMatchObject({ status: 'WITHDRAWN' });
  expect(r.data.withdrawApplication.history.at(-1).reason).toBe('WITHDRAWAL');
  await expectMoved('wo-b', b!, 2, 1, 'WITHDRAWAL', '솔빛어린이집 만1세반', '앞선 신청의 취소');
  expect((await history('wo-b', b!)).status).toBe('OFFERED');
  expect((await notices('wo-b', 'OFFERED')).map((n) => n.messageKo)).toEqual([expect.stringMatching(/^솔빛어린이집 만1세반 입소 제안: \d{4}년 \d{1,2}월 \d{1,2}일 \d{2}:\d{2}까지/)]);
});

test('FAILED_VERIFICATION: a failed claim moves the application down and the other up, both told', async () => {
  const centre = await addCentre(store, { name: '초록어린이집' });
  const [claimed] = await applicant('fv-claimed', [centre], ['MULTICULTURAL']);
  const [plain] = await applicant('fv-plain', [centre], ['FOSTER_ADOPTED']); // 2순위: behind 1순위 until that claim fails
  const r = await h.run(staffOf(centre), `mutation($i: VerifyPriorityClaimsInput!) { verifyPriorityClaims(input: $i) { rank } }`, {
    i: { applicationId: claimed, results: [{ code: 'MULTICULTURAL', verified: false }], idempotencyKey: key() },
  });
  expect(r.data.verifyPriorityClaims.rank).toBe(3);
  await expectMoved('fv-claimed', claimed!, 1, 2, 'FAILED_VERIFICATION', '초록어린이집 만1세반', '우선순위 확인 결과');
  await expectMoved('fv-plain', plain!, 2, 1, 'FAILED_VERIFICATION', '초록어린이집 만1세반', '우선순위 확인 결과');
});

test('OFFER_DECLINED: the parent declines, the next moves up, gets the offer with a KST deadline naming the centre', async () => {
  const centre = await addCentre(store, { name: '햇살어린이집' });
  const [a] = await applicant('dc-a', [centre]);
  const [b] = await applicant('dc-b', [centre]);
  const [c] = await applicant('dc-c', [centre]);
  // Only an offered application can be answered, only by its parent.
  expect((await h.run(parentOf('dc-a'), RESPOND, { i: { applicationId: a, accept: false, idempotencyKey: key() } })).code).toBe('CONFLICT');
  expect((await h.run(staffOf(centre), OFFER, { i: { applicationId: a, idempotencyKey: key() } })).data.offerSeat.status).toBe('OFFERED');
  expect((await h.run(parentOf('dc-b'), RESPOND, { i: { applicationId: a, accept: false, idempotencyKey: key() } })).code).toBe('NOT_FOUND');
  expect((await h.run(staffOf(centre), RESPOND, { i: { applicationId: a, accept: true, idempotencyKey: key() } })).code).toBe('FORBIDDEN');

  const declined = await h.run(parentOf('dc-a'), RESPOND, { i: { applicationId: a, accept: false, idempotencyKey: key() } });
  expect(declined.errors).toBeUndefined();
  expect(declined.data.respondToOffer).toMatchObject({ status: 'WITHDRAWN', position: null, offerExpiresAt: null });
  expect(declined.data.respondToOffer.history.at(-1)).toEqual({ oldPosition: 1, newPosition: null, reason: 'OFFER_DECLINED' });
  const told = await notices('dc-a', 'OFFER_DECLINED');
  expect(told).toHaveLength(1);
  expect(told[0]!.messageKo).toBe('햇살어린이집 만1세반 입소 제안을 거절했습니다. 이 대기는 종료되었습니다.');

  await expectMoved('dc-b', b!, 2, 1, 'OFFER_DECLINED', '햇살어린이집 만1세반', '입소 제안 거절');
  await expectMoved('dc-c', c!, 3, 2, 'OFFER_DECLINED', '햇살어린이집 만1세반', '입소 제안 거절');
  // The seat passes to the next: B now holds the offer, with the deadline in Korean KST form.
  const next = await history('dc-b', b!);
  expect(next.status).toBe('OFFERED');
  const offered = await notices('dc-b', 'OFFERED');
  expect(offered).toHaveLength(1);
  expect(offered[0]!.messageKo).toBe(`햇살어린이집 만1세반 입소 제안: ${kstDateTimeKo(new Date(next.offerExpiresAt))}까지 우선순위 증빙을 제출하고 입소를 수락하거나 거절하세요.`);
  expect(offered[0]!.messageKo).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일 \d{2}:\d{2}까지/);
  expect(offered[0]!.messageKo).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  expect(offered[0]!.messageEn).toMatch(/by \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} KST/);
  // A repeat with the same key answers the same; a second answer is refused.
  const repeatKey = key();
  const first = await h.run(parentOf('dc-b'), RESPOND, { i: { applicationId: b, accept: false, idempotencyKey: repeatKey } });
  const again = await h.run(parentOf('dc-b'), RESPOND, { i: { applicationId: b, accept: false, idempotencyKey: repeatKey } });
  expect(again.data.respondToOffer.status).toBe(first.data.respondToOffer.status);
  expect((await h.run(parentOf('dc-b'), RESPOND, { i: { applicationId: b, accept: true, idempotencyKey: key() } })).code).toBe('CONFLICT');
});

test('ADMISSION by the parent accepting, then LAPSED at the other centre', async () => {
  const [here, there] = await Promise.all([addCentre(store, { name: '새싹어린이집' }), addCentre(store, { name: '열매어린이집' })]);
  const [mine, elsewhere] = await applicant('ad-a', [here, there], ['DUAL_INCOME']);
  const [behind] = await applicant('ad-b', [here]);
  const [behindThere] = await applicant('ad-c', [there]);
  await h.run(staffOf(here), OFFER, { i: { applicationId: mine, idempotencyKey: key() } });
  // Accepting needs the centre to have checked the claims, as staff admission does.
  const early = await h.run(parentOf('ad-a'), RESPOND, { i: { applicationId: mine, accept: true, idempotencyKey: key() } });
  expect(early.code).toBe('CONFLICT');
  expect(early.errors![0].message).toContain('DUAL_INCOME');
  await h.run(staffOf(here), `mutation($i: VerifyPriorityClaimsInput!) { verifyPriorityClaims(input: $i) { id } }`, {
    i: { applicationId: mine, results: [{ code: 'DUAL_INCOME', verified: true }], idempotencyKey: key() },
  });
  const accepted = await h.run(parentOf('ad-a'), RESPOND, { i: { applicationId: mine, accept: true, idempotencyKey: key() } });
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data.respondToOffer).toMatchObject({ status: 'ADMITTED', position: null });
  expect(accepted.data.respondToOffer.history.at(-1)).toEqual({ oldPosition: 1, newPosition: null, reason: 'ADMISSION' });
  const kids = await h.run(parentOf('ad-a'), `{ myChildren { enrolledFacilityId } }`);
  expect(kids.data.myChildren).toEqual([{ enrolledFacilityId: here }]);
  const admitted = await notices('ad-a', 'ADMITTED');
  expect(admitted.map((n) => n.messageKo)).toEqual(['새싹어린이집 만1세반 입소가 확정되었습니다.']);
  await expectMoved('ad-b', behind!, 2, 1, 'ADMISSION', '새싹어린이집 만1세반', '앞선 아동의 입소');

  // The other entry gets a lapse date, told in KST and naming both centres.
  const other = await history('ad-a', elsewhere!);
  expect(other.lapseAt).not.toBeNull();
  const warning = await notices('ad-a', 'LAPSE_WARNING');
  expect(warning.map((n) => n.messageKo)).toEqual([
    `새싹어린이집 만1세반 입소가 확정되어 열매어린이집 만1세반 대기는 ${kstDateTimeKo(new Date(other.lapseAt))}에 소멸합니다. 유지하려면 그 전에 연장하세요.`,
  ]);

  // Not extended: the timer lapses it and the one behind at that centre moves up.
  await store.query(`update apply.application set lapse_at = now() - interval '1 second' where id = $1`, [elsewhere]);
  expect(await runAdmissionTimers(store, applyOptionsFrom(h.config))).toMatchObject({ lapsed: 1 });
  const lapsed = await history('ad-a', elsewhere!);
  expect(lapsed).toMatchObject({ status: 'LAPSED', position: null });
  expect(lapsed.history.at(-1)).toEqual({ oldPosition: 1, newPosition: null, reason: 'LAPSED' });
  expect((await notices('ad-a', 'LAPSED')).map((n) => n.messageKo)).toEqual(['연장하지 않아 열매어린이집 만1세반 대기가 소멸했습니다.']);
  await expectMoved('ad-c', behindThere!, 2, 1, 'LAPSED', '열매어린이집 만1세반', '대기 소멸');
});

test('OFFER_EXPIRED: an unanswered offer expires, the next moves up and gets the offer', async () => {
  const centre = await addCentre(store, { name: '꿈나무어린이집' });
  const [a] = await applicant('ex-a', [centre]);
  const [b] = await applicant('ex-b', [centre]);
  await h.run(staffOf(centre), OFFER, { i: { applicationId: a, idempotencyKey: key() } });
  await store.query(`update apply.application set offer_expires_at = now() - interval '1 second' where id = $1`, [a]);
  // Too late to answer once the deadline passed, even before the timer ran.
  expect((await h.run(parentOf('ex-a'), RESPOND, { i: { applicationId: a, accept: false, idempotencyKey: key() } })).code).toBe('CONFLICT');
  expect(await runAdmissionTimers(store, applyOptionsFrom(h.config))).toMatchObject({ expired: 1 });
  const expired = await history('ex-a', a!);
  expect(expired).toMatchObject({ status: 'EXPIRED', position: null });
  expect(expired.history.at(-1)).toEqual({ oldPosition: 1, newPosition: null, reason: 'OFFER_EXPIRED' });
  expect((await notices('ex-a', 'OFFER_EXPIRED')).map((n) => n.messageKo)).toEqual(['꿈나무어린이집 만1세반 입소 제안 기한이 지났습니다.']);
  await expectMoved('ex-b', b!, 2, 1, 'OFFER_EXPIRED', '꿈나무어린이집 만1세반', '입소 제안 만료');
  expect((await history('ex-b', b!)).status).toBe('OFFERED');
  expect(await notices('ex-b', 'OFFERED')).toHaveLength(1);
});

test('every PositionChangeReason of the schema is asserted above (history entry and notice)', () => {
  const sdl = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));
  const reasons = sdl.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition' && d.name.value === 'PositionChangeReason')!;
  expect([...covered].sort()).toEqual(reasons.values!.map((v) => v.name.value).sort());
});
