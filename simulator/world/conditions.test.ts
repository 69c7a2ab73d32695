import { startSimulator, type Simulator } from '../server';
import { supportConditions, trgterIndvdl } from './conditions';
import { worldAt } from './index';

const world = worldAt(42, 0);
const byTitle = (title: string) => world.policies.find((p) => p.title === title)!;

describe('portal conditions of simulated policies', () => {
  test('보조금24 JA flags from the policy\'s own words: ages in whole years, income bands, household flags; the rest null', () => {
    const single = supportConditions(byTitle('한부모가족 아동양육비 지원'));
    expect(single).toMatchObject({ JA0110: 0, JA0111: 17, JA0201: 'Y', JA0202: 'Y', JA0203: null, JA0403: 'Y', JA0411: null });
    expect(supportConditions(byTitle('아동수당'))).toMatchObject({ JA0110: 0, JA0111: 7, JA0403: null });
    expect(supportConditions(byTitle('육아휴직 급여'))).toMatchObject({ JA0326: 'Y', JA0317: 'Y' });
    expect(Object.values(supportConditions(byTitle('부모급여'))).every((v) => v === null)).toBe(true);
  });

  test('복지로 가구상황 names', () => {
    expect(trgterIndvdl(byTitle('한부모가족 아동양육비 지원'))).toBe('저소득, 한부모·조손');
    expect(trgterIndvdl(byTitle('장애아동 가족지원'))).toBe('장애인');
    expect(trgterIndvdl(byTitle('아동수당'))).toBe('');
  });
});

describe('the 보조금24 twin', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 42, only: ['gov24-subsidy-api'], latencyScale: 0, calm: true });
  });
  afterAll(async () => sim?.close());

  test('serves /supportConditions as the portal does (a row per service, a column per JA code) and joins the row onto serviceList', async () => {
    const base = sim.site('gov24-subsidy-api').baseUrl;
    const conditions = (await (await fetch(`${base}/api/gov24/v3/supportConditions?serviceKey=k&page=1&perPage=5`)).json()) as { data: Array<Record<string, unknown>>; totalCount: number };
    const list = (await (await fetch(`${base}/api/gov24/v3/serviceList?serviceKey=k&page=1&perPage=5`)).json()) as { data: Array<Record<string, unknown>> };
    expect(conditions.data).toHaveLength(5);
    expect(Object.keys(conditions.data[0]!)).toEqual(expect.arrayContaining(['서비스ID', '서비스명', 'JA0101', 'JA0110', 'JA0111', 'JA0403', 'JA0414']));
    for (const [i, row] of conditions.data.entries()) {
      const { 서비스ID, 서비스명, ...flags } = row;
      expect(list.data[i]!.서비스ID).toBe(서비스ID);
      expect(list.data[i]!.지원조건).toEqual(flags);
      for (const v of Object.values(flags)) expect(v === null || v === 'Y' || Number.isInteger(v)).toBe(true);
    }
  });
});
