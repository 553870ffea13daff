/**
 * Délais of the ligne de vie: each étape may give agents a number of calendar or working days, counted from the day
 * the dossier entered it; lists and the dossier view show whether the dossier is on time, nearly due, or late.
 */
import {
  ajouterJours,
  compterJoursOuvres,
  dateEnFrance,
  ecartEnJours,
  estOuvre,
  type OptionsCalendrier,
} from './calendrier';
import type { DossierInstruction } from './dossier';
import type { Delai, Guide } from './guide';
import { etapeCourante } from './ligne-de-vie';

export type OptionsDelai = OptionsCalendrier;
export type EtatDelai = 'dans_les_temps' | 'bientot' | 'en_retard';

/** « Bientôt » from this many days left (in the délai's unit) down to the due day itself. */
export const SEUIL_BIENTOT = 2;

export interface SituationDelai {
  etat: EtatDelai;
  /** The étape whose délai runs. */
  etape: string;
  /** The last day to act (ISO). */
  echeance: string;
  /** Days left (on time, nearly due: 0 on the due day) or days late, in the délai's unit (working days if `ouvres`). */
  jours: number;
  ouvres: boolean;
}

/**
 * The due day of a délai starting on `debut` (ISO): the day of the event is not counted (French rule for délais:
 * « le jour de l’acte ne compte pas »). Calendar days: debut + n. Working days: the n-th working day after debut,
 * weekends and public holidays skipped. A calendar délai is not pushed past a weekend: it is an internal target for
 * agents, not a legal deadline.
 */
export function echeance(debut: string, delai: Delai, options: OptionsDelai = {}): string {
  if (!Number.isSafeInteger(delai.jours) || delai.jours < 0) {
    throw new RangeError(`Nombre de jours invalide : ${delai.jours}`);
  }
  if (!delai.ouvres) return ajouterJours(debut, delai.jours);
  let jour = ajouterJours(debut, 0);
  for (let restants = delai.jours; restants > 0; ) {
    jour = ajouterJours(jour, 1);
    if (estOuvre(jour, options)) restants -= 1;
  }
  return jour;
}

/**
 * Where a dossier stands against the délai of its current étape, on the French calendar day of `maintenant`.
 * Null when there is nothing to show: a draft or a closed dossier, an étape without délai, or a dossier that does
 * not know when it entered its étape (rows written before délais existed).
 *
 * Late by working days counts the working days past the due day, at least 1: on the Saturday after a Friday due
 * day the dossier is late by one day, as it will still be on Monday.
 */
export function etatDelai(
  guide: Guide,
  dossier: DossierInstruction,
  maintenant: Date,
  options: OptionsDelai = {},
): SituationDelai | null {
  if (dossier.etat !== 'depose' || !dossier.entreeEtapeLe) return null;
  const etape = etapeCourante(guide, dossier);
  if (!etape?.delai) return null;
  const { ouvres } = etape.delai;
  const limite = echeance(dateEnFrance(dossier.entreeEtapeLe), etape.delai, options);
  const aujourdhui = dateEnFrance(maintenant);
  const situation = { etape: etape.code, echeance: limite, ouvres };
  const ecart = ecartEnJours(aujourdhui, limite);
  if (ecart < 0) {
    const retard = ouvres ? Math.max(1, compterJoursOuvres(limite, aujourdhui, options)) : -ecart;
    return { etat: 'en_retard', jours: retard, ...situation };
  }
  const restants = ouvres ? compterJoursOuvres(aujourdhui, limite, options) : ecart;
  return { etat: restants <= SEUIL_BIENTOT ? 'bientot' : 'dans_les_temps', jours: restants, ...situation };
}
