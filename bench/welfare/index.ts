import { graphql } from 'graphql';
import { tokenFor } from '../../common/auth/testing';
import { loadConfig } from '../../common/config';
import { kstDate } from '../../common/kst';
import { registryPeople } from '../../simulator/registry/people';
import { startRegistrySimulator } from '../../simulator/registry/server';
import { rng } from '../../simulator/world/random';
import { openStore, type Store } from '../../store';
import { openPgStore } from '../../store/pg-driver';
import { createDatabaseSql, quoteIdent, withAdmin, withDatabase } from '../../store/testing/pg-admin';
import { createSubgraph } from '../../subgraphs/welfare/server';
import { machine, percentile } from '../machine';

/**
 * `npm run bench -- welfare`: 10,000 recommendations over 50 programmes
 * (issue 19), each registered with all its checks — the registry lookup over
 * HTTP on loopback (simulated 주민정보 연계), duplicate, concentration
 * against 20 confirmed earlier lists, household limit — then the statistics
 * query. The welfare subgraph runs in-process (GraphQL execution, token
 * verification and resolvers included; no gateway HTTP hop). PostgreSQL when
 * DATABASE_URL is set (the goal is measured there), PGlite otherwise.
 */
const PROGRAMMES = 50;
const CONFIRMED = 20;
const RECOMMENDATIONS = 10_000;
const FIRST_PHASE = 4_000;
const POPULATION = 12_000;
const STATS_CALLS = 200;
const RESOURCES = ['김치', '쌀', '현금성 상품권', '난방유', '명절 위문품'];
const SPONSORS = ['새마을부녀회', '성동구 사회복지협의회', '○○기업 사회공헌팀', '성동구청', '지역 종교단체'];
const ORGS = [
  { role: 'WELFARE_AGENCY', organisation: { id: 'agency-seongdong-bokjigwan', kind: 'WELFARE_AGENCY' } },
  { role: 'WELFARE_AGENCY', organisation: { id: 'agency-haengdang-bokjigwan', kind: 'WELFARE_AGENCY' } },
  { role: 'WELFARE_AGENCY', organisation: { id: 'agency-geumho-bokjigwan', kind: 'WELFARE_AGENCY' } },
  { role: 'DISTRICT_OFFICER', organisation: { id: 'seongdong-welfare-policy', kind: 'DISTRICT' } },
] as const;

const RECOMMEND = `mutation($input: WelfareRecommendationInput!) { recommendWelfare(input: $input) { outcome checks { messages { code } } } }`;
const STATS = `query($filter: WelfareStatisticsFilter) { welfareStatistics(filter: $filter) {
  totals { recommendations clean duplicatesFlagged ineligibleBlocked concentrationWarnings finalList }
  byProgramme { key counts { recommendations } } byDong { key counts { recommendations } } bySponsor { key counts { recommendations } }
  byOrganisation { key counts { recommendations } } byResourceType { key counts { recommendations } } byMonth { key counts { recommendations } }
  byRecipient { recommendationsPerPerson people } } }`;

async function measure(store: Store, driver: string, progress: (m: string) => void): Promise<string> {
  const registry = await startRegistrySimulator({ seed: 11, size: POPULATION });
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent', WELFARE_HMAC_KEY: 'bench-only-welfare-hmac-key-0123456789', WELFARE_REGISTRY_URL: registry.baseUrl });
    const subgraph = createSubgraph({ store, config });
    const headers = await Promise.all(ORGS.map(async (o, i) => ({ authorization: `Bearer ${await tokenFor(store, { sub: `bench-${i}`, role: o.role, organisation: o.organisation })}` })));
    const district = headers[3]!;
    const exec = async (h: Record<string, string>, source: string, variableValues?: Record<string, unknown>) => {
      const r = await graphql({ schema: subgraph.schema, source, variableValues, contextValue: subgraph.createContext({ headers: h }) });
      if (r.errors) throw new Error(r.errors[0]!.message);
      return r.data as any;
    };
    const today = Date.now();
    const programmeIds: string[] = [];
    for (let i = 0; i < PROGRAMMES; i++) {
      const input = {
        name: `벤치 사업 ${i + 1}`, resourceType: RESOURCES[i % RESOURCES.length], sponsor: SPONSORS[i % SPONSORS.length], quantity: 1000, unit: '개',
        recommendFrom: kstDate(new Date(today - 86_400_000)), recommendUntil: kstDate(new Date(today + 30 * 86_400_000)), concentrationMonths: 12, householdLimit: 10,
      };
      const id = (await exec(district, `mutation($input: WelfareProgrammeInput!) { createWelfareProgramme(input: $input) { id } }`, { input })).createWelfareProgramme.id;
      await exec(district, `mutation($id: ID!) { openWelfareProgramme(id: $id) { id } }`, { id });
      programmeIds.push(id);
    }
    const people = registryPeople(11, POPULATION);
    const random = rng('welfare-bench', 1);
    const done: [number, number][] = [];
    const times: number[] = [];
    const outcomes: Record<string, number> = {};
    const register = async (n: number, programmes: readonly number[]) => {
      // 5% are a second organisation recommending someone already recommended (the duplicate path).
      const again = done.length > 0 && random() < 0.05 ? done[Math.floor(random() * done.length)]! : null;
      const [programme, person] = again ?? [programmes[Math.floor(random() * programmes.length)]!, Math.floor(random() * people.length)];
      const p = people[person]!;
      const input = { programmeId: programmeIds[programme], name: p.name, birthDate: p.birthDate, identityKind: 'RESIDENT_REGISTRATION_NUMBER', identityKey: p.identityKey, householdKey: p.householdKey, dong: p.dong, reason: '벤치마크 추천' };
      const started = performance.now();
      const r = await exec(headers[n % 3]!, RECOMMEND, { input });
      times.push(performance.now() - started);
      outcomes[r.recommendWelfare.outcome] = (outcomes[r.recommendWelfare.outcome] ?? 0) + 1;
      if (r.recommendWelfare.checks.messages.some((m: { code: string }) => m.code === 'CONCENTRATION')) outcomes.CONCENTRATION = (outcomes.CONCENTRATION ?? 0) + 1;
      if (r.recommendWelfare.outcome === 'SAVED') done.push([programme, person]);
    };
    const first = Array.from({ length: CONFIRMED }, (_v, i) => i);
    for (let n = 0; n < FIRST_PHASE; n++) {
      await register(n, first);
      if (n % 1000 === 999) progress(`${driver}: ${n + 1} registered`);
    }
    // The first 20 programmes are re-screened and confirmed: the later registrations check concentration against their lists.
    for (const i of first) {
      const id = programmeIds[i];
      await exec(district, `mutation($id: ID!) { closeWelfareProgramme(id: $id) { id } }`, { id });
      await exec(district, `mutation($id: ID!) { recheckWelfareRegistry(programmeId: $id) { checked } }`, { id });
      const { rows } = await store.query<{ id: string }>(`select id from welfare.recommendation where programme_id = $1 and duplicate_of is null and registry_status = 'RESIDENT'`, [id]);
      const { rows: out } = await store.query<{ id: string }>(`select id from welfare.recommendation where programme_id = $1 and duplicate_of is null and registry_status <> 'RESIDENT'`, [id]);
      if (rows.length) await exec(district, `mutation($ids: [ID!]!) { decideWelfareRecommendations(ids: $ids, decision: INCLUDE, reason: "적격") { id } }`, { ids: rows.map((r) => r.id) });
      if (out.length) await exec(district, `mutation($ids: [ID!]!) { decideWelfareRecommendations(ids: $ids, decision: EXCLUDE, reason: "부적격") { id } }`, { ids: out.map((r) => r.id) });
      await exec(district, `mutation($id: ID!) { confirmWelfareList(programmeId: $id, reason: "확정") { id } }`, { id });
    }
    progress(`${driver}: ${CONFIRMED} lists confirmed`);
    const firstTimes = times.length;
    const rest = Array.from({ length: PROGRAMMES - CONFIRMED }, (_v, i) => CONFIRMED + i);
    done.length = 0;
    for (let n = FIRST_PHASE; n < RECOMMENDATIONS; n++) {
      await register(n, rest);
      if (n % 1000 === 999) progress(`${driver}: ${n + 1} registered`);
    }
    const later = times.slice(firstTimes).sort((a, b) => a - b);
    const all = [...times].sort((a, b) => a - b);
    const stats: number[] = [];
    const statsOne: number[] = [];
    for (let i = 0; i < STATS_CALLS; i++) {
      let started = performance.now();
      await exec(headers[0]!, STATS);
      stats.push(performance.now() - started);
      started = performance.now();
      await exec(headers[0]!, STATS, { filter: { programmeId: programmeIds[i % PROGRAMMES] } });
      statsOne.push(performance.now() - started);
    }
    stats.sort((a, b) => a - b);
    statsOne.sort((a, b) => a - b);
    const { rows } = await store.query<{ n: number }>(`select count(*)::int as n from welfare.recommendation`);
    const row = (label: string, xs: number[], goal: string) =>
      `| ${label} | ${xs.length.toLocaleString('en')} | ${percentile(xs, 50).toFixed(2)} | ${percentile(xs, 95).toFixed(2)} | ${percentile(xs, 99).toFixed(2)} | ${goal} |`;
    return [
      `**${driver}** — ${rows[0]!.n.toLocaleString('en')} recommendations saved; outcomes: ${Object.entries(outcomes).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`,
      '',
      '| operation | calls | p50 ms | p95 ms | p99 ms | goal (p95) |',
      '|---|---:|---:|---:|---:|---|',
      row('registration, all checks (all 10,000)', all, '≤ 50 ms'),
      row('registration after 20 confirmed lists (concentration live)', later, '≤ 50 ms'),
      row('statistics, all programmes', stats, '≤ 100 ms'),
      row('statistics, one programme', statsOne, '≤ 100 ms'),
    ].join('\n');
  } finally {
    await registry.close();
  }
}

export async function run(progress: (message: string) => void): Promise<string> {
  const url = process.env.DATABASE_URL;
  let table: string;
  if (url) {
    const name = `dolbom_bench_welfare_${process.pid}`;
    await withAdmin(url, (admin) => admin.query(createDatabaseSql(name)));
    const pg = await openPgStore({ connectionString: withDatabase(url, name), max: 4 });
    try {
      const { migrate } = await import('../../store');
      await migrate(pg);
      table = await measure(pg, 'PostgreSQL', progress);
    } finally {
      await pg.close();
      await withAdmin(url, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`));
    }
  } else {
    const lite = await openStore({});
    try {
      table = await measure(lite, 'PGlite (set DATABASE_URL for the PostgreSQL goal)', progress);
    } finally {
      await lite.close();
    }
  }
  return [
    `Welfare pre-screening: ${RECOMMENDATIONS.toLocaleString('en')} recommendations over ${PROGRAMMES} programmes by 3 agencies (5% repeat an earlier person: duplicates), a simulated registry of ${POPULATION.toLocaleString('en')} people on loopback (about 6% deceased or moved out: blocked).`,
    `Each registration runs every check in the in-process welfare subgraph (token, registry lookup over HTTP, duplicate, concentration, household limit, one transaction with its audit row), one at a time. After the first ${FIRST_PHASE.toLocaleString('en')}, ${CONFIRMED} programmes are re-screened and confirmed, so the last ${(RECOMMENDATIONS - FIRST_PHASE).toLocaleString('en')} check concentration against real lists. Statistics: ${STATS_CALLS} calls each over all rows.`,
    '',
    table,
    '',
    `Machine: ${machine()}.`,
  ].join('\n');
}
