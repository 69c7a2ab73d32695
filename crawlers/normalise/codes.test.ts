import { mapCenterType, mapSpecialCare } from './codes';

describe('mapCenterType', () => {
  it.each([
    ['국공립', 'NATIONAL_PUBLIC'],
    ['사회복지법인', 'SOCIAL_WELFARE_CORPORATION'],
    ['법인·단체등', 'CORPORATION_ORGANIZATION'],
    ['법인?단체등', 'CORPORATION_ORGANIZATION'], // the Seoul CSV lost the middle dot
    ['법인ㆍ단체등', 'CORPORATION_ORGANIZATION'],
    ['민간', 'PRIVATE'],
    ['가정', 'HOME'],
    ['협동', 'COOPERATIVE'],
    ['부모협동', 'COOPERATIVE'],
    ['직장', 'WORKPLACE'],
    [' 민간어린이집 ', 'PRIVATE'],
  ])('%s → %s', (label, expected) => {
    expect(mapCenterType(label)).toBe(expected);
  });

  it('never guesses', () => {
    expect(mapCenterType('기타')).toBeNull();
    expect(mapCenterType('toString')).toBeNull();
    expect(mapCenterType('')).toBeNull();
  });
});

describe('mapSpecialCare', () => {
  it('maps every 제공서비스 value of the Seoul data; 일반 means none', () => {
    expect(mapSpecialCare('일반')).toEqual({ flags: [], unknown: [] });
    expect(mapSpecialCare('야간연장형,장애아통합,시간제보육,휴일보육,영아전담,방과후통합,24시간,방과후 전담,장애아전문')).toEqual({
      flags: ['NIGHT', 'DISABLED_INTEGRATED', 'HOURLY', 'HOLIDAY', 'INFANT_SPECIALIZED', 'AFTER_SCHOOL', 'TWENTY_FOUR_HOURS', 'DISABLED_SPECIALIZED'],
      unknown: [],
    });
  });

  it('maps the portal words, dedupes, and reports unknown labels', () => {
    expect(mapSpecialCare('시간연장, 다문화 / 긴급')).toEqual({ flags: ['EXTENDED_HOURS', 'MULTICULTURAL', 'EMERGENCY'], unknown: [] });
    expect(mapSpecialCare('방과후 전담,방과후통합')).toEqual({ flags: ['AFTER_SCHOOL'], unknown: [] });
    expect(mapSpecialCare('24시간, 무지개반, 무지개반')).toEqual({ flags: ['TWENTY_FOUR_HOURS'], unknown: ['무지개반'] });
    expect(mapSpecialCare(null)).toEqual({ flags: [], unknown: [] });
  });
});
