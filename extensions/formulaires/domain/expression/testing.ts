/** Test helpers for the expression language: evaluate a source against plain values, print a tree with parentheses. */
import type { Result } from '../result';
import type { Expression } from './ast';
import type { EnvironnementExpression } from './environnement';
import { evaluerExpression } from './evaluer';
import type { ErreurExpression } from './messages';
import { analyserExpression } from './parser';
import type { ValeurExpression } from './valeurs';

export const VARIABLES_TEST: Record<string, ValeurExpression> = {
  profil: 'particulier',
  aujourdhui: '2026-03-15',
  vue: 'usager',
};

/** A careful environment, as the package builds it: own properties of the values only. */
export function environnementDe(
  valeurs: Record<string, ValeurExpression> = {},
  variables: Record<string, ValeurExpression> = VARIABLES_TEST,
): EnvironnementExpression {
  return { valeur: (code) => (Object.hasOwn(valeurs, code) ? valeurs[code] : undefined), variables };
}

/** Parses then evaluates; a parse failure is returned as is, so tests can assert either kind of error. */
export function evaluerSource(
  source: string,
  valeurs: Record<string, ValeurExpression> = {},
  variables: Record<string, ValeurExpression> = VARIABLES_TEST,
): Result<ValeurExpression, ErreurExpression> {
  const analyse = analyserExpression(source);
  return analyse.ok ? evaluerExpression(analyse.value, environnementDe(valeurs, variables)) : analyse;
}

/** The value of a source that must evaluate; fails the test with the French message otherwise. */
export function valeurDe(
  source: string,
  valeurs: Record<string, ValeurExpression> = {},
  variables: Record<string, ValeurExpression> = VARIABLES_TEST,
): ValeurExpression {
  const resultat = evaluerSource(source, valeurs, variables);
  if (!resultat.ok) throw new Error(`${source} : ${resultat.error.message}`);
  return resultat.value;
}

/** The error of a source that must fail, at analysis or at evaluation. */
export function erreurDe(
  source: string,
  valeurs: Record<string, ValeurExpression> = {},
  variables: Record<string, ValeurExpression> = VARIABLES_TEST,
): ErreurExpression {
  const resultat = evaluerSource(source, valeurs, variables);
  if (resultat.ok) throw new Error(`${source} should fail but gave ${JSON.stringify(resultat.value)}`);
  return resultat.error;
}

function litteral(valeur: ValeurExpression): string {
  if (valeur === null) return 'nul';
  if (typeof valeur === 'boolean') return valeur ? 'vrai' : 'faux';
  if (typeof valeur === 'string') return `'${valeur}'`;
  if (typeof valeur === 'number') return String(valeur);
  if (Array.isArray(valeur)) return `[${valeur.map(litteral).join(', ')}]`;
  return JSON.stringify(valeur);
}

/** The tree with every operation in parentheses: `1 + 2 * 3` → `(1 + (2 * 3))`. */
export function enParentheses(noeud: Expression): string {
  switch (noeud.type) {
    case 'litteral':
      return litteral(noeud.valeur);
    case 'liste':
      return `[${noeud.elements.map(enParentheses).join(', ')}]`;
    case 'champ':
      return noeud.code;
    case 'variable':
      return `@${noeud.nom}`;
    case 'membre':
      return `${enParentheses(noeud.objet)}.${noeud.propriete}`;
    case 'appel':
      return `${noeud.fonction}(${noeud.arguments.map(enParentheses).join(', ')})`;
    case 'non':
      return `(non ${enParentheses(noeud.operande)})`;
    case 'oppose':
      return `(-${enParentheses(noeud.operande)})`;
    default:
      return `(${enParentheses(noeud.gauche)} ${noeud.operateur} ${enParentheses(noeud.droite)})`;
  }
}

/** « texte » with no-break spaces, as messages write it. */
export const g = (texte: string): string => `«\u00A0${texte}\u00A0»`;
