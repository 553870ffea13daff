import { spawnSync } from 'node:child_process';
import path from 'node:path';

const racine = path.resolve(__dirname, '..', '..');

function executer(commande: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, commande, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (r.status !== 0) throw new Error(`Échec de ${commande.join(' ')} (code ${r.status})`);
}

/** Production builds, as they are deployed: Strapi's admin (≈70 s, ≈2 GB) and the portal (≈5 s). */
export default async () => {
  if (process.env.E2E_SKIP_BUILD === 'true') return;
  executer([path.join(racine, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], path.join(racine, 'cms'), {
    NODE_ENV: 'production',
  });
  executer([path.join(racine, 'node_modules/astro/bin/astro.mjs'), 'build'], path.join(racine, 'portal'), {
    NODE_ENV: 'production',
  });
};
