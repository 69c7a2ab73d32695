import { normalisePhone } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['02)123-4567', '02-123-4567'],
    ['(02)123-4567', '02-123-4567'],
    ['02-123-4567', '02-123-4567'],
    ['0212345678', '02-1234-5678'],
    [' 02 . 123 . 4567', '02-123-4567'],
    ['024313535', '02-431-3535'], // LOCALDATA writes numbers without separators
    ['02-2135-7973', '02-2135-7973'],
    ['031-833-6022', '031-833-6022'],
    ['064)712-3456', '064-712-3456'],
    ['010-9162-3901', '010-9162-3901'],
    ['010 1234 5678', '010-1234-5678'],
    ['070-8197-5678', '070-8197-5678'],
    ['0505-123-4567', '0505-123-4567'],
    ['1588-1234', '1588-1234'],
    ['+82-2-123-4567', '02-123-4567'],
    ['+82 10-1234-5678', '010-1234-5678'],
    ['TEL: 02-123-4567', '02-123-4567'],
    ['02-123-4567, 02-123-4568', '02-123-4567'],
    ['02-123-4567~8', '02-123-4567'],
    ['02-123-4567 (내선 12)', '02-123-4567'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([['없음'], ['12'], [''], ['02-123'], ['099-123-4567'], ['1234-5678-9012-3456'], ['abc']])('garbage %s → null', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it('handles null and bounds its input', () => {
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone(undefined)).toBeNull();
    expect(normalisePhone(`${' '.repeat(1_000_000)}02-123-4567`)).toBeNull();
  });
});

describe('normalisePhone with a local area code', () => {
  it.each([
    ['2246-2001', '02-2246-2001'],
    ['355-0069', '02-355-0069'],
    ['2210-3399/3439', '02-2210-3399'],
    ['1599-3270', '1599-3270'],
    ['02)517-2433', '02-517-2433'],
    ['031-123-4567', '031-123-4567'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input, { localAreaCode: '02' })).toBe(expected);
  });

  it('leaves local numbers null without one', () => {
    expect(normalisePhone('2246-2001')).toBeNull();
  });
});
