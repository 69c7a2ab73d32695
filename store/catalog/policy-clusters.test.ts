import { recordId } from '../../common/record-id';
import { clusterPolicies, ref, type ClusterInput, type ClusterSource } from './policy-clusters';
import { policyFeatures } from './policy-match';

const PRIORITY: Record<string, number> = { 'bokjiro-api': 10, 'gov24-subsidy-api': 20, 'seoul-mom-care': 50, 'seoul-policy-board': 50, 'gangnam-policy': 50 };

function src(siteId: string, sourceKey: string, name: string, attrs: Record<string, unknown>, options: { sigungu?: string; recordId?: string; withdrawn?: boolean } = {}): ClusterSource {
  const derivedId = recordId('POLICY', siteId, sourceKey);
  const content = { name, sido: options.sigungu ? '서울특별시' : null, sigungu: options.sigungu ?? null, attrs };
  return { siteId, sourceKey, priority: PRIORITY[siteId] ?? 100, recordId: options.recordId ?? derivedId, derivedId, features: options.withdrawn ? null : policyFeatures(content) };
}

const first = { agency: '보건복지부', amountKrw: 2000000, legalBasis: '저출산·고령사회기본법', contact: '보건복지상담센터 129' };
const birth = { agency: '서울특별시 강남구', amountKrw: 820000, contact: '강남구 가족정책과 02-3299-6161' };
const SOURCES = [
  src('seoul-mom-care', 'N0003', '첫만남 이용권', first),
  src('gov24-subsidy-api', '000000465026', '첫만남이용권 지원', first),
  src('bokjiro-api', 'WLF00001014', '첫만남이용권', first),
  src('gangnam-policy', 'D1168001', '출산지원금', birth),
  src('seoul-policy-board', 'D1168001', '강남구 출산지원금', birth),
  src('gov24-subsidy-api', '116800000001', '출산지원금(강남구)', birth, { sigungu: '강남구' }),
  src('seoul-policy-board', 'D1150001', '강서구 출산지원금', { agency: '서울특별시 강서구', amountKrw: 990000 }),
  src('gov24-subsidy-api', '115000000001', '출산지원금(강서구)', { agency: '서울특별시 강서구', amountKrw: 990000 }, { sigungu: '강서구' }),
];
const input = (sources: ClusterSource[], extra: Partial<ClusterInput> = {}): ClusterInput => ({ sources, same: [], different: [], curated: new Set(), mergedAway: new Set(), ...extra });
const groupsOf = (recordOf: Map<string, string>) => {
  const groups = new Map<string, string[]>();
  for (const [r, id] of recordOf) groups.set(id, [...(groups.get(id) ?? []), r.split('\u0000')[0]!].sort());
  return Object.fromEntries([...groups].sort());
};

test('the same policy from three sites is one record with the most trusted source’s id, whatever the order', () => {
  const result = clusterPolicies(input(SOURCES));
  expect(groupsOf(result.recordOf)).toEqual({
    [recordId('POLICY', 'bokjiro-api', 'WLF00001014')]: ['bokjiro-api', 'gov24-subsidy-api', 'seoul-mom-care'],
    [recordId('POLICY', 'gov24-subsidy-api', '116800000001')]: ['gangnam-policy', 'gov24-subsidy-api', 'seoul-policy-board'],
    [recordId('POLICY', 'gov24-subsidy-api', '115000000001')]: ['gov24-subsidy-api', 'seoul-policy-board'],
  });
  expect(result.candidates).toEqual([]);
  for (const order of [[...SOURCES].reverse(), [...SOURCES.slice(3), ...SOURCES.slice(0, 3)]]) {
    expect(clusterPolicies(input(order))).toEqual(result);
  }
});

test('a curated record keeps its id when more trusted sources join it', () => {
  const curated = recordId('POLICY', 'seoul-mom-care', 'N0003');
  const result = clusterPolicies(input(SOURCES, { curated: new Set([curated]) }));
  expect(result.recordOf.get(ref('bokjiro-api', 'WLF00001014'))).toBe(curated);
});

test('two curated records are not merged but proposed', () => {
  const sources = SOURCES.slice(0, 3);
  const curated = new Set(sources.slice(0, 2).map((s) => s.derivedId));
  const result = clusterPolicies(input(sources, { curated }));
  expect(new Set(result.recordOf.values()).size).toBe(2);
  expect(result.candidates).toHaveLength(1);
  expect(result.candidates[0]!.reasons[0]).toBe('held:both-curated');
});

test('editors’ decisions win over scores: kept apart is never proposed again, merged holds', () => {
  const [mom, gov24, bokjiro] = SOURCES.map((s) => ref(s.siteId, s.sourceKey));
  const apart = clusterPolicies(input(SOURCES, { different: [[mom!, bokjiro!], [mom!, gov24!]] }));
  expect(apart.recordOf.get(mom!)).toBe(recordId('POLICY', 'seoul-mom-care', 'N0003'));
  expect(apart.recordOf.get(gov24!)).toBe(recordId('POLICY', 'bokjiro-api', 'WLF00001014'));
  expect(apart.candidates).toEqual([]);
  const gangseo = ref('seoul-policy-board', 'D1150001');
  const merged = clusterPolicies(input(SOURCES, { same: [[gangseo, bokjiro!]] }));
  expect(merged.recordOf.get(gangseo)).toBe(recordId('POLICY', 'bokjiro-api', 'WLF00001014'));
  // The editor's merge crosses scopes; the other sources still join by their own evidence.
  expect(merged.recordOf.get(gov24!)).toBe(recordId('POLICY', 'bokjiro-api', 'WLF00001014'));
  // A site lists a policy once: 보조금24's 강서구 row cannot join a group that holds another 보조금24 row.
  expect(merged.recordOf.get(ref('gov24-subsidy-api', '115000000001'))).toBe(recordId('POLICY', 'gov24-subsidy-api', '115000000001'));
  expect(merged.candidates.map((c) => c.reasons[0])).toEqual(['held:same-site']);
});

test('an amount that disagrees holds the pair for review instead of merging it', () => {
  const sources = [SOURCES[4]!, src('gov24-subsidy-api', '116800000001', '출산지원금(강남구)', { ...birth, amountKrw: 1000000 }, { sigungu: '강남구' })];
  const result = clusterPolicies(input(sources));
  expect(new Set(result.recordOf.values()).size).toBe(2);
  expect(result.candidates).toEqual([expect.objectContaining({ a: sources[1]!.derivedId, b: sources[0]!.derivedId, reasons: expect.arrayContaining(['title:exact', 'amount:conflict']) })]);
});

test('a withdrawn source follows its record to the group that took its place', () => {
  const bokjiroId = recordId('POLICY', 'bokjiro-api', 'WLF00001014');
  // 복지로 stopped listing it; its record held all three sources until now.
  const sources = [src('bokjiro-api', 'WLF00001014', '첫만남이용권', first, { withdrawn: true }), ...SOURCES.slice(0, 2).map((s) => ({ ...s, recordId: bokjiroId }))];
  const result = clusterPolicies(input(sources));
  const gov24Id = recordId('POLICY', 'gov24-subsidy-api', '000000465026');
  expect(groupsOf(result.recordOf)).toEqual({ [gov24Id]: ['bokjiro-api', 'gov24-subsidy-api', 'seoul-mom-care'] });
});
