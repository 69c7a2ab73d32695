import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { getChoseong } from 'es-hangul';
import { recordId } from '../../common/record-id';
import { worldAt } from '../../simulator/world';
import { POLICY_SITES } from './policy-sites';

/**
 * Builds bench/search/judgments.json: Korean queries of every kind the search
 * issue names, each with the ids of the records a parent would want, judged
 * from the bundled Seoul data (the data the simulator's sites publish).
 * Judgments are rules a person can check ("every 강서구 centre with night
 * care"), applied once here and committed as data: the benchmark never
 * computes relevance from the search engine it measures.
 *
 * Run: npx tsx bench/search/build-judgments.ts
 */
const DATA = join(__dirname, '..', '..', 'simulator', 'data');
type Row = Record<string, string>;
const centres = parse(readFileSync(join(DATA, '어린이집.csv')), { columns: true, bom: true }) as Row[];
const postpartum = (parse(iconv.decode(readFileSync(join(DATA, '산후조리원.csv')), 'cp949'), { columns: true, relax_column_count: true }) as Row[]).filter((r) => r['관리번호']);

const centreId = (r: Row) => recordId('FACILITY', 'seoul-open-data-childcare', r['어린이집코드']!);
const postpartumId = (r: Row) => recordId('FACILITY', 'seoul-open-data-postpartum', r['관리번호']!);

interface Judgment {
  type: string;
  query: string;
  filter?: Record<string, unknown>;
  relevant: string[];
  why: string;
}
const judgments: Judgment[] = [];

// Distinctive names: unique in the data, long enough to be someone's actual target.
const nameCount = new Map<string, number>();
for (const r of centres) nameCount.set(r['어린이집명']!, (nameCount.get(r['어린이집명']!) ?? 0) + 1);
const distinctive = centres.filter((r) => nameCount.get(r['어린이집명']!) === 1 && /^[가-힣]{6,10}$/.test(r['어린이집명']!));
// Deterministic spread over the file, not the first rows only.
const pick = (n: number, offset: number) => Array.from({ length: n }, (_, i) => distinctive[(offset + i * 97) % distinctive.length]!);

for (const r of pick(8, 0)) judgments.push({ type: 'exact-name', query: r['어린이집명']!, relevant: [centreId(r)], why: 'the centre of that name' });
for (const r of pick(6, 11)) judgments.push({ type: 'particle', query: `${r['어린이집명']}에서`, relevant: [centreId(r)], why: 'name with a particle attached' });
// A 초성 query is only a fair judgment when one name has that 초성 (ㅅㅅㅇㄹㅇㅈ fits 새싹 and 샛별 alike).
const chosungCount = new Map<string, number>();
for (const r of centres) chosungCount.set(getChoseong(r['어린이집명']!), (chosungCount.get(getChoseong(r['어린이집명']!)) ?? 0) + 1);
const uniqueChosung = distinctive.filter((r) => chosungCount.get(getChoseong(r['어린이집명']!)) === 1);
for (let i = 0; i < 6; i++) {
  const r = uniqueChosung[(23 + i * 97) % uniqueChosung.length]!;
  judgments.push({ type: 'chosung', query: getChoseong(r['어린이집명']!), relevant: [centreId(r)], why: '초성 of the name (unique in the data)' });
}

// A typo is fair when exactly one name lies within one syllable of it (아하 is as close to 아이 as to 아미).
const allNames = [...nameCount.keys()];
const withinOne = (a: string, b: string) => {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const tail = (p: number, q: number) => x.slice(p).join('') === y.slice(q).join('');
  return tail(i + 1, i + 1) || tail(i + 1, i) || tail(i, i + 1);
};
let typos = 0;
for (let i = 0; typos < 6 && i < distinctive.length; i++) {
  const r = distinctive[(37 + i * 97) % distinctive.length]!;
  const name = r['어린이집명']!;
  // Replace the second syllable (inside the distinctive part) with another one.
  const typo = name.slice(0, 1) + (name[1] === '하' ? '허' : '하') + name.slice(2);
  if (allNames.filter((n) => withinOne(typo, n)).length !== 1) continue;
  judgments.push({ type: 'typo', query: typo, relevant: [centreId(r)], why: `one-syllable typo of ${name} (no other name that close)` });
  typos++;
}

const inGu = (gu: string, extra: (r: Row) => boolean = () => true) => centres.filter((r) => r['시군구명'] === gu && extra(r)).map(centreId);
for (const gu of ['강서구', '마포구', '노원구']) judgments.push({ type: 'synonym', query: `${gu} 보육시설`, relevant: inGu(gu), why: `보육시설 = 어린이집: every centre in ${gu}` });
judgments.push({ type: 'synonym', query: '탁아소', relevant: centres.map(centreId), why: '탁아소 = 어린이집 (old term)' });
const night = (r: Row) => (r['제공서비스'] ?? '').includes('야간연장');
for (const gu of ['강서구', '송파구', '관악구']) judgments.push({ type: 'service-region', query: `${gu} 야간 어린이집`, relevant: inGu(gu, night), why: `night-care centres in ${gu}` });
judgments.push({ type: 'service-region', query: '집 근처 야간 어린이집', filter: { region: { sido: '서울', sigungu: '은평구' } }, relevant: inGu('은평구', night), why: 'night care in the filtered district; 집 근처 is not about the record' });
const disabled = (r: Row) => (r['제공서비스'] ?? '').includes('장애아통합');
judgments.push({ type: 'service-region', query: '장애아통합 어린이집 노원구', relevant: inGu('노원구', disabled), why: 'disabled-integrated centres in 노원구' });
judgments.push({ type: 'service-region', query: '휴일보육', relevant: centres.filter((r) => (r['제공서비스'] ?? '').includes('휴일보육')).map(centreId), why: 'holiday care anywhere' });
for (const type of ['국공립', '가정', '직장']) {
  judgments.push({ type: 'category', query: `서초구 ${type} 어린이집`, relevant: inGu('서초구', (r) => r['어린이집유형'] === type), why: `${type} centres in 서초구` });
}
const ppIn = (gu: string) => postpartum.filter((r) => `${r['도로명주소']} ${r['지번주소']}`.includes(gu)).map(postpartumId);
for (const gu of ['강남구', '송파구', '서초구']) judgments.push({ type: 'category', query: `${gu} 산후조리원`, relevant: ppIn(gu), why: `postpartum centres in ${gu}` });
judgments.push({ type: 'synonym', query: '강남구 산후조리', relevant: ppIn('강남구'), why: '산후조리 → 산후조리원' });
judgments.push({ type: 'category', query: '동대문구 유치원', relevant: [], why: 'filled below from the kindergarten file' });
const kinder = JSON.parse(readFileSync(join(DATA, 'kinderinfo_gn.json'), 'utf8')) as { kinderInfo: { kindername: string }[] };
judgments[judgments.length - 1]!.relevant = kinder.kinderInfo.map((k) => recordId('FACILITY', 'seoul-open-data-kindergarten', `동대문구:${k.kindername.trim()}`));
judgments.push({ type: 'category', query: '병설유치원', relevant: kinder.kinderInfo.filter((k) => k.kindername.includes('병설')).map((k) => recordId('FACILITY', 'seoul-open-data-kindergarten', `동대문구:${k.kindername.trim()}`)), why: 'kindergartens attached to a school' });

// Policies as the simulated sites publish them (seed 42, tick 0): one record per publishing site
// (a national policy on 복지로 and 보조금24 is two records today; both are relevant).
const world = worldAt(42, 0);
const policyIds = (match: (title: string) => boolean) =>
  world.policies.filter((p) => match(p.title)).flatMap((p) => p.publishers.filter((site) => POLICY_SITES.includes(site)).map((site) => recordId('POLICY', site, p.keys[site] ?? p.key)));
const policyJudgments: [string, string, (title: string) => boolean, string][] = [
  ['policy', '부모급여', (t) => t.includes('부모급여'), 'the 부모급여 policy (every site that publishes it)'],
  ['policy', '첫만남이용권', (t) => t.includes('첫만남'), 'the 첫만남이용권 voucher'],
  ['policy', '난임 시술비', (t) => t.includes('난임') && t.includes('시술비'), 'IVF subsidies'],
  ['policy', '강남구 출산지원금', (t) => t === '강남구 출산지원금', "강남구's birth grant"],
  ['policy', '송파구 산후조리비 지원', (t) => t === '송파구 산후조리비 지원', "송파구's postpartum-care subsidy"],
  ['policy', '청소년 교통비', (t) => t.includes('청소년 교통비'), 'youth transport subsidies (city and districts)'],
  ['policy', '아이돌봄서비스', (t) => t.includes('아이돌봄서비스'), 'the national childminding service'],
  ['policy-particle', '부모급여를', (t) => t.includes('부모급여'), 'a particle attached to the policy name'],
  ['policy-synonym', '출산 후 돌봄 지원', (t) => t.includes('산후조리'), '출산 후 돌봄 = 산후조리 (plain language)'],
  ['policy-chosung', 'ㅂㅁㄱㅇ', (t) => t.includes('부모급여'), '초성 of 부모급여'],
  ['policy-typo', '부모급녀', (t) => t.includes('부모급여'), 'one-syllable typo of 부모급여'],
];
for (const [type, query, match, why] of policyJudgments) judgments.push({ type, query, relevant: policyIds(match), why });

// English names, where a source publishes them (다문화가족지원센터, 건강가정지원센터).
const english = (publisher: string, sigungu: string) => world.facilities.filter((f) => f.publisher === publisher && f.sigungu === sigungu).map((f) => recordId('FACILITY', publisher, f.key));
judgments.push({ type: 'english-name', query: 'Gangseo-gu Multicultural Family Support Center', relevant: english('multicultural-center', '강서구'), why: 'the English name of 강서구다문화가족지원센터' });
judgments.push({ type: 'english-name', query: 'Mapo-gu Healthy Family', relevant: english('family-center', '마포구'), why: 'part of the English name of 마포구건강가정지원센터' });
judgments.push({ type: 'english-name', query: 'multicultural family support center songpa', relevant: english('multicultural-center', '송파구'), why: 'English words in another order, lower case' });

const out = { generatedFrom: 'simulator/data (Seoul open data, 2025-02-19) and the simulated sites (seed 42, tick 0)', count: judgments.length, judgments: judgments.filter((j) => j.relevant.length > 0) };
writeFileSync(join(__dirname, 'judgments.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${out.judgments.length} judged queries written`);
