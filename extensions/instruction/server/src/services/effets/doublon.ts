import { cleJournalisee, numerosDoublons } from '../../repositories/dossiers-actions';
import { journaliser, verrouillerDossier } from '../../repositories/journal';
import { transitionSysteme } from './transition-systeme';
import { ACTEUR_ACTIONS, EchecAction, type Executeur } from './types';

/**
 * Looks for other dossiers of the dispositif with the same applicant and/or beneficiary. Found → journal « doublon
 * détecté » with their numeros and, when the guide says so, a system transition to `statutSiDoublon`.
 */
export const executerDetecterDoublon: Executeur<'detecter_doublon'> = async (effet, ctx) => {
  const { strapi, ligne, dossier } = ctx;
  const numeros = await numerosDoublons(strapi.db.connection, dossier, effet.critere);
  if (numeros.length === 0) return;
  await strapi.db.connection.transaction(async (trx) => {
    await verrouillerDossier(trx, dossier.id);
    if (await cleJournalisee(trx, dossier.id, ligne.cle, { action: 'dossier.doublon_detecte' })) return;
    await journaliser(trx, {
      dossierId: dossier.id,
      date: new Date(),
      acteur: ACTEUR_ACTIONS,
      action: 'dossier.doublon_detecte',
      details: { critere: effet.critere, doublons: numeros.join(','), cle: ligne.cle },
    });
  });
  if (!effet.statutSiDoublon) return;
  const issue = await transitionSysteme(ctx, dossier.id, effet.statutSiDoublon, { motif: 'doublon' });
  if (!issue.fait && issue.refus) {
    throw new EchecAction(`Doublon détecté, mais le dossier n’a pas pu changer de statut : ${issue.refus}`);
  }
};
