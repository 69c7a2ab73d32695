import { DISTRICT, GANGNAM_EXTRA, NATIONAL, NEW_POLICIES, SEOUL, type PolicyTemplate } from './catalogue';
import { int, pick, rng } from './random';
import { phoneOf, SEOUL_GU } from './seoul';
import type { SimPolicy } from './types';

// The policies (national, Seoul, district): tick 0, then edits, withdrawals and new district policies per tick.

/** A policy's application period; `출생일로부터 60일 이내` only for birth-related ones (others are 상시). */
function period(random: () => number, style: number, category = '출산'): string {
  if (style % 5 === 4 && category !== '출산') return '상시';
  switch (style % 5) {
    case 0:
      return '상시';
    case 1:
      return `2026.01.02~2026.12.31`;
    case 2:
      return `'26.${int(random, 2, 4)}.${int(random, 1, 20)}.~${int(random, 5, 9)}.${int(random, 1, 28)}.`;
    case 3:
      return `2026년 ${int(random, 1, 3)}월 ${int(random, 1, 15)}일 ~ 2026년 12월 31일`;
    default:
      return '출생일로부터 60일 이내';
  }
}

function updatedOn(random: () => number): string {
  const year = random() < 0.3 ? 2025 : 2026;
  const month = year === 2025 ? int(random, 6, 12) : int(random, 1, 10);
  return `${year}-${String(month).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`;
}

function contact(random: () => number, agency: string): string {
  return agency === '보건복지부' ? '보건복지상담센터 129' : agency.includes('여성가족부') ? '여성가족부 콜센터 1644-6621' : `${agency} ${phoneOf(random, 'dash')}`;
}

function fromTemplate(random: () => number, t: PolicyTemplate, key: string, level: SimPolicy['level'], publishers: string[], style: number): SimPolicy {
  const [title, agency, category, lifeStages, target, benefit, amount, supportType, ages, legalBasis, howToApply] = t;
  return {
    key,
    publishers,
    keys: {},
    title,
    agency,
    level,
    sigungu: null,
    category,
    target,
    benefit,
    amount,
    howToApply,
    period: period(random, style, category),
    contact: contact(random, agency),
    supportType,
    lifeStages,
    ages,
    legalBasis,
    updatedOn: updatedOn(random),
    since: 0,
  };
}

export function policies(seed: number): SimPolicy[] {
  const random = rng(seed, 'policies');
  const out: SimPolicy[] = [];
  NATIONAL.forEach((t, i) => {
    const publishers = ['bokjiro-api', 'gov24-subsidy-api'];
    if (t[3].includes('임신·출산')) publishers.push('seoul-mom-care');
    if (t[0].includes('아이돌봄') || t[0].includes('긴급돌봄') || t[0].includes('시간제보육')) publishers.push('idolbom');
    if (t[0].includes('입원아동') || t[0].includes('질병감염아동')) publishers.push('hospital-child-care');
    const p = fromTemplate(random, t, `N${String(i + 1).padStart(4, '0')}`, '중앙', publishers, i);
    p.keys = { 'bokjiro-api': `WLF0000${String(1000 + i * 7).padStart(4, '0')}`, 'gov24-subsidy-api': `0000004${String(65000 + i * 13).padStart(5, '0')}` };
    out.push(p);
  });
  SEOUL.forEach((t, i) => {
    const publishers = ['seoul-policy-board'];
    if (t[3].includes('임신·출산')) publishers.push('seoul-mom-care');
    if (t[0].includes('입원')) publishers.push('hospital-child-care');
    if (i % 3 === 0) publishers.push('gov24-subsidy-api');
    const p = fromTemplate(random, t, `S${String(i + 1).padStart(4, '0')}`, '광역', publishers, i + 2);
    p.keys = { 'gov24-subsidy-api': `6110000${String(10000 + i * 17).padStart(5, '0')}` };
    out.push(p);
  });
  SEOUL_GU.forEach((gu, g) => {
    DISTRICT.forEach((t, j) => {
      // Every 구 has 출산지원금 and 산후조리비; the other templates in about half of them (all in 강남구).
      if (j >= 2 && gu.name !== '강남구' && random() >= 0.55) return;
      const base = int(random, t.base[0], t.base[1]);
      const publishers = ['seoul-policy-board'];
      if (gu.name === '강남구') publishers.push('gangnam-policy');
      if (j < 2 || (j === 4 && g % 2 === 0)) publishers.push('gov24-subsidy-api');
      const fill = (s: string) => s.replace(/\{gu\}/g, gu.name);
      out.push({
        key: `D${gu.code}${String(j + 1).padStart(2, '0')}`,
        publishers,
        keys: { 'gov24-subsidy-api': `${gu.code}00${String(j + 1).padStart(5, '0')}` },
        title: fill(t.title),
        agency: `서울특별시 ${gu.name}`,
        level: '기초',
        sigungu: gu.name,
        category: t.category,
        target: fill(t.target),
        benefit: t.benefit,
        amount: t.amount ? t.amount(base) : null,
        howToApply: t.howToApply,
        period: period(random, g + j, t.category),
        contact: `${gu.name} ${t.category === '건강' || t.category === '임신' ? '보건소' : '가족정책과'} ${phoneOf(random, 'dash')}`,
        supportType: t.supportType,
        lifeStages: t.lifeStages,
        ages: t.ages,
        legalBasis: `서울특별시 ${gu.name} 저출산 극복 및 출산 장려 조례`,
        updatedOn: updatedOn(random),
        since: 0,
      });
    });
  });
  GANGNAM_EXTRA.forEach(([title, category, lifeStages, target, benefit, amount], i) => {
    out.push({
      key: `G${String(i + 1).padStart(4, '0')}`,
      publishers: ['gangnam-policy'],
      keys: {},
      title,
      agency: '서울특별시 강남구',
      level: '기초',
      sigungu: '강남구',
      category,
      target,
      benefit,
      amount,
      howToApply: '강남구청 누리집 또는 동주민센터 신청',
      period: period(random, i + 1, category),
      contact: `강남구 가족정책과 ${phoneOf(random, 'dash')}`,
      supportType: amount ? '현금' : '서비스',
      lifeStages,
      ages: null,
      legalBasis: '서울특별시 강남구 출산 및 양육 지원 조례',
      updatedOn: updatedOn(random),
      since: 0,
    });
  });
  return out;
}

// ---------------------------------------------------------------- ticks

/** An amount raised a little (the agency raised it): the first number with a unit grows by ~5–20%. Returns the old and new token too. */
function raiseAmount(amount: string, random: () => number): { amount: string; from: string; to: string } | null {
  const m = /(\d{1,3}(?:,\d{3})+|\d+)(만원|원|%)/.exec(amount);
  if (!m) return null;
  const [from, digits, unit] = m as unknown as [string, string, string];
  const before = Number(digits.replace(/,/g, ''));
  const raise = Math.max(1, Math.round((before * int(random, 5, 20)) / 100));
  let value = unit === '%' ? Math.min(100, before + 5) : before + raise;
  if (unit === '원' && value >= 1000) value = Math.round(value / 100) * 100;
  if (unit === '만원' && before >= 50) value = Math.ceil(value / 5) * 5;
  if (value === before) return null;
  const to = `${digits.includes(',') || value >= 1000 ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : String(value)}${unit}`;
  return { amount: amount.slice(0, m.index) + to + amount.slice(m.index + from.length), from, to };
}

const EDITED_PERIODS = ['2026.01.02~2026.12.31', "'26.3.2.~12.31.", '2026년 7월 1일 ~ 2026년 12월 31일', '상시', '출생일로부터 1년 이내'];

function tickDate(tick: number, day = 0): string {
  // Ticks walk forward through 2026 (one tick ≈ one day from March).
  const d = new Date(Date.UTC(2026, 2, 1 + ((tick + day) % 300)));
  return d.toISOString().slice(0, 10);
}

/** ~2 edits (amount or period text, updatedOn advances), ~1 withdrawal, ~3 new district policies (distinct titles). */
export function movePolicies(policies: SimPolicy[], random: () => number, tick: number): SimPolicy[] {
  const out = policies.slice();
  const edits = int(random, 1, 3);
  for (let n = 0; n < edits; n++) {
    const i = int(random, 0, out.length - 1);
    const p = out[i]!;
    const raised = p.amount && random() < 0.6 ? raiseAmount(p.amount, random) : null;
    if (raised) {
      // The benefit text quotes the amount: it changes with it.
      const benefit = p.benefit.includes(raised.from) ? p.benefit.replace(raised.from, raised.to) : p.benefit;
      out[i] = { ...p, amount: raised.amount, benefit, updatedOn: tickDate(tick) };
    } else {
      const choices = EDITED_PERIODS.filter((x) => x !== p.period && (p.category === '출산' || !x.startsWith('출생일')));
      out[i] = { ...p, period: pick(random, choices), updatedOn: tickDate(tick) };
    }
  }
  // Withdraw one: mostly a recently added (temporary) one, which sits at the end of key-sorted lists.
  if (random() < 0.9) {
    const recent = out.map((p, i) => (p.since > 0 ? i : -1)).filter((i) => i >= 0);
    out.splice(recent.length > 3 && random() < 0.7 ? pick(random, recent) : int(random, 0, out.length - 1), 1);
  }
  const titles = new Set(out.map((p) => p.title));
  const adding = pick(random, [2, 3, 3, 4]);
  for (let n = 0; n < adding; n++) {
    const gu = SEOUL_GU[int(random, 0, SEOUL_GU.length - 1)]!;
    let template = NEW_POLICIES[int(random, 0, NEW_POLICIES.length - 1)]!;
    let title = template.title.replace('{gu}', gu.name);
    for (let tries = 0; titles.has(title) && tries < 20; tries++) {
      template = NEW_POLICIES[int(random, 0, NEW_POLICIES.length - 1)]!;
      title = template.title.replace('{gu}', gu.name);
    }
    if (titles.has(title)) title = `${title} (${Math.floor(tick / 30) + 2}차)`;
    if (titles.has(title)) title = `${title} 추가 모집 ${tick}-${n}`;
    titles.add(title);
    const fill = (x: string) => x.replace(/\{gu\}/g, gu.name);
    // Keys (and 보조금24 numbers) sort after every tick-0 one: list pages before the end stay as they were.
    const key = `T${String(tick).padStart(5, '0')}${n}`;
    const publishers = gu.name === '강남구' ? ['seoul-policy-board', 'gangnam-policy'] : ['seoul-policy-board'];
    const onGov24 = random() < 0.3;
    if (onGov24) publishers.push('gov24-subsidy-api');
    out.push({
      key,
      publishers,
      keys: onGov24 ? { 'gov24-subsidy-api': `9${gu.code}${String(tick).padStart(5, '0')}${n}` } : {},
      title,
      agency: `서울특별시 ${gu.name}`,
      level: '기초',
      sigungu: gu.name,
      category: template.category,
      target: fill(template.target),
      benefit: fill(template.benefit),
      amount: template.amount ? template.amount(int(random, template.base[0], template.base[1])) : null,
      howToApply: template.howToApply,
      period: pick(random, [`2026.${tickDate(tick).slice(5, 7)}.01~2026.12.31`, '상시', `${tickDate(tick).slice(0, 4)}년 ${Number(tickDate(tick).slice(5, 7))}월 1일 ~ 예산 소진 시까지`]),
      contact: `${gu.name} ${template.category === '건강' || template.category === '임신' ? '보건소' : '가족정책과'} ${phoneOf(random, 'dash')}`,
      supportType: template.supportType,
      lifeStages: template.lifeStages,
      ages: template.ages,
      legalBasis: `서울특별시 ${gu.name} 저출산 극복 및 출산 장려 조례`,
      updatedOn: tickDate(tick),
      since: tick,
    });
  }
  return out;
}
