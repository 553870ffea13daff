/**
 * The instruction guide (guide d'instruction) of a dispositif: its étapes in order, each holding statuts. Changing a
 * dossier to a statut runs that statut's actions. A guide is configuration written by functional administrators,
 * checked by `validerGuide` before it is saved.
 */

/** What entering a statut does. More kinds (SMS, set a field, assign…) will join this union. */
export type Action =
  | { type: 'courriel'; modele: string; destinataires: Array<'usager'> }
  | { type: 'document'; modele: string; nomFichier: string };

export interface TransitionPossible {
  vers: string;
  /** The button label shown to agents; defaults to the target statut's libellé. */
  libelle?: string;
}

export interface Statut {
  code: string;
  libelle: string;
  /** False for internal statuts (e.g. "waiting for the committee"): the citizen then sees the étape's libellé. */
  visibleUsager: boolean;
  /** Entering it closes the dossier, which then never changes statut again. */
  cloture: boolean;
  transitions: TransitionPossible[];
  actions: Action[];
}

export interface Etape {
  code: string;
  libelle: string;
  /** Guidance for agents working this étape. */
  aide?: string;
  statuts: Statut[];
}

export interface Guide {
  /** The statut a dossier enters when the citizen submits it. */
  statutDepot: string;
  etapes: Etape[];
}

export interface StatutTrouve {
  statut: Statut;
  /** The étape holding the statut: a dossier's étape always follows from its statut. */
  etape: Etape;
}

/** Looks a statut up by code across all étapes. */
export function trouverStatut(guide: Guide, code: string): StatutTrouve | undefined {
  for (const etape of guide.etapes) {
    const statut = etape.statuts.find((candidat) => candidat.code === code);
    if (statut) return { statut, etape };
  }
  return undefined;
}
