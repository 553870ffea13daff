/**
 * The parsed form of an expression: a readonly tree that callers cache (parse once, evaluate many times). Every node
 * keeps the 0-based offset of its source so that evaluation errors point at the right place.
 */
import type { ValeurExpression } from './valeurs';

export type OperateurLogique = 'et' | 'ou';
export type OperateurComparaison = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'dans';
export type OperateurArithmetique = '+' | '-' | '*' | '/' | '%';

interface NoeudCommun {
  /** 0-based offset in the source: the token that made the node (for a binary node, its operator). */
  readonly position: number;
}

export type Expression = NoeudCommun &
  (
    | {
        /** A number, text, vrai/faux/nul, or a list made only of literals (built once, frozen). */
        readonly type: 'litteral';
        readonly valeur: ValeurExpression;
      }
    | { readonly type: 'liste'; readonly elements: readonly Expression[] }
    | { readonly type: 'champ'; readonly code: string }
    | { readonly type: 'variable'; readonly nom: string }
    | { readonly type: 'membre'; readonly objet: Expression; readonly propriete: string }
    | {
        readonly type: 'appel';
        /** Lower case: function names are case-insensitive. */
        readonly fonction: string;
        readonly arguments: readonly Expression[];
      }
    | { readonly type: 'non'; readonly operande: Expression }
    | { readonly type: 'oppose'; readonly operande: Expression }
    | {
        readonly type: 'logique';
        readonly operateur: OperateurLogique;
        readonly gauche: Expression;
        readonly droite: Expression;
      }
    | {
        readonly type: 'comparaison';
        readonly operateur: OperateurComparaison;
        readonly gauche: Expression;
        readonly droite: Expression;
      }
    | {
        readonly type: 'arithmetique';
        readonly operateur: OperateurArithmetique;
        readonly gauche: Expression;
        readonly droite: Expression;
      }
  );
