/** Child processes for the page tests: the built portal and the local OIDC server, with readiness checks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (listen on 0, read it, close). */
export function portLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const serveur = createServer();
    serveur.once('error', reject);
    serveur.listen(0, '127.0.0.1', () => {
      const adresse = serveur.address();
      const port = typeof adresse === 'object' && adresse ? adresse.port : 0;
      serveur.close(() => resolve(port));
    });
  });
}

export interface Processus {
  enfant: ChildProcess;
  sortie: () => string;
  arreter: () => Promise<void>;
}

/** Starts `node <args>` and resolves once `pret` matches its output (or rejects with the output after a delay). */
export function demarrer(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; pret: RegExp; delaiMs?: number },
): Promise<Processus> {
  const enfant = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let sortie = '';
  const processus: Processus = {
    enfant,
    sortie: () => sortie,
    arreter: () =>
      new Promise((resolve) => {
        if (enfant.exitCode !== null || enfant.signalCode !== null) return resolve();
        enfant.once('exit', () => resolve());
        enfant.kill('SIGTERM');
      }),
  };
  return new Promise((resolve, reject) => {
    const minuteur = setTimeout(() => {
      enfant.kill('SIGTERM');
      reject(new Error(`Pas prêt après ${options.delaiMs ?? 20_000} ms : node ${args.join(' ')}\n${sortie}`));
    }, options.delaiMs ?? 20_000);
    const lire = (morceau: Buffer) => {
      sortie += morceau.toString();
      if (options.pret.test(sortie)) {
        clearTimeout(minuteur);
        resolve(processus);
      }
    };
    enfant.stdout?.on('data', lire);
    enfant.stderr?.on('data', lire);
    enfant.once('exit', (code) => {
      clearTimeout(minuteur);
      reject(new Error(`node ${args.join(' ')} s'est arrêté (code ${code})\n${sortie}`));
    });
  });
}
