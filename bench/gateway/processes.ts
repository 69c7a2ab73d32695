import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadPlan } from './check';

export const ROOT = join(__dirname, '..', '..');

export interface Proc {
  name: string;
  child: ChildProcess;
  /** Peak resident memory (VmHWM) in MB, read from /proc while it runs. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point as `npm start` does (Node with tsx's CommonJS hook), so the pid is the server's own. */
export function startTs(name: string, script: string, args: string[], env: Record<string, string>): Proc {
  return track(name, spawn(process.execPath, ['-r', 'tsx/cjs', script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] }));
}

export function startBin(name: string, bin: string, args: string[], env: Record<string, string>): Proc {
  return track(name, spawn(join(ROOT, 'node_modules', '.bin', bin), args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] }));
}

function track(name: string, child: ChildProcess): Proc {
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  child.on('exit', (code, signal) => {
    if (code && !signal) console.error(`${name} exited ${code}: ${stderr}`);
  });
  return {
    name,
    child,
    peakRssMb() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
        return kb / 1024;
      } catch {
        return NaN;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export async function waitFor(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

let worker: { child: ChildProcess; pending: Map<number, (m: { result?: LoadResult; error?: string }) => void>; next: number } | null = null;

/** The load generator's process, started once and reused by every run (see load.ts). */
function loadWorker(): NonNullable<typeof worker> {
  if (worker) return worker;
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'load.ts')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const w = { child, pending: new Map<number, (m: { result?: LoadResult; error?: string }) => void>(), next: 0 };
  child.on('message', (m: { id: number; result?: LoadResult; error?: string }) => {
    w.pending.get(m.id)?.(m);
    w.pending.delete(m.id);
    // Idle, the worker keeps no caller alive (other benches never call stopLoadWorker).
    if (w.pending.size === 0) child.channel?.unref();
  });
  child.unref();
  child.on('exit', () => {
    for (const settle of w.pending.values()) settle({ error: 'the load generator exited' });
    if (worker === w) worker = null;
  });
  return (worker = w);
}

export function stopLoadWorker(): void {
  worker?.child.kill('SIGTERM');
  worker = null;
}

/** Runs the load generator (its own process) and returns its parsed result. */
export function runLoad(url: string, connections: number, seconds: number, planOrBodies: LoadPlan | string[]): Promise<LoadResult> {
  // A list of bodies (bench/search, bench/benefits): each in turn, any 2xx answer accepted.
  const plan = Array.isArray(planOrBodies) ? { bodies: planOrBodies, sequence: planOrBodies.map((_, i) => i), check: null } : planOrBodies;
  // The plan goes through a file: thousands of bodies are too much for a command line or a quick IPC message.
  const dir = mkdtempSync(join(tmpdir(), 'dolbom-load-'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  const w = loadWorker();
  const id = w.next++;
  return new Promise<LoadResult>((resolve, reject) => {
    w.pending.set(id, (m) => (m.result ? resolve(m.result) : reject(new Error(`load generator failed: ${m.error}`))));
    w.child.channel?.ref();
    w.child.send({ id, url, connections, seconds, planFile: file });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export interface LoadResult {
  rps: number;
  latency: { p50: number; p95: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx answers with a GraphQL error or data of the wrong shape. */
  wrong: number;
  /** The first wrong answer's problem. */
  sample: string | null;
  total: number;
}
