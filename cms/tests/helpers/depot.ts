import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { PDF_MINIMAL, SAISIE_VALIDE } from './fabriques';

/** Files a complete dossier on the demo dispositif through the citizen API; returns its numero. */
export async function deposerDossier(
  strapi: Core.Strapi,
  usager: { jwt: string },
  cle = `cle-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
  donnees: Record<string, unknown> = SAISIE_VALIDE,
) {
  const api = () => request(strapi.server.httpServer);
  const auth = { Authorization: `Bearer ${usager.jwt}` };
  const { numero } = (
    await api().post('/api/usagers/dossiers').set(auth).send({ dispositif: 'aide-projets-associatifs' }).expect(201)
  ).body.data;
  await api()
    .post(`/api/usagers/dossiers/${numero}/pieces`)
    .set(auth)
    .field('champ', 'budget')
    .attach('fichier', PDF_MINIMAL, 'budget.pdf')
    .expect(201);
  await api()
    .post(`/api/usagers/dossiers/${numero}/depot`)
    .set(auth)
    .set('Idempotency-Key', cle)
    .send({ version: 1, donnees })
    .expect(200);
  return numero as string;
}
