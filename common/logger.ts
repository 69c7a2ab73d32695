import pino from 'pino';

/**
 * The process logger. Personal data never reaches a log in clear (issue 21):
 * every logged object is scrubbed at any depth before it is written —
 * values under personal keys (names, phones, birth dates, resident numbers,
 * addresses, tokens, keys, passwords) are replaced, and strings anywhere
 * (messages, error messages, a database error's `detail`) have phone
 * numbers, resident registration numbers, bearer tokens / JWTs and service
 * keys masked. Bounded: depth 8, 200 keys per object, strings cut at 2,000.
 */
const PERSONAL_KEY = /^(?:.*name|phone|mobile|tel|birth.*|.*birthdate|residentnumber|rrn|identitykey|address|addr|email|authorization|cookie|set-cookie|token|accesstoken|refreshtoken|idtoken|password|secret|servicekey|apikey|x-api-key|key|destination|to|detail|parameters)$/i;
// Names that end in "name" but carry no person: kept.
const KEEP = new Set(['site', 'siteid', 'name_en', 'hostname', 'operationname', 'servicename', 'typename', '__typename', 'subgraph', 'field', 'route', 'job', 'filename', 'pathname', 'username_hint']);
const PATTERNS: [RegExp, string][] = [
  [/eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g, '[TOKEN]'],
  [/Bearer\s+[\w.~+/-]{8,}=*/gi, 'Bearer [TOKEN]'],
  [/\b\d{6}\s*-\s*[1-8]\d{6}\b/g, '[RRN]'],
  [/\b01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}\b/g, '[PHONE]'],
  [/\b0(?:2|[3-6][1-5])[-.\s]?\d{3,4}[-.\s]?\d{4}\b/g, '[PHONE]'],
  [/\bdk_[A-Za-z0-9_-]{16,}\b/g, '[KEY]'],
];

export function scrubText(text: string): string {
  let out = text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  for (const [re, mask] of PATTERNS) out = out.replace(re, mask);
  return out;
}

export function scrub(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => scrub(v, depth + 1, seen));
  // An Error becomes pino's serialised form (type, message, stack, own fields) before it is scrubbed.
  const source: object = value instanceof Error ? pino.stdSerializers.err(value) : value;
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [k, v] of Object.entries(source)) {
    if (++n > 200) break;
    out[k] = PERSONAL_KEY.test(k) && !KEEP.has(k.toLowerCase()) && v !== null && v !== undefined && typeof v !== 'boolean' && typeof v !== 'number' ? '[REDACTED]' : scrub(v, depth + 1, seen);
  }
  return out;
}

export function createLogger(level: string, name = 'dolbom-hub', destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      name,
      level,
      serializers: {
        // An error's own fields (pg's `detail` carries key values) are scrubbed like everything else.
        err: (error: unknown) => scrub(error instanceof Error ? pino.stdSerializers.err(error) : error) as pino.SerializedError,
      },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

export type Logger = pino.Logger;
