/**
 * Addresses typed without choosing a suggestion are located with API Adresse (a local stub here) when the brouillon
 * is saved; a poor match or a broken service leaves the address as typed and never blocks the save.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { creerUsager, SAISIE_VALIDE } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let stub: Server;
let jean: Awaited<ReturnType<typeof creerUsager>>;
const requetes: string[] = [];
let mode: 'ok' | 'douteux' | 'panne' = 'ok';
const api = () => request(instance.http);

beforeAll(async () => {
  stub = createServer((req, res) => {
    requetes.push(req.url ?? '');
    if (mode === 'panne') {
      res.writeHead(503).end();
      return;
    }
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [2.290084, 49.897443] },
      properties: {
        label: '8 Boulevard du Port 80000 Amiens',
        score: mode === 'ok' ? 0.97 : 0.31,
        postcode: '80000',
        city: 'Amiens',
        citycode: '80021',
      },
    };
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ features: [feature] }));
  });
  await new Promise<void>((ok) => stub.listen(0, '127.0.0.1', ok));
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  await instance.strapi.plugin('instruction').service('demo').seed();
  jean = await creerUsager(instance.strapi, 'jean-geocodage');
  process.env.API_ADRESSE_URL = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env.API_ADRESSE_URL = '';
  await instance?.arreter();
  await new Promise((ok) => stub?.close(ok));
  delete process.env.JOBS_DISABLED;
});

async function enregistrerLieu(libelle: string) {
  const auth = { Authorization: `Bearer ${jean.jwt}` };
  const { numero } = (
    await api().post('/api/usagers/dossiers').set(auth).send({ dispositif: 'aide-projets-associatifs' }).expect(201)
  ).body.data;
  const res = await api()
    .put(`/api/usagers/dossiers/${numero}`)
    .set(auth)
    .send({ version: 1, donnees: { ...SAISIE_VALIDE, lieu: libelle } })
    .expect(200);
  return res.body.data.donnees.lieu;
}

describe('géocodage des adresses saisies', () => {
  it('complète une adresse tapée avec son code postal, sa commune, son code INSEE et ses coordonnées', async () => {
    mode = 'ok';
    expect(await enregistrerLieu('8 bd du port amiens')).toEqual({
      libelle: '8 bd du port amiens',
      codePostal: '80000',
      commune: 'Amiens',
      codeInsee: '80021',
      longitude: 2.290084,
      latitude: 49.897443,
    });
    expect(requetes.at(-1)).toBe('/search/?q=8+bd+du+port+amiens&limit=1');
  });

  it('garde l’adresse telle quelle si la correspondance est douteuse ou si le service est en panne', async () => {
    mode = 'douteux';
    expect(await enregistrerLieu('quelque part')).toEqual({ libelle: 'quelque part' });
    mode = 'panne';
    expect(await enregistrerLieu('ailleurs')).toEqual({ libelle: 'ailleurs' });
  });
});
