/**
 * Whether an error means the database cannot be reached or answered in time
 * (connection refused or lost, the server shutting down, too many
 * connections, a statement cancelled by statement_timeout): a fault of a
 * dependency, answered 503 SERVICE_UNAVAILABLE, never a bare 500. Looks
 * through GraphQL's `originalError` / `thrownValue` and `cause` chains (bounded).
 */
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND']);
// SQLSTATE: 08xxx connection exceptions, 57P01–57P03 shutdown / cannot connect now, 53300 too many connections, 57014 statement timeout.
const SQLSTATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300', '57014']);
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|connection is closed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 6 && e && typeof e === 'object'; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NODE_CODES.has(code) || SQLSTATES.has(code))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    // graphql-js wraps a thrown non-Error as `thrownValue`; net errors of several addresses come as AggregateError.
    const next = e as { originalError?: unknown; cause?: unknown; thrownValue?: unknown; errors?: unknown };
    e = next.originalError ?? next.thrownValue ?? next.cause ?? (Array.isArray(next.errors) ? next.errors[0] : undefined);
  }
  return false;
}
