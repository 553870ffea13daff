/**
 * Cuts the source into tokens. Keywords are recognised later, by the parser, because the same word may be an
 * operator (`non x`), a function (`si(…)`) or a column after a dot (`adresse.commune`).
 */
import { ok, err, type Result } from '../result';
import { erreurs, type ErreurExpression } from './messages';

/**
 * Words that can never designate a field: the operators and literals of the language, in French, plus their English
 * counterparts so that `true` or `and` gets a helpful message instead of silently reading an unknown field.
 */
export const MOTS_RESERVES: readonly string[] = [
  'et',
  'ou',
  'non',
  'dans',
  'vrai',
  'faux',
  'nul',
  'si',
  'alors',
  'sinon',
  'and',
  'or',
  'not',
  'in',
  'true',
  'false',
  'null',
  'if',
];

/** English words administrators coming from spreadsheets type, with the French word to use instead. */
export const EQUIVALENTS_FRANCAIS: ReadonlyMap<string, string> = new Map([
  ['and', 'et'],
  ['or', 'ou'],
  ['not', 'non'],
  ['in', 'dans'],
  ['true', 'vrai'],
  ['false', 'faux'],
  ['null', 'nul'],
  ['if', 'si'],
]);

export type Symbole =
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '.'
  | '='
  | '=='
  | '!='
  | '<>'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '!'
  | '&&'
  | '||';

interface JetonCommun {
  /** 0-based offset of the token's first character. */
  readonly position: number;
  /** The token as written, for messages ("" at the end of the source). */
  readonly texte: string;
}
export type Jeton = JetonCommun &
  (
    | { readonly genre: 'nombre'; readonly valeur: number }
    | { readonly genre: 'texte'; readonly valeur: string }
    | { readonly genre: 'identifiant'; readonly valeur: string }
    | { readonly genre: 'variable'; readonly valeur: string }
    | { readonly genre: 'symbole'; readonly valeur: Symbole }
    | { readonly genre: 'fin' }
  );

/** Two-character symbols first, so that `<=` is never read as `<` then `=`. */
const SYMBOLES: readonly Symbole[] = [
  '==',
  '!=',
  '<>',
  '<=',
  '>=',
  '&&',
  '||',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
];

const IDENTIFIANT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NOMBRE = /\d+(?:\.\d+)?/y;
/** What follows a number and makes it unreadable: "1e3", "1.2.3", "12abc", "1." */
const SUITE_DE_NOMBRE = /[A-Za-z0-9_.]+/y;
const ESPACE = /\s/;

function lireAvec(motif: RegExp, source: string, position: number): string | null {
  motif.lastIndex = position;
  return motif.exec(source)?.[0] ?? null;
}

/** A quoted text from `debut` (on the quote); `\` escapes the next character, whichever it is. */
function lireTexte(source: string, debut: number): Result<Jeton, ErreurExpression> {
  const guillemet = source.charAt(debut);
  let valeur = '';
  let position = debut + 1;
  while (position < source.length) {
    const caractere = source.charAt(position);
    if (caractere === guillemet) {
      return ok({ genre: 'texte', valeur, texte: source.slice(debut, position + 1), position: debut });
    }
    if (caractere === '\\' && position + 1 < source.length) {
      valeur += source.charAt(position + 1);
      position += 2;
    } else {
      valeur += caractere;
      position += 1;
    }
  }
  return err(erreurs.texteNonTermine(guillemet, debut));
}

export function decouperEnJetons(source: string): Result<Jeton[], ErreurExpression> {
  const jetons: Jeton[] = [];
  let position = 0;
  while (position < source.length) {
    const caractere = source.charAt(position);
    if (ESPACE.test(caractere)) {
      position += 1;
      continue;
    }
    if (caractere === "'" || caractere === '"') {
      const texte = lireTexte(source, position);
      if (!texte.ok) return texte;
      jetons.push(texte.value);
      position += texte.value.texte.length;
      continue;
    }
    const nombre = lireAvec(NOMBRE, source, position);
    if (nombre !== null) {
      const suite = lireAvec(SUITE_DE_NOMBRE, source, position + nombre.length);
      if (suite !== null) return err(erreurs.nombreInvalide(nombre + suite, position));
      jetons.push({ genre: 'nombre', valeur: Number(nombre), texte: nombre, position });
      position += nombre.length;
      continue;
    }
    const identifiant = lireAvec(IDENTIFIANT, source, position);
    if (identifiant !== null) {
      jetons.push({ genre: 'identifiant', valeur: identifiant, texte: identifiant, position });
      position += identifiant.length;
      continue;
    }
    if (caractere === '@') {
      const nom = lireAvec(IDENTIFIANT, source, position + 1);
      if (nom === null) return err(erreurs.variableSansNom(position));
      // Variables are case-insensitive like keywords and functions: @Profil is @profil.
      jetons.push({ genre: 'variable', valeur: nom.toLowerCase(), texte: `@${nom}`, position });
      position += nom.length + 1;
      continue;
    }
    const symbole = SYMBOLES.find((candidat) => source.startsWith(candidat, position));
    if (symbole !== undefined) {
      jetons.push({ genre: 'symbole', valeur: symbole, texte: symbole, position });
      position += symbole.length;
      continue;
    }
    if (caractere === '&' || caractere === '|') return err(erreurs.operateurDouble(caractere, position));
    // A whole code point, so that an emoji is quoted as itself and not as half a surrogate pair.
    return err(erreurs.caractereInattendu(String.fromCodePoint(source.codePointAt(position) ?? 0), position));
  }
  jetons.push({ genre: 'fin', texte: '', position: source.length });
  return ok(jetons);
}
