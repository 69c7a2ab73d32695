import { alwaysResident, G, openProgramme, recommendationInput, startWelfareHub, type WelfareHub } from './testing';
import { purgeExpired } from './retention';

/** After the retention period, nothing of a recommendation identifies the person; counts survive. */
let hub: WelfareHub;
beforeAll(async () => {
  hub = await startWelfareHub();
});
afterAll(async () => hub?.close());

test('a programme confirmed longer ago than the retention period loses names, birth dates, reasons and hashes; a recent one keeps them', async () => {
  const old = await openProgramme(hub, { name: '오래된 사업' });
  const recent = await openProgramme(hub, { name: '최근 사업' });
  const [a, b] = alwaysResident(hub.people).filter((p) => [...p.name].length === 3).slice(0, 2);
  const ra = await hub.call('agencyA', G.recommend, { input: recommendationInput(old, a!) });
  await hub.call('agencyA', G.recommend, { input: recommendationInput(recent, b!) });
  for (const id of [old, recent]) {
    await hub.call('district', G.close, { id });
    const { rows } = await hub.store.query<{ id: string }>(`select id from welfare.recommendation where programme_id = $1`, [id]);
    await hub.call('district', G.decide, { ids: rows.map((r) => r.id), d: 'INCLUDE', r: '적격' });
    expect((await hub.call('district', G.confirm, { id, r: '확정' })).errors).toBeUndefined();
  }
  await hub.store.query(`update welfare.programme set confirmed_at = now() - interval '400 days' where id = $1`, [old]);
  const before = (await hub.call('district', `{ welfareStatistics { totals { recommendations finalList } } }`)).data.welfareStatistics.totals;

  expect(await purgeExpired(hub.store, 365)).toBe(1);
  expect(await purgeExpired(hub.store, 365)).toBe(0);

  const { rows } = await hub.store.query<any>(`select *, birth_date::text as bd from welfare.recommendation where programme_id = any($1::text[]) order by programme_id = $2 desc`, [[old, recent], old]);
  const [purged, kept] = rows;
  const chars = [...a!.name];
  expect(purged).toMatchObject({ person_name: `${chars[0]}*${chars[2]}`, bd: `${a!.birthDate.slice(0, 4)}-01-01`, registry_ref: 'purged', identity_hash: `purged:${ra.data.recommendWelfare.recommendation.id}` });
  expect(purged.reason).toContain('파기');
  expect(purged.purged_at).not.toBeNull();
  expect(kept).toMatchObject({ person_name: b!.name, purged_at: null });
  expect((await hub.call('district', `{ welfareStatistics { totals { recommendations finalList } } }`)).data.welfareStatistics.totals).toEqual(before);
  const audit = await hub.store.query<{ after: any }>(`select after from welfare.audit_log where action = 'PURGE_EXPIRED'`);
  expect(audit.rows.map((r) => (typeof r.after === 'string' ? JSON.parse(r.after) : r.after))).toEqual([{ purged: 1, retentionDays: 365 }]);
});
