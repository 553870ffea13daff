import { analyserExpression } from './parser';
import { enParentheses, g } from './testing';

function arbre(source: string): string {
  const analyse = analyserExpression(source);
  if (!analyse.ok) throw new Error(analyse.error.message);
  return enParentheses(analyse.value);
}

describe('analyserExpression: precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['10 - 3 - 2', '((10 - 3) - 2)'],
    ['8 / 4 / 2', '((8 / 4) / 2)'],
    ['2 * 3 % 4', '((2 * 3) % 4)'],
    ['a + b - c + d', '(((a + b) - c) + d)'],
    ['-a * b', '((-a) * b)'],
    ['-(a + b)', '(-(a + b))'],
    ['-3.5', '-3.5'],
    ['- -3', '3'],
    ['a - -3', '(a - -3)'],
    ['a ou b et c', '(a ou (b et c))'],
    ['a et b ou c', '((a et b) ou c)'],
    ['a ou b ou c', '((a ou b) ou c)'],
    ['(a ou b) et c', '((a ou b) et c)'],
    ['a || b && !c', '(a ou (b et (non c)))'],
    ['non a = 1', '(non (a = 1))'],
    ['non a et b', '((non a) et b)'],
    ['non non a', '(non (non a))'],
    ['a = 1 ou b != 2', '((a = 1) ou (b != 2))'],
    ['a + 1 > b * 2', '((a + 1) > (b * 2))'],
    ["x dans ['a', 'b'] et y", "((x dans ['a', 'b']) et y)"],
    ['a <> b', '(a != b)'],
    ['a == b', '(a = b)'],
    ['a <= b', '(a <= b)'],
    ['a >= b', '(a >= b)'],
    ['a.b.c + 1', '(a.b.c + 1)'],
    ['tableau.montant', 'tableau.montant'],
    ['somme(a, b * 2)', 'somme(a, (b * 2))'],
    ['SI(a, 1, 2)', 'si(a, 1, 2)'],
    ['VRAI ET Faux OU nul', '((vrai et faux) ou nul)'],
    ['NON a', '(non a)'],
    ['@PROFIL', '@profil'],
    ['\'l\\\'eau\' + "dit \\"oui\\""', `('l'eau' + 'dit "oui"')`],
    ['[1, a, [2]]', '[1, a, [2]]'],
    ['[1, -2, [3]]', '[1, -2, [3]]'],
    ['[]', '[]'],
    ['age', 'age'],
    ['somme', 'somme'],
    [
      "(a = 'x' et (b > 3 ou non c)) ou @profil = 'association'",
      "(((a = 'x') et ((b > 3) ou (non c))) ou (@profil = 'association'))",
    ],
  ])('%s → %s', (source, attendu) => {
    expect(arbre(source)).toBe(attendu);
  });

  it('keeps the offset of each node: the operator for binary nodes', () => {
    const analyse = analyserExpression('a  +  b');
    expect(analyse.ok && analyse.value).toMatchObject({
      type: 'arithmetique',
      position: 3,
      gauche: { type: 'champ', position: 0 },
      droite: { type: 'champ', position: 6 },
    });
  });

  it('builds a list of literals once, frozen, and keeps other lists as nodes', () => {
    const constante = analyserExpression("['a', 2]");
    const variable = analyserExpression("['a', b]");
    expect(constante.ok && constante.value).toEqual({ type: 'litteral', valeur: ['a', 2], position: 0 });
    expect(constante.ok && constante.value.type === 'litteral' && Object.isFrozen(constante.value.valeur)).toBe(true);
    expect(variable.ok && variable.value.type).toBe('liste');
  });
});

describe('analyserExpression: syntax errors name the place and say what to do', () => {
  it.each([
    ['(1 + 2', 6, 'Parenthèse fermante attendue (position 6).'],
    ['somme(a, b', 10, 'Parenthèse fermante attendue (position 10).'],
    ['((a)', 4, 'Parenthèse fermante attendue (position 4).'],
    ['1 + 2)', 5, 'Parenthèse fermante inattendue : aucune parenthèse ouverte ne lui correspond (position 5).'],
    ['1 +', 3, "Valeur attendue à la place de la fin de l'expression (position 3)."],
    ['a = = b', 4, `Valeur attendue à la place de ${g('=')} (position 4).`],
    [')', 0, `Valeur attendue à la place de ${g(')')} (position 0).`],
    ['()', 1, `Valeur attendue à la place de ${g(')')} (position 1).`],
    ['[1, ]', 4, `Valeur attendue à la place de ${g(']')} (position 4).`],
    ['[1, 2', 5, 'Crochet fermant « ] » attendu pour terminer la liste (position 5).'],
    ['1 2', 2, `Opérateur attendu avant ${g('2')} (position 2).`],
    ["a 'b'", 2, `Opérateur attendu avant ${g("'b'")} (position 2).`],
    ['1,5 + 1', 1, `Opérateur attendu avant ${g(',')} (position 1).`],
    ['1 < x < 3', 6, 'Comparaisons enchaînées : reliez-les par « et », par exemple a < b et b < c (position 6).'],
    ["a = 'x' dans b", 8, 'Comparaisons enchaînées : reliez-les par « et », par exemple a < b et b < c (position 8).'],
    ['a and b', 2, `Écrivez ${g('et')} plutôt que ${g('and')} (position 2).`],
    ['(a or b)', 3, `Écrivez ${g('ou')} plutôt que ${g('or')} (position 3).`],
    ['true', 0, `Écrivez ${g('vrai')} plutôt que ${g('true')} (position 0).`],
    ['x = NULL', 4, `Écrivez ${g('nul')} plutôt que ${g('NULL')} (position 4).`],
    ['if(a, 1, 2)', 0, `Écrivez ${g('si')} plutôt que ${g('if')} (position 0).`],
    ['si = 1', 0, `${g('si')} est un mot réservé : il ne peut pas désigner un champ à cet endroit (position 0).`],
    ['dans', 0, `${g('dans')} est un mot réservé : il ne peut pas désigner un champ à cet endroit (position 0).`],
    ['a et et', 5, `${g('et')} est un mot réservé : il ne peut pas désigner un champ à cet endroit (position 5).`],
    ['1 + non a', 4, `${g('non')} est un mot réservé : il ne peut pas désigner un champ à cet endroit (position 4).`],
    ['a.', 2, 'Nom de colonne ou de propriété attendu après « . » (position 2).'],
    ['a.1', 2, 'Nom de colonne ou de propriété attendu après « . » (position 2).'],
    ["'abc", 0, "Texte non terminé : l'apostrophe fermante manque (position 0)."],
    ['x = "abc', 4, 'Texte non terminé : le guillemet fermant « " » manque (position 4).'],
    ['a # b', 2, `Caractère inattendu ${g('#')} (position 2).`],
    ['montant_aidé', 11, `Caractère inattendu ${g('é')} (position 11).`],
    ['a & b', 2, `Caractère inattendu ${g('&')} : écrivez ${g('&&')} ou ${g('et')} (position 2).`],
    ['a | b', 2, `Caractère inattendu ${g('|')} : écrivez ${g('||')} ou ${g('ou')} (position 2).`],
    [
      '1e3',
      0,
      `Nombre invalide ${g('1e3')} : écrivez les nombres avec un point décimal, par exemple 1.5 (position 0).`,
    ],
    [
      'x * 1.2.3',
      4,
      `Nombre invalide ${g('1.2.3')} : écrivez les nombres avec un point décimal, par exemple 1.5 (position 4).`,
    ],
    ['1.', 0, `Nombre invalide ${g('1.')} : écrivez les nombres avec un point décimal, par exemple 1.5 (position 0).`],
    ['@', 0, 'Nom de variable attendu après « @ », par exemple @profil (position 0).'],
    ['@1', 0, 'Nom de variable attendu après « @ », par exemple @profil (position 0).'],
    ['', 0, "L'expression est vide (position 0)."],
    ['  \u00A0 ', 0, "L'expression est vide (position 0)."],
  ])('%j → SYNTAXE at %d', (source, position, message) => {
    const analyse = analyserExpression(source);
    expect(analyse).toEqual({ ok: false, error: { code: 'SYNTAXE', position, message } });
  });
});

describe('analyserExpression: functions and variables are checked when the model is saved', () => {
  it.each([
    ['sommme(a)', 0, 'sommme'],
    ['1 + Sommme(a)', 4, 'Sommme'],
    ['montant(2)', 0, 'montant'],
    ['constructor(1)', 0, 'constructor'],
    ['toString()', 0, 'toString'],
    ['__proto__(1)', 0, '__proto__'],
  ])('%j → FONCTION_INCONNUE', (source, position, nom) => {
    const analyse = analyserExpression(source);
    expect(analyse.ok).toBe(false);
    if (analyse.ok) return;
    expect(analyse.error).toMatchObject({ code: 'FONCTION_INCONNUE', position });
    expect(analyse.error.message).toBe(
      `Fonction inconnue : ${g(nom)} (position ${position}). Fonctions disponibles : abs, age, annee, arrondi, concatener, contient, jours_entre, longueur, max, min, moyenne, nombre, plafond, plancher, si, somme, texte, vide.`,
    );
  });

  it.each([
    ['si(a)', 0, 'si(condition, alors, sinon) attend 2 ou 3 arguments : 1 argument donné (position 0).'],
    ['si(a, 1, 2, 3)', 0, 'si(condition, alors, sinon) attend 2 ou 3 arguments : 4 arguments donnés (position 0).'],
    ['arrondi()', 0, 'arrondi(x, decimales) attend 1 ou 2 arguments : aucun argument donné (position 0).'],
    ['2 * arrondi(1, 2, 3)', 4, 'arrondi(x, decimales) attend 1 ou 2 arguments : 3 arguments donnés (position 4).'],
    ['abs(1, 2)', 0, 'abs(x) attend 1 argument : 2 arguments donnés (position 0).'],
    ['min()', 0, 'min(x, y, …) attend au moins 1 argument : aucun argument donné (position 0).'],
    ['contient(a)', 0, 'contient(liste ou texte, valeur) attend 2 arguments : 1 argument donné (position 0).'],
    ['jours_entre(a)', 0, 'jours_entre(debut, fin) attend 2 arguments : 1 argument donné (position 0).'],
    ['age()', 0, 'age(date, a_la_date) attend 1 ou 2 arguments : aucun argument donné (position 0).'],
  ])('%j → ARITE', (source, position, message) => {
    expect(analyserExpression(source)).toEqual({ ok: false, error: { code: 'ARITE', position, message } });
  });

  it.each([
    ['@inconnue', 0, 'inconnue'],
    ["x = 1 et @profl = 'a'", 9, 'profl'],
    ['@constructor', 0, 'constructor'],
    ['@__proto__', 0, '__proto__'],
  ])('%j → VARIABLE_INCONNUE', (source, position, nom) => {
    expect(analyserExpression(source)).toEqual({
      ok: false,
      error: {
        code: 'VARIABLE_INCONNUE',
        position,
        message: `Variable inconnue : ${g(`@${nom}`)} (position ${position}). Variables disponibles : @aujourdhui, @profil, @vue.`,
      },
    });
  });
});
