import request from 'supertest';
import type { Core } from '@strapi/strapi';

/** A citizen account as the OIDC bridge would create it, with a users-permissions JWT for API calls. */
export async function creerUsager(strapi: Core.Strapi, sub: string, prenom = 'Jean', nom = 'Dupont') {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'usager' } });
  const usager = await strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: `oidc-${sub}`,
      email: `${sub}@example.fr`,
      oidcSub: sub,
      prenom,
      nom,
      provider: 'oidc',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  });
  const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: usager.id }) as string;
  return { id: Number(usager.id), jwt, email: usager.email as string };
}

/**
 * An admin user with the Instructeur role (from the demo seed); habilitated on the given dispositifs only, with the
 * demo's rights (lire, instruire, decider) unless `droits` says otherwise.
 */
export async function creerAgent(strapi: Core.Strapi, email: string, dispositifIds: number[], droits?: string[]) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'guichet-instructeur' } });
  const password = 'Agent-Test-2026';
  const agent = await strapi.service('admin::user').create({
    email,
    firstname: 'Agent',
    lastname: email.split('@')[0],
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  for (const id of dispositifIds) await strapi.plugin('instruction').service('demo').habiliter(agent.id, id, droits);
  const res = await request(strapi.server.httpServer).post('/admin/login').send({ email, password }).expect(200);
  return { id: Number(agent.id), jeton: res.body.data.token as string };
}

export const PDF_MINIMAL = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export const SAISIE_VALIDE = {
  intitule: 'Festival de la vallée',
  date_debut: '2027-05-14',
  categorie: 'culture',
  montant_demande: 2500.5,
};

/** Row count as a number on both dialects (Postgres returns counts as strings). */
export async function compter(strapi: Core.Strapi, table: string, where: Record<string, unknown>): Promise<number> {
  const [ligne] = await strapi.db.connection(table).where(where).count('* as n');
  return Number(ligne!.n);
}
