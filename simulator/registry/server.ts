import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registryIndex, type RegistryAnswer } from './people';

/**
 * The simulated resident registry service (주민정보 연계) on loopback:
 *   POST /registry/v1/lookup  {"identityKey": "…"}  → RegistryAnswer
 *   POST /registry/v1/status  {"refs": ["…", …]}    → {"answers": RegistryAnswer[]} (same order, ≤ 1000)
 *   POST /__sim/tick[?to=N]                          → {"tick": n}
 * It never logs a request body: lookups carry resident registration numbers.
 */
export interface RegistrySimulator {
  readonly baseUrl: string;
  readonly tick: number;
  setTick(n: number): void;
  close(): Promise<void>;
}

export interface RegistrySimulatorOptions {
  seed?: number;
  /** The simulator's clock, when it shares one with the legacy sites; otherwise its own, from `tick`. */
  tick?: number | (() => number);
  setTick?: (n: number) => void;
  /** Population size (default 3000). */
  size?: number;
  host?: string;
  port?: number;
}

const MAX_BODY = 256 * 1024;
const MAX_REFS = 1000;

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const send = (res: ServerResponse, status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));

export async function startRegistrySimulator(options: RegistrySimulatorOptions = {}): Promise<RegistrySimulator> {
  const index = registryIndex(options.seed ?? 42, options.size);
  let own = typeof options.tick === 'number' ? options.tick : 0;
  const tick = typeof options.tick === 'function' ? options.tick : () => own;
  const setTick =
    options.setTick ??
    ((n: number) => {
      if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new Error('tick must be an integer 0…10000');
      own = n;
    });
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://registry');
      if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
      if (url.pathname === '/__sim/tick') {
        const to = url.searchParams.get('to');
        setTick(to === null ? tick() + 1 : Number(to));
        return send(res, 200, { tick: tick() });
      }
      const input = (await body(req)) as { identityKey?: unknown; refs?: unknown };
      if (url.pathname === '/registry/v1/lookup' && typeof input.identityKey === 'string') return send(res, 200, index.lookup(input.identityKey, tick()));
      if (url.pathname === '/registry/v1/status' && Array.isArray(input.refs) && input.refs.length <= MAX_REFS) {
        const answers: RegistryAnswer[] = input.refs.map((r) => index.byRef(String(r), tick()));
        return send(res, 200, { answers });
      }
      return send(res, 400, { error: 'bad request' });
    })().catch(() => send(res, 400, { error: 'bad request' }));
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${options.host ?? '127.0.0.1'}:${port}`,
    get tick() {
      return tick();
    },
    setTick,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
