// Portail usagers : rendu serveur uniquement (aucun JavaScript client), adaptateur Node autonome.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({
    mode: 'standalone',
    // Above the 10 MB upload limit plus multipart overhead: anything bigger is cut while streaming.
    bodySizeLimit: 11 * 1024 * 1024,
  }),
  server: { host: '127.0.0.1', port: 4321 },
  security: { checkOrigin: true },
  // Our own server-side sessions (src/lib/session.ts); Astro's built-in sessions stay off.
  session: false,
  // No inline <style>: the CSP allows stylesheets from 'self' only.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
