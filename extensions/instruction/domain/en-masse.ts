/**
 * Instruction en masse: one event applied to a selection of dossiers, each decided on its own. A dossier that
 * cannot move (another statut, closed, a right missing) fails alone; the others go ahead. The server writes the
 * successes in batches (state + history + outbox, compare-and-set on each version) and reports the failures.
 */
import type { DossierInstruction, Evenement } from './dossier';
import { erreurs, type ErreurDomaine } from './erreurs';
import type { Guide } from './guide';
import { err } from './result';
import { transition, type ContexteTransition, type ResultatOuErreur } from './transition';

/** Submissions are the citizen's, one at a time: bulk is for agents and connectors. */
export type EvenementEnMasse = Exclude<Evenement, { type: 'deposer' }>;

export interface ResultatEnMasse<D extends DossierInstruction = DossierInstruction> {
  id: number;
  numero: string;
  resultat: ResultatOuErreur<D>;
}

export interface BilanEnMasse {
  reussis: number;
  echecs: number;
  /** Failures counted by error code, for the summary shown to the agent (« 3 dossiers déjà clôturés »). */
  parCode: Partial<Record<ErreurDomaine['code'], number>>;
}

/**
 * One result per dossier, in the selection's order. All share the same instant and actor: they are one agent's
 * decision. A dossier listed twice fails the second time (DOSSIER_EN_DOUBLE) instead of moving twice.
 */
export function transitionEnMasse<D extends DossierInstruction>(
  guide: Guide,
  dossiers: readonly D[],
  evenement: EvenementEnMasse,
  ctx: ContexteTransition,
): ResultatEnMasse<D>[] {
  const vus = new Set<number>();
  return dossiers.map((dossier) => {
    const deja = vus.has(dossier.id);
    vus.add(dossier.id);
    return {
      id: dossier.id,
      numero: dossier.numero,
      resultat: deja ? err(erreurs.dossierEnDouble(dossier)) : transition(guide, dossier, evenement, ctx),
    };
  });
}

export function bilanEnMasse(resultats: readonly ResultatEnMasse[]): BilanEnMasse {
  const bilan: BilanEnMasse = { reussis: 0, echecs: 0, parCode: {} };
  for (const { resultat } of resultats) {
    if (resultat.ok) {
      bilan.reussis += 1;
    } else {
      bilan.echecs += 1;
      bilan.parCode[resultat.error.code] = (bilan.parCode[resultat.error.code] ?? 0) + 1;
    }
  }
  return bilan;
}
