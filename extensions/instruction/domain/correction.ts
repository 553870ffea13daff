/**
 * Corrections: an agent places a dossier in any statut of the guide, outside the transitions the current statut
 * offers (Open CRM « Correction : changer manuellement l’étape et le statut »). They repair mistakes, so they also
 * reopen a closed dossier and move a dossier whose statut was removed from the guide. Being outside the guide's
 * rules, they need the right « décider », a motif kept in the history, and run the statut's actions only on request.
 */
import type { DossierInstruction, Evenement } from './dossier';
import { entrer } from './entrer';
import { erreurs } from './erreurs';
import { indexEtape, trouverStatut, type Guide } from './guide';
import { positionLigneDeVie } from './ligne-de-vie';
import { err, ok } from './result';
import type { ContexteTransition, ResultatOuErreur } from './transition';

export const DROIT_CORRECTION = 'decider';

export function corriger<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  evenement: Extract<Evenement, { type: 'corriger' }>,
  ctx: ContexteTransition,
): ResultatOuErreur<D> {
  if (ctx.acteur.type !== 'agent') return err(erreurs.correctionParAutreQuAgent(dossier));
  if (ctx.droits && !ctx.droits.includes(DROIT_CORRECTION)) return err(erreurs.correctionSansDroit(dossier));
  if (dossier.etat === 'brouillon') return err(erreurs.nonDepose(dossier));
  const motif = evenement.motif.trim();
  if (motif === '') return err(erreurs.motifObligatoire(dossier));
  const cible = trouverStatut(guide, evenement.vers);
  if (!cible) return err(erreurs.statutInconnu(evenement.vers));
  // The same statut in another étape is a real correction: it puts back a dossier a skip or a side statut moved.
  const memePlace =
    dossier.statut === cible.statut.code &&
    positionLigneDeVie(guide, dossier) === indexEtape(guide, cible.etape.code) &&
    dossier.etat === (cible.statut.cloture ? 'cloture' : 'depose');
  if (memePlace) return err(erreurs.correctionSansChangement(dossier, cible.statut));
  return ok(
    entrer(guide, dossier, cible, ctx, {
      nature: 'correction',
      executerActions: evenement.executerActions ?? false,
      motif,
    }),
  );
}
