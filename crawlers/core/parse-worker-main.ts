import { parentPort } from 'node:worker_threads';
import { adapterFor } from '../sites';
import { parseFetchedPage } from './parse-page';
import type { ParseJob, ParseReply } from './parse-pool';

/**
 * The parse worker's loop (started by parse-worker.cjs): each job is one
 * fetched page of a registry site; the adapter is the one `adapterFor`
 * gives the crawl's thread, checked by its `name@version`.
 */
const port = parentPort;
if (port) {
  port.on('message', ({ id, job }: { id: number; job: ParseJob }) => {
    let reply: ParseReply;
    try {
      const adapter = adapterFor(job.site, job.configDir);
      const tag = `${adapter.name}@${adapter.version}`;
      if (tag !== job.adapterTag) throw new Error(`adapter ${tag} in the worker, ${job.adapterTag} in the crawl`);
      // Structured clone turns the Buffer into a Uint8Array; adapters read bytes as a Buffer.
      const bytes = Buffer.from(job.page.bytes.buffer, job.page.bytes.byteOffset, job.page.bytes.byteLength);
      reply = { id, result: parseFetchedPage(adapter, job.site, job.adapterTag, { ...job.page, bytes }, job.request) };
    } catch (error) {
      reply = { id, failure: (error as Error).message.slice(0, 500) };
    }
    port.postMessage(reply);
  });
}
