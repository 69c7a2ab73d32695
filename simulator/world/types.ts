/**
 * The simulated world at one tick: everything the thirty sites publish, as
 * the agencies write it (Korean text, their own formats). Renderers only
 * format it; they never invent content. `worldAt(seed, tick)` is pure: the
 * same seed and tick always give the same world.
 */

/** One row of the bundled 어린이집.csv (header → value, as published), with this tick's enrolment. */
export interface ChildcareRow {
  /** 어린이집코드: stable key. */
  code: string;
  /** 시군구명, e.g. 강서구. */
  sigungu: string;
  /** Every CSV column by its Korean header, values as strings exactly as in the file except the 현원 columns, which move with ticks. */
  fields: Record<string, string>;
}

/** One item of the bundled kinderinfo_gn.json, as published (keys as in the API). */
export type KindergartenItem = Record<string, string | number | null>;

/** One row of the bundled 산후조리원.csv (LOCALDATA header → value). */
export interface PostpartumRow {
  /** 관리번호: stable key. */
  key: string;
  fields: Record<string, string>;
}

/** A synthetic facility (kinds the bundled data does not cover). */
export interface SimFacility {
  /** Stable key within its publisher, e.g. `LC-11500-007`. */
  key: string;
  /** SimSiteInfo.id of the site that publishes it. */
  publisher: string;
  /** Korean kind label as the site writes it: 지역아동센터, 다함께돌봄센터, 초등돌봄교실, 청소년수련관, 청소년문화의집, 청소년상담복지센터, 24시간 긴급돌봄센터, 입원아동 돌봄, 공동육아나눔터, 다문화가족지원센터, 건강가정지원센터, 시간제보육 제공기관, 보건소, 육아종합지원센터, 방과후아카데미. */
  kindLabel: string;
  name: string;
  sido: string;
  sigungu: string;
  address: string;
  /** As the site writes it: `02-2600-1234`, `02)2600-1234`, `2600-1234` … */
  phone: string;
  lat: number | null;
  lng: number | null;
  /** `09:00~20:00`, `09시00분~18시00분`, `24시간` … */
  hours: string;
  capacity: number | null;
  enrolled: number | null;
  /** Korean special-care labels: 야간연장, 휴일, 24시간, 장애아통합, 다문화 … */
  specialCare: string[];
  /** Ages served as the site writes them: `만 6개월~만 5세`, `초등 1~6학년`, `9~24세`. */
  ages: string;
  description: string;
  homepage: string | null;
  /** For 초등돌봄교실: the school; otherwise null. */
  school: string | null;
  /** English name, on sites that publish one (다문화가족지원센터, 건강가정지원센터). */
  nameEn?: string;
}

export type ProgramStatus = '접수중' | '마감' | '대기' | '접수예정';

/** A programme or course (부모교육, 임산부 요가, 청소년 강좌 …). */
export interface SimProgram {
  key: string;
  publisher: string;
  title: string;
  /** 부모교육, 체험, 건강, 상담, 문화, 진로, 가족 … */
  category: string;
  /** Who may join, as written: `임신 16주 이상 임산부`, `만 12~36개월 영아와 부모`, `중학생`. */
  target: string;
  /** As written: `만 6개월~만 5세`, `13~18세`, `초등 4~6학년`. */
  ages: string;
  /** Course period as written, in one of the formats the sites use: `2026.03.01~2026.04.30`, `'26.3.4.~4.29.`, `2026년 3월 4일 ~ 4월 29일`. */
  period: string;
  /** `매주 화 10시00분~11시30분` … */
  schedule: string;
  place: string;
  /** `무료`, `월 3만원`, `재료비 5,000원` … */
  fee: string;
  capacity: number;
  enrolled: number;
  status: ProgramStatus;
  contact: string;
  /** Plain description (may contain line breaks; no HTML). */
  description: string;
  /** Set only by sites that tag their content by life stage: 임신·출산 | 영유아 | 초등 | 청소년. */
  lifeStage: string | null;
}

/** A support policy (지원정책 / 복지서비스). */
export interface SimPolicy {
  key: string;
  /** One or more sites publish the same policy (national policies appear on 복지로 and 보조금24 under their own keys: see `keys`). */
  publishers: string[];
  /** Key per publisher when they differ (e.g. 복지로 `WLF00001234`, 보조금24 `000000465790`). */
  keys: Record<string, string>;
  title: string;
  /** 보건복지부, 서울특별시, 서울특별시 강남구 … */
  agency: string;
  /** 중앙부처 | 서울특별시 | 자치구 */
  level: '중앙' | '광역' | '기초';
  /** 시군구 for 자치구 policies, otherwise null. */
  sigungu: string | null;
  /** 출산, 임신, 보육, 양육, 교육, 건강, 돌봄, 청소년, 다문화, 한부모 … */
  category: string;
  target: string;
  benefit: string;
  /** As written: `월 25만원`, `1인당 200만원`, `최대 110만원`, `연 40만원` or null. */
  amount: string | null;
  howToApply: string;
  /** As written: `상시`, `2026.01.02~2026.12.31`, `'26.2.24.~3.7.`, `2026년 3월 1일 ~ 2026년 12월 31일`, `출생일로부터 60일 이내`. */
  period: string;
  contact: string;
  /** 현금, 현물, 이용권, 서비스 */
  supportType: string;
  /** 임신·출산 | 영유아 | 아동 | 청소년: the life stages the publisher tags (복지로 lifeArray); may be several. */
  lifeStages: string[];
  /** Ages in the policy's own words, e.g. `0~23개월`, `만 8세 미만`; null when none. */
  ages: string | null;
  legalBasis: string | null;
  /** `2026-03-02`: last edit (changes when the policy is edited by a tick). */
  updatedOn: string;
  /** Tick at which it first appeared. */
  since: number;
}

/** A venue of a 육아종합지원센터 (its main building, a branch, an open playroom): shown in an iframe on programme pages. */
export interface CentrePlace {
  key: string;
  publisher: string;
  name: string;
  address: string;
  phone: string;
  lat: number;
  lng: number;
}

/**
 * A programme of the XHR-listed 육아종합지원센터 board (simulator/world/centre.ts): each string as the board
 * writes it, next to the fact it states, so a crawl is checked against the truth rather than its own parse.
 */
export interface CentreProgram {
  /** progSn */
  key: string;
  publisher: string;
  title: string;
  category: string;
  /** As written: `만 0~5세 자녀를 둔 부모`, `임신 20주 이상 임산부와 배우자`. */
  target: string;
  /** What the target states in months (null when it states none, e.g. pregnancy weeks). */
  ageMonths: { min: number | null; max: number | null } | null;
  /** The lifecycle stage the programme is for (DOMAIN age rules: 0~5세 parents are INFANT, not PREGNANCY). */
  primaryStage: 'PREGNANCY' | 'INFANT' | 'ELEMENTARY';
  /** As written: `26.03.25(수)`, `26. 3. 27.(금)`, `4/7(화)~4/14(화)`, `3. 16.(월) ~ 4. 3.(금)`, `2026.05.06(수) ~ 2026.05.27(수)`. */
  dates: string;
  /** ISO; a one-day programme has end = start. */
  start: string;
  end: string;
  /** As written; `\n` is a line break on the page: `10:00~12:00 / 14:00~16:00`, `10:00~11:30\n(3월 31일 휴강)`. */
  times: string;
  /** Start of the first session and end of the last, `HH:MM`. */
  open: string;
  close: string;
  /** As written: `선착순 20명`, `10가정`, `예약제 (회기당 1명)`. */
  seats: string;
  /** Seats the text states; null when it states none (`예약제 (회기당 1명)` is a booking rule, not a capacity). */
  capacity: number | null;
  status: '접수중' | '마감' | '접수예정';
  fee: string;
  /** CentrePlace.key of the venue. */
  placeKey: string;
  room: string;
  /** As written: `02-980-1234`, `02)980-1234`. */
  contact: string;
  /** Plain text; `\n` are line breaks on the page. */
  description: string;
  /** 등록일 (ISO). */
  postedOn: string;
  /** The detail page answers 404 although the list API (a cached index) still lists the programme. */
  pageGone: boolean;
}

export interface World {
  seed: number;
  tick: number;
  childcare: ChildcareRow[];
  kindergartens: KindergartenItem[];
  postpartum: PostpartumRow[];
  facilities: SimFacility[];
  programs: SimProgram[];
  policies: SimPolicy[];
  /** The XHR-listed 육아종합지원센터 (gangbuk-ccic): its programmes and venues. */
  centrePrograms: CentreProgram[];
  centrePlaces: CentrePlace[];
}
