import { crawlCli } from '../crawlers/cli';
import { startSimulator } from '../simulator/server';

// `npm run crawl`: the crawler CLI with the simulator wired in for its default `--target simulator`.
// The wiring lives here, not in crawlers/, so production crawler code never imports the simulator.
crawlCli(process.argv.slice(2), startSimulator).catch((error: Error) => {
  console.error(`수집 실패 / crawl failed: ${error.message}`);
  process.exit(1);
});
