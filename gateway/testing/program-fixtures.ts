import type { SourceRecord, Stage } from '../../common/record';

/**
 * Programmes (프로그램) for gateway tests, apart from FIXTURES so the counts
 * other tests pin stay as they are: one per stage, each status spelling the
 * mapping has to read, and each way a provider is found or not (named by the
 * source, the publishing site's own facility, ambiguous, of another stage).
 */
const provenance = (key: string, siteId = 'fixture') => ({
  siteId,
  url: `http://fixture.test/program/${key}`,
  fetchedAt: '2026-02-19T00:00:00.000Z',
  contentHash: 'fixture',
  adapter: 'fixture@1',
});

function place(key: string, name: string, subtype: string, stage: Stage, sigungu: string, siteId = 'fixture'): SourceRecord {
  return {
    kind: 'FACILITY',
    sourceKey: key,
    subtype,
    name,
    stages: [stage],
    primaryStage: stage,
    sido: '서울특별시',
    sigungu,
    specialCare: [],
    attrs: {},
    provenance: provenance(key, siteId),
  };
}

interface ProgramSpec {
  key: string;
  name: string;
  stages: Stage[];
  sigungu?: string | null;
  siteId?: string;
  capacity?: number | null;
  enrolled?: number | null;
  attrs: Record<string, unknown>;
}

function program(p: ProgramSpec): SourceRecord {
  return {
    kind: 'PROGRAM',
    sourceKey: `program:${p.key}`,
    subtype: 'PROGRAM',
    name: p.name,
    stages: p.stages,
    primaryStage: p.stages[0]!,
    sido: p.sigungu ? '서울특별시' : null,
    sigungu: p.sigungu ?? null,
    capacity: p.capacity ?? null,
    enrolled: p.enrolled ?? null,
    attrs: p.attrs,
    provenance: provenance(p.key, p.siteId),
  };
}

const period = (text: string, start: string | null, end: string | null) => ({ text, start, end, always: false });

export const PROGRAM_FIXTURES: SourceRecord[] = [
  place('ccic-gangseo', '강서구육아종합지원센터', 'CHILDCARE_SUPPORT_CENTER', 'INFANT', '강서구'),
  // The same name in another district: a programme of 강서구 still finds its own.
  place('ccic-mapo-namesake', '강서구육아종합지원센터', 'CHILDCARE_SUPPORT_CENTER', 'INFANT', '마포구'),
  place('health-gangnam', '강남구보건소', 'PUBLIC_HEALTH_CENTER', 'PREGNANCY', '강남구', 'gangnam-health'),
  place('family-gangseo', '강서구가족센터', 'FAMILY_CENTER', 'INFANT', '강서구'),
  place('share-1', '햇살공동육아나눔터', 'SHARED_PARENTING_SPACE', 'INFANT', '강서구'),
  place('share-2', '햇살공동육아나눔터', 'SHARED_PARENTING_SPACE', 'INFANT', '마포구'),
  program({
    key: 'intake',
    name: '어린이집 입소 상담의 날',
    stages: ['INFANT'],
    sigungu: '강서구',
    capacity: 20,
    enrolled: 5,
    attrs: {
      category: '상담',
      target: '입소를 앞둔 부모',
      ages: '만 0~5세',
      period: period('2026.03.02~2026.05.11', '2026-03-02', '2026-05-11'),
      schedule: '매주 목 10시00분~11시30분',
      place: '강당',
      fee: '무료',
      status: '접수중',
      contact: '02-2600-1234',
      description: '어린이집 입소 절차와 대기 신청을 안내합니다.',
      provider: '강서구육아종합지원센터',
    },
  }),
  program({
    key: 'baby-massage',
    name: '베이비 마사지 교실',
    stages: ['INFANT'],
    sigungu: '강서구',
    capacity: 12,
    enrolled: 14,
    attrs: { category: '부모교육', ages: '생후 2개월~12개월', status: '[마감]', provider: '강서구 육아종합지원센터' },
  }),
  program({
    key: 'yoga',
    name: '임산부 요가 교실',
    stages: ['PREGNANCY'],
    siteId: 'gangnam-health',
    capacity: 15,
    enrolled: 15,
    attrs: { category: '건강', target: '임신 16주 이상 임산부', ages: '임신 16주 이상', status: '대기', place: '강남구보건소 3층' },
  }),
  program({
    key: 'coding',
    name: '코딩 로봇 교실',
    stages: ['ELEMENTARY', 'YOUTH'],
    capacity: 16,
    enrolled: 0,
    attrs: { category: '강좌', target: '초등 4~6학년', ages: '초등 4~6학년', status: '접수예정', url: 'http://fixture.test/coding-detail' },
  }),
  program({
    key: 'dialogue',
    name: '부모-자녀 대화 교실',
    stages: ['YOUTH'],
    sigungu: '강서구',
    attrs: { category: '상담', ages: '13~18세', status: '모집 중', provider: '강서구가족센터' },
  }),
  program({
    key: 'picnic',
    name: '햇살 가족 소풍',
    stages: ['INFANT'],
    attrs: { category: '체험', status: '진행중', provider: '햇살공동육아나눔터' },
  }),
];
