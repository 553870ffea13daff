import type { Core } from '@strapi/strapi';
import { donneesAEnregistrer, validerDonnees } from '@guichet/formulaires';
import { ErreurGuichet } from '../erreurs';
import { trouverDispositifParSlug } from '../repositories/dispositifs';
import { droitsAgent } from '../repositories/habilitations';
import { reglagesDispositif } from '../repositories/operations';
import {
  type Adresse,
  individuAnonyme,
  insererIndividu,
  rechercherIndividus,
  resumeIndividu,
  trouverIndividu,
} from '../repositories/tiers';
import { TABLE } from '../constants';
import { aujourdhuiEnFrance } from './calendrier';
import { deposerParAgent } from './depot-agent';
import type { Agent } from './dossiers-agent';
import type { ModeleDossier } from './modeles';
import { refusSurChamp } from './operations';

/**
 * The citizen account of dossiers filed for someone without one (an individu known only to the agents, or the
 * « Anonyme » placeholder): a blocked users-permissions user nobody can sign in as. It keeps dossiers.usager_id
 * required and makes such dossiers visible to no citizen; no email is sent to it (see creerDossier).
 */
export const USAGER_TECHNIQUE = { username: 'guichet-anonyme', email: 'anonyme@guichet.invalid' };

const dispositifIntrouvable = () => new ErreurGuichet(404, 'INTROUVABLE', 'Ce dispositif est introuvable.');
const droitManquant = () =>
  new ErreurGuichet(403, 'DROITS_INSUFFISANTS', 'Il faut le droit « instruire » sur au moins un dispositif.');

/** An agent files a dossier for someone: finding or creating the individu, then the deposited dossier (issue 4). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const plugin = () => strapi.plugin('instruction');

  /** Individus are not scoped by dispositif: any agent who instructs somewhere may search and create them. */
  async function exigerInstruireQuelquePart(agent: Agent) {
    const ids = (await knex()(TABLE.dispositifs).select('id').orderBy('id')).map((l: { id: number }) => Number(l.id));
    for (const id of ids) if ((await droitsAgent(knex(), agent.id, id)).includes('instruire')) return;
    throw droitManquant();
  }

  async function usagerTechnique(): Promise<number> {
    const utilisateurs = strapi.db.query('plugin::users-permissions.user');
    const existant = await utilisateurs.findOne({ where: { username: USAGER_TECHNIQUE.username } });
    if (existant) return Number(existant.id);
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'usager' } });
    try {
      const cree = await utilisateurs.create({
        data: {
          ...USAGER_TECHNIQUE,
          nom: 'Anonyme',
          provider: 'guichet',
          confirmed: false,
          blocked: true,
          role: role?.id,
        },
      });
      return Number(cree.id);
    } catch (erreur) {
      // Two first creations raced: the unique username kept one, use it.
      const gagnant = await utilisateurs.findOne({ where: { username: USAGER_TECHNIQUE.username } });
      if (gagnant) return Number(gagnant.id);
      throw erreur;
    }
  }

  return {
    usagerTechnique,

    /** The dispositifs the agent may file a dossier on (« instruire »), for the creation page's select. */
    async dispositifsOuverts(agent: Agent) {
      const lignes = await knex()(TABLE.dispositifs)
        .select(['id', 'slug', 'titre', 'creation_anonyme'])
        .orderBy('titre');
      const ouverts = [];
      for (const l of lignes as Array<Record<string, unknown>>) {
        if ((await droitsAgent(knex(), agent.id, Number(l.id))).includes('instruire')) {
          ouverts.push({ slug: String(l.slug), titre: String(l.titre), creationAnonyme: Boolean(l.creation_anonyme) });
        }
      }
      return ouverts;
    },

    async rechercherIndividus(agent: Agent, q: string) {
      await exigerInstruireQuelquePart(agent);
      return rechercherIndividus(knex(), q, 20);
    },

    async creerIndividu(
      agent: Agent,
      corps: {
        type?: 'adulte' | 'enfant' | 'contact';
        civilite?: string;
        nom: string;
        prenom?: string;
        nomNaissance?: string;
        dateNaissance?: string;
        communeNaissance?: string;
        email?: string;
        telephone?: string;
        adresse?: Adresse;
      },
    ) {
      await exigerInstruireQuelquePart(agent);
      const id = await insererIndividu(knex(), corps, new Date());
      return resumeIndividu((await trouverIndividu(knex(), id))!);
    },

    /**
     * A dossier filed by an agent: on a dispositif where they hold « instruire » (else 404, like an unknown one), for
     * an individu (the dossier's usager is the individu's account, or the technical one) or for the « Anonyme »
     * placeholder when the dispositif allows it. Numbered and deposited like a citizen's dossier, automatic
     * assignment included, in ONE transaction; the deposit's actions run only when a real citizen account is behind
     * it (no email to the technical account).
     */
    async creerDossier(
      agent: Agent,
      corps: { dispositif: string; individuId?: number; anonyme?: true; donnees?: Record<string, unknown> },
    ) {
      const dispositif = await trouverDispositifParSlug(knex(), corps.dispositif);
      if (!dispositif || !(await droitsAgent(knex(), agent.id, dispositif.id)).includes('instruire')) {
        throw dispositifIntrouvable();
      }
      const reglages = (await reglagesDispositif(knex(), dispositif.id))!;
      const maintenant = new Date();
      let individu;
      if (corps.anonyme) {
        if (!reglages.creationAnonyme) {
          throw refusSurChamp('anonyme', 'ANONYME_INTERDIT', 'Ce dispositif n’accepte pas de dossier anonyme.');
        }
        individu = await individuAnonyme(knex(), maintenant);
      } else {
        individu = await trouverIndividu(knex(), corps.individuId!);
        if (!individu || individu.anonyme) {
          throw refusSurChamp('individuId', 'INDIVIDU_INTROUVABLE', 'Cet individu est introuvable.');
        }
      }
      const usagerId = individu.usagerId ?? (await usagerTechnique());
      const formulaire: ModeleDossier = await plugin().service('modeles').courant(dispositif);
      let donnees = {};
      if (corps.donnees) {
        const saisie = validerDonnees(formulaire.modele, corps.donnees, {
          mode: 'brouillon',
          vue: 'agent',
          aujourdhui: aujourdhuiEnFrance(maintenant),
          profil: 'particulier',
          referentiels: formulaire.referentiels,
          donneesExistantes: {},
        });
        if (!saisie.valide) {
          throw new ErreurGuichet(422, 'SAISIE_INVALIDE', 'Certaines informations sont à corriger.', {
            erreurs: saisie.erreurs,
          });
        }
        donnees = donneesAEnregistrer(formulaire.modele, 'agent', {}, saisie.donnees);
      }
      const { numero, effets } = await knex().transaction(async (trx) => {
        const depot = await deposerParAgent(trx, {
          guide: dispositif.guide,
          dispositifId: dispositif.id,
          usagerId,
          individuId: individu.id,
          parentId: null,
          modeleVersionId: formulaire.versionId,
          typeProfil: 'particulier',
          donnees,
          agent,
          maintenant,
          executerActions: individu.usagerId !== null,
          journal: {
            action: 'dossier.cree_par_agent',
            details: { individuId: individu.id, anonyme: individu.anonyme ? 1 : 0 },
          },
        });
        await plugin().service('affectation').affecterAuDepot(trx, depot.id, maintenant);
        return depot;
      });
      if (effets > 0) plugin().service('jobs').signaler();
      try {
        return await plugin().service('dossiersAgent').detail(numero, agent.id);
      } catch (erreur) {
        // Filed, but outside the agent's own scope (a territoire they are not limited to): they get its number.
        if (erreur instanceof ErreurGuichet && erreur.status === 404) return { numero };
        throw erreur;
      }
    },
  };
};
