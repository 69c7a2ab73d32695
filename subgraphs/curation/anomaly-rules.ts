import type { Queryable } from '../../store';

/**
 * The six anomaly checks of 점검관리 (issue 20), each one set-based query over
 * what the hub already holds: the catalogue's present (catalog.effective_record),
 * the statistics history (stats.facility_day, one row per facility per day)
 * and apply's waiting lists. A check returns its findings; anomalies.ts files
 * them as flags. Values are parameters; the queries read published,
 * operating, unmerged facilities only.
 *
 * | rule | holds when | subject |
 * |---|---|---|
 * | ENROLMENT_OVER_CAPACITY | 현원 > 정원 (both published, 정원 > 0) | facility |
 * | ENROLMENT_JUMP | 현원 differs by more than max(jumpMin, jumpRatio × 정원) between the last two days filed in full | facility + the two days |
 * | ADMITTED_TWICE | one child ADMITTED at two or more centres for the same admission year | child + year |
 * | FREE_SEATS_ALL_CLASSES_FULL | 정원 − 현원 > 0 while every age class is full (and no mixed-age class could hold the seats) | facility |
 * | SEATS_WITHOUT_OFFERS | an age class shows free seats on every day filed in the last idleDays, ≥ idleMinWaiting applications have waited that long, and the centre made no offer or admission for it in that time | facility + age class |
 * | SUBSIDY_CLAWBACK | an inspection's measures include 보조금 환수 | facility + inspection |
 */
export const ANOMALY_RULES = [
  'ENROLMENT_OVER_CAPACITY',
  'ENROLMENT_JUMP',
  'ADMITTED_TWICE',
  'FREE_SEATS_ALL_CLASSES_FULL',
  'SEATS_WITHOUT_OFFERS',
  'SUBSIDY_CLAWBACK',
] as const;
export type AnomalyRule = (typeof ANOMALY_RULES)[number];

export interface AnomalyOptions {
  /** ENROLMENT_JUMP: a change of at least this many children… */
  jumpMin: number;
  /** …and more than this share of 정원. */
  jumpRatio: number;
  /** SEATS_WITHOUT_OFFERS: the window in days. */
  idleDays: number;
  /** SEATS_WITHOUT_OFFERS: applications waiting the whole window. */
  idleMinWaiting: number;
}

export const DEFAULT_ANOMALY_OPTIONS: AnomalyOptions = { jumpMin: 10, jumpRatio: 0.3, idleDays: 14, idleMinWaiting: 3 };

export interface Finding {
  rule: AnomalyRule;
  subject: string;
  facilityIds: string[];
  /** The values read, by name; days as YYYY-MM-DD. Never a person's name. */
  evidence: Record<string, unknown>;
  /** KST day the evidence is from. */
  observedOn: string;
}

export interface CheckScope {
  /** Now, for the windowed rule (tests move it; default the clock). */
  now: Date;
  /** KST day of `now`. */
  today: string;
  options: AnomalyOptions;
  /** Only these children (ADMITTED_TWICE after an admission); null: everyone. */
  childIds: string[] | null;
  /** Only the facilities this site publishes (the checks after its crawl); null: every facility. */
  siteId: string | null;
}

/** A published, operating, unmerged facility of the catalogue as `r`. */
const FACILITY = `r.kind = 'FACILITY' and r.published and r.merged_into is null and r.status = 'ACTIVE'`;
/** The site scope as SQL, its id the statement's parameter `$n`. */
const OF_SITE = (n: number) => `($${n}::text is null or r.id in (select s.record_id from catalog.source_record s where s.site_id = $${n}::text))`;
const AGE_CLASSES = `case when jsonb_typeof(r.attrs->'ageClasses') = 'array' then r.attrs->'ageClasses' else '[]'::jsonb end`;
const NUMBER = (e: string, key: string) => `jsonb_typeof(${e}->'${key}') = 'number'`;

type Check = (db: Queryable, scope: CheckScope) => Promise<Finding[]>;

const overCapacity: Check = async (db, scope) => {
  const { rows } = await db.query<{ id: string; capacity: number; enrolled: number }>(
    `select r.id, r.capacity, r.enrolled from catalog.effective_record r
     where ${FACILITY} and ${OF_SITE(1)} and r.capacity > 0 and r.enrolled > r.capacity order by r.id`,
    [scope.siteId],
  );
  return rows.map((r) => ({
    rule: 'ENROLMENT_OVER_CAPACITY' as const,
    subject: r.id,
    facilityIds: [r.id],
    evidence: { capacity: r.capacity, enrolled: r.enrolled, over: r.enrolled - r.capacity, day: scope.today },
    observedOn: scope.today,
  }));
};

const enrolmentJump: Check = async (db, scope) => {
  const { rows } = await db.query<{ id: string; from_day: string; to_day: string; from_enrolled: number; to_enrolled: number; capacity: number }>(
    `with days as (select day from stats.filed_day where day <= $1::date order by day desc limit 2),
          bounds as (select min(day) as d1, max(day) as d2 from days having count(*) = 2)
     select f.facility_id as id, to_char(b.d1, 'YYYY-MM-DD') as from_day, to_char(b.d2, 'YYYY-MM-DD') as to_day,
            a.v[3] as from_enrolled, z.v[3] as to_enrolled, greatest(a.v[2], z.v[2]) as capacity
     from bounds b
     join stats.facility_day z on z.day = b.d2
     join stats.facility_day a on a.day = b.d1 and a.fkey = z.fkey
     join stats.facility f on f.fkey = z.fkey
     join catalog.effective_record r on r.id = f.facility_id
     where ${FACILITY} and ${OF_SITE(4)} and a.v[3] >= 0 and z.v[3] >= 0
       and abs(z.v[3] - a.v[3]) >= $2::int and abs(z.v[3] - a.v[3]) > $3::float8 * greatest(a.v[2], z.v[2], 0)
     order by f.facility_id`,
    [scope.today, scope.options.jumpMin, scope.options.jumpRatio, scope.siteId],
  );
  return rows.map((r) => ({
    rule: 'ENROLMENT_JUMP' as const,
    subject: `${r.id}:${r.from_day}:${r.to_day}`,
    facilityIds: [r.id],
    evidence: { fromDay: r.from_day, toDay: r.to_day, fromEnrolled: r.from_enrolled, toEnrolled: r.to_enrolled, change: r.to_enrolled - r.from_enrolled, capacity: r.capacity },
    observedOn: r.to_day,
  }));
};

const admittedTwice: Check = async (db, scope) => {
  const { rows } = await db.query<{ child_id: string; admission_year: number; facility_ids: string[]; admissions: { applicationId: string; facilityId: string; ageClass: number; admittedAt: string }[] }>(
    `select a.child_id, a.admission_year, array_agg(distinct a.facility_id order by a.facility_id) as facility_ids,
            jsonb_agg(jsonb_build_object('applicationId', a.id, 'facilityId', a.facility_id, 'ageClass', a.age_class,
              'admittedAt', to_char(a.updated_at at time zone 'Asia/Seoul', 'YYYY-MM-DD')) order by a.updated_at, a.id) as admissions
     from apply.application a
     where a.status = 'ADMITTED' and ($1::text[] is null or a.child_id = any($1::text[]))
     group by a.child_id, a.admission_year
     having count(distinct a.facility_id) > 1
     order by a.child_id, a.admission_year`,
    [scope.childIds],
  );
  return rows.map((r) => ({
    rule: 'ADMITTED_TWICE' as const,
    subject: `${r.child_id}:${r.admission_year}`,
    facilityIds: r.facility_ids,
    evidence: { admissionYear: r.admission_year, admissions: r.admissions },
    observedOn: r.admissions[r.admissions.length - 1]?.admittedAt ?? scope.today,
  }));
};

const freeSeatsAllFull: Check = async (db, scope) => {
  const { rows } = await db.query<{ id: string; capacity: number; enrolled: number; classes: { age: number; capacity: number; enrolled: number }[] }>(
    `select r.id, r.capacity, r.enrolled,
            (select jsonb_agg(jsonb_build_object('age', e->'age', 'capacity', e->'capacity', 'enrolled', e->'enrolled') order by (e->>'age')::int)
             from jsonb_array_elements(ac.list) e) as classes
     from catalog.effective_record r
     cross join lateral (select ${AGE_CLASSES} as list) ac
     where ${FACILITY} and ${OF_SITE(1)} and r.capacity > r.enrolled
       and exists (select 1 from jsonb_array_elements(ac.list) e where ${NUMBER('e', 'capacity')} and (e->>'capacity')::int > 0)
       and not exists (select 1 from jsonb_array_elements(ac.list) e
                       where not (${NUMBER('e', 'capacity')} and ${NUMBER('e', 'enrolled')}) or (e->>'enrolled')::int < (e->>'capacity')::int)
       -- 혼합반·특수반 (otherClasses) hold seats outside the age classes: then the free seats may be there.
       and not exists (select 1 from jsonb_array_elements(case when jsonb_typeof(r.attrs->'otherClasses') = 'array' then r.attrs->'otherClasses' else '[]'::jsonb end) o
                       where coalesce((o->>'classes')::int, 0) > 0)
     order by r.id`,
    [scope.siteId],
  );
  return rows.map((r) => ({
    rule: 'FREE_SEATS_ALL_CLASSES_FULL' as const,
    subject: r.id,
    facilityIds: [r.id],
    evidence: { capacity: r.capacity, enrolled: r.enrolled, reportedFreeSeats: r.capacity - r.enrolled, ageClasses: r.classes, day: scope.today },
    observedOn: scope.today,
  }));
};

const seatsWithoutOffers: Check = async (db, scope) => {
  const since = new Date(scope.now.getTime() - scope.options.idleDays * 86_400_000);
  const { rows } = await db.query<{ id: string; age_class: number; waiting: number; oldest: string; capacity: number; enrolled: number; last_offer: string | null }>(
    `with lists as (
       select a.facility_id, a.age_class, count(*)::int as waiting, min(a.applied_at) as oldest
       from apply.application a
       where a.status = 'WAITING' and a.applied_at <= $1::timestamptz
       group by 1, 2 having count(*) >= $2::int
     )
     select l.facility_id as id, l.age_class, l.waiting, to_char(l.oldest at time zone 'Asia/Seoul', 'YYYY-MM-DD') as oldest,
            (c->>'capacity')::int as capacity, (c->>'enrolled')::int as enrolled,
            (select to_char(max(n.created_at) at time zone 'Asia/Seoul', 'YYYY-MM-DD') from apply.notification n join apply.application o on o.id = n.application_id
             where o.facility_id = l.facility_id and o.age_class = l.age_class and n.kind in ('OFFERED', 'ADMITTED')) as last_offer
     from lists l
     join catalog.effective_record r on r.id = l.facility_id
     cross join lateral jsonb_array_elements(${AGE_CLASSES}) c
     where ${FACILITY} and ${OF_SITE(3)} and (c->>'age') = l.age_class::text and ${NUMBER('c', 'capacity')} and ${NUMBER('c', 'enrolled')}
       and (c->>'capacity')::int > (c->>'enrolled')::int
       -- An offer pending now, or an offer or admission in the window: the centre does take children.
       and not exists (select 1 from apply.application o where o.facility_id = l.facility_id and o.age_class = l.age_class and o.status = 'OFFERED')
       and not exists (select 1 from apply.notification n join apply.application o on o.id = n.application_id
                       where o.facility_id = l.facility_id and o.age_class = l.age_class and n.kind in ('OFFERED', 'ADMITTED') and n.created_at > $1::timestamptz)
       -- Seats shown on every day filed in the window (history: capacity v[4+age], enrolled v[10+age]).
       and not exists (select 1 from stats.facility f join stats.facility_day d on d.fkey = f.fkey
                       where f.facility_id = l.facility_id and d.day > ($1::timestamptz at time zone 'Asia/Seoul')::date
                         and d.v[4 + l.age_class] >= 0 and d.v[10 + l.age_class] >= d.v[4 + l.age_class])
     order by l.facility_id, l.age_class`,
    [since.toISOString(), scope.options.idleMinWaiting, scope.siteId],
  );
  return rows.map((r) => ({
    rule: 'SEATS_WITHOUT_OFFERS' as const,
    subject: `${r.id}:${r.age_class}`,
    facilityIds: [r.id],
    evidence: { ageClass: r.age_class, freeSeats: r.capacity - r.enrolled, capacity: r.capacity, enrolled: r.enrolled, waiting: r.waiting, waitingSince: r.oldest, windowDays: scope.options.idleDays, lastOffer: r.last_offer },
    observedOn: scope.today,
  }));
};

const subsidyClawback: Check = async (db, scope) => {
  const { rows } = await db.query<{ id: string; inspection: { date: string | null; type: string; findings: string | null; measures: string[]; status: string | null; source: string } }>(
    `select r.id, i as inspection
     from catalog.effective_record r
     cross join lateral jsonb_array_elements(case when jsonb_typeof(r.attrs->'inspections') = 'array' then r.attrs->'inspections' else '[]'::jsonb end) i
     where r.kind = 'FACILITY' and r.published and r.merged_into is null and ${OF_SITE(1)}
       and jsonb_typeof(i->'measures') = 'array' and i->'measures' ? '보조금 환수'
     order by r.id, i->>'date', i->>'source'`,
    [scope.siteId],
  );
  return rows.map((r) => {
    const i = r.inspection;
    return {
      rule: 'SUBSIDY_CLAWBACK' as const,
      subject: `${r.id}:${i.source}:${i.date ?? '-'}:${i.type}`,
      facilityIds: [r.id],
      evidence: { inspectionDate: i.date, inspectionType: i.type, findings: i.findings, measures: i.measures, status: i.status, source: i.source },
      observedOn: i.date && /^\d{4}-\d{2}-\d{2}$/.test(i.date) ? i.date : scope.today,
    };
  });
};

export const CHECKS: Record<AnomalyRule, Check> = {
  ENROLMENT_OVER_CAPACITY: overCapacity,
  ENROLMENT_JUMP: enrolmentJump,
  ADMITTED_TWICE: admittedTwice,
  FREE_SEATS_ALL_CLASSES_FULL: freeSeatsAllFull,
  SEATS_WITHOUT_OFFERS: seatsWithoutOffers,
  SUBSIDY_CLAWBACK: subsidyClawback,
};
