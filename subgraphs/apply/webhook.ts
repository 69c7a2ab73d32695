import { createHmac } from 'node:crypto';

/**
 * Signed webhook delivery. The receiver checks
 * `X-Dolbom-Signature: sha256=HMAC(secret, "<timestamp>.<body>")` and drops a
 * repeated `Idempotency-Key` (the delivery key): retries after a timeout or a
 * crash never count twice.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function postWebhook(url: string, secret: string, deliveryKey: string, payload: unknown, timeoutMs = 5000): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': deliveryKey,
      'x-dolbom-timestamp': timestamp,
      'x-dolbom-signature': signWebhook(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
}
