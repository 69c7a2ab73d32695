import type { Queryable } from '../../store';

/** The apply subgraph's reads (CONVENTIONS 5): snake_case rows mapped to camelCase once, here. */

export interface ChildRow {
  id: string;
  parentSub: string;
  name: string;
  birthDate: string;
  enrolledFacilityId: string | null;
}

export interface ApplicationRow {
  id: string;
  childId: string;
  parentSub: string;
  facilityId: string;
  admissionYear: number;
  ageClass: number;
  status: string;
  rank: number;
  points: number;
  claims: string[];
  verifiedClaims: string[];
  failedClaims: string[];
  position: number | null;
  appliedAt: string;
  offerExpiresAt: string | null;
  lapseAt: string | null;
  extended: boolean;
}

export interface SlotRow {
  id: string;
  facilityId: string;
  service: string;
  startsAt: string;
  endsAt: string;
  seats: number;
  booked: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  opensAt: string;
  closesAt: string;
  pricePerHourKrw: number;
  parentSharePerHourKrw: number;
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

const CHILD = `select id, parent_sub, name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, enrolled_facility_id from apply.child`;
const mapChild = (r: any): ChildRow => ({ id: r.id, parentSub: r.parent_sub, name: r.name, birthDate: r.birth_date, enrolledFacilityId: r.enrolled_facility_id });

export async function childrenByIds(db: Queryable, ids: readonly string[]): Promise<ChildRow[]> {
  return (await db.query(`${CHILD} where id = any($1)`, [ids])).rows.map(mapChild);
}

export async function childrenOf(db: Queryable, parentSub: string): Promise<ChildRow[]> {
  return (await db.query(`${CHILD} where parent_sub = $1 order by created_at, id`, [parentSub])).rows.map(mapChild);
}

const APPLICATION = `select id, child_id, parent_sub, facility_id, admission_year, age_class, status, rank, points, claims, verified_claims, failed_claims,
  position, applied_at, offer_expires_at, lapse_at, extended from apply.application`;
const mapApplication = (r: any): ApplicationRow => ({
  id: r.id,
  childId: r.child_id,
  parentSub: r.parent_sub,
  facilityId: r.facility_id,
  admissionYear: r.admission_year,
  ageClass: r.age_class,
  status: r.status,
  rank: r.rank,
  points: r.points,
  claims: r.claims,
  verifiedClaims: r.verified_claims,
  failedClaims: r.failed_claims,
  position: r.position,
  appliedAt: iso(r.applied_at)!,
  offerExpiresAt: iso(r.offer_expires_at),
  lapseAt: iso(r.lapse_at),
  extended: r.extended,
});

export async function applicationsByIds(db: Queryable, ids: readonly string[]): Promise<ApplicationRow[]> {
  const rows = (await db.query(`${APPLICATION} where id = any($1)`, [ids])).rows.map(mapApplication);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export async function applicationsOf(db: Queryable, parentSub: string): Promise<ApplicationRow[]> {
  return (await db.query(`${APPLICATION} where parent_sub = $1 order by applied_at, id`, [parentSub])).rows.map(mapApplication);
}

export async function listApplications(db: Queryable, facilityId: string, ageClass: number): Promise<ApplicationRow[]> {
  return (await db.query(`${APPLICATION} where facility_id = $1 and age_class = $2 order by position nulls last, applied_at`, [facilityId, ageClass])).rows.map(mapApplication);
}

/** The public, anonymised list: positions, rank, points, application date. No ids, no names. */
export async function waitlist(db: Queryable, facilityId: string, ageClass: number) {
  const rows = await db.query<{ position: number; rank: number; points: number; applied_on: string; status: string }>(
    `select position, rank, points, to_char(applied_at at time zone 'Asia/Seoul', 'YYYY-MM-DD') as applied_on, status
     from apply.application where facility_id = $1 and age_class = $2 and status in ('WAITING', 'OFFERED') order by position`,
    [facilityId, ageClass],
  );
  return rows.rows.map((r) => ({ position: r.position, rank: r.rank, points: r.points, appliedOn: r.applied_on, offered: r.status === 'OFFERED' }));
}

export async function historiesOf(db: Queryable, applicationIds: readonly string[]) {
  const rows = await db.query<{ application_id: string; old_position: number | null; new_position: number | null; reason: string; at: string }>(
    'select application_id, old_position, new_position, reason, at from apply.position_change where application_id = any($1) order by id',
    [applicationIds],
  );
  const by = new Map<string, { oldPosition: number | null; newPosition: number | null; reason: string; at: string }[]>();
  for (const r of rows.rows) {
    const list = by.get(r.application_id) ?? [];
    list.push({ oldPosition: r.old_position, newPosition: r.new_position, reason: r.reason, at: iso(r.at)! });
    by.set(r.application_id, list);
  }
  return applicationIds.map((id) => by.get(id) ?? []);
}

const SLOT = `select id, facility_id, service, starts_at, ends_at, seats, booked, min_age_months, max_age_months, opens_at, closes_at, price_per_hour, parent_share from apply.care_slot`;
const mapSlot = (r: any): SlotRow => ({
  id: r.id,
  facilityId: r.facility_id,
  service: r.service,
  startsAt: iso(r.starts_at)!,
  endsAt: iso(r.ends_at)!,
  seats: r.seats,
  booked: r.booked,
  minAgeMonths: r.min_age_months,
  maxAgeMonths: r.max_age_months,
  opensAt: iso(r.opens_at)!,
  closesAt: iso(r.closes_at)!,
  pricePerHourKrw: r.price_per_hour,
  parentSharePerHourKrw: r.parent_share,
});

export async function slotsByIds(db: Queryable, ids: readonly string[]): Promise<SlotRow[]> {
  return (await db.query(`${SLOT} where id = any($1)`, [ids])).rows.map(mapSlot);
}

export async function slotsOf(db: Queryable, facilityId: string, service: string | null, from: Date | null, to: Date | null): Promise<SlotRow[]> {
  return (
    await db.query(`${SLOT} where facility_id = $1 and ($2::text is null or service = $2) and ($3::timestamptz is null or starts_at >= $3) and ($4::timestamptz is null or starts_at < $4) order by starts_at limit 500`, [
      facilityId,
      service,
      from,
      to,
    ])
  ).rows.map(mapSlot);
}

export async function reservationsWhere(db: Queryable, column: 'id' | 'parent_sub', value: string) {
  const rows = await db.query<any>(`select id, slot_id, child_id, parent_sub, status, hours, created_at from apply.reservation where ${column} = $1 order by created_at, id`, [value]);
  return rows.rows.map((r) => ({ id: r.id, slotId: r.slot_id, childId: r.child_id, parentSub: r.parent_sub, status: r.status, hours: Number(r.hours), createdAt: iso(r.created_at)! }));
}

export async function hospitalRequestsWhere(db: Queryable, column: 'id' | 'parent_sub', value: string) {
  const rows = await db.query<any>(
    `select id, child_id, parent_sub, facility_id, hospital, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on, note, status, updated_at
     from apply.hospital_care_request where ${column} = $1 order by created_at, id`,
    [value],
  );
  return rows.rows.map((r) => ({ id: r.id, childId: r.child_id, parentSub: r.parent_sub, facilityId: r.facility_id, hospital: r.hospital, startsOn: r.starts_on, endsOn: r.ends_on, note: r.note, status: r.status, updatedAt: iso(r.updated_at)! }));
}

export async function notificationsOf(db: Queryable, recipientSub: string, sinceId: number, first: number, newestFirst: boolean) {
  const rows = await db.query<any>(
    `select id, kind, application_id, reservation_id, message_ko, message_en, created_at from apply.notification
     where recipient_sub = $1 and id > $2 order by id ${newestFirst ? 'desc' : 'asc'} limit $3`,
    [recipientSub, sinceId, first],
  );
  return rows.rows.map((r) => ({ id: String(r.id), kind: r.kind, applicationId: r.application_id, reservationId: r.reservation_id, messageKo: r.message_ko, messageEn: r.message_en, createdAt: iso(r.created_at)! }));
}
