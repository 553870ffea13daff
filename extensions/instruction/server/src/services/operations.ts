import type { Core } from '@strapi/strapi';
import { DRAPEAUX, verifierClassement } from '../../../domain/classification';
import { dossierIntrouvable, ErreurGuichet } from '../erreurs';
import { trouverDispositif } from '../repositories/dispositifs';
import { trouverDossierAgent } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { journaliser, verrouillerDossier } from '../repositories/journal';
import { ancetres, numeroDe, reglagesDispositif } from '../repositories/operations';
import type { Db } from '../repositories/sql';
import { deposerParAgent } from './depot-agent';
import type { Agent } from './dossiers-agent';
import { acteurAgent, operer } from './operer';

/** A French refusal about one field of the request (422), shown on that field by the admin form. */
export const refusSurChamp = (champ: string, code: string, message: string) =>
  new ErreurGuichet(422, code, message, { erreurs: [{ champ, code, message }] });

/** Agents' operations on one dossier: classement, drapeaux, links, duplication, soft deletion (issue 4). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const detail = (numero: string, agentId: number) =>
    strapi.plugin('instruction').service('dossiersAgent').detail(numero, agentId);

  /** Writes a journal entry on another dossier (the other end of a link or a duplication), holding its row. */
  async function journaliserAussi(
    trx: Db,
    dossierId: number,
    agent: Agent,
    action: 'dossier.lie' | 'dossier.duplique',
    details: Record<string, string | number | null>,
  ) {
    await verrouillerDossier(trx, dossierId);
    await journaliser(trx, { dossierId, date: new Date(), acteur: acteurAgent(agent), action, details });
  }

  return {
    /** Files the dossier under a path of the dispositif's classification (empty path: unclassified). */
    async classer(numero: string, agent: Agent, corps: { version: number; classement: string[] }) {
      await operer(knex(), numero, agent, corps.version, async (trx, dossier) => {
        const reglages = (await reglagesDispositif(trx, dossier.dispositifId))!;
        const verification = verifierClassement(reglages.classification, corps.classement);
        if (!verification.ok) {
          throw refusSurChamp(`classement.${verification.niveau}`, 'CLASSEMENT_INVALIDE', verification.message);
        }
        return {
          colonnes: { classement: corps.classement },
          action: 'dossier.classe',
          details: { de: dossier.classement.join(' › ') || null, vers: verification.libelles.join(' › ') || null },
        };
      });
      return detail(numero, agent.id);
    },

    /** Sets the dossier's flags (the whole set: an empty list clears them), stored in a fixed order. */
    async marquer(numero: string, agent: Agent, corps: { version: number; drapeaux: string[] }) {
      const drapeaux = DRAPEAUX.filter((d) => corps.drapeaux.includes(d));
      await operer(knex(), numero, agent, corps.version, async (_trx, dossier) => ({
        colonnes: { drapeaux },
        action: 'dossier.drapeaux_modifies',
        details: { de: dossier.drapeaux.join(',') || null, vers: drapeaux.join(',') || null },
      }));
      return detail(numero, agent.id);
    },

    /**
     * Soft deletion, with the « décider » right, the numero typed again and a motif: the row stays (the purge removes
     * it later) but the dossier disappears from every scope, for agents and the citizen alike.
     */
    async supprimer(numero: string, agent: Agent, corps: { version: number; confirmation: string; motif: string }) {
      if (corps.confirmation.trim() !== numero) {
        throw refusSurChamp(
          'confirmation',
          'CONFIRMATION_INCORRECTE',
          `Recopiez le numéro du dossier (${numero}) pour confirmer la suppression.`,
        );
      }
      const motif = corps.motif.trim();
      if (!motif) throw refusSurChamp('motif', 'MOTIF_OBLIGATOIRE', 'Indiquez le motif de la suppression.');
      await operer(knex(), numero, agent, corps.version, async (trx, dossier, maintenant) => {
        if (!(await droitsAgent(trx, agent.id, dossier.dispositifId)).includes('decider')) {
          throw new ErreurGuichet(
            403,
            'DROITS_INSUFFISANTS',
            'Supprimer un dossier demande le droit « décider » sur ce dispositif.',
          );
        }
        return {
          colonnes: { supprimeLe: maintenant, supprimeParAgentId: agent.id, motifSuppression: motif },
          action: 'dossier.supprime',
          details: { motif },
        };
      });
      return { numero, supprime: true };
    },

    /**
     * Links the dossier to a parent (or unlinks it: null). Both must be in the agent's scope; a dossier may not
     * become its own ancestor. Journaled on the dossier, on the new parent and on the former one.
     */
    async lier(numero: string, agent: Agent, corps: { version: number; parent: string | null }) {
      await operer(knex(), numero, agent, corps.version, async (trx, dossier) => {
        let parent: { id: number; numero: string } | null = null;
        if (corps.parent !== null) {
          const trouve = await trouverDossierAgent(trx, corps.parent, agent.id);
          if (!trouve) {
            throw refusSurChamp('parent', 'PARENT_INTROUVABLE', `Le dossier ${corps.parent} est introuvable.`);
          }
          if (trouve.id === dossier.id || (await ancetres(trx, trouve.id)).includes(dossier.id)) {
            throw refusSurChamp(
              'parent',
              'LIEN_CIRCULAIRE',
              `Le dossier ${trouve.numero} descend de ${numero} : les lier formerait une boucle.`,
            );
          }
          parent = trouve;
        }
        // Every row this link writes, locked in id order first: two agents linking A↔B at once queue, never deadlock.
        const lignes = [dossier.id, dossier.parentId, parent?.id].filter((id): id is number => id != null);
        for (const id of [...new Set(lignes)].sort((a, b) => a - b)) await verrouillerDossier(trx, id);
        const ancien = dossier.parentId === null ? null : await numeroDe(trx, dossier.parentId);
        return {
          colonnes: { parentId: parent?.id ?? null },
          action: 'dossier.lie',
          details: { parent: parent?.numero ?? null, ancienParent: ancien },
          apres: async (t) => {
            if (dossier.parentId !== null && dossier.parentId !== parent?.id && ancien !== null) {
              await journaliserAussi(t, dossier.parentId, agent, 'dossier.lie', { enfantRetire: numero });
            }
            if (parent && parent.id !== dossier.parentId) {
              await journaliserAussi(t, parent.id, agent, 'dossier.lie', { enfantAjoute: numero });
            }
          },
        };
      });
      return detail(numero, agent.id);
    },

    /**
     * A copy of the dossier (same données, model version, usager, individu), deposited on the guide's first statut
     * without running its actions (the citizen is not notified twice); the copy is the original's child when `lier`.
     * Journaled on both.
     */
    async dupliquer(numero: string, agent: Agent, corps: { lier: boolean }) {
      const maintenant = new Date();
      const copie = await knex().transaction(async (trx) => {
        const original = await trouverDossierAgent(trx, numero, agent.id);
        if (!original) throw dossierIntrouvable();
        const { guide } = (await trouverDispositif(trx, original.dispositifId))!;
        const nouveau = await deposerParAgent(trx, {
          guide,
          dispositifId: original.dispositifId,
          usagerId: original.usagerId,
          individuId: original.individuId,
          parentId: corps.lier ? original.id : null,
          modeleVersionId: original.modeleVersionId,
          typeProfil: original.typeProfil,
          donnees: original.donnees,
          agent,
          maintenant,
          executerActions: false,
          journal: { action: 'dossier.duplique', details: { original: numero, lie: corps.lier ? 1 : 0 } },
        });
        await journaliserAussi(trx, original.id, agent, 'dossier.duplique', {
          copie: nouveau.numero,
          lie: corps.lier ? 1 : 0,
        });
        return nouveau.numero;
      });
      return detail(copie, agent.id);
    },
  };
};
