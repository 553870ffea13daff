// Portail usagers : rendu serveur, adaptateur Node autonome ; deux petits scripts d'amélioration progressive
// (conditions et calculs du formulaire, suggestions d'adresses), servis depuis /_astro (CSP 'self').
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import { TAILLE_MAX_CORPS } from './src/lib/tailles.ts';

export default defineConfig({
  output: 'server',
  adapter: node({
    mode: 'standalone',
    // Several justificatifs may be sent with one form; each file is limited while it streams (src/lib/tailles.ts).
    bodySizeLimit: TAILLE_MAX_CORPS,
  }),
  server: { host: '127.0.0.1', port: 4321 },
  security: { checkOrigin: true },
  // Our own server-side sessions (src/lib/session.ts); Astro's built-in sessions stay off.
  session: false,
  // No inline <style>: the CSP allows stylesheets from 'self' only.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The domain (@guichet/formulaires) imports named exports of CommonJS packages that Node's ESM loader cannot
    // see (xss: escapeAttrValue…): bundle them into the server build so that Vite converts them.
    ssr: { noExternal: ['xss', 'cssfilter'] },
  },
  devToolbar: { enabled: false },
});
