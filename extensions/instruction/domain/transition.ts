/**
 * The instruction engine: given a guide, a dossier and an event, decide the dossier's next state, the history line
 * and the effects. Pure: time, actor and rights come in `ctx`; the caller persists and runs everything (effet.ts).
 * Like xstate's `transition`, nothing is executed here: tests check the effects returned, as data.
 */
import { corriger } from './correction';
import type { Acteur, Changement, DossierInstruction, Evenement } from './dossier';
import type { Effet } from './effet';
import { entrer } from './entrer';
import { erreurs, type ErreurDomaine } from './erreurs';
import { droitsRequis, estMasqueAuxAgents, trouverStatut, type Droit, type Guide } from './guide';
import { err, ok, type Result } from './result';

export interface ContexteTransition {
  now: Date;
  acteur: Acteur;
  /**
   * The acting agent's rights on the dossier's dispositif (rights matrix ∩ territoires, computed by the server).
   * Left out, rights are not checked: callers written before the rights matrix. The server must pass them.
   */
  droits?: readonly Droit[];
}

export interface ResultatTransition<D extends DossierInstruction = DossierInstruction> {
  dossier: D;
  changement: Changement;
  effets: Effet[];
}

export type ResultatOuErreur<D extends DossierInstruction = DossierInstruction> = Result<
  ResultatTransition<D>,
  ErreurDomaine
>;

/**
 * Applies an event to a dossier. Generic so that a caller passing a richer dossier row gets its other fields back
 * untouched. Access to the dossier itself (scope, territoires) is the server's job; this checks what the guide says:
 * which actor may perform the event, which transitions the statut offers, which rights they require.
 */
export function transition<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  evenement: Evenement,
  ctx: ContexteTransition,
): ResultatOuErreur<D> {
  switch (evenement.type) {
    case 'deposer':
      return deposer(guide, dossier, ctx);
    case 'changer_statut':
      return changerStatut(guide, dossier, evenement.vers, ctx);
    case 'corriger':
      return corriger(guide, dossier, evenement, ctx);
  }
}

/** Only the citizen submits; the dossier enters the guide at its statutDepot. */
function deposer<D extends DossierInstruction>(guide: Guide, dossier: D, ctx: ContexteTransition): ResultatOuErreur<D> {
  if (ctx.acteur.type !== 'usager') return err(erreurs.deposeParAutreQueUsager(dossier));
  if (dossier.etat !== 'brouillon') return err(erreurs.dejaDepose(dossier));
  const cible = trouverStatut(guide, guide.statutDepot);
  // validerGuide guarantees it exists; a guide loaded without validation must not crash the submission.
  if (!cible) return err(erreurs.statutInconnu(guide.statutDepot));
  return ok(entrer(guide, dossier, cible, ctx, { nature: 'depot', executerActions: true }));
}

/**
 * Agents and connectors (acteur « systeme ») move a submitted dossier along the transitions its current statut
 * offers. An agent also needs one of the transition's rights, and cannot reach a statut reserved to connectors.
 */
function changerStatut<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  vers: string,
  ctx: ContexteTransition,
): ResultatOuErreur<D> {
  if (ctx.acteur.type === 'usager') return err(erreurs.changementParUsager(dossier));
  if (dossier.etat === 'brouillon') return err(erreurs.nonDepose(dossier));
  if (dossier.etat === 'cloture') return err(erreurs.cloture(dossier));
  const cible = trouverStatut(guide, vers);
  if (!cible) return err(erreurs.statutInconnu(vers));
  const courant = dossier.statut === null ? undefined : trouverStatut(guide, dossier.statut);
  if (!courant) return err(erreurs.statutCourantInconnu(dossier));
  const possible = courant.statut.transitions.find((candidate) => candidate.vers === vers);
  if (!possible) return err(erreurs.transitionNonAutorisee(dossier, courant.statut, cible.statut));
  if (ctx.acteur.type === 'agent') {
    if (estMasqueAuxAgents(cible.statut)) return err(erreurs.reserveConnecteurs(dossier, cible.statut));
    const requis = droitsRequis(possible);
    if (ctx.droits && !requis.some((droit) => ctx.droits?.includes(droit))) {
      return err(erreurs.droitsInsuffisants(dossier, cible.statut, requis));
    }
  }
  return ok(entrer(guide, dossier, cible, ctx, { nature: 'transition', executerActions: true }));
}
