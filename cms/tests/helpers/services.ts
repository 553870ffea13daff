/**
 * Which real services a test run uses. Without DATABASE_URL / REDIS_URL the suite runs on SQLite and the
 * in-process job runner; with REQUIRE_SERVICES=1 a missing service is a failure, never a silent skip.
 */
export const exigerServices = process.env.REQUIRE_SERVICES === '1';

export function urlBase(): string | undefined {
  // scripts/test.mjs runs the CMS suites twice; the first run is explicitly the embedded SQLite one.
  if (process.env.TEST_BASE === 'sqlite') return undefined;
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (exigerServices) return 'postgres://postgres@127.0.0.1:5432/postgres';
  return undefined;
}

export function urlRedis(): string | undefined {
  if (process.env.TEST_REDIS === 'aucun') return undefined;
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (exigerServices) return 'redis://127.0.0.1:6379';
  return undefined;
}

import { execFileSync } from 'child_process';

/** LibreOffice is a real component of the tests: missing → failure with REQUIRE_SERVICES=1, loud error otherwise. */
export function exigerLibreOffice(): void {
  try {
    execFileSync(process.env.SOFFICE_PATH || 'soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    throw new Error('LibreOffice (soffice) est introuvable : lancez scripts/install-system-deps.sh.');
  }
}
