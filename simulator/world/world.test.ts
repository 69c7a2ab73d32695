import iconv from 'iconv-lite';
import { SIM_SITES } from '../site-list';
import { inspectedCentres } from '../sites/inspections';
import { bundledSafety } from './bundled';
import { CP949_ONLY_SYLLABLES, publishedTitle, worldAt, worldDiff } from './index';
import type { ChildcareRow, SimPolicy, World } from './types';

const SEED = 42;
const w0 = worldAt(SEED, 0);

/** Does `s` contain a syllable that CP949 encodes outside KS X 1001 (EUC-KR's 2,350)? */
function hasCp949Only(s: string): boolean {
  for (const ch of s) {
    if (!/[가-힣]/.test(ch)) continue;
    const b = iconv.encode(ch, 'cp949');
    if (b.length === 2 && (b[0]! < 0xa1 || b[1]! < 0xa1)) return true;
  }
  return false;
}

const publishersOf = (w: World): Set<string> =>
  new Set([
    ...w.facilities.map((f) => f.publisher),
    ...w.programs.map((p) => p.publisher),
    ...w.policies.flatMap((p) => p.publishers),
    ...w.centrePrograms.map((p) => p.publisher),
    ...(w.childcare.length ? ['seoul-childcare-portal', 'childcare-openapi'] : []),
    ...(w.kindergartens.length ? ['kinder-openapi'] : []),
    ...(w.postpartum.length ? ['postpartum-localdata'] : []),
    // Inspection history (issue 20): derived from the world (점검내역) and the bundled safety.json.
    ...(inspectedCentres(w).length ? ['seoul-childcare-inspections'] : []),
    ...(bundledSafety().items.length ? ['kinder-safety'] : []),
  ]);

describe('determinism', () => {
  test('same (seed, tick) gives a deep-equal world; another seed a different one', () => {
    expect(worldAt(SEED, 0)).toBe(w0); // memoised
    expect(worldAt(SEED, 7)).toEqual(worldAt(SEED, 7));
    expect(worldAt(7, 0).policies).not.toEqual(w0.policies);
  });

  test('a fresh module load (fresh caches, fresh data load) gives the same worlds', () => {
    let fresh: typeof import('./index') | undefined;
    jest.isolateModules(() => {
      fresh = require('./index') as typeof import('./index');
    });
    expect(fresh!.worldAt).not.toBe(worldAt);
    expect(fresh!.worldAt(SEED, 0)).toEqual(w0);
    // Reached directly (no intermediate ticks cached) vs step by step.
    const direct = fresh!.worldAt(SEED, 60);
    for (let t = 0; t <= 60; t++) worldAt(SEED, t);
    expect(direct).toEqual(worldAt(SEED, 60));
  });

  test('tick 0 again after later ticks equals the first tick 0', () => {
    const copy = JSON.parse(JSON.stringify(w0)) as World;
    worldAt(SEED, 30);
    worldAt(SEED, 3);
    worldAt(SEED, 130);
    expect(worldAt(SEED, 0)).toEqual(copy);
  });

  test('ticks are computed once each in order, and a late tick from the nearest checkpoint', () => {
    let fresh: typeof import('./index') | undefined;
    jest.isolateModules(() => {
      fresh = require('./index') as typeof import('./index');
    });
    for (let t = 0; t <= 200; t++) fresh!.worldAt(99, t);
    expect(fresh!.evolveSteps()).toBe(200);
    // Tick 137 is no longer among the recent worlds: it is rebuilt from the checkpoint at 125, not from 0.
    fresh!.worldAt(99, 137);
    expect(fresh!.evolveSteps()).toBe(212);
    // Asking again costs nothing.
    fresh!.worldAt(99, 137);
    expect(fresh!.evolveSteps()).toBe(212);
  });

  test('bad ticks are refused', () => {
    expect(() => worldAt(SEED, -1)).toThrow();
    expect(() => worldAt(SEED, 1.5)).toThrow();
  });
});

describe('tick 0 content', () => {
  test('bundled data: every 어린이집 row, every 유치원 item, every 산후조리원 row with its key', () => {
    expect(w0.childcare).toHaveLength(4249);
    expect(new Set(w0.childcare.map((c) => c.code)).size).toBe(4249);
    const first = w0.childcare[0]!;
    expect(first.code).toBe(first.fields['어린이집코드']);
    expect(first.sigungu).toBe(first.fields['시군구명']);
    // The dirt is kept.
    expect(Object.keys(first.fields)).toContain('현원');
    expect(w0.childcare.some((c) => c.fields['어린이집유형'] === '법인?단체등')).toBe(true);
    expect(w0.childcare.filter((c) => !c.fields['위도']).length).toBeGreaterThan(50);
    expect(w0.kindergartens).toHaveLength(34);
    expect(w0.kindergartens[0]!['kindername']).toBe('서울이문초등학교병설유치원');
    expect(w0.postpartum.length).toBe(115);
    for (const p of w0.postpartum) expect(p.key).toBe(p.fields['관리번호']);
  });

  test('every simulated site has something to publish', () => {
    const have = publishersOf(w0);
    for (const site of SIM_SITES) expect({ site: site.id, has: have.has(site.id) }).toEqual({ site: site.id, has: true });
  });

  test('facility counts and kinds per publisher, keys unique, addresses in Seoul', () => {
    const count = (id: string) => w0.facilities.filter((f) => f.publisher === id).length;
    expect(count('seoul-local-children')).toBe(150);
    expect(count('seoul-dahamkke')).toBe(100);
    expect(count('sen-elementary-care')).toBe(100);
    expect(count('youth-counsel')).toBe(25);
    expect(count('multicultural-center')).toBe(25);
    expect(count('family-center')).toBe(25);
    expect(count('hourly-care')).toBeGreaterThanOrEqual(70);
    expect(count('emergency-care-24')).toBe(10);
    expect(count('hospital-child-care')).toBe(8);
    for (const id of ['gangnam-health', 'songpa-health', 'gangseo-ccic', 'nowon-ccic', 'songpa-ccic', 'mapo-ccic', 'gwanak-ccic']) expect(count(id)).toBe(1);
    expect(new Set(w0.facilities.map((f) => f.key)).size).toBe(w0.facilities.length);
    for (const f of w0.facilities) expect(f.address.startsWith(`서울특별시 ${f.sigungu} `)).toBe(true);
    expect(w0.facilities.some((f) => /길 \d+/.test(f.address))).toBe(true);
    // Phone and hours formats vary by publisher.
    expect(w0.facilities.some((f) => /^02-\d{4}-\d{4}$/.test(f.phone))).toBe(true);
    expect(w0.facilities.some((f) => /^02\)\d{4}-\d{4}$/.test(f.phone))).toBe(true);
    expect(w0.facilities.some((f) => /^\(02\) \d{4} \d{4}$/.test(f.phone))).toBe(true);
    expect(w0.facilities.some((f) => f.hours === '24시간')).toBe(true);
    expect(w0.facilities.some((f) => /시\d\d분~/.test(f.hours))).toBe(true);
    const school = w0.facilities.find((f) => f.publisher === 'sen-elementary-care')!;
    expect(school.school).toMatch(/^서울.+초등학교$/);
    expect(school.name).toBe(`${school.school} 초등돌봄교실`);
    for (const f of w0.facilities.filter((x) => x.publisher === 'emergency-care-24')) expect(f.specialCare).toEqual(expect.arrayContaining(['24시간', '긴급']));
    for (const f of w0.facilities.filter((x) => x.publisher === 'hourly-care')) expect(f.specialCare).toContain('시간제보육');
  });

  test('programmes: counts, unique keys, statuses consistent with seats, varied period formats', () => {
    const count = (id: string) => w0.programs.filter((p) => p.publisher === id).length;
    expect(count('seoul-youth-center')).toBe(120);
    expect(count('gangnam-health')).toBe(25);
    expect(count('songpa-health')).toBe(20);
    for (const id of ['gangseo-ccic', 'nowon-ccic', 'songpa-ccic', 'mapo-ccic', 'gwanak-ccic']) expect(count(id)).toBe(15);
    expect(new Set(w0.programs.map((p) => p.key)).size).toBe(w0.programs.length);
    for (const w of [w0, worldAt(SEED, 30)]) expect(new Set(w.programs.map((p) => `${p.publisher}|${p.title}`)).size).toBe(w.programs.length);
    for (const p of w0.programs.filter((x) => x.publisher.endsWith('-ccic'))) expect(p.lifeStage).toBe('영유아');
    for (const p of w0.programs) if (p.lifeStage !== null) expect(['임신·출산', '영유아', '초등', '청소년']).toContain(p.lifeStage);
    for (const p of w0.programs) {
      expect(p.enrolled).toBeGreaterThanOrEqual(0);
      expect(p.enrolled).toBeLessThanOrEqual(p.capacity);
      if (p.status === '접수중') expect(p.enrolled).toBeLessThan(p.capacity);
      if (p.status === '마감' || p.status === '대기') expect(p.enrolled).toBe(p.capacity);
      if (p.status === '접수예정') expect(p.enrolled).toBe(0);
      expect(p.period).toContain('26');
    }
    expect(new Set(w0.programs.map((p) => p.status))).toEqual(new Set(['접수중', '마감', '대기', '접수예정']));
    expect(w0.programs.some((p) => /^2026\.\d\d\.\d\d~2026\.\d\d\.\d\d$/.test(p.period))).toBe(true);
    expect(w0.programs.some((p) => /^'26\.\d+\.\d+\.~\d+\.\d+\.$/.test(p.period))).toBe(true);
    expect(w0.programs.some((p) => /^2026년 \d+월 \d+일 ~ \d+월 \d+일$/.test(p.period))).toBe(true);
  });

  test('CP949-only syllables: at least 3 강남구보건소 programmes, and they round-trip through CP949', () => {
    const gangnam = w0.programs.filter((p) => p.publisher === 'gangnam-health');
    const special = gangnam.filter((p) => hasCp949Only(p.title) || hasCp949Only(p.description));
    expect(special.length).toBeGreaterThanOrEqual(3);
    for (const ch of CP949_ONLY_SYLLABLES) expect(hasCp949Only(ch)).toBe(true);
    for (const p of gangnam) {
      for (const text of [p.title, p.description, p.target, p.place]) expect(iconv.decode(iconv.encode(text, 'cp949'), 'cp949')).toBe(text);
    }
  });

  test('policies: ≥320 distinct, levels, publishers, every field filled', () => {
    const ps = w0.policies;
    expect(new Set(ps.map((p) => p.title)).size).toBe(ps.length);
    expect(ps.length).toBeGreaterThanOrEqual(320);
    const level = (l: SimPolicy['level']) => ps.filter((p) => p.level === l);
    expect(level('중앙').length).toBeGreaterThanOrEqual(80);
    expect(level('광역').length).toBeGreaterThanOrEqual(60);
    expect(level('기초').length).toBeGreaterThanOrEqual(150);
    for (const p of level('중앙')) {
      expect(p.publishers).toEqual(expect.arrayContaining(['bokjiro-api', 'gov24-subsidy-api']));
      expect(p.keys['bokjiro-api']).toMatch(/^WLF\d{8}$/);
      expect(p.keys['gov24-subsidy-api']).toMatch(/^\d{12}$/);
    }
    for (const p of level('기초')) {
      expect(p.sigungu).toBeTruthy();
      expect(p.agency).toBe(`서울특별시 ${p.sigungu}`);
    }
    const by = (id: string) => ps.filter((p) => p.publishers.includes(id));
    expect(by('seoul-policy-board').length).toBeGreaterThanOrEqual(200);
    expect(by('gangnam-policy').length).toBeGreaterThanOrEqual(20);
    expect(by('gangnam-policy').every((p) => p.sigungu === '강남구')).toBe(true);
    expect(by('hospital-child-care').length).toBeGreaterThanOrEqual(3);
    expect(by('idolbom').every((p) => /돌봄|보육/.test(p.title))).toBe(true);
    expect(by('seoul-mom-care').every((p) => p.lifeStages.includes('임신·출산'))).toBe(true);
    expect(level('기초').filter((p) => p.publishers.includes('gov24-subsidy-api')).length).toBeGreaterThanOrEqual(50);
    const stages = new Set(['임신·출산', '영유아', '아동', '청소년']);
    for (const p of ps) {
      for (const field of ['key', 'title', 'agency', 'category', 'target', 'benefit', 'howToApply', 'period', 'contact', 'supportType', 'updatedOn'] as const) expect(p[field]).toBeTruthy();
      expect(p.lifeStages.length).toBeGreaterThan(0);
      for (const s of p.lifeStages) expect(stages.has(s)).toBe(true);
      expect(p.updatedOn).toMatch(/^202[56]-\d\d-\d\d$/);
      expect(p.since).toBe(0);
    }
    expect(ps.some((p) => p.period === '상시')).toBe(true);
    expect(ps.some((p) => p.period.includes('출생일로부터'))).toBe(true);
    expect(ps.some((p) => /^첫째 \d+만원, 둘째/.test(p.amount ?? ''))).toBe(true);
    expect(ps.some((p) => /^월 \d+만원$/.test(p.amount ?? ''))).toBe(true);
    // Amounts vary by 구.
    const births = level('기초').filter((p) => p.title.endsWith(' 출산지원금'));
    expect(births).toHaveLength(25);
    expect(new Set(births.map((p) => p.amount)).size).toBeGreaterThan(10);
  });
});

test('portals write a minority of policy names their own way, the same way every time; 복지로 never', () => {
  const rows = w0.policies.flatMap((p) => p.publishers.map((site) => ({ p, site, title: publishedTitle(p, site) })));
  const varied = rows.filter((r) => r.title !== r.p.title);
  expect(varied.length / rows.length).toBeGreaterThan(0.08);
  expect(varied.length / rows.length).toBeLessThan(0.25);
  expect(varied.filter((r) => r.site === 'bokjiro-api')).toEqual([]);
  const first = w0.policies.find((p) => p.title === '첫만남이용권')!;
  expect(first.publishers.map((site) => publishedTitle(first, site))).toEqual(['첫만남이용권', '첫만남이용권 지원', '첫만남 이용권']);
  expect(varied.some((r) => r.site === 'gov24-subsidy-api' && r.p.sigungu !== null && r.title === `${r.p.title.slice(r.p.sigungu.length + 1)}(${r.p.sigungu})`)).toBe(true);
  expect(varied.some((r) => r.site === 'gangnam-policy' && r.title === r.p.title.replace(/^강남구 /, ''))).toBe(true);
  expect(rows.map((r) => publishedTitle(r.p, r.site))).toEqual(rows.map((r) => r.title));
});

function keysUniquePerPublisher(w: World): void {
  const seen = new Map<string, Set<string>>();
  for (const p of w.policies) {
    for (const pub of p.publishers) {
      const key = p.keys[pub] ?? p.key;
      const set = seen.get(pub) ?? new Set<string>();
      expect({ pub, key, dup: set.has(key) }).toEqual({ pub, key, dup: false });
      set.add(key);
      seen.set(pub, set);
    }
  }
  expect(new Set(w.policies.map((p) => p.key)).size).toBe(w.policies.length);
}

describe('keys', () => {
  test('policy keys unique per publisher, at tick 0 and after ticks', () => {
    keysUniquePerPublisher(w0);
    keysUniquePerPublisher(worldAt(SEED, 150));
  });
});

describe('ticks', () => {
  const w1 = worldAt(SEED, 1);

  test('tick 1 differs from tick 0 in small expected ways', () => {
    const d = worldDiff(SEED, 0, 1);
    expect(d.added.policies.length).toBeGreaterThanOrEqual(2);
    expect(d.added.policies.length).toBeLessThanOrEqual(4);
    expect(d.changed.policies.length).toBeGreaterThanOrEqual(1);
    expect(d.changed.policies.length).toBeLessThanOrEqual(3);
    expect(d.removed.policies.length).toBeLessThanOrEqual(1);
    for (const key of d.added.policies) expect(w1.policies.find((p) => p.key === key)!.since).toBe(1);
    for (const key of d.changed.policies) {
      const before = w0.policies.find((p) => p.key === key)!;
      const after = w1.policies.find((p) => p.key === key)!;
      expect(after.amount !== before.amount || after.period !== before.period).toBe(true);
      expect(after.updatedOn).not.toBe(before.updatedOn);
      expect(after.title).toBe(before.title);
    }
    // ~2% of 4,249 centres.
    expect(d.changed.childcare.length).toBeGreaterThan(30);
    expect(d.changed.childcare.length).toBeLessThan(150);
    // ~10% of courses.
    expect(d.changed.programs.length).toBeGreaterThan(10);
    expect(d.changed.programs.length).toBeLessThan(80);
    // Lists mostly stay identical.
    expect(w1.childcare.filter((c, i) => c === w0.childcare[i]).length).toBeGreaterThan(4000);
    expect(d.counts.added + d.counts.removed).toBeLessThan(15);
    expect(w1.kindergartens).toHaveLength(34);
    expect(w1.postpartum).toBe(w0.postpartum);
  });

  test('new policies are distinct from every existing title, deterministic, and fully filled', () => {
    const w = worldAt(SEED, 200);
    expect(new Set(w.policies.map((p) => p.title)).size).toBe(w.policies.length);
    const fresh = w.policies.filter((p) => p.since > 0);
    expect(fresh.length).toBeGreaterThan(400);
    for (const p of fresh) {
      expect(p.level).toBe('기초');
      expect(p.publishers).toContain('seoul-policy-board');
      if (p.sigungu === '강남구') expect(p.publishers).toContain('gangnam-policy');
      expect(p.updatedOn).toMatch(/^2026-\d\d-\d\d$/);
    }
  });

  test('현원 moves stay within 0…정원 and 아동수-총계 stays the sum of the per-age columns', () => {
    const AGE = ['아동수-만0세', '아동수-만1세', '아동수-만2세', '아동수-만3세', '아동수-만4세', '아동수-만5세', '아동수-영아혼합(만0~2세)', '아동수-유아혼합(만3~5세)', '아동수-특수장애'];
    const w = worldAt(SEED, 100);
    const before = new Map(w0.childcare.map((c) => [c.code, c] as [string, ChildcareRow]));
    let moved = 0;
    const problems: string[] = [];
    for (const c of w.childcare) {
      const b = before.get(c.code)!;
      if (c === b) continue;
      moved++;
      const f = c.fields;
      const current = Number(f['현원']);
      if (current < 0) problems.push(`${c.code} 현원 < 0`);
      if (Number(f['정원']) > 0 && current > Math.max(Number(f['정원']), Number(b.fields['현원']))) problems.push(`${c.code} 현원 > 정원`);
      if (f['아동수-총계'] !== '' && Number(f['아동수-총계']) !== AGE.reduce((n, col) => n + Number(f[col] || 0), 0)) problems.push(`${c.code} 총계 ≠ sum`);
      if (b.fields['현원'] === b.fields['아동수-총계'] && f['현원'] !== f['아동수-총계']) problems.push(`${c.code} 현원 ≠ 총계`);
      for (const col of AGE) if (f[col] !== '' && Number(f[col]) < 0) problems.push(`${c.code} ${col} < 0`);
      // Nothing but the enrolment columns moves.
      for (const [k, v] of Object.entries(b.fields)) if (k !== '현원' && !AGE.includes(k) && k !== '아동수-총계' && f[k] !== v) problems.push(`${c.code} ${k} moved`);
    }
    expect(problems).toEqual([]);
    expect(moved).toBeGreaterThan(1000);
  });

  test('hourly-care providers close (and new ones open), songpa-health programmes are taken down now and then', () => {
    const d = worldDiff(SEED, 0, 1);
    expect(d.removed.facilities.length).toBeGreaterThanOrEqual(1);
    expect(d.removed.facilities.length).toBeLessThanOrEqual(2);
    for (const key of d.removed.facilities) expect(w0.facilities.find((f) => f.key === key)!.publisher).toBe('hourly-care');
    const later = worldDiff(SEED, 0, 40);
    expect(later.removed.programs.some((k) => w0.programs.find((p) => p.key === k)!.publisher === 'songpa-health')).toBe(true);
    expect(later.added.programs.length).toBeGreaterThan(20);
    const w = worldAt(SEED, 40);
    expect(new Set(w.programs.map((p) => p.key)).size).toBe(w.programs.length);
    expect(new Set(w.facilities.map((f) => f.key)).size).toBe(w.facilities.length);
    for (const p of w.programs) {
      expect(p.enrolled).toBeLessThanOrEqual(p.capacity);
      if (p.status === '마감' || p.status === '대기') expect(p.enrolled).toBe(p.capacity);
      if (p.status === '접수중') expect(p.enrolled).toBeLessThan(p.capacity);
    }
  });

  test('key-sorted list pages (20 a page) mostly stay identical from one tick to the next', () => {
    const pages = (w: World, id: string): string[] => {
      const keys = w.policies.filter((p) => p.publishers.includes(id)).map((p) => p.keys[id] ?? p.key).sort((a, b) => a.localeCompare(b));
      const out: string[] = [];
      for (let i = 0; i < keys.length; i += 20) out.push(keys.slice(i, i + 20).join());
      return out;
    };
    for (const id of ['seoul-policy-board', 'gov24-subsidy-api', 'bokjiro-api']) {
      let same = 0;
      let total = 0;
      for (let t = 1; t <= 40; t++) {
        const a = pages(worldAt(SEED, t - 1), id);
        const b = pages(worldAt(SEED, t), id);
        a.forEach((page, i) => {
          total++;
          if (page === b[i]) same++;
        });
      }
      expect({ id, mostlySame: same / total > 0.6 }).toEqual({ id, mostlySame: true });
    }
  });

  test('now and then a 다함께돌봄센터 moves: new address and phone together, nothing else of it changes', () => {
    const moves: string[] = [];
    for (let t = 1; t <= 20; t++) {
      const before = new Map(worldAt(SEED, t - 1).facilities.map((f) => [f.key, f]));
      for (const f of worldAt(SEED, t).facilities) {
        const b = before.get(f.key);
        if (!b || b.phone === f.phone) continue;
        moves.push(f.key);
        expect(f.publisher).toBe('seoul-dahamkke');
        expect(f.address).not.toBe(b.address);
        expect(f.address.startsWith(`서울특별시 ${b.sigungu} `)).toBe(true);
        expect({ ...f, phone: b.phone, address: b.address, enrolled: b.enrolled }).toEqual(b);
      }
    }
    expect(moves.length).toBeGreaterThanOrEqual(5);
    expect(moves.length).toBeLessThanOrEqual(20);
  });

  test('worldDiff of a tick with itself is empty', () => {
    expect(worldDiff(SEED, 5, 5).counts).toEqual({ added: 0, changed: 0, removed: 0 });
  });
});
