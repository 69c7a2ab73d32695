import { withoutValues } from './mask-errors';

/** Variable coercion errors keep where and why, never the refused value (it may be a resident registration number). */
test.each([
  [
    'Variable "$input" got invalid value 4501011234567 at "input.identityKey"; String cannot represent a non string value: 4501011234567',
    'Variable "$input" got an invalid value at "input.identityKey"; String cannot represent a non string value',
  ],
  ['Variable "$id" got invalid value 4501011234567; ID cannot represent value: 4501011234567', 'Variable "$id" got an invalid value; ID cannot represent value'],
  ['Variable "$x" got invalid value { phone: "010-1234-5678" } at "x.a"; Field "b" of required type "String!" was not provided.', 'Variable "$x" got an invalid value at "x.a"; Field "b" of required type "String!" was not provided.'],
  ['Variable "$x" of required type "String!" was not provided.', 'Variable "$x" of required type "String!" was not provided.'],
  ['Cannot query field "nope" on type "Query".', 'Cannot query field "nope" on type "Query".'],
])('%s', (message, expected) => {
  expect(withoutValues(message)).toBe(expected);
});
