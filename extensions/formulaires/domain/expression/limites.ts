/**
 * Bounds that keep analysis and evaluation cheap whatever an administrator (or an attacker with an admin account)
 * types: the parser is recursive, so nesting must be bounded well below the JavaScript stack, and the memo holds
 * sources, so their length is bounded too.
 */

/** Characters in a source; a long formula is better split into several calculated fields anyway. */
export const LONGUEUR_MAX = 2000;
/** Nesting levels: parentheses, lists, function calls and prefix operators (`non`, `-`) each add one. */
export const PROFONDEUR_MAX = 64;

/**
 * Position of the bracket that opens level PROFONDEUR_MAX + 1, or null. A linear scan run before anything else, so
 * that 100 000 opening parentheses are refused after reading 65 characters instead of after lexing them all or
 * being misreported as merely too long. Only the first LONGUEUR_MAX characters are read: past them the source is
 * refused for its length anyway. Texts are skipped, since a "(" inside quotes nests nothing; prefix operators are
 * left to the parser, which counts them with the brackets.
 */
export function imbricationExcessive(source: string): number | null {
  const fin = Math.min(source.length, LONGUEUR_MAX);
  let profondeur = 0;
  let guillemet: string | null = null;
  for (let position = 0; position < fin; position += 1) {
    const caractere = source.charAt(position);
    if (guillemet !== null) {
      if (caractere === '\\') position += 1;
      else if (caractere === guillemet) guillemet = null;
    } else if (caractere === "'" || caractere === '"') {
      guillemet = caractere;
    } else if (caractere === '(' || caractere === '[') {
      profondeur += 1;
      if (profondeur > PROFONDEUR_MAX) return position;
    } else if ((caractere === ')' || caractere === ']') && profondeur > 0) {
      profondeur -= 1;
    }
  }
  return null;
}
