import { FACILITY_KINDS, STAGES, type FacilityKind, type Stage } from '../../common/record';
import {
  cleanText, mapCenterType, mapSpecialCare, normalisePhone, normaliseUrl, parseAgeRange, parseAmountKrw, parseCapacity, parseCount, parseHours, parseKoreanDate, parsePeriod, parseSeats, referenceDay, sanitiseHtml,
} from '../normalise';
import type { ValueSpec } from './schema';

/**
 * The day a yearless date on a page is read against: the page's own date
 * (Last-Modified), else the day it was fetched (the response's Date). From
 * the response, so parsing stays a pure function of the page.
 */
export function pageDate(page: { lastModified?: string | null; headers?: Record<string, string> }): string | null {
  return referenceDay(page.lastModified) ?? referenceDay(page.headers?.date);
}

/** Life-stage labels as Korean sites write them → our stages. */
const STAGE_LABELS: [RegExp, Stage][] = [
  [/임신|출산|임산부|산모/, 'PREGNANCY'],
  [/영유아|영아|유아|보육/, 'INFANT'],
  [/아동|초등|어린이/, 'ELEMENTARY'],
  [/청소년|중학생|고등학생/, 'YOUTH'],
];

export function stagesFromLabels(text: string): Stage[] {
  const found = new Set<Stage>();
  for (const part of text.slice(0, 500).split(/[,|·/]+|\s{2,}/)) {
    for (const [pattern, stage] of STAGE_LABELS) if (pattern.test(part)) found.add(stage);
  }
  return STAGES.filter((s) => found.has(s));
}

/**
 * Applies a spec's pattern and transform to a raw string. Returns null for
 * what cannot be read (never throws): a bad cell leaves the field empty.
 * `referenceDate` (pageDate) resolves dates written without a year.
 */
export function applyTransform(raw: string | number | boolean | null, spec: ValueSpec, baseUrl: string, referenceDate: string | null = null): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') {
    if (!spec.transform || spec.transform === 'int' || spec.transform === 'float' || spec.transform === 'bool') return raw;
    raw = String(raw);
  }
  let text = raw;
  if (spec.pattern) {
    const m = safeRegex(spec.pattern).exec(text.slice(0, 10_000));
    if (!m) return null;
    text = m[1] ?? m[0];
  }
  switch (spec.transform ?? 'text') {
    case 'text':
      return cleanText(text);
    case 'int':
      return parseCount(text);
    case 'float': {
      const n = Number.parseFloat(text.replace(/,/g, '').trim());
      return Number.isFinite(n) ? n : null;
    }
    case 'phone':
      return normalisePhone(text);
    case 'date':
      // A date without a year stays null here: only a period can say its year was inferred.
      return parseKoreanDate(text);
    case 'period': {
      const p = parsePeriod(text, { reference: referenceDate });
      if (!p) return null;
      // One end alone cannot carry `yearInferred`, so an inferred year is not handed out without it.
      if (spec.part === 'start') return p.yearInferred ? null : p.start;
      if (spec.part === 'end') return p.yearInferred ? null : p.end;
      return p;
    }
    case 'hours': {
      const h = parseHours(text);
      if (!h) return null;
      if (spec.part === 'open') return h.open;
      if (spec.part === 'close') return h.close;
      return h;
    }
    case 'seats': {
      const s = parseSeats(text);
      if (!s) return null;
      return spec.part === 'capacity' ? s.capacity : spec.part === 'enrolled' ? s.enrolled : s;
    }
    case 'capacity':
      return parseCapacity(text)?.capacity ?? null;
    case 'capacityUnit':
      return parseCapacity(text)?.unit ?? null;
    case 'amountKrw':
      return parseAmountKrw(text);
    case 'ageMonths': {
      const a = parseAgeRange(text);
      if (!a) return null;
      return spec.part === 'min' ? a.min : spec.part === 'max' ? a.max : a;
    }
    case 'centerType':
      return mapCenterType(text);
    case 'specialCare':
      return mapSpecialCare(text).flags;
    case 'stages':
      return stagesFromLabels(text);
    case 'list':
      return (cleanText(text) ?? '')
        .split(/\s*[,·/]\s*/)
        .filter(Boolean)
        .slice(0, 50);
    case 'url': {
      // An empty cell is no link (resolving '' against the page would yield the page itself).
      const t = text.trim();
      if (!t || t === '-') return null;
      if (!t.startsWith('/')) return normaliseUrl(t);
      try {
        return normaliseUrl(new URL(t, baseUrl).toString());
      } catch {
        return null;
      }
    }
    case 'facilityKind':
      return facilityKind(text);
    case 'html':
      // The element's markup (the engine reads inner HTML for this transform), kept only through the allowlist.
      return sanitiseHtml(text);
    case 'bool': {
      const t = text.trim();
      if (/^(y|yes|true|1|예|운영|있음|o)$/i.test(t)) return true;
      if (/^(n|no|false|0|아니오|미운영|없음|x)$/i.test(t)) return false;
      return null;
    }
  }
}

const regexCache = new Map<string, RegExp>();
/** Config patterns are compiled once; they come from reviewed config files, and inputs are bounded. */
export function safeRegex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}

const KIND_BY_LABEL = new Map<string, FacilityKind>(Object.entries(FACILITY_KINDS).map(([k, label]) => [label.replace(/\s/g, ''), k as FacilityKind]));
const KIND_ALIASES: [RegExp, FacilityKind][] = [
  [/방과후아카데미/, 'YOUTH_TRAINING_CENTER'],
  [/긴급돌봄|24시간/, 'EMERGENCY_CARE_CENTER'],
  [/입원/, 'HOSPITAL_CHILD_CARE'],
  [/가족센터|건강가정/, 'FAMILY_CENTER'],
  [/키움센터/, 'COMMUNITY_CARE_CENTER'],
];

/** A kind label as sites write it (`지역아동센터`, `청소년 문화의집`) → FacilityKind; OTHER when unknown. */
export function facilityKind(label: string): FacilityKind {
  const compact = label.replace(/\s/g, '').slice(0, 60);
  const exact = KIND_BY_LABEL.get(compact);
  if (exact) return exact;
  for (const [pattern, kind] of KIND_ALIASES) if (pattern.test(compact)) return kind;
  return 'OTHER';
}
