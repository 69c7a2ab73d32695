import { HubError } from '../../common/errors';

/**
 * The resident registry (주민정보 연계) as the welfare subgraph sees it: an
 * adapter interface, so the simulated service on loopback
 * (simulator/registry) and the district's real link are interchangeable.
 *
 * A lookup takes the identity key once, at registration, and answers with
 * the registry's own opaque reference; the bulk re-check asks by those
 * references, so the hub never needs the number again after registering.
 */
export type RegistryStatus = 'RESIDENT' | 'DECEASED' | 'MOVED_OUT' | 'NOT_FOUND';

export interface RegistryAnswer {
  /** The registry's reference of the person; null when not found. */
  ref: string | null;
  status: RegistryStatus;
}

export interface ResidentRegistry {
  lookup(identityKey: string): Promise<RegistryAnswer>;
  /** Statuses by reference, in the order asked. */
  statuses(refs: readonly string[]): Promise<RegistryAnswer[]>;
}

const unavailable = () =>
  new HubError('SERVICE_UNAVAILABLE', { ko: '주민정보 연계를 사용할 수 없어 지금은 등록할 수 없습니다.', en: 'The resident registry link is unavailable; registration cannot run its checks now.' });

const STATUSES = new Set<RegistryStatus>(['RESIDENT', 'DECEASED', 'MOVED_OUT', 'NOT_FOUND']);
function answerOf(value: unknown): RegistryAnswer {
  const v = (value ?? {}) as { ref?: unknown; status?: unknown };
  if (!STATUSES.has(v.status as RegistryStatus)) throw unavailable();
  return { ref: typeof v.ref === 'string' ? v.ref : null, status: v.status as RegistryStatus };
}

/** Refs per status request (the service's bound). */
const BATCH = 1000;

/** The registry service over HTTP (the simulated one speaks this protocol; see simulator/registry/server.ts). */
export function httpRegistry(baseUrl: string, timeoutMs = 5000): ResidentRegistry {
  const post = async (path: string, body: unknown): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(new URL(path, baseUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      // Never rethrow the cause: its message may quote the request.
      throw unavailable();
    }
    if (!res.ok) throw unavailable();
    return res.json();
  };
  return {
    async lookup(identityKey) {
      return answerOf(await post('/registry/v1/lookup', { identityKey }));
    },
    async statuses(refs) {
      const out: RegistryAnswer[] = [];
      for (let i = 0; i < refs.length; i += BATCH) {
        const { answers } = (await post('/registry/v1/status', { refs: refs.slice(i, i + BATCH) })) as { answers?: unknown[] };
        if (!Array.isArray(answers) || answers.length !== Math.min(BATCH, refs.length - i)) throw unavailable();
        out.push(...answers.map(answerOf));
      }
      return out;
    },
  };
}

/** No registry configured: every check refuses, so nothing is saved unchecked. */
export const noRegistry: ResidentRegistry = {
  lookup: () => Promise.reject(unavailable()),
  statuses: () => Promise.reject(unavailable()),
};

/**
 * The registry of the hub's own simulator (`npm start`, CRAWL_TARGET=simulator): the simulator starts after the
 * subgraphs are built, so its address is set later, once, by the start-up job. Until then — and in production
 * without WELFARE_REGISTRY_URL — registration answers SERVICE_UNAVAILABLE.
 */
let simulatedRegistry: ResidentRegistry | null = null;
export function useSimulatedRegistry(baseUrl: string | null): void {
  simulatedRegistry = baseUrl ? httpRegistry(baseUrl) : null;
}
export const lateRegistry: ResidentRegistry = {
  lookup: (key) => (simulatedRegistry ?? noRegistry).lookup(key),
  statuses: (refs) => (simulatedRegistry ?? noRegistry).statuses(refs),
};
