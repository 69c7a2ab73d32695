import { parseAgeRange } from '../normalise';
import { tagLifecycle } from './lifecycle';

describe('lifecycle tagging', () => {
  it('tags facilities by kind and says which rule did it', () => {
    expect(tagLifecycle({ subtype: 'CHILDCARE_CENTER', text: '해님어린이집' })).toEqual({ stages: ['INFANT'], primaryStage: 'INFANT', reasons: ['kind:infant-care'] });
    expect(tagLifecycle({ subtype: 'YOUTH_TRAINING_CENTER', text: '강서청소년수련관' })!.primaryStage).toBe('YOUTH');
  });

  it('gives 아동수당 both the infant and the elementary stage, infant first', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '아동수당 지원' })).toMatchObject({ stages: ['INFANT', 'ELEMENTARY'], primaryStage: 'INFANT' });
  });

  it('uses keywords in the text and the age range of a policy', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '난임부부 시술비 지원' })).toMatchObject({ primaryStage: 'PREGNANCY', reasons: ['keyword:pregnancy'] });
    expect(tagLifecycle({ subtype: 'POLICY', text: '꿈나무 장학금', ageMonths: { min: 156, max: 227 } })).toEqual({ stages: ['YOUTH'], primaryStage: 'YOUTH', reasons: ['age'] });
  });

  // DOMAIN age rules: PREGNANCY covers expecting parents and the newborn (≤ 1 month); a range from birth into 영유아 is INFANT.
  it.each([
    ['만 0~5세 자녀를 둔 부모', '양육 상담', ['INFANT'], 'INFANT'],
    ['0~23개월', '베이비 마사지', ['INFANT'], 'INFANT'],
    ['만 12세 이하', '병원 동행', ['INFANT', 'ELEMENTARY'], 'INFANT'],
    ['생후 1개월 이내', '신생아 방문', ['PREGNANCY', 'INFANT'], 'PREGNANCY'],
    ['임신 16주 이상', '태교 요가', ['PREGNANCY'], 'PREGNANCY'],
    ['임산부 및 만 2세 미만 영아', '교통비', ['PREGNANCY', 'INFANT'], 'PREGNANCY'],
    ['초등 1~3학년', '독서 교실', ['ELEMENTARY'], 'ELEMENTARY'],
    ['중학생', '진로 캠프', ['YOUTH'], 'YOUTH'],
    ['9~24세', '문화 패스', ['ELEMENTARY', 'YOUTH'], 'ELEMENTARY'],
  ])('ages %s → %j, primary %s', (ages, name, stages, primary) => {
    expect(tagLifecycle({ subtype: 'PROGRAM', text: name, ageMonths: parseAgeRange(ages) })).toEqual({ stages, primaryStage: primary, reasons: ['age'] });
  });

  it('keeps PREGNANCY first when the text speaks of pregnancy, whatever the ages', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '출산 가정 양육 지원 만 0~5세 자녀', ageMonths: parseAgeRange('만 0~5세') })).toEqual({
      stages: ['PREGNANCY', 'INFANT'],
      primaryStage: 'PREGNANCY',
      reasons: ['keyword:pregnancy', 'age'],
    });
  });

  it('lets the source decide when it states the stages', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '청소년 문화패스', explicit: ['ELEMENTARY', 'YOUTH'] })).toEqual({ stages: ['ELEMENTARY', 'YOUTH'], primaryStage: 'ELEMENTARY', reasons: ['source'] });
  });

  it('returns null when nothing identifies a stage', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '주민 체육대회' })).toBeNull();
  });
});
