import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting of the hub, declared once (CONVENTIONS 6): environment name,
 * schema, default. Read at start-up, frozen, and passed down; nothing deep in
 * the code reads `process.env`. The README's configuration table mirrors this.
 */
const SUBGRAPH_URLS = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const urls: Record<string, string> = {};
    for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
      const [name, url] = pair.split('=');
      if (!name || !url || !/^https?:\/\//.test(url)) {
        ctx.addIssue({ code: 'custom', message: `expected name=http://host:port/graphql, got "${pair}"` });
        return z.NEVER;
      }
      urls[name.trim()] = url.trim();
    }
    return urls;
  });

/** A duration: `900`, `90s`, `15m`, `8h`, `7d` → seconds. */
export const duration = z
  .string()
  .regex(/^\d+\s*[smhd]?$/, 'expected a duration such as 900, 90s, 15m, 8h or 7d')
  .transform((value) => {
    const m = /^(\d+)\s*([smhd]?)$/.exec(value)!;
    return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  });

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const ConfigSchema = z.object({
  /** HTTP port of the gateway. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to listen on. */
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL URL; unset = embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Directory of the embedded database and other local state. */
  DATA_DIR: z.string().default('./data'),
  /** Embedded PGlite: PostgreSQL's shared_buffers, resident from start whether used or not (docs/performance.md); PGlite's own default is 128MB. */
  PGLITE_SHARED_BUFFERS: z.string().regex(/^\d+(kB|MB|GB)$/, 'expected a size such as 32MB').default('32MB'),
  /** `single`: subgraphs run inside the gateway process; `distributed`: over HTTP at SUBGRAPH_URLS. */
  HUB_MODE: z.enum(['single', 'distributed']).default('single'),
  /** Subgraph endpoints for distributed mode: `infant=http://127.0.0.1:4012/graphql,…`. */
  SUBGRAPH_URLS,
  /** First port of `npm run start:subgraph -- <name>` (each subgraph has a fixed offset). */
  SUBGRAPH_BASE_PORT: z.coerce.number().int().min(1).max(65000).default(4010),
  /** Load the bundled Seoul open data into the catalog at start-up when it changed. */
  LOAD_SEED: boolish.default(true),
  /** Crawl every registered site when the hub starts (in the background; the hub answers meanwhile). */
  CRAWL_ON_START: boolish.default(true),
  /** `simulator`: crawl the thirty simulated sites, started in-process on loopback; `production`: the registry's real URLs. */
  CRAWL_TARGET: z.enum(['simulator', 'production']).default('simulator'),
  /** Enqueue crawls on each site's cron schedule (crawlers/sites/registry.json). */
  CRAWL_SCHEDULE: boolish.default(true),
  /** Seed of the simulated world. */
  SIMULATOR_SEED: z.coerce.number().int().min(0).default(42),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Search results kept per process while the search index is unchanged (0 = no result cache). */
  SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(500),
  /** Public catalog answers the gateway keeps while the data version is unchanged (single mode); 0 turns it off. */
  RESPONSE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(1000),
  /** Distributed mode: catalog references (facility(id) → its type) the gateway keeps, dropped by the change feed (gateway/reference-cache.ts); 0 turns it off. */
  REFERENCE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(100_000),
  /** Distributed mode: how often the gateway reads the catalog's change feed for the reference cache, in ms. */
  REFERENCE_CACHE_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /** Largest request body accepted by the gateway, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  /** GET /metrics answers loopback callers; others need `Authorization: Bearer <METRICS_TOKEN>` (unset: loopback only). */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** `production` or `development`; the hub has no development-only secrets, so this changes only log formats and the like. */
  NODE_ENV: z.string().default('development'),
  /** JWKS URL of an external identity provider whose tokens /graphql accepts too (RS256/ES256/EdDSA), besides the hub's own keys. */
  JWT_JWKS_URL: z.string().url().optional(),
  /** Expected `iss` of the external provider's tokens, when set. */
  JWT_ISSUER: z.string().optional(),
  /** Expected `aud` of the external provider's tokens, when set. */
  JWT_AUDIENCE: z.string().optional(),
  /** Lifetime of the access tokens the hub issues at sign-in and refresh (at most 15m). */
  ACCESS_TOKEN_TTL: duration.default(900).pipe(z.number().int().min(30).max(900)),
  /** Longest lifetime (exp − iat) of any token /graphql accepts, and of `npm run token`'s. */
  ACCESS_TOKEN_MAX_LIFETIME: duration.default(86_400).pipe(z.number().int().min(60).max(30 * 86_400)),
  /** Lifetime of a browser session's refresh token (cookie dolbom_refresh); each refresh rotates it. */
  REFRESH_TOKEN_TTL: duration.default(7 * 86_400).pipe(z.number().int().min(60)),
  /** Failed sign-ins in a row that lock an account. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** How long a locked account stays locked. */
  LOGIN_LOCKOUT: duration.default(900).pipe(z.number().int().min(1)),
  /** Email of the ADMIN account created on first start when the database has none. */
  ADMIN_EMAIL: z.string().regex(/^[^@\s]+@[^@\s]+$/, 'expected an email address').default('admin@localhost'),
  /** Password of that first ADMIN account; unset = a random one, printed once in the ready banner. */
  ADMIN_PASSWORD: z.string().min(12).optional(),
  /** OIDC sign-in: the identity provider's issuer URL (discovery at /.well-known/openid-configuration). Unset = local accounts only. */
  OIDC_ISSUER: z.string().url().optional(),
  /** OIDC client id registered at the provider. */
  OIDC_CLIENT_ID: z.string().optional(),
  /** OIDC client secret (confidential client); unset = a public client with PKCE only. */
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** The callback URL registered at the provider: https://<hub>/auth/oidc/callback. */
  OIDC_REDIRECT_URI: z.string().url().optional(),
  /** Name of the provider on the sign-in page. */
  OIDC_NAME: z.string().default('SSO'),
  /** Scopes requested. */
  OIDC_SCOPES: z.string().default('openid email profile'),
  /** ID-token claim holding the user's role or groups (string or string[]); unset = only users with a local account of the same email may sign in. */
  OIDC_ROLE_CLAIM: z.string().optional(),
  /** Claim values to roles, `claimValue=ROLE,…` (e.g. `dolbom-editors=EDITOR`); a value that is itself a role name maps to it. */
  OIDC_ROLE_MAP: z.string().default(''),
  /** ID-token claim holding a CENTER_STAFF user's facility ids (string[]). */
  OIDC_FACILITIES_CLAIM: z.string().optional(),
  /** ID-token claim holding a welfare role's organisation id (a string, or an object {id, dong}); its kind follows the role. */
  OIDC_ORGANISATION_CLAIM: z.string().optional(),
  /** ID-token claim holding a COMMUNITY_CENTER user's 행정동 (when the organisation claim is a plain id). */
  OIDC_DONG_CLAIM: z.string().optional(),
  /** Admission: most centres a child not enrolled anywhere may apply to (Gyeonggi: 3). */
  APPLY_MAX_CENTRES: z.coerce.number().int().min(1).max(10).default(3),
  /** Admission: most centres for a child already enrolled somewhere. */
  APPLY_MAX_CENTRES_ENROLLED: z.coerce.number().int().min(1).max(10).default(2),
  /** Centre types that take applications although the priority rules do not apply there (comma list: WORKPLACE,COOPERATIVE). */
  APPLY_EXTRA_CENTER_TYPES: z.string().default(''),
  /** Hours an offer of a seat stays open before it passes to the next on the list. */
  APPLY_OFFER_HOURS: z.coerce.number().positive().default(72),
  /** Days a parent has to extend other applications after an admission before they lapse. */
  APPLY_LAPSE_DAYS: z.coerce.number().positive().default(7),
  /** Hours of HOURLY (시간제보육) care a child may book per month. */
  APPLY_HOURLY_MONTHLY_CAP: z.coerce.number().positive().default(60),
  /** SMS provider: `console` (masked log line), `file` (JSON lines in SMS_FILE), `none`. */
  SMS_PROVIDER: z.enum(['console', 'file', 'none']).default('console'),
  /** File of the `file` SMS provider; default DATA_DIR/sms.jsonl. */
  SMS_FILE: z.string().optional(),
  /** HMAC-SHA256 secret that signs webhook deliveries (X-Dolbom-Signature); unset = one generated per database (access.hub_secret). */
  WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Open API: requests per second of a new key unless its creator says otherwise. */
  OPENAPI_DEFAULT_PER_SECOND: z.coerce.number().int().min(1).default(30),
  /** Open API: requests per day (KST) of a new key unless its creator says otherwise (공공데이터포털 development keys: 1,000–10,000). */
  OPENAPI_DEFAULT_PER_DAY: z.coerce.number().int().min(1).default(10_000),
  /** Welfare pre-screening: the HMAC-SHA256 key of identity and household keys (≥ 32 chars); unset = DATA_DIR/welfare-hmac.key, made on first start (mode 0600). Never in the database. */
  WELFARE_HMAC_KEY: z.string().min(32).optional(),
  /** Welfare pre-screening: base URL of the resident registry (주민정보 연계) service; `npm run simulator` prints the simulated one's. Unset = registration answers SERVICE_UNAVAILABLE. */
  WELFARE_REGISTRY_URL: z.string().url().optional(),
  /** Welfare pre-screening: days after a programme's confirmation (or close) before its recommendations' names, birth dates, reasons and hashes are deleted. Set it to the district's own retention period (개인정보 보유기간); the default is not a legal figure. */
  WELFARE_RETENTION_DAYS: z.coerce.number().int().min(30).max(36_500).default(1825),
  /** Community (issue 23): posts (reviews written or edited, questions asked) one account may make in a rolling hour; more is RATE_LIMITED. */
  COMMUNITY_POSTS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Community: posts one account may make in a rolling 24 hours. */
  COMMUNITY_POSTS_PER_DAY: z.coerce.number().int().min(1).default(20),
  /** Community: an account's first N posts are held for an editor whatever their text (0 = none). */
  COMMUNITY_NEW_ACCOUNT_HELD_POSTS: z.coerce.number().int().min(0).default(2),
  /** GraphQL: deepest selection nesting accepted (introspection included). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(15),
  /** GraphQL: most aliased fields in one operation. */
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  /**
   * GraphQL: highest estimated cost (gateway/plugins/query-measure.ts: 1 per field, times `first` or 10 under a list, plus
   * 500 per paged call, 2,000 for a catalog list, and 10 per paged row). 25,000 keeps the worst admitted operation well under 1 s (`npm run bench -- cost`).
   */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(25_000),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>> & { readonly dataDir: string };

/** Parses the environment into a frozen config; throws one readable error listing every bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`설정 값이 올바르지 않습니다 / Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze({ ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR) });
}
