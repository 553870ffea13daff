import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { portLibre, repond } from './reseau';

/** initdb and postgres refuse to run as root: when the tests run as root, the server runs as the `postgres` user. */
function utilisateurServeur(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

/**
 * A private Postgres server (its own data folder and port) for tests that stop and restart the database. The machine's
 * shared Postgres is never touched. Needs initdb/postgres on the PATH (Debian: postgresql); a missing binary fails.
 */
export async function demarrerPostgresPrive() {
  const port = await portLibre();
  const dossier = mkdtempSync(path.join(tmpdir(), 'guichet-pg-'));
  const donnees = path.join(dossier, 'donnees');
  const proprietaire = utilisateurServeur();
  if (proprietaire) {
    chmodSync(dossier, 0o755);
    chownSync(dossier, proprietaire.uid, proprietaire.gid);
  }
  const options = proprietaire ? { uid: proprietaire.uid, gid: proprietaire.gid } : {};
  execFileSync('initdb', ['-D', donnees, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    stdio: 'ignore',
    ...options,
  });
  let processus: ChildProcess | undefined;

  async function demarrer() {
    processus = spawn(
      'postgres',
      ['-D', donnees, '-p', String(port), '-k', dossier, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      { stdio: 'ignore', ...options },
    );
    const fin = Date.now() + 20_000;
    while (!(await repond(port))) {
      if (Date.now() > fin) throw new Error('le Postgres privé ne démarre pas');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    // Accepting TCP is not accepting queries yet (startup recovery): wait for pg_isready.
    while (true) {
      try {
        execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
        return;
      } catch {
        if (Date.now() > fin) throw new Error('le Postgres privé ne répond pas');
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
  }

  /** A fast shutdown, like a restart by an operator: open connections are cut. */
  async function arreter() {
    if (!processus || processus.exitCode !== null) return;
    const fini = new Promise((ok) => processus!.once('exit', ok));
    processus.kill('SIGINT');
    await fini;
  }

  await demarrer();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    demarrer,
    arreter,
    async fermer() {
      await arreter();
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}
