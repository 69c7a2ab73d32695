import { findSido, regionFromAddress, SIDO } from '../../common/regions';
import type { SourceContent } from './merge';

/**
 * Whether two sources publish the same support policy (지원정책). 복지로,
 * 보조금24 and the city and district boards publish the same national, city
 * or district policy under their own keys and write its name their own way
 * (`출산지원금(강남구)`, `[강남구] 출산지원금`, `첫만남 이용권`, `첫만남이용권
 * 지원`), so the name is compared once normalised, only within one scope
 * (the same title from 강남구 and 강서구 is two policies; so is a national
 * policy and the city's top-up of it), and checked against what both
 * sources state besides the name: amount, legal basis, target, contact
 * phone, and for national policies the ministry.
 *
 * Pure and deterministic: the verdict depends on the two sources only.
 */

export type Verdict = 'MATCH' | 'REVIEW' | 'DISTINCT';

export interface PairScore {
  verdict: Verdict;
  /** Orders pairs (higher first) when clustering: title similarity plus evidence. */
  score: number;
  /** What decided it, for the editors' queue: `title:exact`, `title:close 0.86`, `amount:conflict` … */
  reasons: string[];
}

/** What matching needs of one source, computed once per source. */
export interface PolicyFeatures {
  scope: string;
  /** The normalised name: region words, punctuation, spacing and generic suffixes removed. */
  core: string;
  bigrams: Set<string>;
  /** Numbers in the name (0세반, 2차, 1388): names that differ in them are different policies. */
  numbers: string;
  amountKrw: number | null;
  legalBasis: string;
  target: string;
  phones: Set<string>;
  agency: string;
}

/** Names closer than this (Dice over character bigrams of the normalised name) are worth an editor's look. */
export const CLOSE_TITLE = 0.8;

/** The scope of national policies (중앙부처 and public corporations). */
export const NATIONAL_SCOPE = '전국';

/**
 * Where a policy applies: `서울특별시 강남구` (자치구), `서울특별시` (city) or
 * national. From the source's region when it gives one (보조금24), else from
 * the agency (the Seoul board gives none: its agency `서울특별시 강남구`
 * does).
 */
export function policyScope(content: Pick<SourceContent, 'sido' | 'sigungu' | 'attrs'>): string {
  const agency = typeof content.attrs.agency === 'string' ? content.attrs.agency.normalize('NFKC').trim() : '';
  const sido = findSido(content.sido) ?? sidoOf(agency);
  if (!sido) return NATIONAL_SCOPE;
  if (content.sigungu) return `${sido.name} ${content.sigungu}`;
  const region = regionFromAddress(agency);
  return region?.sigungu && region.sido === sido.name ? `${sido.name} ${region.sigungu}` : sido.name;
}

/** The 시도 an agency name starts with: `서울특별시 강남구`, `서울시`, `서울특별시교육청`. */
function sidoOf(agency: string): (typeof SIDO)[number] | null {
  const first = agency.split(/\s+/)[0] ?? '';
  return findSido(first) ?? SIDO.find((s) => [s.name, ...s.aliases].some((a) => a.length >= 3 && first.startsWith(a))) ?? null;
}

/** Suffixes portals add to a service name without changing what it is (`첫만남이용권 지원`, `…지원사업`). */
const GENERIC_SUFFIXES = ['지원사업', '사업', '지원', '서비스', '안내', '제도'];

const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * The name reduced to what every portal keeps of it. Region words of the
 * scope go wherever they stand (`강남구 출산지원금`, `출산지원금(강남구)`,
 * `[강남구] …`; `서울`, `서울시`, `서울형` for city policies), so do the
 * agency when it leads the name, brackets, punctuation and spacing
 * (`첫만남 이용권`), then generic suffixes.
 */
export function coreTitle(title: string, scope: string, agency = ''): string {
  let t = title.normalize('NFKC').toLowerCase();
  const agencyWord = agency.normalize('NFKC').toLowerCase().trim();
  if (agencyWord && t.startsWith(agencyWord) && t.length > agencyWord.length + 1) t = t.slice(agencyWord.length);
  for (const word of regionWords(scope)) t = t.split(word).join(' ');
  let core = squash(t);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of GENERIC_SUFFIXES) {
      if (core.endsWith(suffix) && core.length - suffix.length >= 2) {
        core = core.slice(0, -suffix.length);
        stripped = true;
      }
    }
  }
  return core;
}

/** Longest first, so `서울특별시` goes before `서울` could leave `특별시`. */
function regionWords(scope: string): string[] {
  if (scope === NATIONAL_SCOPE) return [];
  const [sidoName, sigungu] = scope.split(' ');
  const sido = findSido(sidoName);
  const words = [...(sido ? [sido.name, ...sido.aliases, `${sido.aliases[0] ?? sido.name}형`] : []), ...(sigungu ? [sigungu] : [])];
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

export function bigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice coefficient of two bigram sets (1 = same bigrams). */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Phone numbers in a contact line (`강남구 가족정책과 02-3299-6161`, `보건복지상담센터 129`), digits only. */
function phonesOf(contact: string): Set<string> {
  const found = contact.normalize('NFKC').match(/\d[\d)\-. ]*\d/g) ?? [];
  return new Set(found.map((p) => p.replace(/\D/g, '')).filter((p) => p.length >= 3));
}

export function policyFeatures(content: Pick<SourceContent, 'name' | 'sido' | 'sigungu' | 'attrs'>): PolicyFeatures {
  const scope = policyScope(content);
  const agency = text(content.attrs.agency);
  const core = coreTitle(content.name, scope, agency);
  const amount = content.attrs.amountKrw;
  return {
    scope,
    core,
    bigrams: bigrams(core),
    numbers: (content.name.normalize('NFKC').match(/\d+/g) ?? []).sort().join(','),
    amountKrw: typeof amount === 'number' && Number.isFinite(amount) ? amount : null,
    legalBasis: squash(text(content.attrs.legalBasis)),
    target: squash(text(content.attrs.target)),
    phones: phonesOf(text(content.attrs.contact)),
    agency: squash(agency),
  };
}

type Evidence = 'agree' | 'conflict' | null;

const contains = (a: string, b: string) => a === b || a.includes(b) || b.includes(a);

function evidence(a: PolicyFeatures, b: PolicyFeatures): Record<'amount' | 'legal' | 'target' | 'phone' | 'agency', Evidence> {
  const both = (x: unknown, y: unknown) => x !== null && x !== '' && y !== null && y !== '';
  return {
    amount: a.amountKrw !== null && b.amountKrw !== null ? (a.amountKrw === b.amountKrw ? 'agree' : 'conflict') : null,
    legal: both(a.legalBasis, b.legalBasis) ? (contains(a.legalBasis, b.legalBasis) ? 'agree' : 'conflict') : null,
    // Portals reword targets freely: agreement counts, disagreement proves nothing.
    target: both(a.target, b.target) && (a.target === b.target || dice(bigrams(a.target), bigrams(b.target)) >= 0.8) ? 'agree' : null,
    phone: a.phones.size && b.phones.size ? ([...a.phones].some((p) => b.phones.has(p)) ? 'agree' : 'conflict') : null,
    // Within a region the scope already names the agency (its departments vary); nationally the ministry tells policies apart.
    agency: a.scope === NATIONAL_SCOPE && both(a.agency, b.agency) ? (contains(a.agency, b.agency) ? 'agree' : 'conflict') : null,
  };
}

/**
 * The verdict on two sources of different sites:
 * - other scope, or other numbers in the name → DISTINCT;
 * - the same normalised name → MATCH, unless amount, legal basis or ministry
 *   conflict (or only the phones are known and differ): then REVIEW;
 * - a close name (≥ CLOSE_TITLE) → REVIEW when nothing conflicts (an
 *   editor decides whether `…(아빠)` is another policy), else DISTINCT;
 * - anything else → DISTINCT.
 */
export function scorePair(a: PolicyFeatures, b: PolicyFeatures): PairScore {
  if (a.scope !== b.scope) return { verdict: 'DISTINCT', score: 0, reasons: ['scope'] };
  if (a.numbers !== b.numbers) return { verdict: 'DISTINCT', score: 0, reasons: ['title:numbers'] };
  const similarity = a.core === b.core ? 1 : dice(a.bigrams, b.bigrams);
  if (similarity < CLOSE_TITLE) return { verdict: 'DISTINCT', score: similarity, reasons: [`title:${similarity.toFixed(2)}`] };
  const e = evidence(a, b);
  const agreed = Object.values(e).filter((x) => x === 'agree').length;
  const conflicts = (Object.keys(e) as (keyof typeof e)[]).filter((k) => e[k] === 'conflict');
  const reasons = [similarity === 1 ? 'title:exact' : `title:close ${similarity.toFixed(2)}`, ...Object.entries(e).filter(([, v]) => v).map(([k, v]) => `${k}:${v}`)];
  const score = Math.round((similarity + 0.1 * agreed - 0.2 * conflicts.length) * 1000) / 1000;
  if (similarity === 1) {
    const strong = conflicts.some((k) => k !== 'phone');
    const onlyPhone = conflicts.length === 1 && conflicts[0] === 'phone' && agreed === 0;
    return { verdict: strong || onlyPhone ? 'REVIEW' : 'MATCH', score, reasons };
  }
  return { verdict: conflicts.length ? 'DISTINCT' : 'REVIEW', score, reasons };
}
