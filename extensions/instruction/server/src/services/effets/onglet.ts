import { modifierDossier } from './trace';
import type { Executeur } from './types';

/**
 * Shows, hides or opens for editing one onglet of one view: stored in dossier.onglets[vue][onglet] and honoured by
 * the projections (services/vues.ts). An onglet code unknown to the model is stored all the same: harmless, and
 * the model of a later version may have it.
 */
export const executerOnglet: Executeur<'onglet'> = async (effet, ctx) => {
  await modifierDossier(ctx, (_trx, dossier) => {
    if (dossier.onglets[effet.vue]?.[effet.onglet] === effet.etat) return null;
    const onglets = { ...dossier.onglets, [effet.vue]: { ...dossier.onglets[effet.vue], [effet.onglet]: effet.etat } };
    return {
      changements: { onglets },
      action: 'dossier.onglet_modifie',
      details: { vue: effet.vue, onglet: effet.onglet, etat: effet.etat },
    };
  });
};
