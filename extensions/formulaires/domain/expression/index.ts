/** Public API of the expression language used by display conditions and calculated fields (see README.md). */
export type { ValeurExpression } from './valeurs';
export type { Expression } from './ast';
export type { ErreurExpression } from './messages';
export type { EnvironnementExpression } from './environnement';
export { analyserExpression } from './parser';
export { analyserExpressionMemo } from './memo';
export { referencesExpression } from './references';
export { evaluerExpression } from './evaluer';
export { estVrai, enNombre } from './valeurs';
export { FONCTIONS_EXPRESSION } from './fonctions';
export { MOTS_RESERVES } from './lexer';
