import { SUBGRAPHS } from '../../subgraphs/list';
import { prepareData } from './data';
import { measure, type Measured } from './measure';
import { startBin, startTs, waitFor, type Proc } from './processes';
import { table, type WorkloadResult } from './table';
import { searchHits, workloads } from './workloads';

/**
 * `npm run bench -- gateway`: the same supergraph and the same running
 * subgraphs served by (a) our gateway in one process, (b) our gateway over
 * HTTP to the subgraph processes, (c) Hive Gateway from the same
 * schema/supergraph.graphql, and (d) for each workload, the subgraph parts
 * its plan sends, alone: the busiest of them is the workload's peer. Load
 * comes from a second process; warm-up is excluded; each figure is the
 * median of 3 runs.
 */
/** Ports of the supergraph's subgraph URLs (schema/compose.ts) and of the contenders. */
const SUBGRAPH_BASE_PORT = 4010;
const PORTS = { single: 4300, distributed: 4301, hive: 4302, singleNoCache: 4303 };

export async function run(progress: (m: string) => void = () => undefined): Promise<string> {
  const started = performance.now();
  progress('preparing data…');
  const data = await prepareData();
  const procs: Proc[] = [];
  try {
    const env = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false' };
    const subgraphUrls: string[] = [];
    for (const s of SUBGRAPHS) {
      const port = SUBGRAPH_BASE_PORT + s.port;
      procs.push(startTs(`subgraph ${s.name}`, 'subgraphs/main.ts', [s.name], { ...env, ...data.env(`sg-${s.name}`), PORT: String(port) }));
      subgraphUrls.push(`${s.name}=http://127.0.0.1:${port}/graphql`);
    }
    await Promise.all(SUBGRAPHS.map((s) => waitFor(`http://127.0.0.1:${SUBGRAPH_BASE_PORT + s.port}/health`)));

    let mix: ReturnType<typeof workloads> | null = null;
    const results: WorkloadResult[] = [];
    // Each contender is started once and serves every workload in turn.
    const contenders: { name: string; port: number; start: () => Proc; ready: string }[] = [
      { name: 'ours, single process', port: PORTS.single, ready: '/ready', start: () => startTs('ours single', 'gateway/main.ts', [], { ...env, ...data.env('single'), PORT: String(PORTS.single), HUB_MODE: 'single' }) },
      { name: 'ours, single process, response cache off', port: PORTS.singleNoCache, ready: '/ready', start: () => startTs('ours single no cache', 'gateway/main.ts', [], { ...env, ...data.env('single-nocache'), PORT: String(PORTS.singleNoCache), HUB_MODE: 'single', RESPONSE_CACHE_ENTRIES: '0' }) },
      { name: 'ours, distributed', port: PORTS.distributed, ready: '/ready', start: () => startTs('ours distributed', 'gateway/main.ts', [], { ...env, PORT: String(PORTS.distributed), HUB_MODE: 'distributed', SUBGRAPH_URLS: subgraphUrls.join(',') }) },
      { name: 'Hive Gateway 2.15', port: PORTS.hive, ready: '/healthcheck', start: () => startBin('hive gateway', 'hive-gateway', ['supergraph', 'schema/supergraph.graphql', '--port', String(PORTS.hive), '--host', '127.0.0.1', '--disable-websockets'], { LOG_LEVEL: 'error' }) },
    ];
    for (const contender of contenders) {
      progress(`contender: ${contender.name}`);
      const proc = contender.start();
      try {
        const url = `http://127.0.0.1:${contender.port}/graphql`;
        await waitFor(`http://127.0.0.1:${contender.port}${contender.ready}`);
        // The search part's entity representations are the hits a gateway really resolves.
        mix ??= workloads(data.facilityIds, await searchHits(url));
        for (const [i, workload] of mix.entries()) {
          results[i] ??= { workload: workload.name, rows: [], alone: [] };
          results[i]!.rows.push(await measure(contender.name, url, workload.bodies, proc, (m) => progress(`${m} (${workload.name})`)));
        }
      } finally {
        await proc.stop();
      }
    }

    // Each part of each plan alone, against the same subgraph process the gateways used.
    for (const [i, workload] of mix!.entries()) {
      for (const part of workload.parts) {
        const entry = SUBGRAPHS.find((s) => s.name === part.subgraph)!;
        const proc = procs.find((p) => p.name === `subgraph ${part.subgraph}`) ?? null;
        const alone: Measured = await measure(`${part.subgraph} subgraph alone: ${part.label}`, `http://127.0.0.1:${SUBGRAPH_BASE_PORT + entry.port}/graphql`, part.bodies, proc, progress);
        results[i]!.alone.push(alone);
      }
    }
    return table(results, { driver: data.driver, subgraphs: SUBGRAPHS.map((s) => s.name), seconds: (performance.now() - started) / 1000 });
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await data.cleanup();
  }
}
