import { createServer } from 'node:net';

/** A free TCP port on loopback (the OS picks it; the tiny race is acceptable for tests). */
export function portLibre(): Promise<number> {
  return new Promise((ok, ko) => {
    const serveur = createServer();
    serveur.unref();
    serveur.on('error', ko);
    serveur.listen(0, '127.0.0.1', () => {
      const { port } = serveur.address() as { port: number };
      serveur.close(() => ok(port));
    });
  });
}

export async function attendreHttp(
  url: string,
  delaiMs = 180_000,
  /** The process that should answer: when it has exited, waiting longer is pointless. */
  processus?: { exitCode: number | null },
): Promise<void> {
  const fin = Date.now() + delaiMs;
  let derniere = '';
  while (Date.now() < fin) {
    if (processus && processus.exitCode !== null) {
      throw new Error(`${url} ne répondra pas : le processus s’est arrêté (code ${processus.exitCode})`);
    }
    try {
      const r = await fetch(url, { redirect: 'manual' });
      if (r.status < 500) return;
      derniere = `HTTP ${r.status}`;
    } catch (e) {
      derniere = (e as Error).message;
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error(`${url} ne répond pas (${derniere})`);
}
