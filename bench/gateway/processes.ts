import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface Proc {
  name: string;
  child: ChildProcess;
  /** Peak resident memory (VmHWM) in MB, read from /proc while it runs. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point with Node and tsx's loader directly, so the pid is the server's own. */
export function startTs(name: string, script: string, args: string[], env: Record<string, string>): Proc {
  return track(name, spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] }));
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

/** Runs the load generator in its own process and returns its parsed result. */
export function runLoad(url: string, connections: number, seconds: number, bodies: string[]): Promise<LoadResult> {
  // The bodies go through a file: thousands of them exceed what a command line may hold (E2BIG).
  const dir = mkdtempSync(join(tmpdir(), 'dolbom-load-'));
  const file = join(dir, 'bodies.json');
  writeFileSync(file, JSON.stringify(bodies));
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'load.ts'), url, String(connections), String(seconds), `@${file}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadResult) : reject(new Error(`load generator failed: ${err.slice(-500)}`))));
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export interface LoadResult {
  rps: number;
  latency: { p50: number; p95: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  total: number;
}
