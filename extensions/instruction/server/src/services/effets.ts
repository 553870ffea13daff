import type { Core } from '@strapi/strapi';
import { ErreurGuichet } from '../erreurs';
import { trouverDispositif } from '../repositories/dispositifs';
import { trouverDossierParId } from '../repositories/dossiers';
import type { OutboxLigne } from '../repositories/outbox';
import { executerAffecter } from './effets/affecter';
import { executerConversation } from './effets/conversation';
import { executerCourriel } from './effets/courriel';
import { executerDemanderJustificatif } from './effets/demander-justificatif';
import { executerDocument } from './effets/document';
import { executerStatutDossierLie } from './effets/dossier-lie';
import { executerDetecterDoublon } from './effets/doublon';
import { executerModifierChamps } from './effets/modifier-champs';
import { executerOnglet } from './effets/onglet';
import { executerSms } from './effets/sms';
import { executeursTiers } from './effets/tiers';
import {
  type CacheLot,
  type ContexteEffet,
  EchecAction,
  type EffetDe,
  type Executeur,
  type RegistreEffets,
  type TypeEffet,
} from './effets/types';
import { creerCacheLot, laisseLeDossier } from './effets/lot';
import { executerWebhook } from './effets/webhook';

/** Action types of the guide that this server does not execute yet: the row fails visibly instead of doing nothing. */
const nonPriseEnCharge =
  <T extends TypeEffet>(type: T): Executeur<T> =>
  async () => {
    throw new EchecAction(`Action « ${type} » non prise en charge par ce serveur pour le moment.`);
  };

/** One executor per action type (services/effets/*); the tiers' ones (creer_individu, creer_profil) live in tiers.ts. */
const EXECUTEURS: RegistreEffets = {
  courriel: executerCourriel,
  sms: executerSms,
  document: executerDocument,
  webhook: executerWebhook,
  affecter: executerAffecter,
  modifier_champs: executerModifierChamps,
  onglet: executerOnglet,
  conversation: executerConversation,
  statut_dossier_lie: executerStatutDossierLie,
  detecter_doublon: executerDetecterDoublon,
  demander_justificatif: executerDemanderJustificatif,
  creer_individu: nonPriseEnCharge('creer_individu'),
  creer_profil: nonPriseEnCharge('creer_profil'),
  ...executeursTiers,
};

/**
 * The row's error is shown to agents (the dossier's deliveries): our errors are already in French; anything else
 * (database, network library) gets a French sentence in front of its own message.
 */
function enFrancais(erreur: unknown): Error {
  const nommee = erreur instanceof Error && ['ErreurEditique', 'ErreurGuichet'].includes(erreur.name);
  if (erreur instanceof EchecAction || erreur instanceof ErreurGuichet || nommee) return erreur as Error;
  const detail = erreur instanceof Error ? erreur.message : String(erreur);
  return new EchecAction(`Erreur technique pendant l’action, nouvel essai automatique : ${detail.slice(0, 300)}`, {
    cause: erreur,
  });
}

/**
 * Runs one outbox row. Called by the job runner; safe to call again for the same row (see effets/trace.ts). In a
 * batch job, `lot` holds the reads the batch's rows share (the dossier, the dispositif, the history lines).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    /** The shared reads of a batch job's rows (see effets/lot.ts). */
    cacheLot: (lignes: OutboxLigne[]): CacheLot => creerCacheLot(knex, lignes),

    async executer(ligne: OutboxLigne, lot?: CacheLot) {
      const dossier = lot ? await lot.dossier(ligne.dossierId) : await trouverDossierParId(knex(), ligne.dossierId);
      // A dossier deleted since (soft or purged) gets nothing more: no email about a dossier that no longer exists.
      if (!dossier || dossier.supprimeLe) return;
      const dispositif = (
        lot ? await lot.dispositif(dossier.dispositifId) : await trouverDispositif(knex(), dossier.dispositifId)
      )!;
      const ctx: ContexteEffet = { strapi, ligne, dossier, dispositif, lot };
      const effet = ligne.payload;
      const executeur = EXECUTEURS[effet.type] as Executeur<typeof effet.type> | undefined;
      if (!executeur) throw new EchecAction(`Action « ${String(effet.type)} » inconnue de ce serveur.`);
      try {
        await executeur(effet as EffetDe<typeof effet.type>, ctx);
      } catch (erreur) {
        throw enFrancais(erreur);
      } finally {
        // Even a failed action may have changed the dossier before failing.
        if (lot && !laisseLeDossier(effet.type)) lot.oublierDossier(dossier.id);
      }
    },
  };
};
