/**
 * HTML attributes of a single-line input by field type: the `type`, the virtual keyboard (`inputmode`), what the
 * browser may fill in (`autocomplete`, from the field's préchargement: RGAA 11.13) and the hint that shows the
 * expected format. The model's own hint comes first; the portal's format hint is added when it says something else.
 */
import type { Champ, SourcePrechargement } from '@guichet/formulaires';
import { fr } from '../../i18n/fr';
import { nombreLisible } from '../../lib/valeurs-calculees';

export type ChampSaisissable = Extract<
  Champ,
  { type: 'texte' | 'email' | 'telephone' | 'nir' | 'iban' | 'bic' | 'siret' | 'nombre' }
>;

export interface AttributsSaisie {
  type: 'text' | 'email' | 'tel';
  inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  autocomplete?: string;
  spellcheck?: 'false';
  /** Upper-case letters as typed (IBAN, BIC). */
  autocapitalize?: 'characters';
  aide?: string;
}

/** WHATWG autofill tokens for the sources a field is prefilled from. */
const AUTOCOMPLETE: Record<SourcePrechargement, string> = {
  'individu.nom': 'family-name',
  'individu.prenom': 'given-name',
  'individu.date_naissance': 'bday',
  'individu.email': 'email',
  'individu.telephone': 'tel',
  'individu.adresse': 'street-address',
  'profil.raison_sociale': 'organization',
  'profil.siret': 'off',
  'profil.adresse': 'street-address',
  'profil.email': 'email',
};

/** The autofill token of a field prefilled from the citizen's own data, else `defaut`. */
export function autocompletion(champ: Champ, defaut?: string): string | undefined {
  return champ.prechargement ? AUTOCOMPLETE[champ.prechargement] : defaut;
}

function aide(...parties: (string | undefined | false)[]): string | undefined {
  const texte = parties.filter(Boolean).join(' ');
  return texte === '' ? undefined : texte;
}

function bornes(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return fr.formulaire.entre(nombreLisible(min), nombreLisible(max));
  if (min !== undefined) return fr.formulaire.auMoins(nombreLisible(min));
  if (max !== undefined) return fr.formulaire.auPlus(nombreLisible(max));
  return undefined;
}

export function attributsSaisie(champ: ChampSaisissable): AttributsSaisie {
  const code = { spellcheck: 'false' as const, autocomplete: autocompletion(champ, 'off') };
  switch (champ.type) {
    case 'texte':
      return {
        type: 'text',
        ...(champ.prechargement ? { autocomplete: autocompletion(champ) } : {}),
        aide: aide(champ.aide, champ.masque && fr.formulaire.masqueAide(champ.masque)),
      };
    case 'email':
      return {
        type: 'email',
        ...code,
        autocomplete: autocompletion(champ),
        aide: champ.aide ?? fr.formulaire.emailAide,
      };
    case 'telephone':
      return {
        type: 'tel',
        autocomplete: autocompletion(champ),
        aide: champ.masque
          ? aide(champ.aide, fr.formulaire.masqueAide(champ.masque))
          : (champ.aide ?? fr.formulaire.telephoneAide),
      };
    case 'nir':
      return { type: 'text', ...code, aide: champ.aide ?? fr.formulaire.nirAide };
    case 'iban':
      return { type: 'text', ...code, autocapitalize: 'characters', aide: champ.aide ?? fr.formulaire.ibanAide };
    case 'bic':
      return { type: 'text', ...code, autocapitalize: 'characters', aide: champ.aide ?? fr.formulaire.bicAide };
    case 'siret':
      return { type: 'text', ...code, inputmode: 'numeric', aide: champ.aide ?? fr.formulaire.siretAide };
    case 'nombre': {
      const decimales = champ.decimales ?? 0;
      const negatif = champ.min !== undefined && champ.min < 0;
      return {
        type: 'text',
        ...code,
        // Phone keypads for `numeric`/`decimal` have no minus sign: a number that may be negative gets the full keyboard.
        inputmode: negatif ? 'text' : decimales > 0 ? 'decimal' : 'numeric',
        aide: aide(
          champ.aide ?? (decimales > 0 ? fr.formulaire.nombreDecimalAide(decimales) : fr.formulaire.nombreEntierAide),
          bornes(champ.min, champ.max),
        ),
      };
    }
  }
}
