import { deriveChildcareHours, facilityHours, isOpenAt } from './opening-hours';

const closed = { open: null, close: null, closed: true };
const open = (o: string, c: string) => ({ open: o, close: c, closed: false });

describe('deriveChildcareHours: the 보육사업안내 standard day extended by special-care flags', () => {
  it.each([
    // flags, weekday, saturday, holiday
    [[], open('07:30', '19:30'), open('07:30', '15:30'), closed],
    [['NIGHT'], open('07:30', '24:00'), open('07:30', '15:30'), closed],
    [['EXTENDED_HOURS'], open('07:30', '24:00'), open('07:30', '15:30'), closed],
    [['TWENTY_FOUR_HOURS'], open('00:00', '24:00'), open('07:30', '15:30'), closed],
    [['NIGHT', 'TWENTY_FOUR_HOURS'], open('00:00', '24:00'), open('07:30', '15:30'), closed],
    [['HOLIDAY'], open('07:30', '19:30'), open('07:30', '15:30'), open('07:30', '19:30')],
    [['NIGHT', 'HOLIDAY'], open('07:30', '24:00'), open('07:30', '15:30'), open('07:30', '19:30')],
    [['NIGHT', 'HOLIDAY', 'TWENTY_FOUR_HOURS'], open('00:00', '24:00'), open('07:30', '15:30'), open('07:30', '19:30')],
    // Flags that say nothing about hours change nothing.
    [['DISABLED_INTEGRATED', 'HOURLY', 'INFANT_SPECIALIZED', 'AFTER_SCHOOL'], open('07:30', '19:30'), open('07:30', '15:30'), closed],
  ])('%j → weekday %j', (flags, weekday, saturday, holiday) => {
    const hours = deriveChildcareHours(flags as string[])!;
    expect(hours).toMatchObject({ weekday, saturday, holiday, open: weekday.open, close: weekday.close });
  });

  it.each([
    [[], '평일 07:30~19:30, 토요일 07:30~15:30, 일요일·공휴일 휴무'],
    [['NIGHT'], '평일 07:30~24:00, 토요일 07:30~15:30, 일요일·공휴일 휴무'],
    [['TWENTY_FOUR_HOURS', 'HOLIDAY'], '평일 24시간, 토요일 07:30~15:30, 일요일·공휴일 07:30~19:30'],
  ])('%j says so in Korean: %s', (flags, text) => {
    expect(deriveChildcareHours(flags as string[])!.text).toBe(`${text} (보육사업안내 기준 추정, 토요일은 휴무일 수 있음)`);
  });

  it('gives a closed centre (휴지, 폐지) no hours, an operating one (정상, 재개, unknown) the standard day', () => {
    expect(deriveChildcareHours(['NIGHT'], '휴지')).toBeNull();
    expect(deriveChildcareHours([], '폐지')).toBeNull();
    for (const status of ['정상', '재개', null, undefined]) expect(deriveChildcareHours([], status)).not.toBeNull();
  });

  it.each([
    // flags, time, open on a weekday
    [[], '07:29', false],
    [[], '07:30', true],
    [[], '19:29', true],
    [[], '19:30', false],
    [['NIGHT'], '21:00', true],
    [['NIGHT'], '23:59', true],
    [['NIGHT'], '05:00', false],
    [['TWENTY_FOUR_HOURS'], '00:00', true],
    [['TWENTY_FOUR_HOURS'], '03:00', true],
    [['TWENTY_FOUR_HOURS'], '23:59', true],
  ])('%j open at %s: %s (a close of 24:00 compares after every HH:MM)', (flags, time, expected) => {
    expect(isOpenAt(deriveChildcareHours(flags as string[]), time)).toBe(expected);
  });
});

describe('facilityHours: curated over published over derived', () => {
  const centre = { subtype: 'CHILDCARE_CENTER', specialCare: ['NIGHT'], attrs: {} as Record<string, unknown> };
  const published = { text: '09시00분~20시00분', open: '09:00', close: '20:00' };

  it('derives a 어린이집 that publishes nothing', () => {
    expect(facilityHours(centre)).toMatchObject({ source: 'DERIVED', hours: { open: '07:30', close: '24:00' } });
  });

  it('keeps what a source published, for any kind, and derives no other kind', () => {
    expect(facilityHours({ ...centre, attrs: { openingHours: published } })).toEqual({
      source: 'SOURCE',
      hours: { ...published, weekday: null, saturday: null, holiday: null },
    });
    expect(facilityHours({ subtype: 'KINDERGARTEN', specialCare: [], attrs: { openingHours: published } }).source).toBe('SOURCE');
    expect(facilityHours({ subtype: 'LOCAL_CHILDREN_CENTER', specialCare: [], attrs: { openingHours: { text: '24시간', open: '00:00', close: '24:00' } } })).toMatchObject({
      source: 'SOURCE',
      hours: { open: '00:00', close: '24:00' },
    });
    expect(facilityHours({ subtype: 'KINDERGARTEN', specialCare: ['EXTENDED_HOURS'], attrs: {} })).toEqual({ hours: null, source: null });
    expect(facilityHours({ subtype: 'POLICY', specialCare: [], attrs: {} })).toEqual({ hours: null, source: null });
  });

  it('shows an editor’s hours as CURATED, a blanked override as no hours, and an override’s weekday as the usual day', () => {
    const edited = { text: '평일 07:30~22:00, 토요일 휴무', open: '07:30', close: '22:00', saturday: { closed: true } };
    expect(facilityHours({ ...centre, attrs: { openingHours: edited }, curatedFields: ['openingHours'] })).toEqual({
      source: 'CURATED',
      hours: { ...edited, weekday: null, saturday: closed, holiday: null },
    });
    expect(facilityHours({ ...centre, attrs: { openingHours: null }, curatedFields: ['openingHours'] })).toEqual({ hours: null, source: 'CURATED' });
    // Another field curated: the hours are still derived.
    expect(facilityHours({ ...centre, curatedFields: ['phone'] }).source).toBe('DERIVED');
    const weekdayOnly = { text: '평일 08:00~21:00', open: null, close: null, weekday: { open: '08:00', close: '21:00' } };
    expect(facilityHours({ ...centre, attrs: { openingHours: weekdayOnly }, curatedFields: ['openingHours'] }).hours).toMatchObject({ open: '08:00', close: '21:00' });
  });

  it('reads a malformed stored time as unknown, never as a time', () => {
    const hours = facilityHours({ subtype: 'FAMILY_CENTER', specialCare: [], attrs: { openingHours: { text: '문의', open: '25:00', close: 9 } } }).hours;
    expect(hours).toMatchObject({ text: '문의', open: null, close: null });
    expect(isOpenAt(hours, '10:00')).toBe(false);
  });
});
