import { demandeDeCleOutbox, insererDemande } from '../../repositories/demandes';
import { modifierDossier } from './trace';
import type { Executeur } from './types';

/**
 * Asks the citizen for a justificatif after deposit: one request row, shown on the portal until answered or cancelled.
 * Idempotent twice over: the journal entry carries the outbox key (modifierDossier skips a row it already wrote), and
 * the request itself carries it under a unique index.
 */
export const executerDemanderJustificatif: Executeur<'demander_justificatif'> = async (effet, ctx) => {
  await modifierDossier(ctx, async (trx, dossier) => {
    if (await demandeDeCleOutbox(trx, ctx.ligne.cle)) return null;
    const demandeId = await insererDemande(
      trx,
      { dossierId: dossier.id, typeDocument: effet.typeDocument, message: effet.message, cleOutbox: ctx.ligne.cle },
      new Date(),
    );
    return {
      // No dossier column changes; the version still moves, so an agent's open page learns of the request.
      changements: {},
      action: 'dossier.justificatif_demande',
      details: { demandeId, typeDocument: effet.typeDocument },
    };
  });
};
