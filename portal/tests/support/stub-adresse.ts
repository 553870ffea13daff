/**
 * stub-adresse: a tiny HTTP server that answers `GET /search/?q=…&limit=…` like api-adresse.data.gouv.fr (a GeoJSON
 * FeatureCollection), so that tests never call the internet. It records the queries it received; a query containing
 * « panne » gets a 500, « lent » an answer after 5 s (longer than the portal's timeout).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const ADRESSES = [
  {
    label: '8 Boulevard du Port 80000 Amiens',
    postcode: '80000',
    city: 'Amiens',
    citycode: '80021',
    x: 2.290084,
    y: 49.897443,
  },
  {
    label: '8 Rue du Port 80100 Abbeville',
    postcode: '80100',
    city: 'Abbeville',
    citycode: '80001',
    x: 1.833,
    y: 50.105,
  },
  { label: '8 Quai du Port 80200 Péronne', postcode: '80200', city: 'Péronne', citycode: '80620', x: 2.934, y: 49.931 },
];

export interface StubAdresse {
  url: string;
  requetes: URLSearchParams[];
  fermer(): Promise<void>;
}

function normaliser(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bbd\b/g, 'boulevard');
}

export async function demarrerStubAdresse(): Promise<StubAdresse> {
  const requetes: URLSearchParams[] = [];
  const serveur: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    if (url.pathname !== '/search/') {
      res.writeHead(404).end();
      return;
    }
    requetes.push(url.searchParams);
    const q = url.searchParams.get('q') ?? '';
    if (q.includes('panne')) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('erreur');
      return;
    }
    const limite = Number(url.searchParams.get('limit') ?? '5');
    const mots = normaliser(q).split(/\s+/).filter(Boolean);
    const trouvees = ADRESSES.filter((a) => mots.every((mot) => normaliser(a.label).includes(mot))).slice(0, limite);
    const corps = JSON.stringify({
      type: 'FeatureCollection',
      version: 'draft',
      features: trouvees.map((a) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [a.x, a.y] },
        properties: {
          label: a.label,
          score: 0.9,
          postcode: a.postcode,
          city: a.city,
          citycode: a.citycode,
          type: 'housenumber',
        },
      })),
      attribution: 'BAN',
      licence: 'ETALAB-2.0',
      query: q,
      limit: limite,
    });
    const repondre = () => res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(corps);
    if (q.includes('lent')) setTimeout(repondre, 5000);
    else repondre();
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  const { port } = serveur.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requetes,
    fermer: () =>
      new Promise<void>((resolve) => {
        serveur.closeAllConnections();
        serveur.close(() => resolve());
      }),
  };
}
