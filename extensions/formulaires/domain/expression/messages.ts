/**
 * Errors of the expression language and their French wording. They are read by functional administrators in the
 * model builder, so they say where (the 0-based offset the builder highlights, repeated in the text) and what to do.
 */

export type CodeErreurExpression =
  | 'SYNTAXE'
  | 'TROP_LONGUE'
  | 'TROP_PROFONDE'
  | 'FONCTION_INCONNUE'
  | 'ARITE'
  | 'TYPE'
  | 'DIVISION_PAR_ZERO'
  | 'VARIABLE_INCONNUE';

export interface ErreurExpression {
  code: CodeErreurExpression;
  /** French, for an administrator. */
  message: string;
  /** 0-based offset in the source. */
  position?: number;
}

const ESPACE_INSECABLE = '\u00A0';
const ESPACE_FINE_INSECABLE = '\u202F';

/** « texte » with the no-break spaces French typography requires inside guillemets. */
export function entreGuillemets(texte: string): string {
  return `«${ESPACE_INSECABLE}${texte}${ESPACE_INSECABLE}»`;
}

/** 2001 → "2 001" (narrow no-break space), as the rest of the package writes counts. */
function milliers(entier: number): string {
  return String(entier).replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_FINE_INSECABLE);
}

function erreur(code: CodeErreurExpression, texte: string, position?: number): ErreurExpression {
  if (position === undefined) return { code, message: `${texte}.` };
  return { code, message: `${texte} (position ${position}).`, position };
}

/** How a token is named in a message: the end of the source has no text of its own. */
function decrireJeton(texte: string): string {
  return texte === '' ? "la fin de l'expression" : entreGuillemets(texte);
}

export const erreurs = {
  vide: (): ErreurExpression => erreur('SYNTAXE', "L'expression est vide", 0),
  tropLongue: (longueur: number, maximum: number): ErreurExpression =>
    erreur(
      'TROP_LONGUE',
      `L'expression est trop longue : ${milliers(longueur)} caractères pour ${milliers(maximum)} au plus. Découpez-la en plusieurs champs calculés`,
    ),
  tropProfonde: (maximum: number, position: number): ErreurExpression =>
    erreur(
      'TROP_PROFONDE',
      `L'expression imbrique plus de ${maximum} niveaux (parenthèses, listes, fonctions, « non » ou « - ») : simplifiez-la`,
      position,
    ),
  caractereInattendu: (caractere: string, position: number): ErreurExpression =>
    erreur('SYNTAXE', `Caractère inattendu ${entreGuillemets(caractere)}`, position),
  operateurDouble: (caractere: string, position: number): ErreurExpression =>
    erreur(
      'SYNTAXE',
      `Caractère inattendu ${entreGuillemets(caractere)} : écrivez ${entreGuillemets(caractere + caractere)} ou ${entreGuillemets(caractere === '&' ? 'et' : 'ou')}`,
      position,
    ),
  texteNonTermine: (guillemet: string, position: number): ErreurExpression =>
    erreur(
      'SYNTAXE',
      `Texte non terminé : ${guillemet === "'" ? "l'apostrophe fermante manque" : 'le guillemet fermant « " » manque'}`,
      position,
    ),
  nombreInvalide: (texte: string, position: number): ErreurExpression =>
    erreur(
      'SYNTAXE',
      `Nombre invalide ${entreGuillemets(texte)} : écrivez les nombres avec un point décimal, par exemple 1.5`,
      position,
    ),
  variableSansNom: (position: number): ErreurExpression =>
    erreur('SYNTAXE', 'Nom de variable attendu après « @ », par exemple @profil', position),
  parentheseFermanteAttendue: (position: number): ErreurExpression =>
    erreur('SYNTAXE', 'Parenthèse fermante attendue', position),
  parentheseInattendue: (position: number): ErreurExpression =>
    erreur('SYNTAXE', 'Parenthèse fermante inattendue : aucune parenthèse ouverte ne lui correspond', position),
  crochetFermantAttendu: (position: number): ErreurExpression =>
    erreur('SYNTAXE', 'Crochet fermant « ] » attendu pour terminer la liste', position),
  valeurAttendue: (trouve: string, position: number): ErreurExpression =>
    erreur('SYNTAXE', `Valeur attendue à la place de ${decrireJeton(trouve)}`, position),
  operateurAttendu: (trouve: string, position: number): ErreurExpression =>
    erreur('SYNTAXE', `Opérateur attendu avant ${decrireJeton(trouve)}`, position),
  proprieteAttendue: (position: number): ErreurExpression =>
    erreur('SYNTAXE', 'Nom de colonne ou de propriété attendu après « . »', position),
  motReserve: (mot: string, position: number): ErreurExpression =>
    erreur(
      'SYNTAXE',
      `${entreGuillemets(mot)} est un mot réservé : il ne peut pas désigner un champ à cet endroit`,
      position,
    ),
  motAnglais: (mot: string, francais: string, position: number): ErreurExpression =>
    erreur('SYNTAXE', `Écrivez ${entreGuillemets(francais)} plutôt que ${entreGuillemets(mot)}`, position),
  comparaisonsEnchainees: (position: number): ErreurExpression =>
    erreur('SYNTAXE', 'Comparaisons enchaînées : reliez-les par « et », par exemple a < b et b < c', position),
  fonctionInconnue: (nom: string, disponibles: readonly string[], position: number): ErreurExpression => ({
    code: 'FONCTION_INCONNUE',
    message: `Fonction inconnue : ${entreGuillemets(nom)} (position ${position}). Fonctions disponibles : ${disponibles.join(', ')}.`,
    position,
  }),
  arite: (signature: string, attendus: string, recus: number, position: number): ErreurExpression =>
    erreur(
      'ARITE',
      `${signature} attend ${attendus} : ${recus === 0 ? 'aucun argument donné' : recus > 1 ? `${recus} arguments donnés` : '1 argument donné'}`,
      position,
    ),
  variableInconnue: (nom: string, disponibles: readonly string[], position: number): ErreurExpression => ({
    code: 'VARIABLE_INCONNUE',
    message: `Variable inconnue : ${entreGuillemets(`@${nom}`)} (position ${position}). Variables disponibles : ${disponibles.map((variable) => `@${variable}`).join(', ')}.`,
    position,
  }),
  variableNonFournie: (nom: string, position: number): ErreurExpression =>
    erreur('VARIABLE_INCONNUE', `La variable ${entreGuillemets(`@${nom}`)} n'est pas disponible ici`, position),
  pasUnNombre: (valeur: string, operateur: string, position: number): ErreurExpression =>
    erreur(
      'TYPE',
      `Calcul impossible : ${valeur} n'est pas un nombre (opérateur ${entreGuillemets(operateur)})`,
      position,
    ),
  resultatHorsLimites: (position: number): ErreurExpression =>
    erreur('TYPE', 'Le résultat du calcul est trop grand pour être représenté', position),
  divisionParZero: (position: number): ErreurExpression => erreur('DIVISION_PAR_ZERO', 'Division par zéro', position),
};
