import { parseAgeMonths } from './ages';

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
  ])('%s', (input, expected) => {
    expect(parseAgeMonths(input)).toEqual(expected);
  });

  it('is null when no age is stated or the range is inverted', () => {
    expect(parseAgeMonths('임산부')).toBeNull();
    expect(parseAgeMonths('5~3세')).toBeNull();
    expect(parseAgeMonths(null)).toBeNull();
  });
});
