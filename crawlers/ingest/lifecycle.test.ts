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

  it('lets the source decide when it states the stages', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '청소년 문화패스', explicit: ['ELEMENTARY', 'YOUTH'] })).toEqual({ stages: ['ELEMENTARY', 'YOUTH'], primaryStage: 'ELEMENTARY', reasons: ['source'] });
  });

  it('returns null when nothing identifies a stage', () => {
    expect(tagLifecycle({ subtype: 'POLICY', text: '주민 체육대회' })).toBeNull();
  });
});
