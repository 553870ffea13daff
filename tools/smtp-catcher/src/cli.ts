#!/usr/bin/env node
// `npm start` / `npm run dev`: catch every mail the CMS and the worker send, and show it at the web inbox.
import { startSmtpCatcher } from './catcher.ts';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new Error(`${name} doit être un numéro de port (reçu : ${raw})`);
  }
  return value;
}

const catcher = await startSmtpCatcher({
  smtpPort: portFromEnv('SMTP_CATCHER_PORT', 1025),
  httpPort: portFromEnv('SMTP_CATCHER_HTTP_PORT', 8025),
});

console.log('Capteur SMTP de développement');
console.log(`  SMTP (sans TLS, authentification facultative) : smtp://127.0.0.1:${catcher.smtpPort}`);
console.log(`  boîte de réception : ${catcher.httpUrl}/`);
console.log(`  API (compatible Mailpit) : ${catcher.httpUrl}/api/v1/messages`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} reçu, arrêt du capteur.`);
  await catcher.close();
  process.exit(0);
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));
