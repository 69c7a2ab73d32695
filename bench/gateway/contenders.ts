import { SUBGRAPHS } from '../../subgraphs/list';
import type { BenchData } from './data';
import { startBin, startTs, waitFor, type Proc } from './processes';

/**
 * Every process the bench starts, and how each is configured (the tables
 * list these settings). The subgraph processes run with every cache knob of
 * common/config.ts off (SEARCH_CACHE_ENTRIES=0; RESPONSE_CACHE_ENTRIES is
 * the gateway's), so a gateway's figure is its own work plus the subgraphs'
 * real work, never a remembered answer.
 */
export const SUBGRAPH_BASE_PORT = 4010; // the supergraph's subgraph URLs (schema/compose.ts)
const PORTS = { distributed: 4301, hiveRust: 4302, hiveJs: 4303, hiveCache: 4304, single: 4305, singleNoCache: 4306, bare: 4307 };
export const BARE_PORT = PORTS.bare;

const BASE_ENV = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', CRAWL_SCHEDULE: 'false', NODE_ENV: 'production' };
export const CACHES_OFF = { RESPONSE_CACHE_ENTRIES: '0', SEARCH_CACHE_ENTRIES: '0' };

export interface Contender {
  name: string;
  /** Its configuration, for the table notes. */
  config: string;
  port: number;
  start(): Proc;
  ready: string;
}

export const subgraphUrl = (name: string) => `http://127.0.0.1:${SUBGRAPH_BASE_PORT + SUBGRAPHS.find((s) => s.name === name)!.port}/graphql`;

export async function startSubgraphs(data: BenchData): Promise<Proc[]> {
  const procs = SUBGRAPHS.map((s) => startTs(`subgraph ${s.name}`, 'subgraphs/main.ts', [s.name], { ...BASE_ENV, ...CACHES_OFF, ...data.env(`sg-${s.name}`), PORT: String(SUBGRAPH_BASE_PORT + s.port) }));
  await Promise.all(SUBGRAPHS.map((s) => waitFor(`http://127.0.0.1:${SUBGRAPH_BASE_PORT + s.port}/health`)));
  return procs;
}

const SUBGRAPH_URLS = SUBGRAPHS.map((s) => `${s.name}=${subgraphUrl(s.name)}`).join(',');
const HIVE_ARGS = (port: number) => ['supergraph', 'schema/supergraph.graphql', '--port', String(port), '--host', '127.0.0.1', '--disable-websockets', '--fork', '1'];
const HIVE_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'error' };

/** Whether @graphql-hive/router-runtime (Hive's Rust query planner) loads on this Node. */
export function rustPlannerLoads(): string | null {
  try {
    require('@graphql-hive/router-runtime');
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

export const ours = {
  distributed: (): Contender => ({
    name: 'ours, distributed',
    config: 'HUB_MODE=distributed, SUBGRAPH_URLS = the subgraph processes, NODE_ENV=production, no response cache (it has none in distributed mode); its reference cache on (the default REFERENCE_CACHE_ENTRIES=100000: which type each record id is, as the catalog answered, dropped by the change feed — reads by id skip the catalog hop; no field value is kept)',
    port: PORTS.distributed,
    ready: '/ready',
    start: () => startTs('ours distributed', 'gateway/main.ts', [], { ...BASE_ENV, ...CACHES_OFF, PORT: String(PORTS.distributed), HUB_MODE: 'distributed', SUBGRAPH_URLS }),
  }),
  single: (data: BenchData): Contender => ({
    name: 'ours, single process (defaults: response cache on)',
    config: 'HUB_MODE=single, subgraphs in-process, defaults: RESPONSE_CACHE_ENTRIES=1000, SEARCH_CACHE_ENTRIES=500',
    port: PORTS.single,
    ready: '/ready',
    start: () => startTs('ours single', 'gateway/main.ts', [], { ...BASE_ENV, ...data.env('single'), PORT: String(PORTS.single), HUB_MODE: 'single' }),
  }),
  singleNoCache: (data: BenchData): Contender => ({
    name: 'ours, single process, caches off',
    config: 'HUB_MODE=single, subgraphs in-process, RESPONSE_CACHE_ENTRIES=0, SEARCH_CACHE_ENTRIES=0',
    port: PORTS.singleNoCache,
    ready: '/ready',
    start: () => startTs('ours single no cache', 'gateway/main.ts', [], { ...BASE_ENV, ...CACHES_OFF, ...data.env('single-nocache'), PORT: String(PORTS.singleNoCache), HUB_MODE: 'single' }),
  }),
};

export const hive = {
  rust: (): Contender => ({
    name: 'Hive Gateway 2.15, Rust planner',
    config: 'hive-gateway supergraph --hive-router-runtime (@graphql-hive/router-runtime 1.4), NODE_ENV=production, logging off, 1 process (--fork 1), no response cache',
    port: PORTS.hiveRust,
    ready: '/healthcheck',
    start: () => startBin('hive gateway rust', 'hive-gateway', [...HIVE_ARGS(PORTS.hiveRust), '--hive-router-runtime', '-c', 'bench/gateway/hive.config.ts'], HIVE_ENV),
  }),
  js: (): Contender => ({
    name: 'Hive Gateway 2.15, JS planner',
    config: 'hive-gateway supergraph (default stitching runtime), NODE_ENV=production, logging off, 1 process (--fork 1), no response cache',
    port: PORTS.hiveJs,
    ready: '/healthcheck',
    start: () => startBin('hive gateway js', 'hive-gateway', [...HIVE_ARGS(PORTS.hiveJs), '-c', 'bench/gateway/hive.config.ts'], HIVE_ENV),
  }),
  cache: (rust: boolean): Contender => ({
    name: `Hive Gateway 2.15 + response cache${rust ? ', Rust planner' : ''}`,
    config: `as above${rust ? ' (Rust planner)' : ''} plus responseCaching (useResponseCache, session: null, no TTL) over an in-memory LRU of 100,000 keys (the default 1,000 holds ~50 answers): bench/gateway/hive-cache.config.ts`,
    port: PORTS.hiveCache,
    ready: '/healthcheck',
    start: () => startBin('hive gateway cache', 'hive-gateway', [...HIVE_ARGS(PORTS.hiveCache), ...(rust ? ['--hive-router-runtime'] : []), '-c', 'bench/gateway/hive-cache.config.ts'], HIVE_ENV),
  }),
};

export interface Running {
  contender: Contender;
  proc: Proc;
  url: string;
}

/** Starts contenders together (they then take turns under load). */
export async function startAll(contenders: Contender[]): Promise<Running[]> {
  const running = contenders.map((c) => ({ contender: c, proc: c.start(), url: `http://127.0.0.1:${c.port}/graphql` }));
  try {
    await Promise.all(running.map((r) => waitFor(`http://127.0.0.1:${r.contender.port}${r.contender.ready}`)));
  } catch (error) {
    await Promise.all(running.map((r) => r.proc.stop()));
    throw error;
  }
  return running;
}
