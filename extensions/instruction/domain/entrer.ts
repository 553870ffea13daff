/**
 * Entering a statut, once the event is allowed: the new state, the history line and the effects. Shared by
 * submissions, transitions and corrections, which differ only in who may do them (transition.ts, correction.ts).
 */
import type { Changement, DossierInstruction, NatureChangement } from './dossier';
import { effetsDuStatut } from './effet';
import { avanceLigneDeVie, indexEtape, type Guide, type StatutTrouve } from './guide';
import { positionLigneDeVie } from './ligne-de-vie';
import type { ContexteTransition, ResultatTransition } from './transition';

export interface ModeEntree {
  nature: NatureChangement;
  /** False for a correction that does not ask for them: no effect, no skipped étape. */
  executerActions: boolean;
  motif?: string;
}

/**
 * Where the dossier lands on the ligne de vie:
 * - in the étape of the statut entered, when the statut advances the ligne de vie (the default), when the dossier
 *   stood nowhere yet (submission) and always for a correction (the agent places the dossier explicitly);
 * - otherwise where it stood (« En attente de pièces » does not move it);
 * - then, if the statut has a `sauter_etapes` action, in the étape it names when that lies further: the étapes in
 *   between are skipped. The statut stays the one entered — its transitions remain the agent's buttons — so a
 *   skip never decides anything by landing in a statut the agent did not choose.
 */
export function entrer<D extends DossierInstruction>(
  guide: Guide,
  dossier: D,
  cible: StatutTrouve,
  ctx: ContexteTransition,
  mode: ModeEntree,
): ResultatTransition<D> {
  const avant = positionLigneDeVie(guide, dossier);
  const duStatut = indexEtape(guide, cible.etape.code);
  const placer = mode.nature === 'correction' || avant < 0 || avanceLigneDeVie(cible.statut);
  let position = placer ? duStatut : avant;
  const etapesSautees: string[] = [];
  if (mode.executerActions) {
    for (const action of cible.statut.actions) {
      if (action.type !== 'sauter_etapes') continue;
      const vers = indexEtape(guide, action.vers);
      if (vers <= position) continue;
      etapesSautees.push(...guide.etapes.slice(position + 1, vers).map((etape) => etape.code));
      position = vers;
    }
  }
  const etape = guide.etapes[position] ?? cible.etape;
  // A copy: the caller may reuse or mutate its clock value after the call.
  const date = new Date(ctx.now.getTime());

  const suivant: D = {
    ...dossier,
    etat: cible.statut.cloture ? 'cloture' : 'depose',
    statut: cible.statut.code,
    etape: etape.code,
    ...(position !== avant ? { entreeEtapeLe: date } : {}),
    version: dossier.version + 1,
  };
  const changement: Changement = {
    nature: mode.nature,
    de: dossier.statut,
    vers: cible.statut.code,
    etapeDe: guide.etapes[avant]?.code ?? dossier.etape,
    etapeVers: etape.code,
    avanceLigneDeVie: position > avant,
    etapesSautees,
    ...(mode.motif === undefined ? {} : { motif: mode.motif }),
    date: new Date(date.getTime()),
    acteur: { ...ctx.acteur },
  };
  const effets = mode.executerActions ? effetsDuStatut(cible.statut, dossier.id) : [];
  return { dossier: suivant, changement, effets };
}
