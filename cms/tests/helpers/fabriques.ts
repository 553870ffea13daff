import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { droitsReconnus } from '../../../extensions/instruction/server/src/repositories/habilitations';

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
 * An admin user with the Instructeur role (from the demo seed) and a profil métier of their own (code
 * `agent-<email>`) holding `droits` on the given dispositifs only — voir, instruire, decider unless said otherwise
 * (« lire » means « voir »; unknown words grant nothing). `territoireIds` limits them to territoires (default: none,
 * every territoire).
 */
export async function creerAgent(
  strapi: Core.Strapi,
  email: string,
  dispositifIds: number[],
  droits?: string[],
  territoireIds?: number[],
) {
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
  if (dispositifIds.length > 0 || territoireIds) {
    await strapi
      .plugin('instruction')
      .service('droits')
      .habiliterAgent({
        adminUserId: Number(agent.id),
        profil: { code: `agent-${email.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, libelle: `Profil de ${email}` },
        dispositifIds,
        droits: droitsReconnus(droits ?? ['voir', 'instruire', 'decider']),
        territoireIds,
      });
  }
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
