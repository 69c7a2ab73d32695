import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordId } from '../../common/record-id';
import { worldAt } from '../../simulator/world';
import type { SimFacility, SimPolicy, SimProgram } from '../../simulator/world/types';

/**
 * Builds bench/search/judgments-2.json: a second judged set (issue 15), over
 * records the first set (judgments.json: 어린이집, 산후조리원, 유치원, a
 * handful of policies, three English names) never touches — the simulated
 * sites' programmes, after-school and youth facilities, and other policies —
 * in the forms parents write that the first set does not try: whole
 * sentences with filler and odd words, spacing variants, typos in the word
 * that matters, region words in several forms, multi-word 초성, programme
 * names. Each judgment is a rule a person can check against the world
 * ("every 베이비 마사지 교실, whichever centre runs it"), applied here once
 * and committed as data; the search engine never decides relevance.
 *
 * Relevant records are named by the id each source gives them
 * (recordId(kind, site, sourceKey)); the benchmark maps them to the record
 * that holds that source now (deduplication merges copies).
 *
 * Run: npx tsx bench/search/build-judgments-2.ts
 */
const world = worldAt(42, 0);

interface Judgment {
  type: string;
  query: string;
  relevant: string[];
  why: string;
}
const judgments: Judgment[] = [];

const base = (title: string) => title.replace(/\s*\(\d+기\)$/, '');
const progs = (match: (p: SimProgram) => boolean) => world.programs.filter(match).map((p) => recordId('PROGRAM', p.publisher, p.key));
const facs = (match: (f: SimFacility) => boolean) => world.facilities.filter(match).map((f) => recordId('FACILITY', f.publisher, f.key));
const pols = (match: (p: SimPolicy) => boolean) => world.policies.filter(match).flatMap((p) => p.publishers.map((site) => recordId('POLICY', site, p.keys[site] ?? p.key)));
const titled = (...parts: string[]) => (p: SimProgram) => parts.every((x) => base(p.title).includes(x));
const add = (type: string, query: string, relevant: string[], why: string) => judgments.push({ type, query, relevant, why });

// Whole sentences: the words that matter, fillers (곳, 수, 있는 …) and words no record contains.
add('natural', '이유식 만들기 배울 수 있는 곳', progs(titled('이유식')), 'baby-food cooking classes');
add('natural', '아빠랑 주말에 놀 수 있는 프로그램', progs(titled('아빠와 함께하는 주말 놀이')), 'weekend play with dad');
add('natural', '중학생 코딩 배우고 싶어요', progs(titled('코딩')), 'coding classes for teenagers');
add('natural', '임신했을 때 요가 할 수 있는 곳', progs(titled('요가')), 'yoga for pregnant women');
add('natural', '아기 목욕 시키는 법 알려주는 교실', progs(titled('목욕')), 'newborn bathing practice');
add('natural', '장난감 빌려주는 곳', [...progs(titled('장난감')), ...pols((p) => p.title.includes('장난감'))], 'toy libraries (programme and city policy)');
add('natural', '할머니가 손주 돌보는 교육', progs(titled('손주')), 'grandparents caring for grandchildren');
add('natural', '사춘기 아이랑 대화하는 방법', progs((p) => base(p.title).includes('사춘기') || base(p.title).includes('대화')), 'talking with adolescent children');
add('natural', '결혼이민자 일자리 교육', progs(titled('결혼이민자')), 'job training for marriage migrants');
add('natural', '스마트폰 중독 치료', progs(titled('스마트폰')), 'smartphone over-dependence camp');

// Spacing as parents type it, not as the agency wrote it.
add('spacing', '베이비마사지', progs(titled('베이비 마사지')), '베이비 마사지 written without the space');
add('spacing', '모유 수유', progs(titled('모유수유')), '모유수유 written with a space');
add('spacing', '장난감 도서관 대여', [...progs(titled('장난감도서관')), ...pols((p) => p.title.includes('장난감 도서관'))], '장난감도서관 with a space');
add('spacing', '코딩로봇', progs(titled('코딩 로봇')), '코딩 로봇 without the space');
add('spacing', '산후우울', progs(titled('산후 우울')), '산후 우울 without the space');
add('spacing', '공동 육아 나눔터 송파', facs((f) => f.kindLabel === '공동육아나눔터' && f.sigungu === '송파구'), '공동육아나눔터 in 송파구, spaced out');

// One slip in the word that matters.
add('typo', '우쿨렐레 기쵸', progs(titled('우쿨렐레')), 'typo of 우쿨렐레 기초');
add('typo', '클라이믱 교실', progs(titled('클라이밍')), 'typo of 클라이밍');
add('typo', '청소년 바리스터 체험', progs(titled('바리스타')), 'typo of 바리스타');
add('typo', '지역아동샌터 마포', facs((f) => f.kindLabel === '지역아동센터' && f.sigungu === '마포구'), 'typo of 지역아동센터, in 마포구');
add('typo', '노원구 다함께돌봄셴터', facs((f) => f.kindLabel === '다함께돌봄센터' && f.sigungu === '노원구'), 'typo of 다함께돌봄센터, in 노원구');
add('typo', '드론 자격 준비밤', progs(titled('드론')), 'typo of 드론 자격 준비반');

// Region words in several forms.
add('region', '노원구 다함께돌봄센터', facs((f) => f.kindLabel === '다함께돌봄센터' && f.sigungu === '노원구'), 'community care centres of 노원구');
add('region', '은평구 초등돌봄교실', facs((f) => f.kindLabel === '초등돌봄교실' && f.sigungu === '은평구'), 'school care classes in 은평구');
add('region', '강북 청소년상담복지센터', facs((f) => f.kindLabel === '청소년상담복지센터' && f.sigungu === '강북구'), 'youth counselling centre of 강북구 (stem 강북)');
add('region', '관악구 시간제보육', facs((f) => f.kindLabel === '시간제보육 제공기관' && f.sigungu === '관악구'), 'hourly-care providers in 관악구');
add('region', '도봉구 공동육아나눔터', facs((f) => f.kindLabel === '공동육아나눔터' && f.sigungu === '도봉구'), 'shared-parenting spaces in 도봉구');
add('region', '마포구에 있는 지역아동센터', facs((f) => f.kindLabel === '지역아동센터' && f.sigungu === '마포구'), 'local children centres in 마포구 (particle and filler)');
add('region', '성동구 다문화가족지원센터', facs((f) => f.kindLabel === '다문화가족지원센터' && f.sigungu === '성동구'), 'multicultural family centre of 성동구');
add('region', '영등포 청소년수련관', facs((f) => f.kindLabel === '청소년수련관' && f.sigungu === '영등포구'), 'youth training centre of 영등포구');

// 초성, word by word.
add('chosung', 'ㅋㄷ ㄹㅂ ㄱㅅ', progs(titled('코딩 로봇 교실')), '초성 of 코딩 로봇 교실');
add('chosung', 'ㅂㅇㅂ ㅁㅅㅈ', progs(titled('베이비 마사지')), '초성 of 베이비 마사지');
add('chosung', 'ㅇㅇ ㅇㄱㄴㅇ ㅊㅎ', progs(titled('영아 오감놀이 체험')), '초성 of 영아 오감놀이 체험');
add('chosung', 'ㅈㄹ ㅌㅅ ㅋㅍ', progs(titled('진로 탐색 캠프')), '초성 of 진로 탐색 캠프');
add('chosung', 'ㄱㅈ ㅅㅈ ㅉㄴ ㄴ', progs(titled('가족 사진 찍는 날')), '초성 of 가족 사진 찍는 날');
add('chosung', 'ㅊㅅ ㅈㅂ ㄱㅅ', progs(titled('출산 준비 교실')), '초성 of 출산 준비 교실');

// Programmes by what they are called.
add('program', '임산부 요가', progs(titled('임산부 요가')), 'prenatal yoga classes');
add('program', '한국어교실 초급', progs(titled('한국어교실 (초급)')), 'beginners Korean for migrants');
add('program', '학교 밖 청소년 상담', progs(titled('학교 밖 청소년', '상담')), 'group counselling for out-of-school youth');
add('program', '맞벌이 부부 교실', progs(titled('맞벌이 부부')), 'classes for dual-income couples');
add('program', '자해 예방 교육', progs(titled('자해')), 'self-harm prevention education');
add('program', '영유아 건강검진', [...progs(titled('영유아 건강검진')), ...pols((p) => p.title.startsWith('영유아 건강검진'))], 'infant health check-up (programme and national policy)');
add('program', '엄마 나라 문화', progs(titled('엄마 나라 문화')), "mother's home-country culture day");
add('program', '예비부모 교실', progs(titled('예비부모')), 'classes for parents-to-be');

// Policies the first set does not ask for.
add('policy', '기저귀 분유 지원', pols((p) => p.title.includes('기저귀') || p.title.includes('분유')), 'nappies and formula support');
add('policy', '다자녀 혜택', pols((p) => p.title.includes('다자녀') || p.title.includes('다둥이')), 'benefits for families with several children');
add('policy', '한부모 양육비', pols((p) => p.title.includes('한부모') && p.title.includes('양육비')), 'child-rearing allowances for single parents');

const empty = judgments.filter((j) => j.relevant.length === 0);
if (empty.length) throw new Error(`judgments without relevant records: ${empty.map((j) => j.query).join(', ')}`);
const out = { generatedFrom: 'the simulated sites (seed 42, tick 0); records judgments.json does not touch', count: judgments.length, judgments };
writeFileSync(join(__dirname, 'judgments-2.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${judgments.length} judged queries written`);
