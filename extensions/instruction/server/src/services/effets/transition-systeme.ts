import { transition, type DetailsJournal } from '../../../../domain';
import { trouverDispositif } from '../../repositories/dispositifs';
import { cleJournalisee } from '../../repositories/dossiers-actions';
import { trouverDossierParId } from '../../repositories/dossiers';
import { verrouillerDossier } from '../../repositories/journal';
import { enregistrerTransition } from '../../repositories/transition';
import { dossierPourDomaine } from '../vues';
import { ACTEUR_ACTIONS, type ContexteEffet } from './types';

export type IssueTransition = { fait: true } | { fait: false; refus?: string };

/**
 * Moves a dossier (this one or a linked one) to `vers` as the system, through a transition its own guide offers:
 * same engine, history line, outbox rows for the statut's actions and journal entry as an agent's change, in one
 * transaction. Idempotent: the journal entry carries the outbox key of the row asking, and a dossier already in
 * `vers` is left alone. A refusal of the guide is returned (French message of the engine), not thrown.
 */
export async function transitionSysteme(
  ctx: ContexteEffet,
  dossierId: number,
  vers: string,
  details: DetailsJournal = {},
): Promise<IssueTransition> {
  const { strapi, ligne } = ctx;
  let effets = 0;
  const issue = await strapi.db.connection.transaction(async (trx): Promise<IssueTransition> => {
    await verrouillerDossier(trx, dossierId);
    if (await cleJournalisee(trx, dossierId, ligne.cle, { action: 'dossier.statut_change' })) return { fait: false };
    const dossier = await trouverDossierParId(trx, dossierId);
    if (!dossier || dossier.supprimeLe || dossier.statut === vers) return { fait: false };
    const dispositif = (await trouverDispositif(trx, dossier.dispositifId))!;
    const resultat = transition(
      dispositif.guide,
      dossierPourDomaine(dossier),
      { type: 'changer_statut', vers },
      { now: new Date(), acteur: ACTEUR_ACTIONS },
    );
    if (!resultat.ok) return { fait: false, refus: `${dossier.numero} : ${resultat.error.message}` };
    await enregistrerTransition(trx, dossier.version, resultat.value, {
      action: 'dossier.statut_change',
      details: { de: dossier.statut, vers: resultat.value.dossier.statut, ...details, cle: ligne.cle },
    });
    effets = resultat.value.effets.length;
    return { fait: true };
  });
  if (effets > 0) strapi.plugin('instruction').service('jobs').signaler();
  return issue;
}
