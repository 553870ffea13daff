/**
 * Renaming a field (its code): the definition, every view that places it, and every expression that reads it
 * (display conditions of fields, sections and onglets, formulas, the date an age is computed from) follow.
 */
import { VUES, type Champ, type Disposition, type Modele } from '../modele';
import { decouperEnJetons } from '../expression/lexer';
import { err, ok, type Result } from '../result';
import { estCodeValide } from './codes';

export type ErreurRenommage = 'code_invalide' | 'code_pris';

export function renommerChamp(modele: Modele, ancien: string, nouveau: string): Result<Modele, ErreurRenommage> {
  if (ancien === nouveau || !modele.champs.some((champ) => champ.code === ancien)) return ok(modele);
  if (!estCodeValide(nouveau)) return err('code_invalide');
  if (modele.champs.some((champ) => champ.code === nouveau)) return err('code_pris');
  const renommer = (source: string) => remplacerIdentifiant(source, ancien, nouveau);
  const vues = { ...modele.vues };
  for (const vue of VUES) {
    const disposition = modele.vues[vue];
    if (disposition !== undefined) vues[vue] = dispositionRenommee(disposition, ancien, nouveau, renommer);
  }
  return ok({ champs: siChange(modele.champs, (champ) => champRenomme(champ, ancien, nouveau, renommer)), vues });
}

/**
 * `source` with every reading of field `ancien` replaced by `nouveau`. Texts in quotes, `@variables`, properties
 * after a dot (`adresse.commune`) and function names are left alone. A source that does not parse is returned as
 * it is: the administrator will see its error where it is.
 */
export function remplacerIdentifiant(source: string, ancien: string, nouveau: string): string {
  if (!source.includes(ancien)) return source;
  const jetons = decouperEnJetons(source);
  if (!jetons.ok) return source;
  let resultat = source;
  // From the end, so that earlier positions stay valid when lengths differ.
  for (let index = jetons.value.length - 1; index >= 0; index--) {
    const jeton = jetons.value[index];
    if (jeton?.genre !== 'identifiant' || jeton.valeur !== ancien) continue;
    const avant = jetons.value[index - 1];
    const apres = jetons.value[index + 1];
    if (avant?.genre === 'symbole' && avant.valeur === '.') continue;
    if (apres?.genre === 'symbole' && apres.valeur === '(') continue;
    resultat = resultat.slice(0, jeton.position) + nouveau + resultat.slice(jeton.position + ancien.length);
  }
  return resultat;
}

function champRenomme(champ: Champ, ancien: string, nouveau: string, renommer: (source: string) => string): Champ {
  let resultat: Champ = champ;
  if (champ.code === ancien) resultat = { ...resultat, code: nouveau };
  if (champ.condition !== undefined) {
    const condition = renommer(champ.condition);
    if (condition !== champ.condition) resultat = { ...resultat, condition };
  }
  if (resultat.type === 'calcul') {
    const formule = renommer(resultat.formule);
    if (formule !== resultat.formule) resultat = { ...resultat, formule };
  }
  if (resultat.type === 'age' && resultat.champDate === ancien) resultat = { ...resultat, champDate: nouveau };
  return resultat;
}

function dispositionRenommee(
  disposition: Disposition,
  ancien: string,
  nouveau: string,
  renommer: (source: string) => string,
): Disposition {
  const onglets = siChange(disposition.onglets, (onglet) => {
    const sections = siChange(onglet.sections, (section) => {
      const lignes = siChange(section.lignes, (ligne) =>
        ligne.champs.includes(ancien) ? { champs: ligne.champs.map((c) => (c === ancien ? nouveau : c)) } : ligne,
      );
      return condition(lignes === section.lignes ? section : { ...section, lignes }, renommer);
    });
    return condition(sections === onglet.sections ? onglet : { ...onglet, sections }, renommer);
  });
  return onglets === disposition.onglets ? disposition : { ...disposition, onglets };
}

/** The element with its condition renamed; the same element when its condition does not read the field. */
function condition<T extends { condition?: string }>(element: T, renommer: (source: string) => string): T {
  if (element.condition === undefined) return element;
  const renommee = renommer(element.condition);
  return renommee === element.condition ? element : { ...element, condition: renommee };
}

/** `tableau.map(transformer)`, or `tableau` itself when no element changed (unchanged views keep their reference). */
function siChange<T>(tableau: T[], transformer: (element: T) => T): T[] {
  const resultat = tableau.map(transformer);
  return resultat.every((element, index) => element === tableau[index]) ? tableau : resultat;
}
