import { createServer, connect, type Server, type Socket } from 'node:net';
import { recordId } from '../common/record-id';
import { openStore } from '../store';
import { createTestStore, type TestStore } from '../store/testing';
import { upsertRecords } from '../store/catalog/upsert-records';
import { FIXTURES } from './testing/fixtures';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * The database going away and coming back (issue 21): requests answer 503
 * SERVICE_UNAVAILABLE (never a bare 500), /ready turns 503 within 2 s and
 * back to 200 within 2 s of the database returning, with no restart. The
 * outage is real: the hub talks to PostgreSQL through a TCP proxy the test
 * stops and starts. On the embedded default (PGlite, in-process) there is no
 * connection to lose; there /ready checks the same ping.
 */
const facility = (n: number) => `{ facility(id: "${recordId('FACILITY', 'fixture', `c${n}`)}") { id name } }`;

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms`);
}

if (process.env.DATABASE_URL) {
  describe('database outage (PostgreSQL through a proxy)', () => {
    let base: TestStore;
    let t: TestHub;
    let proxy: { server: Server; sockets: Set<Socket> } | null = null;
    let port = 0;
    const target = () => new URL(base.databaseUrl!);

    const startProxy = () =>
      new Promise<void>((resolve) => {
        const sockets = new Set<Socket>();
        const server = createServer((client) => {
          const upstream = connect(Number(target().port || 5432), target().hostname);
          sockets.add(client).add(upstream);
          client.pipe(upstream).pipe(client);
          const drop = () => (client.destroy(), upstream.destroy());
          client.on('error', drop).on('close', drop);
          upstream.on('error', drop).on('close', drop);
        });
        proxy = { server, sockets };
        server.listen(port, '127.0.0.1', () => {
          port = (server.address() as { port: number }).port;
          resolve();
        });
      });
    const stopProxy = () =>
      new Promise<void>((resolve) => {
        for (const s of proxy!.sockets) s.destroy();
        proxy!.server.close(() => resolve());
        proxy = null;
      });

    beforeAll(async () => {
      base = await createTestStore();
      await upsertRecords(base, FIXTURES);
      await startProxy();
      const url = target();
      url.host = `127.0.0.1:${port}`;
      const proxied = await openStore({ databaseUrl: url.toString(), migrate: false });
      t = await startTestHub({ store: { ...proxied, driver: proxied.driver, close: () => proxied.close() }, env: { RESPONSE_CACHE_ENTRIES: '0' } });
    }, 120_000);
    afterAll(async () => {
      await t?.close();
      if (proxy) await stopProxy();
      await base?.close();
    });

    test('503 SERVICE_UNAVAILABLE while it is gone, /ready follows within 2 s both ways, no restart', async () => {
      expect((await t.gql(facility(1))).body.data.facility).not.toBeNull();
      expect((await fetch(`${t.hub.url}/ready`)).status).toBe(200);

      await stopProxy();
      const down = await until(async () => (await fetch(`${t.hub.url}/ready`)).status === 503, 2_000);
      expect(down).toBeLessThan(2_000);
      const ready = (await (await fetch(`${t.hub.url}/ready`)).json()) as { status: string };
      expect(ready.status).toBe('database-unavailable');
      const failed = await t.gql(facility(2));
      expect(failed.status).toBe(503);
      expect(failed.body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(failed.body.errors![0].message).toMatch(/일시적으로/);
      // Nothing of the database's error (host, port, SQL) reaches the caller.
      expect(JSON.stringify(failed.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select /i);
      // The Open API answers its own envelope with result code 99.
      const rest = await fetch(`${t.hub.url}/openapi/v1/facilities?serviceKey=x&type=json`);
      expect(rest.status).toBe(503);
      expect(await rest.text()).toMatch(/"resultCode":\s*"99"/);

      await startProxy();
      const back = await until(async () => (await fetch(`${t.hub.url}/ready`)).status === 200, 2_000);
      expect(back).toBeLessThan(2_000);
      expect((await t.gql(facility(3))).body.data.facility).not.toBeNull();
    }, 60_000);
  });
} else {
  describe('database readiness (embedded PGlite)', () => {
    let t: TestHub;
    beforeAll(async () => {
      t = await startTestHub();
    }, 120_000);
    afterAll(() => t?.close());
    test('/ready pings the embedded database and answers ready', async () => {
      const res = await fetch(`${t.hub.url}/ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ready' });
    });
  });
}
