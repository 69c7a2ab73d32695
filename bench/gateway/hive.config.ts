import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway as its docs advise for production, for the fair table:
 * NODE_ENV=production (set by the bench), logging off, no response cache.
 * The supergraph and port come from the command line; the Rust query
 * planner from `--hive-router-runtime` (@graphql-hive/router-runtime).
 */
export const gatewayConfig = defineConfig({
  logging: false,
});
