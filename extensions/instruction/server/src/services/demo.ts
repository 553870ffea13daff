import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { DISPOSITIF_DEMO } from '../demo/dispositif-demo';
import { DROITS_HABILITATION } from '../repositories/habilitations';
import { MODELE_DEMO, REFERENTIEL_CANTONS } from '../demo/modele-demo';

export const AGENT_DEMO = {
  email: process.env.DEMO_AGENT_EMAIL || 'agent@guichet.localhost',
  password: process.env.DEMO_AGENT_PASSWORD || 'Instructeur-2026',
  firstname: 'Claire',
  lastname: 'Instructrice',
};
export const PROFIL_DEMO = { code: 'instructeur', libelle: 'Instructeur' };
export const ADMIN_DEMO = {
  email: process.env.DEMO_ADMIN_EMAIL || 'admin@guichet.localhost',
  password: process.env.DEMO_ADMIN_PASSWORD || 'Administrateur-2026',
  firstname: 'Alex',
  lastname: 'Administrateur',
};

/**
 * Idempotent demo seed: the demo dispositif, an "Instructeur" admin role, the demo agent, and the profil métier
 * « Instructeur » holding every right on the demo dispositif (the agent has no territorial limit).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function roleInstructeur() {
    const roles = strapi.service('admin::role');
    const existant = await strapi.db.query('admin::role').findOne({ where: { code: 'guichet-instructeur' } });
    const role =
      existant ??
      (await roles.create({
        name: 'Instructeur',
        code: 'guichet-instructeur',
        description: 'Agent qui instruit les dossiers',
      }));
    await roles.assignPermissions(role.id, [
      { action: 'plugin::instruction.dossiers.lire', subject: null, conditions: [], properties: {} },
      { action: 'plugin::instruction.dossiers.instruire', subject: null, conditions: [], properties: {} },
    ]);
    return role;
  }

  async function utilisateurAdmin(compte: typeof AGENT_DEMO, roleIds: number[]) {
    const existant = await strapi.db.query('admin::user').findOne({ where: { email: compte.email } });
    if (existant) return existant;
    // French interface for the demo accounts (the admin otherwise starts in English).
    return strapi
      .service('admin::user')
      .create({ ...compte, isActive: true, registrationToken: null, roles: roleIds, preferedLanguage: 'fr' });
  }

  return {
    async seed() {
      // The model first: the dispositif only takes dossiers once its model has a published version.
      const installation = strapi.plugin('formulaires').service('installation');
      await installation.installerReferentiel(REFERENTIEL_CANTONS);
      await installation.installerModele(
        { code: DISPOSITIF_DEMO.modeleCode, titre: DISPOSITIF_DEMO.titre, contenu: MODELE_DEMO },
        { publier: true },
      );
      const dispositif =
        (await strapi.db.query(UID.dispositif).findOne({ where: { slug: DISPOSITIF_DEMO.slug } })) ??
        (await strapi
          .documents(UID.dispositif as never)
          .create({ data: { ...DISPOSITIF_DEMO, publie: true } as never }));
      const superAdmin = await strapi.service('admin::role').getSuperAdmin();
      if (superAdmin) await utilisateurAdmin(ADMIN_DEMO, [superAdmin.id]);
      const agent = await utilisateurAdmin(AGENT_DEMO, [(await roleInstructeur()).id]);
      await strapi
        .plugin('instruction')
        .service('droits')
        .habiliterAgent({
          adminUserId: Number(agent.id),
          profil: PROFIL_DEMO,
          dispositifIds: [Number(dispositif.id)],
          droits: DROITS_HABILITATION,
        });
      return { dispositifId: Number(dispositif.id), agentId: Number(agent.id) };
    },
  };
};
