import type { AgeClass, CenterType } from './record';

/**
 * Kind-specific fields stored in `catalog.record.attrs` (jsonb). Loaders and
 * adapters write these shapes; subgraphs read them. Optional fields are
 * absent when a source does not publish them (never invented).
 */

/** Hours on one kind of day: `HH:MM` ends (close `24:00` = midnight), or closed (휴무). */
export interface DayHours {
  open: string | null;
  close: string | null;
  closed: boolean;
}

/**
 * Opening hours as published (`09시00분~20시00분`) and parsed (`09:00`,
 * `20:00`). `open`/`close` are the usual (week)day, what search's `openAt`
 * compares; the days are there when someone knows them (the 어린이집 rule of
 * common/opening-hours.ts, an editor), absent otherwise.
 */
export interface OpeningHours {
  text: string;
  open: string | null;
  close: string | null;
  /** 월–금 */
  weekday?: DayHours | null;
  /** 토요일 */
  saturday?: DayHours | null;
  /** 일요일·공휴일 */
  holiday?: DayHours | null;
  /**
   * The sessions of a day when the source lists several on one line
   * (`10:00~12:00 / 14:00~16:00`); `open`/`close` are then the first open and
   * the last close. Absent for a single range.
   */
  ranges?: { open: string; close: string }[];
}

/**
 * Eligible ages (대상연령, 지원대상) as a notice states them, stored as
 * `attrs.ageMonths` by ingest (crawlers/normalise/ages.ts parseAgeRange):
 * months after birth in `min`/`max` (inclusive, null = unbounded — the
 * shape every reader of `ageMonths` knows), and, when the text speaks of
 * them, pregnancy weeks and school grades. Older records and fixtures may
 * hold only `{ min, max }`.
 */
export interface AgeRange {
  /** Youngest eligible age in completed months; null = no lower bound. */
  min: number | null;
  /** Oldest eligible age in completed months; null = no upper bound. */
  max: number | null;
  /** The age text as published, cleaned. */
  text: string;
  /** Set when the text speaks of pregnancy (`임신 16주 이상`, `임산부`): the weeks it allows, null bounds where it states none. */
  pregnancyWeeks: { min: number | null; max: number | null } | null;
  /** School grades, 1 = 초등 1학년 … 6 = 초등 6학년, 7–9 = 중 1–3, 10–12 = 고 1–3 (`초등 1~3학년` → 1–3, `중학생` → 7–9). */
  schoolGrades: { min: number; max: number } | null;
}

/** 어린이집 (ChildcareCenter). */
export interface ChildcareCenterAttrs {
  centerType: CenterType | null;
  /** 운영현황 as published: 정상, 휴지, 폐지 … */
  operatingStatus: string | null;
  /** 만0세…만5세; capacity per class derived from the legal child-to-teacher ratio when the source has only a total. */
  ageClasses: AgeClass[];
  /** Mixed-age and special-needs classes (혼합반, 특수장애반). */
  otherClasses: { label: string; classes: number; enrolled: number }[];
  rooms: number | null;
  playgrounds: number | null;
  cctv: number | null;
  staff: number | null;
  postalCode: string | null;
  fax: string | null;
  homepage: string | null;
  shuttleBus: boolean | null;
  approvedOn: string | null;
  /** 데이터기준일자 of the source. */
  dataDate: string | null;
}

/** 유치원 (Kindergarten). */
export interface KindergartenAttrs {
  /** 설립유형 as published: 공립(병설), 공립(단설), 사립(사인) … */
  establishment: string | null;
  /** PUBLIC or PRIVATE from the establishment type. */
  ownership: 'NATIONAL' | 'PUBLIC' | 'PRIVATE' | null;
  openingHours: OpeningHours | null;
  ageClasses: AgeClass[];
  officeOfEducation: string | null;
  homepage: string | null;
  establishedOn: string | null;
}

/** 산후조리원 (PostpartumCenter), from LOCALDATA licence records. */
export interface PostpartumCenterAttrs {
  /** 영업상태명: 영업/정상, 폐업 … */
  businessStatus: string | null;
  licensedOn: string | null;
  motherCapacity: number | null;
  infantCapacity: number | null;
  nurses: number | null;
  nurseAides: number | null;
  roadAddress: string | null;
}

/** Any policy (지원정책). */
export interface PolicyAttrs {
  summary: string | null;
  /** 지원대상 */
  target: string | null;
  /** 지원내용 */
  benefit: string | null;
  /** 지원내용 as the source formats it, sanitised (crawlers/normalise/html.ts): safe to render. */
  benefitHtml?: string | null;
  amountKrw: number | null;
  /** 신청방법 */
  howToApply: string | null;
  /** 신청기간 as published, and parsed when it can be (crawlers/normalise/dates.ts Period: end = start for one day, `yearInferred` when the text had no year). */
  applicationPeriod: { text: string; start: string | null; end: string | null; always: boolean; yearInferred?: true } | null;
  agency: string | null;
  contact: string | null;
  url: string | null;
  /** 지원유형: 현금, 현물, 이용권, 서비스 … */
  supportType: string | null;
  ageMonths: AgeRange | { min: number | null; max: number | null } | null;
}
