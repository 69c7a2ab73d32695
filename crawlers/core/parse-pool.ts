import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CrawlRequest, SiteConfig } from './adapter';
import type { FetchedPage } from './fetch';
import type { ParsedPage } from './parse-page';

/** One page to parse: the site (a registry entry), where its declarative config lives, the adapter tag the crawl expects. */
export interface ParseJob {
  site: SiteConfig;
  configDir?: string;
  adapterTag: string;
  page: FetchedPage;
  request: CrawlRequest;
}

export type ParseReply = { id: number; result: ParsedPage } | { id: number; failure: string };

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ParsedPage) => void; reject: (e: Error) => void }>;
}

/** A worker's start (tsx compiling the adapters) and one page can take this long on a busy 2-core machine; beyond it the page is parsed here. */
const JOB_TIMEOUT_MS = 30_000;

/**
 * Worker threads that parse fetched pages (adapter parse and record
 * finalising: about half of a crawl's CPU on its thread, cheerio most of it),
 * so that with politeness off one big site uses both cores: the crawl's
 * thread fetches and writes while a worker parses (issue 22: the portal twin,
 * 4,334 pages, was the whole crawl's wall time with that thread saturated).
 * Started on first use; `size` defaults to one per core beyond the first
 * (at most 4). A worker that fails (or cannot start) is not replaced: its
 * jobs reject and callers parse on their own thread instead.
 */
export class ParsePool {
  private slots: Slot[] | null = null;
  private next = 1;
  private broken = false;
  /** Pages the workers answered (parsed or refused by the adapter). */
  answered = 0;

  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  /** False once every worker has failed: callers should stop sending. */
  get usable(): boolean {
    return !this.broken;
  }

  parse(job: ParseJob): Promise<ParsedPage> {
    const slots = this.start();
    if (this.broken || slots.length === 0) return Promise.reject(new Error('no parse worker'));
    const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.next++;
    return new Promise<ParsedPage>((resolve, reject) => {
      const timer = setTimeout(() => {
        slot.pending.delete(id);
        reject(new Error(`parse worker did not answer within ${JOB_TIMEOUT_MS} ms`));
      }, JOB_TIMEOUT_MS);
      slot.pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      try {
        slot.worker.postMessage({ id, job });
      } catch (error) {
        // Not cloneable (a site config with functions): this page is parsed by the caller.
        slot.pending.get(id)?.reject(error as Error);
        slot.pending.delete(id);
      }
    });
  }

  async close(): Promise<void> {
    const slots = this.slots ?? [];
    this.slots = [];
    this.broken = true;
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }

  private start(): Slot[] {
    if (this.slots) return this.slots;
    this.slots = [];
    for (let i = 0; i < this.size; i++) {
      let worker: Worker;
      try {
        worker = new Worker(join(__dirname, 'parse-worker.cjs'));
      } catch {
        continue;
      }
      const slot: Slot = { worker, pending: new Map() };
      const fail = (error: Error) => {
        for (const p of slot.pending.values()) p.reject(error);
        slot.pending.clear();
        this.slots = (this.slots ?? []).filter((s) => s !== slot);
        if (this.slots.length === 0) this.broken = true;
      };
      worker.on('message', (reply: ParseReply) => {
        const p = slot.pending.get(reply.id);
        if (!p) return;
        slot.pending.delete(reply.id);
        if ('result' in reply) {
          this.answered++;
          p.resolve(reply.result);
        } else p.reject(new Error(reply.failure));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`parse worker exited (${code})`)));
      this.slots.push(slot);
    }
    if (this.slots.length === 0) this.broken = true;
    return this.slots;
  }
}
