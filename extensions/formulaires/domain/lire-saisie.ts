/**
 * From an HTML form post to candidate values. HTML forms only send strings; this turns them into the types
 * `validerDonnees` expects, and deliberately keeps what it cannot read so that validation can tell the citizen
 * precisely what is wrong (FORMAT) instead of silently dropping it.
 */
import { dateFrancaiseVersIso } from './date-iso';
import { champsDuModele, type Champ, type Modele } from './modele';
import { parserMontant } from './montant';

/** A decoded form body: a repeated name gives an array, an unchecked radio group gives nothing. */
export type SaisieBrute = Record<string, string | string[] | undefined>;

/**
 * Reads the model's fields from a form post. Fields absent from the post stay absent (a form may show only one
 * section), an emptied field becomes null, fields outside the model are not read, and justificatifs are skipped:
 * their files are uploaded separately.
 */
export function lireSaisie(modele: Modele, brut: SaisieBrute): Record<string, unknown> {
  const candidats: Record<string, unknown> = {};
  for (const champ of champsDuModele(modele)) {
    if (champ.type === 'justificatif') continue;
    // hasOwn: a field coded "constructor" must not read Object.prototype.constructor.
    const saisie = Object.hasOwn(brut, champ.code) ? brut[champ.code] : undefined;
    if (saisie === undefined) continue;
    if (Array.isArray(saisie)) {
      if (saisie.length === 0) continue;
      // Several values for a single-valued field: a tampered or broken form. Validation reports it as FORMAT.
      const [seule] = saisie;
      candidats[champ.code] = saisie.length === 1 && seule !== undefined ? lireValeur(champ, seule) : saisie;
      continue;
    }
    candidats[champ.code] = lireValeur(champ, saisie);
  }
  return candidats;
}

function lireValeur(champ: Champ, saisie: string): unknown {
  const texte = saisie.trim();
  if (texte === '') return null;
  switch (champ.type) {
    case 'montant':
      return parserMontant(texte) ?? texte;
    case 'date':
      // Date pickers send YYYY-MM-DD; a text box fallback gets JJ/MM/AAAA, as the hint tells citizens to type.
      return dateFrancaiseVersIso(texte) ?? texte;
    default:
      return texte;
  }
}
