import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RequeteEnregistree {
  methode: string;
  chemin: string;
  entetes: IncomingHttpHeaders;
  /** The raw body, as received (a signature is computed over these exact bytes). */
  corps: string;
}

/**
 * A local HTTP receiver (SMS gateway, webhook endpoint) on 127.0.0.1 and a random port: records every request and
 * answers 200, or the statuses queued for a path first (`repondre('/webhook', 500)` → the next call gets a 500).
 */
export async function demarrerStubHttp() {
  const requetes: RequeteEnregistree[] = [];
  const aRepondre = new Map<string, number[]>();
  const serveur = createServer((req, res) => {
    const morceaux: Buffer[] = [];
    req.on('data', (m: Buffer) => morceaux.push(m));
    req.on('end', () => {
      const chemin = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      requetes.push({
        methode: req.method ?? '',
        chemin,
        entetes: req.headers,
        corps: Buffer.concat(morceaux).toString('utf8'),
      });
      const status = aRepondre.get(chemin)?.shift() ?? 200;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ recu: status < 300 }));
    });
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const { port } = serveur.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requetes,
    /** The requests received on a path. */
    sur: (chemin: string) => requetes.filter((r) => r.chemin === chemin),
    repondre(chemin: string, ...statuts: number[]) {
      aRepondre.set(chemin, [...(aRepondre.get(chemin) ?? []), ...statuts]);
    },
    fermer: () =>
      new Promise<void>((ok) => {
        serveur.closeAllConnections();
        serveur.close(() => ok());
      }),
  };
}
