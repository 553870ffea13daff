/**
 * Input masks (texte and telephone fields): 9 = a digit, A = a letter, * = a letter or a digit, anything else is a
 * literal. A mask describes a code (a plate, a file number, a postcode abroad), so:
 * - the citizen may leave out the literal separators or type spaces: "ab 123cd" fits "AA-999-AA";
 * - the stored value is always the masked form ("AB-123-CD"), so that equal codes are stored equal and conditions
 *   compare them reliably;
 * - letters are stored in capitals, at A and * positions alike: French administrative codes are written in capitals,
 *   and "ab-123-cd" must not become a different value from "AB-123-CD";
 * - letters are the 26 unaccented ones: codes have no accents, and an accented letter is a typing error.
 */
import { z } from 'zod';
import { messagesModele as m } from './messages';

const CLASSES = new Map<string, RegExp>([
  ['9', /^[0-9]$/],
  ['A', /^[A-Za-z]$/],
  ['*', /^[A-Za-z0-9]$/],
]);

const LONGUEUR_MASQUE_MAX = 100;

export const schemaMasque = z
  .string()
  .max(LONGUEUR_MASQUE_MAX, { error: m.masqueTropLong })
  .refine((masque) => [...masque].some((caractere) => CLASSES.has(caractere)), {
    error: m.masqueSansCaractereASaisir,
  });

/** Literal characters the citizen may type or leave out: the mask's own separators, plus spaces anywhere. */
function separateursDuMasque(masque: readonly string[]): Set<string> {
  return new Set(masque.filter((caractere) => !CLASSES.has(caractere) && !/[\p{L}\p{N}]/u.test(caractere)));
}

/** The text in the mask's form, or null when it does not fit the mask. */
export function appliquerMasque(masque: string, saisie: string): string | null {
  const gabarit = [...masque];
  const entree = [...saisie];
  const separateurs = separateursDuMasque(gabarit);
  let position = 0;
  const sauterSeparateurs = (): void => {
    while (position < entree.length) {
      const caractere = entree[position] ?? '';
      if (!/\s/u.test(caractere) && !separateurs.has(caractere)) return;
      position += 1;
    }
  };

  let resultat = '';
  for (const attendu of gabarit) {
    const classe = CLASSES.get(attendu);
    if (classe === undefined) {
      // A literal: taken if the citizen typed it (any case), written anyway if they left it out.
      if ((entree[position] ?? '').toUpperCase() === attendu.toUpperCase()) position += 1;
      resultat += attendu;
      continue;
    }
    sauterSeparateurs();
    const caractere = entree[position];
    if (caractere === undefined || !classe.test(caractere)) return null;
    resultat += caractere.toUpperCase();
    position += 1;
  }
  sauterSeparateurs();
  return position === entree.length ? resultat : null;
}

/** "AA-999-AA" → "AB-123-CD": an example to show in the error message, in the mask's own form. */
export function exempleDeMasque(masque: string): string {
  const lettres = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const chiffres = '1234567890';
  let lettre = 0;
  let chiffre = 0;
  return [...masque]
    .map((caractere) => {
      if (caractere === '9') return chiffres[chiffre++ % chiffres.length];
      if (caractere === 'A' || caractere === '*') return lettres[lettre++ % lettres.length];
      return caractere;
    })
    .join('');
}

/** Length of a value written in the mask's form. */
export function longueurDuMasque(masque: string): number {
  return [...masque].length;
}
