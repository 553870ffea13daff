import { type ChildProcess, spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { portLibre, repond } from './reseau';

/** Whether redis-server can be started here; with REQUIRE_SERVICES=1 its absence is an error, not a skip. */
export function redisServerDisponible(): boolean {
  try {
    require('child_process').execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.REQUIRE_SERVICES === '1') throw new Error('redis-server est introuvable (REQUIRE_SERVICES=1).');
    console.warn('redis-server est introuvable : le test de panne Redis est ignoré (installez redis-server).');
    return false;
  }
}

/**
 * A private redis-server on its own port and data folder, for tests that stop and restart Redis. The machine's
 * shared Redis is never touched.
 */
export async function demarrerRedisPrive(options: { persistance?: boolean } = {}) {
  const port = await portLibre();
  const dossier = mkdtempSync(path.join(tmpdir(), 'guichet-redis-'));
  let processus: ChildProcess | undefined;

  async function demarrer() {
    processus = spawn(
      'redis-server',
      [
        ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dossier],
        // With persistence, a restart keeps the queued jobs, like a production Redis (AOF) restarted by an operator.
        ...['--appendonly', options.persistance ? 'yes' : 'no'],
      ],
      { stdio: 'ignore' },
    );
    const fin = Date.now() + 10_000;
    while (!(await repond(port))) {
      if (Date.now() > fin) throw new Error('redis-server privé ne démarre pas');
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  async function arreter() {
    if (!processus || processus.exitCode !== null) return;
    const fini = new Promise((ok) => processus!.once('exit', ok));
    // A persistent server shuts down cleanly (it writes its AOF); otherwise it dies like a crashed one.
    processus.kill(options.persistance ? 'SIGTERM' : 'SIGKILL');
    await fini;
  }

  await demarrer();
  return {
    url: `redis://127.0.0.1:${port}`,
    demarrer,
    arreter,
    async fermer() {
      await arreter();
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}
