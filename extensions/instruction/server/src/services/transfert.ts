import type { Core } from '@strapi/strapi';
import { transition } from '../../../domain';
import { dossierIntrouvable, ErreurGuichet, refusDuDomaine, versionPerimee } from '../erreurs';
import { trouverDispositif, trouverDispositifParSlug } from '../repositories/dispositifs';
import { trouverDossierAgent } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { TABLE } from '../constants';
import { enregistrerTransition } from '../repositories/transition';
import type { Agent } from './dossiers-agent';
import { dossierPourDomaine } from './vues';

export interface CorpsTransfert {
  version: number;
  dispositif: string;
  vers: string;
  motif: string;
  executerActions?: boolean;
}

const dispositifIntrouvable = () =>
  new ErreurGuichet(404, 'DISPOSITIF_INTROUVABLE', 'Ce dispositif est introuvable.', {
    erreurs: [{ champ: 'dispositif', code: 'DISPOSITIF_INTROUVABLE', message: 'Ce dispositif est introuvable.' }],
  });

/**
 * Correction « changer de dispositif » (Open CRM): an agent moves a dossier filed on the wrong dispositif to another
 * one, into a statut of the target's guide. It is a correction (« décider » on BOTH dispositifs, motif required, the
 * statut's actions only on request), written like one in ONE transaction — state and dispositif with a
 * compare-and-set, history line with the motif, journal « dossier.transfere », outbox rows. Only towards a dispositif
 * using the same form model: the answers stay valid and are still shown with the dossier's model version.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  return {
    async transferer(numero: string, agent: Agent, corps: CorpsTransfert) {
      const maintenant = new Date();
      let effets = 0;
      await knex().transaction(async (trx) => {
        const dossier = await trouverDossierAgent(trx, numero, agent.id);
        if (!dossier) throw dossierIntrouvable();
        if (dossier.version !== corps.version) throw versionPerimee();
        const source = (await trouverDispositif(trx, dossier.dispositifId))!;
        const cible = await trouverDispositifParSlug(trx, corps.dispositif);
        // A dispositif the agent holds no right on is as unknown to them as a missing one.
        const droitsCible = cible ? await droitsAgent(trx, agent.id, cible.id) : [];
        if (!cible || droitsCible.length === 0) throw dispositifIntrouvable();
        if (cible.id === source.id) {
          throw new ErreurGuichet(422, 'MEME_DISPOSITIF', 'Le dossier est déjà sur ce dispositif.', {
            erreurs: [
              { champ: 'dispositif', code: 'MEME_DISPOSITIF', message: 'Le dossier est déjà sur ce dispositif.' },
            ],
          });
        }
        if (cible.modeleCode !== source.modeleCode) {
          const message = `« ${cible.titre} » utilise un autre formulaire : le dossier ne peut être transféré que vers un dispositif au même formulaire.`;
          throw new ErreurGuichet(422, 'MODELE_DIFFERENT', message, {
            erreurs: [{ champ: 'dispositif', code: 'MODELE_DIFFERENT', message }],
          });
        }
        const droitsSource = await droitsAgent(trx, agent.id, source.id);
        // « décider » is needed on both sides: the engine checks the target's, the source's is checked here.
        const droits = droitsSource.includes('decider') ? droitsCible : droitsCible.filter((d) => d !== 'decider');
        const resultat = transition(
          cible.guide,
          dossierPourDomaine(dossier),
          { type: 'corriger', vers: corps.vers, motif: corps.motif, executerActions: corps.executerActions ?? false },
          { now: maintenant, acteur: { type: 'agent', id: agent.id, nom: agent.nom }, droits },
        );
        if (!resultat.ok) {
          const { code, message } = resultat.error;
          const champ = code === 'MOTIF_OBLIGATOIRE' ? 'motif' : code === 'STATUT_INCONNU' ? 'vers' : null;
          throw refusDuDomaine(resultat.error, champ ? { erreurs: [{ champ, code, message }] } : {});
        }
        await enregistrerTransition(trx, dossier.version, resultat.value, {
          action: 'dossier.transfere',
          details: {
            de: source.slug,
            vers: cible.slug,
            statut: resultat.value.dossier.statut,
            motif: corps.motif.trim(),
            actionsExecutees: resultat.value.effets.length,
          },
        });
        // The row is held by the compare-and-set above; the dispositif changes with the rest, or not at all.
        await trx(TABLE.dossiers).where({ id: dossier.id }).update({ dispositif_id: cible.id });
        effets = resultat.value.effets.length;
      });
      if (effets > 0) strapi.plugin('instruction').service('jobs').signaler();
    },
  };
};
