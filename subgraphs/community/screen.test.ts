import { screenText } from './screen';

/** The screen's patterns, one case each (the gateway tests show what a post becomes). */
test.each([
  ['010-1234-5678로 연락주세요', 'PHONE'],
  ['01012345678 문자 주세요', 'PHONE'],
  ['원 전화 02-123-4567', 'PHONE'],
  ['031)234-5678 번으로', 'PHONE'],
  ['+82 10 1234 5678', 'PHONE'],
  ['대표번호 1588-1234', 'PHONE'],
  ['주민번호 900101-1234567 적었어요', 'RESIDENT_NUMBER'],
  ['mom.kim@example.com 으로 메일', 'EMAIL'],
])('%s is masked (%s)', (text, kind) => {
  const s = screenText(text);
  expect(s.masked).toEqual([kind]);
  expect(s.text).not.toMatch(/\d{4}|@/);
});

test.each([
  ['김민지 선생님이 정말 잘해주세요', 'NAME'],
  ['박쌤 최고예요', 'NAME'],
  ['이서윤 어린이랑 같이 다녀요', 'NAME'],
  ['김하준이가 좋아해요', 'NAME'],
  ['최 원장님이 친절하세요', 'NAME'],
  ['화곡로 123 근처예요', 'ADDRESS'],
  ['강서로45길 12-3 건물', 'ADDRESS'],
  ['101동 1203호 살아요', 'ADDRESS'],
  ['선생님들이 씨 발 같아요', 'ABUSIVE'],
  ['원장 병신', 'ABUSIVE'],
])('%s is held (%s)', (text, reason) => {
  expect(screenText(text).held).toContain(reason);
});

test.each([
  '우리 선생님이 정말 친절하세요',
  '담임 선생님과 소통이 잘 돼요',
  '주임 선생님이 급식을 꼼꼼히 챙겨요',
  '이 선생님 덕분에 아이가 적응했어요',
  '한 선생님이 세 명을 돌봐요',
  '아이가 매일 가고 싶어해요. 원장님도 친절하세요',
  '시설이 깨끗하고 안전해요. 급식은 5점 만점에 5점',
])('%s passes', (text) => {
  const s = screenText(text);
  expect(s.held).toEqual([]);
  expect(s.masked).toEqual([]);
  expect(s.text).toBe(text);
});
