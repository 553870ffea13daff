/**
 * The fields an expression reads. The model checks them on save (a condition on a field that does not exist is an
 * error) and orders calculated fields by them (a calculation runs after the fields it reads).
 */
import type { Expression } from './ast';

function collecter(noeud: Expression, codes: Set<string>): void {
  switch (noeud.type) {
    case 'champ':
      codes.add(noeud.code);
      return;
    case 'litteral':
    case 'variable':
      return;
    case 'liste':
      noeud.elements.forEach((element) => collecter(element, codes));
      return;
    case 'appel':
      noeud.arguments.forEach((argument) => collecter(argument, codes));
      return;
    case 'membre':
      // `tableau.colonne` reads the field `tableau`; the column is checked against the table by its owner.
      collecter(noeud.objet, codes);
      return;
    case 'non':
    case 'oppose':
      collecter(noeud.operande, codes);
      return;
    case 'logique':
    case 'comparaison':
    case 'arithmetique':
      collecter(noeud.gauche, codes);
      collecter(noeud.droite, codes);
      return;
  }
}

/** Field codes referenced (the first segment of member paths), sorted and unique; @variables are not fields. */
export function referencesExpression(expression: Expression): string[] {
  const codes = new Set<string>();
  collecter(expression, codes);
  return [...codes].sort();
}
