/**
 * What each control of the dossier form shows: what the citizen just typed when the form comes back after an error
 * (the post, read with the same names the domain's `lire` functions read), else the stored value written the way a
 * citizen would type it (decimal comma, ISO dates for date pickers). Pure: shared by pages and tests.
 */
import type { Adresse, ChampTableau, Donnees, TypeChamp, TypeColonne, Valeur } from '@guichet/formulaires';

/** Where a field's shown value comes from. */
export interface SourceSaisie {
  donnees: Donnees;
  /** The post being shown again, if any; a field it does not carry shows its stored value. */
  saisie?: URLSearchParams | undefined;
}

/** Rows a table without fixed rows may show, when its model sets no maximum. */
export const LIGNES_MAX_PAR_DEFAUT = 50;

/** A number as a French citizen types it: decimal comma, no thousands separator. */
export function nombreEnSaisie(nombre: number): string {
  return String(nombre).replace('.', ',');
}

/** A stored scalar written back into a text control of the given type. */
export function texteEnSaisie(type: TypeChamp | TypeColonne, valeur: Valeur | undefined): string {
  if (valeur === null || valeur === undefined) return '';
  if (typeof valeur === 'number') {
    if (type !== 'montant') return nombreEnSaisie(valeur);
    const [entier = '0', decimales] = valeur.toFixed(2).split('.');
    return decimales === '00' ? entier : `${entier},${decimales}`;
  }
  if (typeof valeur === 'boolean') return valeur ? 'oui' : '';
  return typeof valeur === 'string' ? valeur : '';
}

/** Single-valued fields (text inputs, selects, radios). */
export function texteAffiche(code: string, type: TypeChamp, source: SourceSaisie): string {
  return source.saisie?.get(code) ?? texteEnSaisie(type, source.donnees[code]);
}

/** A single checkbox: the post says it was shown with `code__present`, checked with `code=oui`. */
export function cocheAffichee(code: string, source: SourceSaisie): boolean {
  if (source.saisie?.has(`${code}__present`)) return source.saisie.get(code) === 'oui';
  return source.donnees[code] === true;
}

/** A group of checkboxes: the values posted under `code` (with `code__present`), else the stored list. */
export function choixAffiches(code: string, source: SourceSaisie): string[] {
  if (source.saisie?.has(`${code}__present`)) return source.saisie.getAll(code);
  const valeur = source.donnees[code];
  if (Array.isArray(valeur)) return valeur.filter((v) => typeof v !== 'object').map(String);
  return typeof valeur === 'string' || typeof valeur === 'number' ? [String(valeur)] : [];
}

export interface AdresseAffichee {
  /** The text input's value. */
  texte: string;
  /** The hidden `code__json` input's value: the chosen suggestion, as the autocomplete script sets it. */
  json: string;
  /** The located address, when known (for the map link). */
  adresse: Adresse | null;
}

function estAdresse(valeur: unknown): valeur is Adresse {
  return typeof valeur === 'object' && valeur !== null && typeof (valeur as Adresse).libelle === 'string';
}

function adresseDuJson(json: string): Adresse | null {
  if (json === '') return null;
  try {
    const valeur: unknown = JSON.parse(json);
    return estAdresse(valeur) ? valeur : null;
  } catch {
    return null;
  }
}

export function adresseAffichee(code: string, source: SourceSaisie): AdresseAffichee {
  const tapee = source.saisie?.get(code);
  if (tapee !== undefined && tapee !== null) {
    const json = source.saisie?.get(`${code}__json`) ?? '';
    const adresse = adresseDuJson(json);
    // A suggestion chosen, then the text changed: the suggestion no longer describes what was typed.
    return adresse && adresse.libelle === tapee.trim()
      ? { texte: tapee, json, adresse }
      : { texte: tapee, json: '', adresse: null };
  }
  const stockee = source.donnees[code];
  if (estAdresse(stockee)) return { texte: stockee.libelle, json: JSON.stringify(stockee), adresse: stockee };
  return { texte: typeof stockee === 'string' ? stockee : '', json: '', adresse: null };
}

/** One row of a table as its controls show it: column code → text ('oui' or '' for a checkbox). */
export type LigneAffichee = Record<string, string>;

/** How many rows a table may show. */
export function lignesMax(champ: ChampTableau): number {
  return champ.lignes ? champ.lignes.length : (champ.lignesMax ?? LIGNES_MAX_PAR_DEFAUT);
}

/**
 * The rows of a table: fixed rows always all shown; otherwise the posted rows (`code__lignes`, cells
 * `code.<index>.<colonne>`) or the stored ones, at least one, at least `demandees` (« Ajouter une ligne »), at most
 * the model's maximum.
 */
export function lignesAffichees(champ: ChampTableau, source: SourceSaisie, demandees = 0): LigneAffichee[] {
  const max = lignesMax(champ);
  const posteees = source.saisie?.get(`${champ.code}__lignes`);
  let lignes: LigneAffichee[];
  if (posteees !== undefined && posteees !== null) {
    const nombre = Math.min(max, Math.max(0, Number.parseInt(posteees, 10) || 0));
    lignes = Array.from({ length: nombre }, (_, index) => {
      const ligne: LigneAffichee = {};
      for (const colonne of champ.colonnes) {
        ligne[colonne.code] = source.saisie?.get(`${champ.code}.${index}.${colonne.code}`) ?? '';
      }
      return ligne;
    });
  } else {
    const stockees = source.donnees[champ.code];
    lignes = (Array.isArray(stockees) ? stockees : []).slice(0, max).map((brute) => {
      const ligne: LigneAffichee = {};
      const cellules = typeof brute === 'object' && brute !== null ? (brute as Record<string, Valeur>) : {};
      for (const colonne of champ.colonnes) ligne[colonne.code] = texteEnSaisie(colonne.type, cellules[colonne.code]);
      return ligne;
    });
  }
  const voulues = champ.lignes ? champ.lignes.length : Math.min(max, Math.max(1, demandees, lignes.length));
  while (lignes.length < voulues) lignes.push(Object.fromEntries(champ.colonnes.map((c) => [c.code, ''])));
  return lignes.slice(0, voulues);
}
