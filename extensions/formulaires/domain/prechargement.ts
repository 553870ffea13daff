/**
 * Préchargement: when a dossier is created, fields that say where their value comes from (the citizen's identity,
 * the profil's SIRET …) start with that value, so nobody types twice what the administration already knows.
 * Values go through the field's own validation: a source value the field would refuse is simply not prefilled.
 */
import { definition, type ContexteChamp } from './champs';
import { type Donnees, type Modele, type SourcePrechargement, type Valeur } from './modele';

export type SourcesPrechargement = Partial<Record<SourcePrechargement, Valeur>>;

export function prechargerDonnees(modele: Modele, sources: SourcesPrechargement, contexte: ContexteChamp): Donnees {
  const donnees: Donnees = {};
  for (const champ of modele.champs) {
    if (champ.prechargement === undefined || !Object.hasOwn(sources, champ.prechargement)) continue;
    const verdict = definition(champ).valider(champ, sources[champ.prechargement], contexte);
    if (verdict.ok && verdict.value !== null) donnees[champ.code] = verdict.value;
  }
  return donnees;
}
