import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A TCP port free on loopback right now, for child processes that need a
 * fixed port (tests, benchmarks). Chosen at random below the kernel's
 * ephemeral range: a port the OS hands out for `listen(0)` lies inside that
 * range, where any outgoing connection of a parallel test may take it as its
 * source port before the child binds it (EADDRINUSE, seen in CI).
 */
export async function freePort(): Promise<number> {
  const [low, high] = candidateRange();
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await canListen(port)) return port;
  }
  return listenAnywhere();
}

/** [low, high) below the ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range). */
function candidateRange(): [number, number] {
  try {
    const [start] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (start && start > 12_000) return [10_000, start];
  } catch {
    // not Linux: the IANA dynamic range starts at 49152
  }
  return [20_000, 32_000];
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function listenAnywhere(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
