import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

/**
 * `npm run test:durations -- <report.json>`: rewrites jest.durations.json
 * (the order jest.sequencer.js starts files in on a fresh clone) from the
 * report of `npm test -- --json --outputFile=<report.json>`.
 */
const HELP = `사용법 / usage: npm run test:durations -- <jest --json report>

  jest의 --json 보고서에서 파일별 실행 시간을 읽어 jest.durations.json을 다시 씁니다.
  Reads each test file's duration from a jest --json report and rewrites jest.durations.json,
  the estimates jest.sequencer.js orders a fresh clone's first run by (slowest first).

  예 / example:
    npm test -- --json --outputFile=/tmp/report.json
    npm run test:durations -- /tmp/report.json
`;

const ROOT = join(__dirname, '..');
const Report = z.object({
  testResults: z.array(z.object({ name: z.string(), startTime: z.number(), endTime: z.number() })).max(10_000),
});

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    process.stdout.write(HELP);
    return args.length === 1 ? 0 : 2;
  }
  let report: z.infer<typeof Report>;
  try {
    report = Report.parse(JSON.parse(readFileSync(args[0]!, 'utf8')));
  } catch (error) {
    process.stderr.write(`보고서를 읽을 수 없습니다 / cannot read the report ${args[0]}: ${(error as Error).message.slice(0, 300)}\n`);
    return 1;
  }
  const seconds: Record<string, number> = {};
  for (const r of [...report.testResults].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    seconds[relative(ROOT, r.name).split('\\').join('/')] = Math.max(0.1, Math.round((r.endTime - r.startTime) / 100) / 10);
  }
  const file = { about: 'Seconds per test file on PGlite, 2 cores; jest.sequencer.js starts the slowest first. Regenerate: npm run test:durations -- <report.json>', seconds };
  writeFileSync(join(ROOT, 'jest.durations.json'), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`${Object.keys(seconds).length} files written to jest.durations.json\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
