/**
 * The instruction guide (guide d'instruction) of a dispositif: its étapes in order (the ligne de vie), each holding
 * statuts. Changing a dossier to a statut runs that statut's actions (action.ts). A guide is configuration written
 * by functional administrators, checked by `validerGuide` before it is saved.
 *
 * Keys added after the first guides were written are optional, with the default their comment states: a guide
 * stored before them reads as it always did. Read them through the accessors below, never with `??` scattered around.
 */
import type { Action } from './action';

export type { Action } from './action';

/** What an agent may do on a dispositif, as far as transitions go (the rights matrix holds more: see, export…). */
export const DROITS = ['instruire', 'decider'] as const;
export type Droit = (typeof DROITS)[number];

/** Icons of the statut list, by name: the admin maps each to a glyph, the guide never stores markup. */
export const ICONES_STATUT = [
  'horloge',
  'loupe',
  'coche',
  'validation',
  'croix',
  'refus',
  'pause',
  'alerte',
  'information',
  'courriel',
  'message',
  'document',
  'dossier',
  'archive',
  'personne',
  'cadenas',
  'fleche',
  'retour',
  'etoile',
  'calendrier',
] as const;
export type IconeStatut = (typeof ICONES_STATUT)[number];

export interface TransitionPossible {
  vers: string;
  /** The button label shown to agents; defaults to the target statut's libellé. */
  libelle?: string;
  /** Agents holding ANY of these rights may fire it. Default: ['instruire']. */
  droits?: Droit[];
}

export interface Statut {
  code: string;
  libelle: string;
  /** "#1F6FEB": the badge colour in lists. Default: the admin's neutral colour. */
  couleur?: string;
  icone?: IconeStatut;
  /**
   * Whether entering the statut moves the ligne de vie to its étape. Default: true. False for side statuts such as
   * « En attente de pièces » or « Suspendu »: the dossier keeps its place (and its délai keeps running).
   */
  avanceLigneDeVie?: boolean;
  /** False for internal statuts (e.g. "waiting for the committee"): the citizen then sees the étape's libellé. */
  visibleUsager: boolean;
  /** Entering it closes the dossier, which then never changes statut again (except by a correction). */
  cloture: boolean;
  /** Hidden from the agents' lists and buttons: only connectors (acteur « systeme ») move dossiers there. Default: false. */
  masqueAgents?: boolean;
  transitions: TransitionPossible[];
  /** Run in this order when a dossier enters the statut. */
  actions: Action[];
}

/** A délai for an étape: calendar days, or working days (weekends and French public holidays excluded). */
export interface Delai {
  jours: number;
  ouvres: boolean;
}

export interface Etape {
  code: string;
  libelle: string;
  /** Guidance for agents working this étape. */
  aide?: string;
  /** Counted from the day the dossier entered the étape; no délai → no late indicator. */
  delai?: Delai;
  statuts: Statut[];
}

export interface Guide {
  /** The statut a dossier enters when the citizen submits it. */
  statutDepot: string;
  etapes: Etape[];
}

export interface StatutTrouve {
  statut: Statut;
  /** The étape holding the statut. */
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

/** Position of an étape on the ligne de vie, or -1 when the guide does not know it. */
export function indexEtape(guide: Guide, code: string | null): number {
  return code === null ? -1 : guide.etapes.findIndex((etape) => etape.code === code);
}

export const avanceLigneDeVie = (statut: Statut): boolean => statut.avanceLigneDeVie ?? true;
export const estMasqueAuxAgents = (statut: Statut): boolean => statut.masqueAgents ?? false;
export const DROITS_PAR_DEFAUT: readonly Droit[] = ['instruire'];
export const droitsRequis = (transition: TransitionPossible): readonly Droit[] =>
  transition.droits ?? DROITS_PAR_DEFAUT;
