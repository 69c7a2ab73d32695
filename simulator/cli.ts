import { helpAndExitIfAsked } from '../common/cli-help';
import { startSimulator } from './server';

/**
 * `npm run simulator [-- --seed 42 --tick 0 --port 8100]`: serves the 31
 * legacy sites on loopback until interrupted. Move time with
 * `curl -X POST http://127.0.0.1:<any site port>/__sim/tick` (or `?to=N`).
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name}에는 0 이상의 정수가 필요합니다 / --${name} needs a non-negative integer`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  helpAndExitIfAsked(process.argv.slice(2), `
돌봄 허브 시뮬레이터 / legacy-site simulator: serves the simulated agency sites on loopback until Ctrl+C.

사용법 / usage: npm run simulator [-- --seed 42 --tick 0 --port 8100]
  --seed N   world seed (default 42)
  --tick N   start at tick N (default 0)
  --port N   first site's port; the others follow (default 8100)
Advance time: curl -X POST http://127.0.0.1:<site port>/__sim/tick   (or ?to=N)`);
  const seed = arg('seed', 42);
  const tick = arg('tick', 0);
  const basePort = arg('port', 8100);
  const started = Date.now();
  const sim = await startSimulator({ seed, tick, basePort });
  console.log(`돌봄 허브 시뮬레이터 / legacy-site simulator — seed ${seed}, tick ${sim.tick}, ${sim.sites.length} sites (${Date.now() - started} ms)\n`);
  console.log('| site | 이름 | URL | format | quirks |\n|---|---|---|---|---|');
  for (const s of sim.sites) console.log(`| ${s.id} | ${s.name} | ${s.baseUrl}/ | ${s.format} | ${s.quirks.join(', ')} |`);
  console.log(`\n주민정보 연계 (welfare registry): WELFARE_REGISTRY_URL=${sim.registry.baseUrl}`);
  console.log(`\n시간 이동 / advance time: curl -X POST ${sim.sites[0]!.baseUrl}/__sim/tick   (Ctrl+C to stop)`);
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`시뮬레이터를 시작하지 못했습니다 / simulator failed to start: ${error.message}`);
  process.exit(1);
});
