import { parseAgeMonths, parseAgeRange } from './ages';

describe('parseAgeMonths', () => {
  it.each([
    ['만 6개월~만 5세', { min: 6, max: 71 }],
    ['만 12세 이하', { min: null, max: 155 }],
    ['0~5세', { min: 0, max: 71 }],
    ['6~36개월', { min: 6, max: 36 }],
    ['생후 36개월 미만', { min: null, max: 35 }],
    ['만 3세 이상', { min: 36, max: null }],
    ['만 5세', { min: 60, max: 71 }],
    ['만 8세 미만', { min: null, max: 95 }],
    ['만 3세부터 만 5세까지', { min: 36, max: 71 }],
    ['9~24세', { min: 108, max: 299 }],
    ['출산 후 6개월 이내', { min: null, max: 6 }],
  ])('%s', (input, expected) => {
    expect(parseAgeMonths(input)).toEqual(expected);
  });

  it('is null when no age is stated or the range is inverted', () => {
    expect(parseAgeMonths('임산부')).toBeNull();
    expect(parseAgeMonths('5~3세')).toBeNull();
    expect(parseAgeMonths(null)).toBeNull();
  });
});

describe('parseAgeRange', () => {
  const none = { pregnancyWeeks: null, schoolGrades: null };
  it.each([
    ['만 0~5세', { min: 0, max: 71, ...none }],
    ['만 0~5세 자녀를 둔 부모', { min: 0, max: 71, ...none }],
    ['0~23개월', { min: 0, max: 23, ...none }],
    ['생후 4개월~12개월', { min: 4, max: 12, ...none }],
    ['9~24세', { min: 108, max: 299, ...none }],
    ['임신 16주 이상', { min: null, max: null, pregnancyWeeks: { min: 16, max: null }, schoolGrades: null }],
    ['임신 12주 미만 임산부', { min: null, max: null, pregnancyWeeks: { min: null, max: 11 }, schoolGrades: null }],
    ['임신 20~36주', { min: null, max: null, pregnancyWeeks: { min: 20, max: 36 }, schoolGrades: null }],
    ['임산부 및 만 2세 미만 영아', { min: null, max: 23, pregnancyWeeks: { min: null, max: null }, schoolGrades: null }],
    ['초등 1~3학년', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 1, max: 3 } }],
    ['초등 1~6학년', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 1, max: 6 } }],
    ['초1~초3', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 1, max: 3 } }],
    ['초등 4학년 이상', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 4, max: 6 } }],
    ['초등학교 4학년~중학교 3학년', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 4, max: 9 } }],
    ['중학생', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 7, max: 9 } }],
    ['고등학생', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 10, max: 12 } }],
    ['초·중학생', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 1, max: 9 } }],
    ['중·고등학생', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 7, max: 12 } }],
    ['중학교 1학년', { min: null, max: null, pregnancyWeeks: null, schoolGrades: { min: 7, max: 7 } }],
    ['초등 1~3학년(만 6~9세)', { min: 72, max: 119, pregnancyWeeks: null, schoolGrades: { min: 1, max: 3 } }],
  ])('%s', (input, expected) => {
    expect(parseAgeRange(input)).toEqual({ text: input, ...expected });
  });

  it('is null when the text states no age, pregnancy or grade', () => {
    expect(parseAgeRange('해당 없음')).toBeNull();
    expect(parseAgeRange('관내 거주 가정')).toBeNull();
    expect(parseAgeRange('진행 중 1~2회')).toBeNull();
    expect(parseAgeRange('초등돌봄교실 이용 가정')).toBeNull();
    expect(parseAgeRange(null)).toBeNull();
  });
});
