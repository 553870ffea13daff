/**
 * Choices among options: boutons_radio and liste (one key), cases_multiples (several keys), liste_referentiel (one key
 * of an administrator-managed list, read at validation time). The stored value is the option's key, never its label:
 * labels may be reworded without changing dossiers, conditions or exports.
 */
import { z } from 'zod';
import type {
  ChampBoutonsRadio,
  ChampCasesMultiples,
  ChampListe,
  ChampListeReferentiel,
  Champ,
  OptionListe,
  Valeur,
} from '../modele';
import { ok, type Result } from '../result';
import {
  doublons,
  erreurFormat,
  lireSimple,
  normaliserTexte,
  probleme,
  schemaEntierPositif,
  schemaOptions,
  schemaTexteNonVide,
  valeurPostee,
} from './commun';
import { SUFFIXE_PRESENCE } from './case-a-cocher';
import { messages, messagesModele as m } from './messages';
import type { DefinitionChamp, Probleme } from './types';

/** One key among `options`: ok(null) when empty, OPTION_INCONNUE for a key that is not offered. */
function validerUnChoix(
  champ: Champ,
  options: readonly OptionListe[],
  valeur: unknown,
): Result<Valeur | null, Probleme> {
  if (valeur === null || valeur === undefined) return ok(null);
  if (typeof valeur !== 'string') return erreurFormat(champ);
  const cle = normaliserTexte(valeur);
  if (cle === '') return ok(null);
  return options.some((option) => option.valeur === cle)
    ? ok(cle)
    : probleme('OPTION_INCONNUE', messages.optionInconnue(champ));
}

/** The label of a key; a key no longer offered (an edited référentiel) is shown as stored rather than hidden. */
function libelleDe(options: readonly OptionListe[], cle: string): string {
  return options.find((option) => option.valeur === cle)?.libelle ?? cle;
}

const problemesDOptions = (champ: { code: string; options: OptionListe[] }): string[] =>
  doublons(champ.options.map((option) => option.valeur)).map((valeur) => m.optionEnDouble(champ.code, valeur));

export const definitionBoutonsRadio: DefinitionChamp<ChampBoutonsRadio> = {
  type: 'boutons_radio',
  schema: z.object({ type: z.literal('boutons_radio'), options: schemaOptions }),
  problemes: problemesDOptions,
  valider: (champ, valeur) => validerUnChoix(champ, champ.options, valeur),
  // An unselected radio group posts nothing: the field then stays as stored (a radio cannot be unselected anyway).
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (champ, valeur) => libelleDe(champ.options, String(valeur)),
};

export const definitionListe: DefinitionChamp<ChampListe> = {
  type: 'liste',
  schema: z.object({ type: z.literal('liste'), options: schemaOptions }),
  problemes: problemesDOptions,
  valider: (champ, valeur) => validerUnChoix(champ, champ.options, valeur),
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (champ, valeur) => libelleDe(champ.options, String(valeur)),
};

/** A référentiel that does not exist (deleted, misspelt) offers nothing, so every value is refused, never accepted. */
function optionsDuReferentiel(
  champ: ChampListeReferentiel,
  referentiels: Readonly<Record<string, readonly OptionListe[]>>,
): readonly OptionListe[] {
  return Object.hasOwn(referentiels, champ.referentiel) ? (referentiels[champ.referentiel] ?? []) : [];
}

export const definitionListeReferentiel: DefinitionChamp<ChampListeReferentiel> = {
  type: 'liste_referentiel',
  schema: z.object({ type: z.literal('liste_referentiel'), referentiel: schemaTexteNonVide }),
  // Whether the référentiel exists is known only where référentiels are stored (the server).
  problemes: () => [],
  valider: (champ, valeur, contexte) =>
    validerUnChoix(champ, optionsDuReferentiel(champ, contexte.referentiels), valeur),
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (champ, valeur, contexte) => libelleDe(optionsDuReferentiel(champ, contexte.referentiels), String(valeur)),
};

export const definitionCasesMultiples: DefinitionChamp<ChampCasesMultiples> = {
  type: 'cases_multiples',
  schema: z.object({
    type: z.literal('cases_multiples'),
    options: schemaOptions,
    minChoix: schemaEntierPositif.optional(),
    maxChoix: schemaEntierPositif.optional(),
  }),
  problemes(champ) {
    const problemes = problemesDOptions(champ);
    const { minChoix, maxChoix } = champ;
    if (minChoix !== undefined && maxChoix !== undefined && minChoix > maxChoix) {
      problemes.push(m.choixInverses(champ.code, minChoix, maxChoix));
    }
    if (minChoix !== undefined && minChoix > champ.options.length) {
      problemes.push(m.choixImpossibles(champ.code, minChoix, champ.options.length));
    }
    return problemes;
  },
  /**
   * Unique known keys, stored in the options' order (so that two dossiers with the same choices store the same
   * array). Nothing checked is empty (null), whatever minChoix says: a field left empty is judged by `requis`, and
   * minChoix applies once the citizen starts choosing.
   */
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    // A single key (an API client, a form with one box) counts as a one-element list.
    const liste: unknown = typeof valeur === 'string' ? [valeur] : valeur;
    if (!Array.isArray(liste) || !liste.every((cle): cle is string => typeof cle === 'string')) {
      return erreurFormat(champ);
    }
    const choisies = new Set(liste.map(normaliserTexte).filter((cle) => cle !== ''));
    if (choisies.size === 0) return ok(null);
    const cles = champ.options.map((option) => option.valeur);
    if ([...choisies].some((cle) => !cles.includes(cle))) {
      return probleme('OPTION_INCONNUE', messages.optionInconnue(champ));
    }
    if (champ.minChoix !== undefined && choisies.size < champ.minChoix) {
      return probleme('PAS_ASSEZ_DE_CHOIX', messages.pasAssezDeChoix(champ, champ.minChoix));
    }
    if (champ.maxChoix !== undefined && choisies.size > champ.maxChoix) {
      return probleme('TROP_DE_CHOIX', messages.tropDeChoix(champ, champ.maxChoix, choisies.size));
    }
    return ok(cles.filter((cle) => choisies.has(cle)));
  },
  /** Repeated `code` values, plus a hidden `code__present=1` so that nothing checked reads as [] rather than absent. */
  lire(champ, saisie) {
    const brut = valeurPostee(saisie, champ.code);
    const present = valeurPostee(saisie, `${champ.code}${SUFFIXE_PRESENCE}`) !== undefined;
    if (brut === undefined) return present ? [] : undefined;
    return (Array.isArray(brut) ? brut : [brut]).map((cle) => cle.trim()).filter((cle) => cle !== '');
  },
  lisible(champ, valeur) {
    const cles = Array.isArray(valeur) ? valeur.map(String) : [String(valeur)];
    return cles.length === 0 ? null : cles.map((cle) => libelleDe(champ.options, cle)).join(', ');
  },
};
