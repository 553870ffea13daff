#!/usr/bin/env node
// `npm start` / `npm run dev`: the local identity server with the portal's client and the demo citizens.
import { demoUsers } from './demo-users.ts';
import { startOidcServer } from './server.ts';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new Error(`${name} doit être un numéro de port (reçu : ${raw})`);
  }
  return value;
}

const portalUrl = (process.env.PORTAL_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
const clientId = process.env.OIDC_CLIENT_ID ?? 'portail';

const server = await startOidcServer({
  port: intFromEnv('OIDC_PORT', 8080),
  realm: process.env.OIDC_REALM ?? 'guichet',
  clients: [
    {
      clientId,
      clientSecret: process.env.OIDC_CLIENT_SECRET ?? 'guichet-dev-secret',
      redirectUris: [`${portalUrl}/auth/callback`],
      postLogoutRedirectUris: [`${portalUrl}/`],
    },
  ],
  users: demoUsers,
});

console.log(`Serveur OpenID Connect de développement : ${server.url}`);
console.log(`  émetteur (issuer) : ${server.issuer}`);
console.log(`  découverte        : ${server.issuer}/.well-known/openid-configuration`);
console.log(`  client            : ${clientId} → ${portalUrl}/auth/callback`);
console.log('Comptes de démonstration :');
for (const user of demoUsers) {
  console.log(`  ${user.username} / ${user.password}  (${user.given_name} ${user.family_name}, ${user.email})`);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} reçu, arrêt du serveur.`);
  await server.close();
  process.exit(0);
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));
