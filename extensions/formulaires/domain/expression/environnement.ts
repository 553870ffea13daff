/**
 * What an expression reads: field values through a function (the caller decides where they live: a dossier, a
 * table row, a draft in the browser) and the @variables of the context.
 */
import { normaliserValeur, type ValeurExpression } from './valeurs';

export interface EnvironnementExpression {
  /** A field's value, or undefined when the model has no such field (read as nul). */
  valeur(code: string): ValeurExpression | undefined;
  /** @profil, @aujourdhui, @vue… without the @. */
  variables: Record<string, ValeurExpression>;
}

/** The @variables the language knows; any other name is refused when the expression is analysed. */
export const VARIABLES_CONNUES: readonly string[] = ['aujourdhui', 'profil', 'vue'];

export function valeurDuChamp(env: EnvironnementExpression, code: string): ValeurExpression {
  return normaliserValeur(env.valeur(code));
}

/** Own properties only: `variables` may be a plain object whose prototype must never answer. */
export function valeurDeVariable(env: EnvironnementExpression, nom: string): ValeurExpression | undefined {
  return Object.hasOwn(env.variables, nom) ? normaliserValeur(env.variables[nom]) : undefined;
}
