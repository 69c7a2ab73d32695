import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The editors' console, built at `npm ci` (root postinstall) into console/dist
 * and served by the gateway at /console/. Everything it needs is bundled: no
 * CDN, no web font, so a hub on a closed network works the same.
 */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be an inline script, which the console's CSP (script-src 'self') refuses.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
