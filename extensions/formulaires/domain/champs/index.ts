/**
 * The field types of a dossier model, one definition per type: the keys of its definition (zod), its model-level
 * problems, how a value is validated and normalised, how it is read from a form post and how it reads for people.
 * Validation, form reading, display and the model schema all go through this registry, so adding a type is adding
 * one definition here.
 *
 * Form post conventions (what the portal's form controls post, and what `lire` expects):
 * - a simple field posts its value under its code: `code=…`;
 * - case_a_cocher posts `code=oui` when checked, plus a hidden `code__present=1` so that an unchecked box reads as
 *   false (without the marker the box was not on the page: undefined);
 * - cases_multiples posts one `code=<key>` per checked box, plus `code__present=1` (the marker alone reads as []);
 * - adresse posts `code` (the text) and, when a suggestion was chosen, `code__json` (the suggestion's JSON:
 *   {libelle, codePostal, commune, codeInsee, longitude, latitude}); invalid JSON, or a libelle that is no longer the
 *   text, reads as {libelle: text};
 * - tableau posts `code__lignes=N` (the number of rows shown) and each cell as `code.<row index>.<column code>`, rows
 *   counted from 0 (a fixed table's row index is the position in `lignes`); a checkbox cell also posts
 *   `code.<row index>.<column code>__present=1`;
 * - montant and nombre accept French input ("1 234,50", "-12", any kind of space); dates YYYY-MM-DD or JJ/MM/AAAA;
 * - calcul, age, note, justificatif, api_particulier and api_r2p are never read from a post (undefined): computed by
 *   the server, without a value, uploaded separately or written by a connector.
 * A name posted several times for a single-valued field stays an array, which validation reports as FORMAT.
 *
 * Layering: ../format.ts, ../messages.ts, ../valider-donnees.ts and the others import this registry, so nothing in
 * this folder imports them back (only the leaves ../modele, ../result, ../montant, ../date-iso). A cycle would let a
 * definition be read before its module has loaded, depending on which file a program imports first. The French
 * typography and sentences the definitions need live here (typographie.ts, messages.ts) and are exported for those
 * files to reuse.
 */
import type { Champ, TypeChamp } from '../modele';
import { definitionAdresse } from './adresse';
import { definitionBic, definitionIban } from './bancaire';
import { definitionAge, definitionCalcul } from './calculs';
import { definitionCaseACocher } from './case-a-cocher';
import { definitionBoutonsRadio, definitionCasesMultiples, definitionListe, definitionListeReferentiel } from './choix';
import { definitionApiParticulier, definitionApiR2p } from './connecteurs';
import { definitionDate } from './date';
import { definitionNir } from './nir';
import { definitionMontant, definitionNombre } from './nombre';
import { definitionJustificatif, definitionNote } from './sans-valeur';
import { definitionSiret } from './siret';
import { definitionTableau } from './tableau';
import { definitionTexteRiche } from './texte-riche';
import { definitionEmail, definitionTexte, definitionTexteLong } from './textes';
import { definitionTelephone } from './telephone';
import type { DefinitionChamp } from './types';

export type { CodeErreurChamp, ContexteChamp, DefinitionChamp, Probleme, SaisieBrute } from './types';
export { calculerAge, AGE_MAX } from './calculs';
export { estLigneVide, estVide } from './vide';
// Names of the form post conventions above, for the portal's form controls.
export { SUFFIXE_PRESENCE, VALEUR_COCHEE } from './case-a-cocher';
export { SUFFIXE_SUGGESTION, LONGUEUR_ADRESSE_MAX } from './adresse';
export { SUFFIXE_LIGNES, LIGNES_MAX_PAR_DEFAUT } from './tableau';
export { champDeColonne } from './colonnes';
export { LONGUEUR_MAX_PAR_DEFAUT, LONGUEUR_MAX_TEXTE_LONG_PAR_DEFAUT } from './textes';
export { MOTIF_CODE } from './commun';
export { appliquerMasque } from './masque';
export { formaterTelephone, normaliserTelephone } from './telephone';
export { analyserNir, cleNir, formaterNir } from './nir';
export { estSiretValide, formaterSiret } from './siret';
export { PAYS_IBAN_FRANCAIS } from './bancaire';
export { assainirHtml, texteDuHtml } from './texte-riche';
export { arrondir, formaterMontant, formaterNombre, parserNombre } from './nombres';
export { entreGuillemets, ESPACE_FINE_INSECABLE, ESPACE_INSECABLE, formaterDate } from './typographie';
export { messages as messagesChamps, messagesModele as messagesModeleChamps } from './messages';

type Definitions = { readonly [T in TypeChamp]: DefinitionChamp<Extract<Champ, { type: T }>> };

export const DEFINITIONS: Definitions = Object.freeze({
  texte: definitionTexte,
  texte_long: definitionTexteLong,
  nombre: definitionNombre,
  montant: definitionMontant,
  calcul: definitionCalcul,
  date: definitionDate,
  age: definitionAge,
  case_a_cocher: definitionCaseACocher,
  boutons_radio: definitionBoutonsRadio,
  cases_multiples: definitionCasesMultiples,
  liste: definitionListe,
  liste_referentiel: definitionListeReferentiel,
  telephone: definitionTelephone,
  email: definitionEmail,
  adresse: definitionAdresse,
  nir: definitionNir,
  iban: definitionIban,
  bic: definitionBic,
  siret: definitionSiret,
  tableau: definitionTableau,
  note: definitionNote,
  texte_riche: definitionTexteRiche,
  justificatif: definitionJustificatif,
  api_particulier: definitionApiParticulier,
  api_r2p: definitionApiR2p,
});

/** The definition of a field's type, typed for that field. */
export function definition<C extends Champ>(champ: C): DefinitionChamp<C> {
  // TypeScript cannot relate `champ.type` to C (no dependent types); the mapped type of DEFINITIONS guarantees that
  // the entry under a type is the definition of that type.
  return DEFINITIONS[champ.type] as unknown as DefinitionChamp<C>;
}
