import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The GraphiQL explorer served at `/` (issue 17): its own build so React and
 * GraphiQL never weigh on the console's first page. Everything is bundled
 * (CodeMirror 5 in GraphiQL 4 needs no web workers), so the page loads from
 * 'self' only; the gateway serves the output under /explorer/.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/explorer/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // framer-motion's "use client" directives mean nothing in a plain SPA bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
