import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startRegistrySimulator, type RegistrySimulator } from './registry/server';
import { Misreports } from './misreport';
import type { RequestLogEntry } from './request-log';
import { handle, MAX_TICK, type SiteState } from './site-handler';
import { SIM_SITES, type SimSiteInfo } from './site-list';
import { SITE_DEFS } from './sites';

export type { RequestLogEntry } from './request-log';
export { unit } from './unit';

export interface SimulatorOptions {
  /** Seed of the world; the same seed and tick always serve the same content. Default 42. */
  seed?: number;
  /** Starting tick. Default 0. */
  tick?: number;
  /** Bind address. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Site i listens on basePort + i; 0 (default) picks free ports. */
  basePort?: number;
  /** Only these site ids (default: all 30). */
  only?: readonly string[];
  /** Multiplies the simulated latency of slow sites (0 turns it off, e.g. for quick tests). Default 1. */
  latencyScale?: number;
  /** Turns off intermittent 500s and 429s (for benchmarks measuring throughput, not resilience). Default false. */
  calm?: boolean;
}

export interface SimulatedSite extends SimSiteInfo {
  baseUrl: string;
  port: number;
}

export interface Simulator {
  readonly seed: number;
  readonly tick: number;
  readonly sites: readonly SimulatedSite[];
  site(id: string): SimulatedSite;
  /** The simulated resident registry (주민정보 연계, issue 19) on the same clock. */
  readonly registry: Pick<RegistrySimulator, 'baseUrl'>;
  /** Moves every site to tick `n` (≥ 0). */
  setTick(n: number): void;
  /** Moves one tick forward and returns the new tick. */
  advance(): number;
  /** Makes a site answer 500 to every page (robots.txt included) until called again with false: a site broken for a whole crawl. */
  breakSite(siteId: string, broken: boolean): void;
  /**
   * Makes every site that publishes 어린이집 `code` publish these CSV columns (정원, 현원, 아동수-만0세 …) instead of
   * the world's, at every tick, until called again with null: a centre misreporting its figures (anomaly tests).
   */
  misreport(code: string, fields: Record<string, string> | null): void;
  /** Requests a site has answered (most recent last; bounded). */
  requests(siteId: string): readonly RequestLogEntry[];
  clearRequests(): void;
  close(): Promise<void>;
}

/** Starts the simulated legacy sites (all 33 unless `only`) on loopback. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 42;
  let tick = options.tick ?? 0;
  const host = options.host ?? '127.0.0.1';
  const latencyScale = options.latencyScale ?? 1;
  const infos = options.only ? SIM_SITES.filter((s) => options.only!.includes(s.id)) : SIM_SITES;
  if (options.only && infos.length !== options.only.length) {
    const unknown = options.only.filter((id) => !SIM_SITES.some((s) => s.id === id));
    throw new Error(`알 수 없는 사이트 / unknown simulated site: ${unknown.join(', ')}`);
  }
  const logs = new Map<string, RequestLogEntry[]>();
  const broken = new Set<string>();
  const misreports = new Misreports();
  const servers: Server[] = [];
  const sites: SimulatedSite[] = [];

  const setTick = (n: number): void => {
    if (!Number.isInteger(n) || n < 0 || n > MAX_TICK) throw new Error(`tick must be an integer 0…${MAX_TICK}`);
    tick = n;
  };

  try {
    for (const info of infos) {
      const def = SITE_DEFS[info.id];
      if (!def) throw new Error(`simulated site ${info.id} has no renderer`);
      const log: RequestLogEntry[] = [];
      logs.set(info.id, log);
      const state: SiteState = { rendered: new Map(), firstSeen: new Map(), window: [], baseUrl: '' };
      const server = createServer((req, res) => {
        handle(def, info, state, req, res, {
          seed,
          tick: () => tick,
          setTick,
          latencyScale,
          calm: options.calm ?? false,
          broken: () => broken.has(info.id),
          misreports,
          log,
        }).catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal simulator error');
        });
      });
      server.keepAliveTimeout = 5000;
      server.headersTimeout = 10_000;
      const index = SIM_SITES.indexOf(info);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.basePort ? options.basePort + index : 0, host, () => resolve());
      });
      servers.push(server);
      const { port } = server.address() as AddressInfo;
      state.baseUrl = `http://${host}:${port}`;
      sites.push({ ...info, baseUrl: state.baseUrl, port });
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    throw error;
  }
  const registry = await startRegistrySimulator({ seed, tick: () => tick, setTick, host });

  return {
    seed,
    get tick() {
      return tick;
    },
    sites,
    registry: { baseUrl: registry.baseUrl },
    site(id) {
      const site = sites.find((s) => s.id === id);
      if (!site) throw new Error(`site ${id} is not running`);
      return site;
    },
    setTick,
    breakSite(siteId, isBroken) {
      if (isBroken) broken.add(siteId);
      else broken.delete(siteId);
    },
    misreport(code, fields) {
      misreports.set(code, fields);
    },
    advance() {
      setTick(tick + 1);
      return tick;
    },
    requests(siteId) {
      return logs.get(siteId) ?? [];
    },
    clearRequests() {
      for (const log of logs.values()) log.length = 0;
    },
    async close() {
      await registry.close();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
