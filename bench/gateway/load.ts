import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { checkAnswer, type LoadPlan } from './check';

/**
 * The load generator, run as its own process so it never competes with the
 * server for the same event loop. Args: url connections seconds @file, the
 * file holding a LoadPlan: distinct bodies, the sequence they are sent in,
 * and the shape every answer must have. Every response body is parsed: a
 * non-2xx status, a GraphQL `errors` entry or data of the wrong shape counts
 * as an error. Prints the result as one JSON line.
 */
export async function load(url: string, connections: number, seconds: number, plan: LoadPlan): Promise<Record<string, unknown>> {
  let next = 0;
  const times: number[] = [];
  let wrong = 0;
  let sample: string | null = null;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        // Each request takes the next body of the pre-generated sequence.
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: plan.bodies[plan.sequence[next++ % plan.sequence.length]!] }),
        onResponse: (status: number, text: string) => {
          if (status < 200 || status > 299) return; // autocannon counts these (non2xx)
          const problem = checkAnswer(text, plan.check);
          if (problem) {
            wrong++;
            sample ??= problem;
          }
        },
      },
    ],
  });
  // autocannon reports no p95: keep every response time (bounded by the run length).
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (times.length < 5_000_000) times.push(ms);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  const latency = { p50: at(50), p95: at(95), p99: at(99) };
  return { rps: result.requests.average, latency, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, wrong, sample, total: result.requests.total };
}

type Job = { id: number; url: string; connections: number; seconds: number; planFile: string };
const readPlan = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as LoadPlan;

if (require.main === module) {
  if (process.send) {
    // A long-lived worker (processes.ts): one job at a time over IPC, so no run pays for a process start.
    process.on('message', (job: Job) => {
      load(job.url, job.connections, job.seconds, readPlan(job.planFile)).then(
        (result) => process.send!({ id: job.id, result }),
        (error: Error) => process.send!({ id: job.id, error: error.message }),
      );
    });
  } else {
    const [url, connections, seconds, planFile] = process.argv.slice(2);
    load(url!, Number(connections), Number(seconds), readPlan(planFile!.replace(/^@/, ''))).then(
      (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
      (error: Error) => {
        console.error(error.message);
        process.exit(1);
      },
    );
  }
}
