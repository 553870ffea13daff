/**
 * The instruction engine: given a guide, a dossier and an event, decide the dossier's next state, the history line
 * and the effects. Pure: time and actor come in `ctx`, and the caller persists and runs everything (see effet.ts).
 */
import type { Acteur, Changement, DossierInstruction, Evenement } from './dossier';
import { effetsDuStatut, type Effet } from './effet';
import { erreurs, type ErreurDomaine } from './erreurs';
import { trouverStatut, type Guide, type StatutTrouve } from './guide';
import { err, ok, type Result } from './result';

export interface ContexteTransition {
  now: Date;
  acteur: Acteur;
}

export interface ResultatTransition<D extends DossierInstruction = DossierInstruction> {
  dossier: D;
  changement: Changement;
  effets: Effet[];
}

/**
 * Applies an event to a dossier. Generic so that a caller passing a richer dossier row gets its other fields back
 * untouched. Authorisation to the dossier itself (scope, habilitations) is the server's job; this only checks that
 * the kind of actor may perform the event at all.
 */
export function transition<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  evenement: Evenement,
  ctx: ContexteTransition,
): Result<ResultatTransition<D>, ErreurDomaine> {
  switch (evenement.type) {
    case 'deposer':
      return deposer(guide, dossier, ctx);
    case 'changer_statut':
      return changerStatut(guide, dossier, evenement.vers, ctx);
  }
}

/** Only the citizen submits; the dossier enters the guide at its statutDepot. */
function deposer<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  ctx: ContexteTransition,
): Result<ResultatTransition<D>, ErreurDomaine> {
  if (ctx.acteur.type !== 'usager') return err(erreurs.deposeParAutreQueUsager(dossier));
  if (dossier.etat !== 'brouillon') return err(erreurs.dejaDepose(dossier));
  const cible = trouverStatut(guide, guide.statutDepot);
  // validerGuide guarantees it exists; a guide loaded without validation must not crash the submission.
  if (!cible) return err(erreurs.statutInconnu(guide.statutDepot));
  return ok(entrer(dossier, cible, ctx));
}

/** Agents (or scheduled jobs) move a submitted dossier along the transitions its current statut offers. */
function changerStatut<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  vers: string,
  ctx: ContexteTransition,
): Result<ResultatTransition<D>, ErreurDomaine> {
  if (ctx.acteur.type === 'usager') return err(erreurs.changementParUsager(dossier));
  if (dossier.etat === 'brouillon') return err(erreurs.nonDepose(dossier));
  if (dossier.etat === 'cloture') return err(erreurs.cloture(dossier));
  const cible = trouverStatut(guide, vers);
  if (!cible) return err(erreurs.statutInconnu(vers));
  const courant = dossier.statut === null ? undefined : trouverStatut(guide, dossier.statut);
  if (!courant) return err(erreurs.statutCourantInconnu(dossier));
  if (!courant.statut.transitions.some((possible) => possible.vers === vers)) {
    return err(erreurs.transitionNonAutorisee(dossier, courant.statut, cible.statut));
  }
  return ok(entrer(dossier, cible, ctx));
}

/** Every successful event ends here: new state, one history line, the target statut's effects. */
function entrer<D extends DossierInstruction>(
  dossier: D,
  cible: StatutTrouve,
  ctx: ContexteTransition,
): ResultatTransition<D> {
  const suivant: D = {
    ...dossier,
    etat: cible.statut.cloture ? 'cloture' : 'depose',
    statut: cible.statut.code,
    etape: cible.etape.code,
    version: dossier.version + 1,
  };
  const changement: Changement = {
    de: dossier.statut,
    vers: cible.statut.code,
    etapeDe: dossier.etape,
    etapeVers: cible.etape.code,
    // A copy: the caller may reuse or mutate its clock value after the call.
    date: new Date(ctx.now.getTime()),
    acteur: { ...ctx.acteur },
  };
  return { dossier: suivant, changement, effets: effetsDuStatut(cible.statut, dossier.id) };
}
