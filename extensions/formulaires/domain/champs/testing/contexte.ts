/** Test fixtures for the field definitions: a context with a tiny formula evaluator, and helpers to call a type. */
import type { Champ, Valeur } from '../../modele';
import type { Result } from '../../result';
import { definition } from '../index';
import type { ContexteChamp, Probleme, SaisieBrute } from '../types';

/** Messages and displays with ordinary spaces, so that expected strings stay readable. */
export function espacesOrdinaires(texte: string): string {
  return texte.replace(/[\u00A0\u202F]/g, ' ');
}

/**
 * "a * b", "a + b", "a - b", "a / b" over row values or numbers: enough to test that tables call the injected
 * evaluator with the row's values. An empty operand gives null, as the real evaluator does.
 */
function calculer(formule: string, valeurs: Readonly<Record<string, Valeur>>): number | null {
  const morceaux = /^\s*(\w+)\s*([-+*/])\s*(\w+)\s*$/.exec(formule);
  if (!morceaux) return null;
  const [, gauche = '', operateur, droite = ''] = morceaux;
  const operande = (nom: string): number | null => {
    if (/^\d+(?:\.\d+)?$/.test(nom)) return Number(nom);
    const valeur = Object.hasOwn(valeurs, nom) ? valeurs[nom] : null;
    return typeof valeur === 'number' ? valeur : null;
  };
  const a = operande(gauche);
  const b = operande(droite);
  if (a === null || b === null) return null;
  if (operateur === '+') return a + b;
  if (operateur === '-') return a - b;
  if (operateur === '*') return a * b;
  return b === 0 ? null : a / b;
}

export const CONTEXTE: ContexteChamp = {
  referentiels: {
    communes_epci: [
      { valeur: '80021', libelle: 'Amiens' },
      { valeur: '80001', libelle: 'Abbeville' },
    ],
  },
  aujourdhui: '2026-03-15',
  calculer,
};

export function valider(
  champ: Champ,
  valeur: unknown,
  contexte: ContexteChamp = CONTEXTE,
): Result<Valeur | null, Probleme> {
  return definition(champ).valider(champ, valeur, contexte);
}

/** The normalised value of a valid candidate; fails the test with the problem otherwise. */
export function valeurValide(champ: Champ, valeur: unknown): Valeur | null {
  const verdict = valider(champ, valeur);
  if (!verdict.ok) throw new Error(`attendu valide, reçu ${verdict.error.code} : ${verdict.error.message}`);
  return verdict.value;
}

/** The problem of an invalid candidate, messages with ordinary spaces; fails the test if it was valid. */
export function problemeDe(champ: Champ, valeur: unknown): Probleme {
  const verdict = valider(champ, valeur);
  if (verdict.ok) throw new Error(`attendu invalide, reçu ${JSON.stringify(verdict.value)}`);
  return { ...verdict.error, message: espacesOrdinaires(verdict.error.message) };
}

export function lire(champ: Champ, saisie: SaisieBrute): unknown {
  return definition(champ).lire(champ, saisie);
}

/** The readable value, with ordinary spaces. */
export function lisibleDe(champ: Champ, valeur: Valeur): string | null {
  const texte = definition(champ).lisible(champ, valeur, CONTEXTE);
  return texte === null ? null : espacesOrdinaires(texte);
}
