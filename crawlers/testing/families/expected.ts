// Test support (not loaded by the crawler): the values the simulated world publishes, for crawlers/sites/families.test.ts.
import { findSigungu } from '../../../common/regions';
import { publishedTitle } from '../../../simulator/world';
import type { ChildcareRow, SimFacility, SimPolicy, SimProgram, World } from '../../../simulator/world/types';
import { supportConditions, trgterIndvdl } from '../../../simulator/world/conditions';
import type { ValueSpec } from '../../declarative/schema';
import { applyTransform } from '../../declarative/transforms';
import { validCoordinates } from '../../normalise';

/**
 * What each simulated site publishes, as the records a correct crawl stores:
 * source key → field path → value (`undefined`: not compared, `null`: must be
 * absent). Built from the simulator's world, never from a crawl. Where the
 * world holds a string as the site writes it, the expectation goes through the
 * same transform the config names (this checks the extraction); where it holds
 * the fact itself (ISO dates, the seats a text states, the end of the last
 * session), the fact is the expectation — the parse has to be right.
 */
export type Expected = Map<string, Record<string, unknown>>;

const spec = (transform?: ValueSpec['transform'], part?: ValueSpec['part']): ValueSpec => ({ field: 'x', ...(transform ? { transform } : {}), ...(part ? { part } : {}) });
/** The text transform (entities, layout whitespace; line breaks on a page are spaces). */
export const text = (raw: string | null | undefined): unknown => applyTransform(raw ?? null, spec(), 'http://sim.invalid/');
export const tf = (raw: string | number | null | undefined, transform: ValueSpec['transform'], part?: ValueSpec['part']): unknown => applyTransform(raw ?? null, spec(transform, part), 'http://sim.invalid/');

/** Coordinates a page states, or the district-centre fallback (marked approximate) when it states none usable. */
function position(lat: number | null, lng: number | null): Record<string, unknown> {
  return validCoordinates(lat, lng) ? { lat, lng, geoApprox: false } : { geoApprox: true };
}

const byKey = <T>(items: T[], key: (x: T) => string, fields: (x: T) => Record<string, unknown>): Expected => new Map(items.map((x) => [key(x), fields(x)]));

/** agency-cms 게시판 view (policyView). */
export function boardPolicies(site: string) {
  return (w: World): Expected =>
    byKey(w.policies.filter((p) => p.publishers.includes(site)), (p) => p.keys[site] ?? p.key, (p: SimPolicy) => ({
      name: text(publishedTitle(p, site)),
      stages: tf(p.lifeStages.join(', '), 'stages'),
      'attrs.category': text(p.category),
      'attrs.target': text(p.target),
      'attrs.benefit': text(p.benefit),
      'attrs.amountText': text(p.amount),
      'attrs.amountKrw': tf(p.amount, 'amountKrw'),
      'attrs.supportType': text(p.supportType),
      'attrs.howToApply': text(p.howToApply),
      'attrs.applicationPeriod': tf(p.period, 'period'),
      'attrs.agency': text(p.agency),
      'attrs.contact': text(p.contact),
      'attrs.legalBasis': text(p.legalBasis),
      'attrs.updatedOn': p.updatedOn,
    }));
}

/** agency-cms 기관 찾기 view (facilityView); `seats`: the site writes 현원/정원. */
export function directoryFacilities(site: string, seats = false) {
  return (w: World): Expected =>
    byKey(w.facilities.filter((f) => f.publisher === site), (f) => f.key, (f: SimFacility) => ({
      name: text(f.name),
      subtype: tf(f.kindLabel, 'facilityKind'),
      address: text(f.address),
      phone: tf(f.phone, 'phone'),
      sigungu: f.sigungu,
      ...position(f.lat, f.lng),
      capacity: f.capacity,
      enrolled: seats ? f.enrolled : null,
      specialCare: tf(f.specialCare.join(', '), 'specialCare'),
      'attrs.kindLabel': text(f.kindLabel),
      'attrs.openingHours': tf(f.hours, 'hours'),
      'attrs.ages': text(f.ages),
      'attrs.school': text(f.school),
      'attrs.homepage': tf(f.homepage, 'url'),
      'attrs.description': text(f.description),
      'attrs.nameEn': text(f.nameEn),
    }));
}

/** agency-cms 프로그램 view (programView). */
export function boardPrograms(site: string) {
  return (w: World): Expected =>
    byKey(w.programs.filter((p) => p.publisher === site), (p) => p.key, (p: SimProgram) => ({
      name: text(p.title),
      stages: p.lifeStage ? tf(p.lifeStage, 'stages') : undefined,
      capacity: p.capacity,
      enrolled: p.enrolled,
      'attrs.category': text(p.category),
      'attrs.target': text(p.target),
      'attrs.ages': text(p.ages),
      'attrs.period': tf(p.period, 'period'),
      'attrs.schedule': text(p.schedule),
      'attrs.place': text(p.place),
      'attrs.fee': text(p.fee),
      'attrs.status': p.status,
      'attrs.contact': text(p.contact),
      'attrs.description': text(p.description),
    }));
}

/** youth-counsel: both kinds read from the list rows (robots.txt's Crawl-delay makes detail pages expensive). */
export function counselRows(w: World): Expected {
  const facilities = byKey(w.facilities.filter((f) => f.publisher === 'youth-counsel'), (f) => f.key, (f) => ({ name: text(f.name), sigungu: f.sigungu, address: text(f.address), phone: tf(f.phone, 'phone'), capacity: f.capacity }));
  const programs = byKey(w.programs.filter((p) => p.publisher === 'youth-counsel'), (p) => p.key, (p) => ({
    name: text(p.title),
    stages: ['YOUTH'],
    capacity: p.capacity,
    enrolled: p.enrolled,
    'attrs.category': text(p.category),
    'attrs.target': text(p.target),
    'attrs.period': tf(p.period, 'period'),
    'attrs.status': p.status,
  }));
  return new Map([...facilities, ...programs]);
}

export const merge = (...parts: ((w: World) => Expected)[]) => (w: World): Expected => new Map(parts.flatMap((p) => [...p(w)]));

/** 어린이집 정보공개 Open API (XML items). */
export function openApiCentres(w: World): Expected {
  return byKey(w.childcare, (c) => c.code, (c: ChildcareRow) => {
    const f = c.fields;
    return {
      name: text(f['어린이집명']),
      address: text(f['상세주소']),
      phone: tf(f['전화번호'], 'phone'),
      sigungu: c.sigungu,
      ...position(tf(f['위도'], 'float') as number | null, tf(f['경도'], 'float') as number | null),
      capacity: tf(f['정원'], 'int'),
      enrolled: tf(f['현원'], 'int'),
      specialCare: tf(f['제공서비스'], 'specialCare'),
      'attrs.centerType': tf(f['어린이집유형'], 'centerType'),
      'attrs.operatingStatus': text(f['운영현황']),
      'attrs.postalCode': text(f['우편번호']),
      'attrs.fax': tf(f['팩스번호'], 'phone'),
      'attrs.homepage': tf(f['홈페이지주소'], 'url'),
      'attrs.rooms': tf(f['보육실수'], 'int'),
      'attrs.playgrounds': tf(f['놀이터수'], 'int'),
      'attrs.cctv': tf(f['CCTV총설치수'], 'int'),
      'attrs.staff': tf(f['보육교직원수'], 'int'),
      'attrs.shuttleBus': tf(f['통학차량운영여부'], 'bool'),
      'attrs.approvedOn': tf(f['인가일자'], 'date'),
      'attrs.dataDate': tf(f['데이터기준일자'], 'date'),
    };
  });
}

/** 복지로 wantedList → wantedDtl (XML, a detail request per service). */
export function bokjiroPolicies(w: World): Expected {
  const site = 'bokjiro-api';
  return byKey(w.policies.filter((p) => p.publishers.includes(site)), (p) => p.keys[site] ?? p.key, (p) => ({
    name: text(publishedTitle(p, site)),
    stages: tf(p.lifeStages.join(', '), 'stages'),
    'attrs.target': text(p.target),
    'attrs.benefit': text(p.benefit),
    'attrs.amountText': text(p.amount),
    'attrs.amountKrw': tf(p.amount, 'amountKrw'),
    'attrs.howToApply': text(p.howToApply),
    'attrs.applicationPeriod': tf(p.period, 'period'),
    'attrs.supportType': text(p.supportType),
    'attrs.agency': text(p.agency),
    'attrs.contact': text(p.contact),
    'attrs.legalBasis': text(p.legalBasis),
    'attrs.trgterIndvdlArray': text(trgterIndvdl(p)),
    'attrs.updatedOn': p.updatedOn,
  }));
}

/** 보조금24 serviceList (JSON, records from the items). */
export function gov24Policies(w: World): Expected {
  const site = 'gov24-subsidy-api';
  return byKey(w.policies.filter((p) => p.publishers.includes(site)), (p) => p.keys[site] ?? p.key, (p) => ({
    name: text(publishedTitle(p, site)),
    stages: tf(p.lifeStages.join('||'), 'stages'),
    regionCode: p.sigungu ? (findSigungu('서울특별시', p.sigungu)?.code ?? null) : null,
    'attrs.summary': text(p.benefit.slice(0, 80)),
    'attrs.target': text(p.target),
    // As the portal publishes it: the benefit with the amount on its own line.
    'attrs.benefit': text(p.benefit + (p.amount ? `\n지원금액: ${p.amount}` : '')),
    'attrs.amountKrw': tf(p.amount, 'amountKrw'),
    'attrs.howToApply': text(p.howToApply),
    'attrs.applicationPeriod': tf(p.period, 'period'),
    'attrs.agency': text(p.agency),
    'attrs.contact': text(p.contact),
    'attrs.supportType': text(p.supportType),
    'attrs.category': text(p.category),
    'attrs.legalBasis': text(p.legalBasis),
    'attrs.url': tf(`https://www.gov.kr/portal/rcvfvrSvc/dtlEx/${p.keys[site] ?? p.key}`, 'url'),
    // The JA flags as the portal publishes them (the adapter keeps the object's JSON text).
    'attrs.supportConditions': text(JSON.stringify(supportConditions(p))),
  }));
}

/** 유치원알리미 (CP949 JSON): the config twin. */
export function kindergartens(w: World): Expected {
  const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return byKey(w.kindergartens, (k) => String(k.key), (k) => ({
    name: text(s(k.kindername)),
    address: text(s(k.addr)),
    phone: tf(s(k.telno), 'phone'),
    'attrs.establishment': text(s(k.establish)),
    'attrs.officeOfEducation': text(s(k.officeedu)),
    'attrs.openingHours': tf(s(k.opertime), 'hours'),
    'attrs.homepage': tf(s(k.hpaddr), 'url'),
    'attrs.establishedOn': tf(s(k.edate), 'date'),
    'attrs.enrolled3': tf(s(k.ppcnt3), 'int'),
    'attrs.enrolled4': tf(s(k.ppcnt4), 'int'),
    'attrs.enrolled5': tf(s(k.ppcnt5), 'int'),
  }));
}

/** LOCALDATA 산후조리업 (CP949 CSV): the config twin. */
export function postpartum(w: World): Expected {
  return byKey(w.postpartum, (r) => r.key, ({ fields: f }) => ({
    name: text(f['사업장명']),
    address: text(f['도로명주소']) ?? text(f['지번주소']),
    phone: tf(f['전화번호'], 'phone'),
    'attrs.businessStatus': text(f['영업상태명']),
    'attrs.licensedOn': tf(f['인허가일자'], 'date'),
    'attrs.motherCapacity': tf(f['임산부정원수'], 'int'),
    'attrs.infantCapacity': tf(f['영유아정원수'], 'int'),
    'attrs.nurses': tf(f['간호사수'], 'int'),
  }));
}

/** 마포구육아종합지원센터 (ccic CMS, directory in an iframe): the config twin. */
export function mapoCcic(w: World): Expected {
  const site = 'mapo-ccic';
  const centres = byKey(w.childcare.filter((c) => c.sigungu === '마포구'), (c) => c.code, ({ fields: f }) => ({
    name: text(f['어린이집명']),
    address: text(f['상세주소']),
    phone: tf(f['전화번호'], 'phone'),
    capacity: tf(f['정원'], 'int'),
    enrolled: tf(f['현원'], 'int'),
    specialCare: tf(f['제공서비스'], 'specialCare'),
    'attrs.centerType': tf(f['어린이집유형'], 'centerType'),
  }));
  const programs = byKey(w.programs.filter((p) => p.publisher === site), (p) => `program:${p.key}`, (p) => ({
    name: text(p.title),
    capacity: p.capacity,
    enrolled: p.enrolled,
    'attrs.category': text(p.category),
    'attrs.target': text(p.target),
    'attrs.ages': text(p.ages),
    'attrs.period': tf(p.period, 'period'),
    'attrs.schedule': text(p.schedule),
    'attrs.place': text(p.place),
    'attrs.fee': text(p.fee),
    'attrs.status': p.status,
    'attrs.contact': text(p.contact),
    'attrs.description': text(p.description),
  }));
  const self = byKey(w.facilities.filter((f) => f.publisher === site), (f) => `center:${f.key}`, (f) => ({
    name: text(f.name),
    address: text(f.address),
    phone: tf(f.phone, 'phone'),
    'attrs.openingHours': tf(f.hours, 'hours'),
    'attrs.ages': text(f.ages),
    'attrs.description': text(f.description),
  }));
  return new Map([...centres, ...programs, ...self]);
}

/**
 * 강북구육아종합지원센터 (XHR JSON list, <dl> detail, venue iframe): the facts the
 * world holds. A one-day course ends the day it starts; a day of several
 * sessions ends with the last; `예약제 (회기당 1명)` states no capacity; a
 * course for parents of 만 0~5세 children is INFANT.
 */
export function xhrCentre(w: World): Expected {
  return byKey(w.centrePrograms.filter((p) => !p.pageGone), (p) => p.key, (p) => {
    const place = w.centrePlaces.find((x) => x.key === p.placeKey)!;
    return {
      name: p.title,
      address: place.address,
      sigungu: '강북구',
      lat: place.lat,
      lng: place.lng,
      phone: tf(p.contact, 'phone'),
      capacity: p.capacity,
      primaryStage: p.primaryStage,
      'attrs.category': p.category,
      'attrs.target': p.target,
      // The range in months; the stored age also keeps its text and any pregnancy weeks or school grades.
      'attrs.ageMonths.min': p.ageMonths?.min ?? null,
      'attrs.ageMonths.max': p.ageMonths?.max ?? null,
      'attrs.period.start': p.start,
      'attrs.period.end': p.end,
      'attrs.schedule': text(p.times),
      'attrs.hours.open': p.open,
      'attrs.hours.close': p.close,
      'attrs.fee': p.fee,
      'attrs.place': p.room,
      'attrs.venue': place.name,
      'attrs.status': p.status,
      'attrs.postedOn': p.postedOn,
      'attrs.description': text(p.description),
    };
  });
}
