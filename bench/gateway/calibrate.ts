import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { CONNECTIONS } from './measure';
import { runLoad, waitFor } from './processes';

/**
 * The machine calibration printed beside every table, measured in the same
 * run: a bare Node HTTP server's RPS under the same load process and
 * connections (a tiny JSON body), and PostgreSQL's point-select TPS
 * (pgbench -S when installed, else parallel `select … where id = $1` from
 * Node). Tables from different days compare by their ratio to these.
 */
export const CALIBRATION_SECONDS = 5;
const PG_CLIENTS = 8;
const run = promisify(execFile);

export interface Calibration {
  bareNodeRps: number;
  pgTps: number;
  /** How pgTps was measured. */
  pgMethod: string;
}

const BARE = `require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"data":{"ok":true}}'); }); }).listen(Number(process.argv[1]), '127.0.0.1');`;

async function bareNode(port: number): Promise<number> {
  const child = spawn(process.execPath, ['-e', BARE, String(port)], { stdio: 'ignore' });
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const r = await runLoad(`http://127.0.0.1:${port}/`, CONNECTIONS, CALIBRATION_SECONDS, { bodies: ['{"query":"{ok}"}'], sequence: [0], check: null });
    return r.rps;
  } finally {
    child.kill('SIGTERM');
  }
}

async function pgbench(url: string): Promise<number | null> {
  try {
    await run('pgbench', ['-i', '-s', '1', '-q', url], { timeout: 60_000 });
    const { stdout } = await run('pgbench', ['-S', '-n', '-c', String(PG_CLIENTS), '-j', '2', '-T', String(CALIBRATION_SECONDS), url], { timeout: 60_000 });
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    return tps ? Number(tps) : null;
  } catch {
    return null;
  } finally {
    // Leave the bench database as it was: pgbench's tables are not part of the data.
    await run('pgbench', ['-i', '-I', 'd', url]).catch(() => undefined);
  }
}

/** PG_CLIENTS clients, each selecting one random catalog record by id in a loop. */
async function pointSelects(url: string, ids: string[]): Promise<number> {
  const deadline = Date.now() + CALIBRATION_SECONDS * 1000;
  let n = 0;
  await Promise.all(Array.from({ length: PG_CLIENTS }, async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      while (Date.now() < deadline) {
        await client.query('select 1 from catalog.record where id = $1', [ids[Math.floor(Math.random() * ids.length)]]);
        n++;
      }
    } finally {
      await client.end();
    }
  }));
  return n / CALIBRATION_SECONDS;
}

export async function calibrate(port: number, databaseUrl: string | undefined, ids: string[]): Promise<Calibration> {
  const bareNodeRps = await bareNode(port);
  if (!databaseUrl) return { bareNodeRps, pgTps: NaN, pgMethod: 'n/a (PGlite, no server)' };
  const tps = await pgbench(databaseUrl);
  if (tps !== null) return { bareNodeRps, pgTps: tps, pgMethod: `pgbench -S, ${PG_CLIENTS} clients, ${CALIBRATION_SECONDS} s` };
  return { bareNodeRps, pgTps: await pointSelects(databaseUrl, ids), pgMethod: `${PG_CLIENTS} Node clients, select 1 from catalog.record where id = $1 (random ids), ${CALIBRATION_SECONDS} s` };
}
