import { parseHours } from './hours';

describe('parseHours', () => {
  it.each([
    ['09시00분~20시00분', '09:00', '20:00'],
    ['09시30분~19시00분', '09:30', '19:00'],
    ['09:00~20:00', '09:00', '20:00'],
    ['7:30 ~ 19:30', '07:30', '19:30'],
    ['9시~18시', '09:00', '18:00'],
    ['오전 9시 ~ 오후 6시', '09:00', '18:00'],
    ['24시간', '00:00', '24:00'],
    ['평일 07:30~19:30 (토요일 휴무)', '07:30', '19:30'],
  ])('%s → %s–%s', (input, open, close) => {
    expect(parseHours(input)).toEqual({ text: input.trim(), open, close });
  });

  it.each([
    ['10:00~12:00 / 14:00~16:00', '10:00', '16:00', [{ open: '10:00', close: '12:00' }, { open: '14:00', close: '16:00' }]],
    ['09:00~12:00, 13:00~18:00', '09:00', '18:00', [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '18:00' }]],
    // Two sessions from cells joined at <br> (nodeText gives a space).
    ['10:00~11:30 13:30~15:00', '10:00', '15:00', [{ open: '10:00', close: '11:30' }, { open: '13:30', close: '15:00' }]],
    ['오전 10시~12시 및 오후 2시~4시', '10:00', '16:00', [{ open: '10:00', close: '12:00' }, { open: '14:00', close: '16:00' }]],
  ])('%s: every session kept, open–close %s–%s', (input, open, close, ranges) => {
    expect(parseHours(input)).toEqual({ text: input, open, close, ranges });
  });

  it.each([
    // Another day's hours or a break are not sessions of the first day.
    ['평일 09:00~18:00, 토 09:00~13:00', '09:00', '18:00'],
    ['09:00~18:00 (점심시간 12:00~13:00)', '09:00', '18:00'],
    ['11:30 (3월 31일 휴강)', '11:30', null],
    ['오후 1시~5시', '13:00', '17:00'],
  ])('%s → %s–%s, one range', (input, open, close) => {
    expect(parseHours(input)).toEqual({ text: input, open, close });
  });

  it('keeps unreadable text and rejects impossible times', () => {
    expect(parseHours('문의 바람')).toEqual({ text: '문의 바람', open: null, close: null });
    expect(parseHours('25:00~26:00')).toMatchObject({ open: null, close: null });
    expect(parseHours('')).toBeNull();
    expect(parseHours(null)).toBeNull();
  });
});
