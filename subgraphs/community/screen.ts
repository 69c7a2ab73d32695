import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The screen every posted text passes before it is stored (issue 23's
 * moderation policy, docs/community.md). Personal data that can be masked
 * without losing the point (phone numbers, 주민등록번호, e-mail) is masked in
 * place, and only the masked text is kept. What cannot be masked reliably —
 * a name of a child or teacher, a street address — and abusive language hold
 * the post for an editor. The patterns are conservative on purpose: a held
 * post costs an editor a click, a published name cannot be taken back.
 */
export type MaskedKind = 'PHONE' | 'RESIDENT_NUMBER' | 'EMAIL';
export type HoldKind = 'NAME' | 'ADDRESS' | 'ABUSIVE' | 'NEW_ACCOUNT';

export interface Screened {
  text: string;
  masked: MaskedKind[];
  held: HoldKind[];
}

// Resident numbers first: 13 digits would otherwise read as a phone number.
const RESIDENT = /(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?[-–]?\s?[1-8]\d{6}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// Korean numbers: mobile 010/011/016–019, Seoul 02, area 031–064, 070, 050x, +82 forms, and 15xx/16xx/18xx business numbers.
const SEP = String.raw`[\s.\-–)]?`;
const PHONE = new RegExp(
  String.raw`(?<!\d)(?:\+82${SEP}|82-)?\(?(?:0?1[016789]|0?2|0?[3-6][1-5]|0?70|0?50\d)\)?${SEP}\d{3,4}${SEP}\d{4}(?!\d)|(?<!\d)1[568]\d{2}[-.\s]\d{4}(?!\d)`,
  'g',
);

const MASKS: readonly [MaskedKind, RegExp, string][] = [
  ['RESIDENT_NUMBER', RESIDENT, '(주민등록번호 비공개)'],
  ['EMAIL', EMAIL, '(이메일 비공개)'],
  ['PHONE', PHONE, '(전화번호 비공개)'],
];

// Street addresses: a 도로명 (…로, …길, …번길) with a building number, a 지번 (…번지), or an apartment's 동·호.
const ADDRESS = [
  /[가-힣0-9]{1,20}(?:로|길)\s?\d{1,4}(?:-\d{1,4})?(?:번길)?(?![\d가-힣])/,
  /[가-힣0-9]{1,20}(?:로|길)\s?\d{1,4}(?:번길|번지)/,
  /\d{1,5}(?:-\d{1,5})?\s?번지/,
  /\d{2,4}\s?동\s?\d{2,4}\s?호/,
];

// 성씨 that start a name; a name is a surname, one or two syllables, then a title or a particle that follows names.
const SURNAMES = '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부황';
const TITLES = '선생님|선생|쌤|원장님|원장|교사|보육교사|어린이|이가|이는|이랑|이를|이도|이한테|이네|이가요';
const FULL_NAME = new RegExp(`(?<![가-힣])([${SURNAMES}][가-힣]{1,2})\\s?(?:${TITLES})`, 'g');
// 김쌤, 박 선생님: a surname alone before a teacher's title; not the everyday words 이 (this), 한 (one), 전 (former), 그, 저, 새, 두, 세 …
const SURNAME_ONLY = /(?<![가-힣])([김박최정강조윤장임오서신권황안송류홍고문양손배백허유남심노하곽성차구민진지엄채원천방공현함변염여추도소석선설])\s?(?:선생님|쌤|원장님)/g;
// Words that look like "surname + syllables" but are not names (우리 선생님, 주임 선생님 …).
const NOT_NAMES = new Set([
  '우리', '주임', '원장', '부원장', '조리', '영양', '보조', '담임', '모든', '이번', '이전', '정말', '진짜', '최고', '모두', '한번', '안전', '신입',
  '전담', '대체', '강사', '남자', '여자', '어린', '다른', '좋은', '이런', '그런', '저런', '유아', '영아', '반', '이제', '지금', '선임', '기존',
  '새로', '새로운', '예전', '전에', '오늘', '어제', '내일', '우리아', '아이', '조금', '너무', '매일', '항상', '가끔', '정원', '특히', '제일', '유치', '보육',
  '이분', '그분', '저분', '모든', '여러', '많은', '친절', '상냥', '젊은', '나이', '한분', '이상', '소통', '관리',
]);

function loadWords(): string[] {
  return readFileSync(join(__dirname, 'abusive-words.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
const ABUSIVE = loadWords();

function mentionsName(text: string): boolean {
  for (const m of text.matchAll(FULL_NAME)) if (!NOT_NAMES.has(m[1]!)) return true;
  for (const m of text.matchAll(SURNAME_ONLY)) if (!NOT_NAMES.has(m[1]!)) return true;
  return false;
}

/** Screens one text (or several parts of one post, joined by the caller). */
export function screenText(input: string): Screened {
  let text = input;
  const masked: MaskedKind[] = [];
  for (const [kind, pattern, replacement] of MASKS) {
    const next = text.replace(pattern, replacement);
    if (next !== text) masked.push(kind);
    text = next;
  }
  const held: HoldKind[] = [];
  if (mentionsName(text)) held.push('NAME');
  if (ADDRESS.some((p) => p.test(text))) held.push('ADDRESS');
  const squashed = text.replace(/[\s.,·_\-*~!?^]/g, '');
  if (ABUSIVE.some((w) => squashed.includes(w))) held.push('ABUSIVE');
  return { text, masked, held };
}
