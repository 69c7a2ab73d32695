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

  it('keeps unreadable text and rejects impossible times', () => {
    expect(parseHours('문의 바람')).toEqual({ text: '문의 바람', open: null, close: null });
    expect(parseHours('25:00~26:00')).toMatchObject({ open: null, close: null });
    expect(parseHours('')).toBeNull();
    expect(parseHours(null)).toBeNull();
  });
});
