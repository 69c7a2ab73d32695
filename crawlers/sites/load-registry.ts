import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { STAGES } from '../../common/record';
import type { SiteConfig } from '../core/adapter';

// The site registry (crawlers/sites/registry.json), read and validated. Apart from the adapters (index.ts):
// a process that only names sites (the catalog's site names, the start-up job) needs no HTML parser.

const SiteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,60}$/),
    name: z.string().min(1).max(100),
    agency: z.string().min(1).max(100),
    baseUrl: z.string().url(),
    schedule: z.string().min(9).max(100),
    adapter: z.string().regex(/^(config|code:[a-z0-9-]{2,60})$/),
    priority: z.number().int().min(0).max(1000),
    stages: z.array(z.enum(STAGES)).min(1).max(4),
    params: z.record(z.string(), z.string().max(500)).default({}),
    fetch: z
      .object({ concurrency: z.number().int().min(1).max(16).optional(), delayMs: z.number().int().min(0).max(60_000).optional(), timeoutMs: z.number().int().min(100).max(120_000).optional(), maxBodyBytes: z.number().int().min(1024).max(100 * 1024 * 1024).optional(), retries: z.number().int().min(0).max(10).optional(), revisitAfterMs: z.number().int().min(0).max(7 * 86_400_000).optional() })
      .strict()
      .optional(),
    warmup: z.array(z.string().startsWith('/').max(200)).max(5).optional(),
  })
  .strict();

const RegistrySchema = z.object({ $comment: z.string().optional(), sites: z.array(SiteSchema).min(1).max(500) }).strict();

export const SITES_DIR = __dirname;

/** Reads and validates the registry. `${ENV}` in params is replaced from the environment (simulator default: any non-empty key works). */
export function loadRegistry(path = join(SITES_DIR, 'registry.json'), env: NodeJS.ProcessEnv = process.env): SiteConfig[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const parsed = RegistrySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`사이트 등록부 오류 / invalid site registry (${path}): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const ids = new Set<string>();
  return parsed.data.sites.map((site) => {
    if (ids.has(site.id)) throw new Error(`사이트 id 중복 / duplicate site id: ${site.id}`);
    ids.add(site.id);
    const params = Object.fromEntries(Object.entries(site.params).map(([k, v]) => [k, v.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => env[name] ?? 'SIMULATOR-KEY')]));
    return { ...site, params };
  });
}

/** Points every site of the registry at its simulated twin (by id). */
export function withBaseUrls(sites: SiteConfig[], urls: Record<string, string>): SiteConfig[] {
  return sites.map((s) => (urls[s.id] ? { ...s, baseUrl: urls[s.id]! } : s));
}
