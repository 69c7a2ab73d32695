import type { SourceRecord, Stage } from '../../common/record';

/**
 * A small, hand-made catalog for gateway tests: enough records of every stage
 * to exercise filters, paging and entity resolution across subgraphs without
 * loading the full Seoul data set.
 */
const provenance = (key: string) => ({
  siteId: 'fixture',
  url: `http://fixture.test/${key}`,
  fetchedAt: '2025-02-19T00:00:00.000Z',
  contentHash: 'fixture',
  adapter: 'fixture@1',
});

function centre(key: string, name: string, sigungu: string, capacity: number, enrolled: number, specialCare: SourceRecord['specialCare'] = []): SourceRecord {
  return {
    kind: 'FACILITY',
    sourceKey: key,
    subtype: 'CHILDCARE_CENTER',
    name,
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    sido: '서울특별시',
    sigungu,
    regionCode: sigungu === '강서구' ? '11500' : '11440',
    address: `서울특별시 ${sigungu} 공항대로 ${key}`,
    phone: '02-2600-0000',
    lat: 37.55,
    lng: 126.85,
    specialCare,
    capacity,
    enrolled,
    attrs: {
      centerType: 'NATIONAL_PUBLIC',
      operatingStatus: '정상',
      ageClasses: [
        { age: 0, classes: 1, enrolled: 2, capacity: 3 },
        { age: 1, classes: 1, enrolled: 5, capacity: 5 },
      ],
    },
    provenance: provenance(key),
  };
}

function facility(key: string, name: string, subtype: string, stage: Stage): SourceRecord {
  return {
    kind: 'FACILITY',
    sourceKey: key,
    subtype,
    name,
    stages: [stage],
    primaryStage: stage,
    sido: '서울특별시',
    sigungu: '강서구',
    specialCare: [],
    capacity: 30,
    enrolled: 12,
    attrs: subtype === 'POSTPARTUM_CARE_CENTER' ? { motherCapacity: 15, infantCapacity: 15, businessStatus: '영업/정상' } : {},
    provenance: provenance(key),
  };
}

function policy(key: string, name: string, stages: Stage[]): SourceRecord {
  return {
    kind: 'POLICY',
    sourceKey: key,
    subtype: 'POLICY',
    name,
    stages,
    primaryStage: stages[0]!,
    sido: '서울특별시',
    attrs: {
      target: '서울시 거주 가정',
      benefit: '월 10만원',
      amountKrw: 100000,
      applicationPeriod: { text: '상시신청', start: null, end: null, always: true },
      ageMonths: { min: 0, max: 95 },
    },
    provenance: provenance(key),
  };
}

export const FIXTURES: SourceRecord[] = [
  centre('c1', '가양햇살어린이집', '강서구', 20, 15, ['NIGHT']),
  centre('c2', '나래어린이집', '강서구', 40, 40),
  centre('c3', '다솜어린이집', '강서구', 30, 10, ['NIGHT', 'HOLIDAY']),
  centre('c4', '라온어린이집', '강서구', 20, 25),
  centre('c5', '마곡숲어린이집', '강서구', 50, 20),
  centre('m1', '망원어린이집', '마포구', 20, 19),
  facility('p1', '강서산후조리원', 'POSTPARTUM_CARE_CENTER', 'PREGNANCY'),
  facility('e1', '강서지역아동센터', 'LOCAL_CHILDREN_CENTER', 'ELEMENTARY'),
  facility('y1', '강서청소년수련관', 'YOUTH_TRAINING_CENTER', 'YOUTH'),
  policy('pol1', '첫만남이용권', ['PREGNANCY', 'INFANT']),
  policy('pol2', '부모급여', ['INFANT']),
  policy('pol3', '아동수당', ['INFANT', 'ELEMENTARY']),
  policy('pol4', '청소년 방과후아카데미', ['YOUTH']),
  { ...policy('pol5', '영아 보육료 추가 지원', ['INFANT']), attrs: { target: '어린이집에서 보육 중인 만 0~2세 영아', applicationPeriod: { text: '상시신청', start: null, end: null, always: true } } },
];
