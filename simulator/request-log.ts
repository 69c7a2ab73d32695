// What each simulated site answered, kept for tests that assert which pages a crawler fetched.

export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  /** Query string without the leading `?`. */
  query: string;
  /** Start of a form body (POST paging sends the page number there). */
  body: string;
  status: number;
  bytes: number;
}

/** Entries kept per site; past it the oldest tenth is dropped. */
const LOG_LIMIT = 100_000;

export function appendRequest(log: RequestLogEntry[], entry: RequestLogEntry): void {
  if (log.length >= LOG_LIMIT) log.splice(0, LOG_LIMIT / 10);
  log.push(entry);
}
