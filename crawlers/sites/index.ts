import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteAdapter, SiteConfig } from '../core/adapter';
import { declarativeAdapter } from '../declarative/engine';
import { SITES_DIR } from './load-registry';

export { loadRegistry, SITES_DIR, withBaseUrls } from './load-registry';

/**
 * The adapters the site registry (load-registry.ts) names: `code:<folder>`
 * (crawlers/sites/<folder>/adapter.ts) or `config` (crawlers/sites/<id>/adapter.json,
 * a declarative config, optionally `extends` a CMS family in crawlers/sites/_families/).
 */

const adapterCache = new Map<string, SiteAdapter>();

/** The adapter a registry entry names. `configDir`: where `<id>/adapter.json` lives (default crawlers/sites). */
export function adapterFor(site: SiteConfig, configDir = SITES_DIR): SiteAdapter {
  const cacheKey = `${configDir}\u0000${site.id}\u0000${site.adapter}`;
  const cached = adapterCache.get(cacheKey);
  if (cached) return cached;
  let adapter: SiteAdapter;
  if (site.adapter.startsWith('code:')) {
    const folder = site.adapter.slice(5);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    adapter = (require(join(SITES_DIR, folder, 'adapter')) as { adapter: SiteAdapter }).adapter;
  } else {
    adapter = declarativeAdapter(loadDeclarativeConfig(site.id, configDir));
  }
  adapterCache.set(cacheKey, adapter);
  return adapter;
}

/** A site's adapter.json with its family (`extends`) merged in: the site's handlers and start win. */
export function loadDeclarativeConfig(siteId: string, dir = SITES_DIR): unknown {
  const own = JSON.parse(readFileSync(join(dir, siteId, 'adapter.json'), 'utf8')) as Record<string, unknown>;
  // Families are shared: looked up next to the config, then in crawlers/sites/_families.
  const familyName = typeof own.extends === 'string' ? `${own.extends.replace(/[^a-z0-9-]/g, '')}.json` : null;
  const familyPath = familyName ? [join(dir, '_families', familyName), join(SITES_DIR, '_families', familyName)].find((p) => existsSync(p)) : null;
  if (familyName && !familyPath) throw new Error(`알 수 없는 설정 계열 / unknown config family: ${String(own.extends)}`);
  const family = familyPath ? (JSON.parse(readFileSync(familyPath, 'utf8')) as Record<string, unknown>) : null;
  const { extends: _extends, ...rest } = own;
  if (!family) return rest;
  const start = rest.start ?? family.start;
  const ownHandlers = (rest.handlers as Record<string, unknown> | undefined) ?? {};
  const handlers: Record<string, unknown> = { ...(family.handlers as Record<string, unknown>), ...ownHandlers };
  // A family is a menu: the handlers a site's start never reaches are not part of its config (youth-academy starts at
  // the directory and needs none of the board handlers). The site's own handlers stay, so its own mistakes are refused.
  const reached = reachable(start, handlers);
  for (const name of Object.keys(handlers)) if (!(name in ownHandlers) && !reached.has(name)) delete handlers[name];
  return {
    ...rest,
    version: `${String(rest.version ?? '1')}.${String(family.version ?? '1')}`,
    description: rest.description ?? family.description,
    start,
    handlers,
  };
}

/** Labels reached from the start requests through follow links and paginate (read loosely: the schema validates later). */
function reachable(start: unknown, handlers: Record<string, unknown>): Set<string> {
  const seen = new Set<string>();
  const queue = Array.isArray(start) ? start.map((s) => (s as { label?: unknown }).label).filter((l): l is string => typeof l === 'string') : [];
  while (queue.length && seen.size < 1000) {
    const label = queue.shift()!;
    if (seen.has(label)) continue;
    seen.add(label);
    const h = handlers[label] as { follow?: { label?: unknown }[]; paginate?: { label?: unknown } } | undefined;
    for (const f of Array.isArray(h?.follow) ? h.follow : []) if (typeof f?.label === 'string') queue.push(f.label);
    if (typeof h?.paginate?.label === 'string') queue.push(h.paginate.label);
  }
  return seen;
}
