import { execute, parse, validate, type DocumentNode } from 'graphql';
import { tokenFor } from '../../common/auth/testing';
import { loadConfig } from '../../common/config';
import { migrate } from '../../store';
import { openPgStore } from '../../store/pg-driver';
import { createDatabaseSql, quoteIdent, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { createSubgraph } from '../../subgraphs/apply/server';
import { machine, percentile } from '../machine';

/**
 * `npm run bench -- apply`: admission applications and care bookings per
 * second through the apply subgraph (GraphQL execution, JWT verification, one
 * transaction each with its idempotency, audit and outbox rows) on a fresh
 * PostgreSQL database per round, CONCURRENCY operations in flight, median
 * of BENCH_ROUNDS (3) rounds. Needs DATABASE_URL.
 */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 3000);
const RESERVATIONS = Number(process.env.BENCH_RESERVATIONS ?? 3000);
const CENTRES = Number(process.env.BENCH_CENTRES ?? 300);
const SLOTS = 200;
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const POOL = Number(process.env.BENCH_POOL ?? CONCURRENCY);
const SEATS = 20;
/** Contended workloads: HOT_APPLICATIONS children for one list; bookings over HOT_SLOTS slots that fill. */
const HOT_APPLICATIONS = Number(process.env.BENCH_HOT_APPLICATIONS ?? 1000);
const HOT_SLOTS = 10;

/** An operation's outcome: true (done), false (failed unexpectedly), or the error code of an expected refusal (e.g. CONFLICT: the slot is full). */
type Outcome = boolean | string;

async function load(total: number, op: (i: number) => Promise<Outcome>): Promise<{ total: number; perSecond: number; p50: number; p95: number; failed: number; refused: number }> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const outcome = await op(i);
        if (outcome === false) failed++;
        else if (typeof outcome === 'string') refused++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { total, perSecond: total / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), failed, refused };
}

/** The first error's code when it is one of `expected` (a refusal the workload provokes), else false. */
const codeOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined, expected: readonly string[]): Outcome => {
  if (!errors?.length) return true;
  const code = String(errors[0]!.extensions?.code ?? '');
  return expected.includes(code) ? code : false;
};

interface Round {
  applications: Awaited<ReturnType<typeof load>>;
  reservations: Awaited<ReturnType<typeof load>>;
  /** Every application to one centre and one age class: one list, one lock. */
  hotApplications: Awaited<ReturnType<typeof load>>;
  /** Bookings for a few slots until they are full. */
  hotReservations: Awaited<ReturnType<typeof load>>;
  gaps: number;
  /** Slots holding more confirmed bookings than seats (must be 0). */
  overbooked: number;
  hotSeats: number;
}

/** One round on a fresh database: set up, then applications, then bookings. */
async function oneRound(progress: (message: string) => void): Promise<Round> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('bench apply needs DATABASE_URL (PostgreSQL)');
  const name = `dolbom_bench_apply_${process.pid}_${Date.now()}`;
  await withAdmin(url, (admin) => admin.query(createDatabaseSql(name)));
  const store = await openPgStore({ connectionString: withDatabase(url, name), max: POOL });
  try {
    await migrate(store);
    const config = loadConfig({ LOG_LEVEL: 'silent', SMS_PROVIDER: 'none' });
    const subgraph = createSubgraph({ store, config });
    // Parsed and validated once per operation, as the server's document cache does; executed per call.
    const documents = new Map<string, DocumentNode>();
    const exec = async (token: string, source: string, variables: Record<string, unknown>) => {
      let document = documents.get(source);
      if (!document) {
        document = parse(source);
        const errors = validate(subgraph.schema, document);
        if (errors.length) throw errors[0];
        documents.set(source, document);
      }
      return execute({ schema: subgraph.schema, document, variableValues: variables, contextValue: subgraph.createContext({ headers: { authorization: `Bearer ${token}` } }) });
    };
    progress('setting up centres, parents, children and slots');
    const centres = Array.from({ length: CENTRES }, (_, i) => `bench-centre-${i}`);
    for (const id of centres) {
      await store.query(
        `insert into catalog.record (id, kind, subtype, name, stages, primary_stage, site_id, source_key, provenance, content_hash, attrs)
         values ($1, 'FACILITY', 'CHILDCARE_CENTER', $1, '{INFANT}', 'INFANT', 'bench', $1, '{}', 'h', '{"centerType":"NATIONAL_PUBLIC"}')`,
        [id],
      );
    }
    const parents = Math.max(APPLICATIONS, RESERVATIONS);
    const tokens = await Promise.all(Array.from({ length: parents }, (_, i) => tokenFor(store, { role: 'PARENT', sub: `bench-p${i}` })));
    const children: string[] = [];
    const babies: string[] = [];
    await load(parents, async (i) => {
      const reg = `mutation($i: RegisterChildInput!) { registerChild(input: $i) { id } }`;
      // Birth years 2021–2025: five age classes per centre, as in a real intake.
      const a = await exec(tokens[i]!, reg, { i: { name: '홍길동', birthDate: `${2021 + (i % 5)}-03-03`, idempotencyKey: `c${i}` } });
      const b = await exec(tokens[i]!, reg, { i: { name: '김아기', birthDate: '2025-01-10', idempotencyKey: `b${i}` } });
      children[i] = (a.data as any).registerChild.id;
      babies[i] = (b.data as any).registerChild.id;
      return true;
    });
    const admin = await tokenFor(store, { role: 'ADMIN', sub: 'bench-admin' });
    const slots: string[] = [];
    const hotSlots: string[] = [];
    const start = Date.now() + 3 * 86400_000;
    for (let s = 0; s < SLOTS + HOT_SLOTS; s++) {
      const startsAt = new Date(start + (s % 10) * 3600_000).toISOString();
      const r = await exec(admin, `mutation($i: CreateCareSlotInput!) { createCareSlot(input: $i) { id } }`, {
        i: { facilityId: centres[s % CENTRES], service: 'NIGHT', startsAt, endsAt: new Date(Date.parse(startsAt) + 4 * 3600_000).toISOString(), seats: SEATS, minAgeMonths: 6, maxAgeMonths: 84, pricePerHourKrw: 5000, parentSharePerHourKrw: 2000, idempotencyKey: `s${s}` },
      });
      (s < SLOTS ? slots : hotSlots).push((r.data as any).createCareSlot.id);
    }
    const hotCentre = 'bench-hot-centre';
    await store.query(
      `insert into catalog.record (id, kind, subtype, name, stages, primary_stage, site_id, source_key, provenance, content_hash, attrs)
       values ($1, 'FACILITY', 'CHILDCARE_CENTER', $1, '{INFANT}', 'INFANT', 'bench', $1, '{}', 'h', '{"centerType":"NATIONAL_PUBLIC"}')`,
      [hotCentre],
    );

    progress(`applications: ${APPLICATIONS} parents × 3 centres, concurrency ${CONCURRENCY}`);
    const apply = `mutation($i: ApplyForAdmissionInput!) { applyForAdmission(input: $i) { id position } }`;
    const claims = [[], ['DUAL_INCOME'], ['BASIC_LIVELIHOOD'], [], ['FOSTER_ADOPTED'], ['DUAL_INCOME', 'MULTI_CHILD_3']];
    const applications = await load(APPLICATIONS, async (i) => {
      const picks = [i % CENTRES, (i * 7 + 3) % CENTRES, (i * 13 + 5) % CENTRES].filter((v, k, a) => a.indexOf(v) === k).map((k) => centres[k]);
      const r = await exec(tokens[i]!, apply, { i: { childId: children[i], facilityIds: picks, priorityClaims: claims[i % claims.length], admissionYear: 2026, idempotencyKey: `a${i}` } });
      return !r.errors;
    });
    progress(`  ${applications.perSecond.toFixed(0)} applications/s, p95 ${applications.p95.toFixed(1)} ms, ${applications.failed} failed`);

    progress(`reservations: ${RESERVATIONS} bookings over ${SLOTS} slots × ${SEATS} seats, concurrency ${CONCURRENCY}`);
    const reserve = `mutation($i: ReserveCareSlotInput!) { reserveCareSlot(input: $i) { id } }`;
    const reservations = await load(RESERVATIONS, async (i) => {
      const r = await exec(tokens[i]!, reserve, { i: { slotId: slots[(i * 31) % SLOTS], childId: babies[i], idempotencyKey: `r${i}` } });
      return !r.errors;
    });
    progress(`  ${reservations.perSecond.toFixed(0)} reservations/s, p95 ${reservations.p95.toFixed(1)} ms, ${reservations.failed} failed`);

    const hot = Math.min(HOT_APPLICATIONS, parents);
    progress(`contended applications: ${hot} children (만0세반) for one centre's one list, concurrency ${CONCURRENCY}`);
    const hotApplications = await load(hot, async (i) => {
      const r = await exec(tokens[i]!, apply, { i: { childId: babies[i], facilityIds: [hotCentre], priorityClaims: claims[i % claims.length], admissionYear: 2026, idempotencyKey: `h${i}` } });
      return codeOf(r.errors, ['CONFLICT']);
    });
    progress(`  ${hotApplications.perSecond.toFixed(0)} applications/s on one list, p95 ${hotApplications.p95.toFixed(1)} ms, ${hotApplications.refused} refused`);

    progress(`contended bookings: ${RESERVATIONS} for ${HOT_SLOTS} slots × ${SEATS} seats (they fill), concurrency ${CONCURRENCY}`);
    const hotReservations = await load(RESERVATIONS, async (i) => {
      const r = await exec(tokens[i]!, reserve, { i: { slotId: hotSlots[i % HOT_SLOTS], childId: children[i], idempotencyKey: `hr${i}` } });
      return codeOf(r.errors, ['CONFLICT']);
    });
    progress(`  ${hotReservations.perSecond.toFixed(0)} bookings/s, ${hotReservations.refused} refused (full), ${hotReservations.failed} failed`);
    const over = await store.query<{ n: string }>(
      `select count(*) as n from apply.care_slot s where (select count(*) from apply.reservation r where r.slot_id = s.id and r.status = 'CONFIRMED') > s.seats`,
    );

    const check = await store.query<{ gaps: string }>(
      `select count(*) as gaps from (select facility_id, age_class, count(*) as n, max(position) as m, count(distinct position) as d from apply.application where status = 'WAITING' group by 1, 2) t where n <> m or n <> d`,
    );
    return { applications, reservations, hotApplications, hotReservations, gaps: Number(check.rows[0]!.gaps), overbooked: Number(over.rows[0]!.n), hotSeats: HOT_SLOTS * SEATS };
  } finally {
    await store.close();
    await withAdmin(url, (a) => a.query(`drop database if exists ${quoteIdent(name)} with (force)`));
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

/** `npm run bench -- apply`: ROUNDS rounds, each on a fresh database; figures are medians with min–max. */
export async function run(progress: (message: string) => void): Promise<string> {
  if (!process.env.DATABASE_URL) throw new Error('bench apply needs DATABASE_URL (PostgreSQL)');
  const rounds: Round[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    progress(`round ${r} of ${ROUNDS}`);
    rounds.push(await oneRound(progress));
  }
  const row = (label: string, pick: (r: Round) => Round['applications']) => {
    const of = (f: (x: Round['applications']) => number) => rounds.map((r) => f(pick(r)));
    return `| ${label} | ${fmt(of((x) => x.perSecond), 0)} | ${fmt(of((x) => x.p50), 1)} | ${fmt(of((x) => x.p95), 1)} | ${fmt(of((x) => (100 * x.refused) / x.total), 1)} % | ${of((x) => x.failed).reduce((a, b) => a + b, 0)} |`;
  };
  const apps = median(rounds.map((r) => r.applications.perSecond));
  return [
    `| Operation (PostgreSQL, concurrency ${CONCURRENCY}) | ops/s | p50 ms | p95 ms | refused (conflict rate) | failed |`,
    '|---|---:|---:|---:|---:|---:|',
    row(`applyForAdmission, spread (${APPLICATIONS} parents, 3 centres each of ${CENTRES})`, (r) => r.applications),
    row(`applyForAdmission, contended (${Math.min(HOT_APPLICATIONS, Math.max(APPLICATIONS, RESERVATIONS))} children, one centre, one age class: one list lock)`, (r) => r.hotApplications),
    row(`reserveCareSlot, spread (${RESERVATIONS} bookings, ${SLOTS} slots × ${SEATS} seats: none fills)`, (r) => r.reservations),
    row(`reserveCareSlot, contended (${RESERVATIONS} bookings for ${HOT_SLOTS} slots × ${SEATS} seats: they fill, the rest answer CONFLICT)`, (r) => r.hotReservations),
    '',
    `Contended bookings confirmed per round: ${rounds.map((r) => r.hotReservations.total - r.hotReservations.refused - r.hotReservations.failed).join(', ')} of ${rounds[0]!.hotSeats} seats; slots holding more bookings than seats: ${rounds.map((r) => r.overbooked).join(', ')} (must be 0). "Refused" is the share of calls answered with a typed CONFLICT (a full slot; on one list, none is expected: the list lock serialises them); "failed" is any other error.`,
    '',
    `Goal: ≥ 300 applications/s — ${apps >= 300 ? 'met' : 'NOT met'} (median ${apps.toFixed(0)}).`,
    '',
    `Workload: in-process apply subgraph (GraphQL execution of documents parsed once, as the server caches them; HS256 JWT verification; one transaction per call with idempotency key, audit and outbox rows, per-list advisory lock and repositioning); ` +
      `a fresh database per round, pg pool of ${POOL}, load from the same process. Median of ${ROUNDS} rounds (min–max). ` +
      `Waiting lists with a gap or duplicate after each round: ${rounds.map((r) => r.gaps).join(', ')}.`,
    `Machine: ${machine()}.`,
  ].join('\n');
}
