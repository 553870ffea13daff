/**
 * The values an expression handles and the coercions every operator and function shares. Field values arrive as
 * stored on a dossier (option keys are strings, unfilled fields are null, checkbox groups are lists), so the rules
 * here decide how "2", "1,5", nul and vrai behave in a sum: they are the language's semantics, kept in one place.
 */

export type ValeurExpression =
  | number
  | string
  | boolean
  | null
  | ValeurExpression[]
  | { [cle: string]: ValeurExpression };

/** An object value (a table row, an address, connector data): anything that is neither a list nor a scalar. */
export type ObjetExpression = { [cle: string]: ValeurExpression };

/**
 * "12", "-3", "1,5", "1 234,50", "+2": what a numeric option key or a typed amount looks like. No exponent and no
 * thousands dot, so that "1e3" or "1.234,5" stay texts (they are more likely a reference than a number).
 */
const MOTIF_NOMBRE = /^[+-]?\d+(?:[.,]\d+)?$/;
/** Spaces of any kind (U+00A0, U+202F from spreadsheets and Intl) separate thousands in French. */
const ESPACES = /\s+/g;

/**
 * Whatever a careless environment may hand over (`donnees[code]` returns `Object.prototype` for `__proto__` and a
 * function for `constructor`) becomes nul, so that no prototype object or function ever flows through the language.
 */
export function normaliserValeur(valeur: unknown): ValeurExpression {
  switch (typeof valeur) {
    case 'number':
      return Number.isFinite(valeur) ? valeur : null;
    case 'string':
    case 'boolean':
      return valeur;
    case 'object':
      if (valeur === null || valeur === Object.prototype || valeur === Array.prototype) return null;
      return valeur as ValeurExpression;
    default:
      return null;
  }
}

export function estObjet(valeur: ValeurExpression): valeur is ObjetExpression {
  return typeof valeur === 'object' && valeur !== null && !Array.isArray(valeur);
}

/** The number a string denotes, or null when it does not look like one ("" is not a number here: see enNombre). */
export function texteEnNombre(texte: string): number | null {
  const compact = texte.replace(ESPACES, '').replace(/^\u2212/, '-');
  if (!MOTIF_NOMBRE.test(compact)) return null;
  const nombre = Number(compact.replace(',', '.'));
  return Number.isFinite(nombre) ? nombre : null;
}

/**
 * Coercion used by calculations: numbers as they are, numeric strings (French comma too), vrai = 1, faux = 0, and
 * nul or "" = 0 because an unfilled field contributes nothing to a sum. Lists, objects and other texts → null.
 */
export function enNombre(valeur: ValeurExpression): number | null {
  if (valeur === null) return 0;
  switch (typeof valeur) {
    case 'number':
      return Number.isFinite(valeur) ? valeur : null;
    case 'boolean':
      return valeur ? 1 : 0;
    case 'string':
      return valeur === '' ? 0 : texteEnNombre(valeur);
    default:
      return null;
  }
}

/** Truthiness used for conditions: nul, faux, 0, "" and the empty list are false; everything else is true. */
export function estVrai(valeur: ValeurExpression): boolean {
  if (valeur === null) return false;
  switch (typeof valeur) {
    case 'boolean':
      return valeur;
    case 'number':
      return valeur !== 0 && !Number.isNaN(valeur);
    case 'string':
      return valeur !== '';
    default:
      return Array.isArray(valeur) ? valeur.length > 0 : true;
  }
}

/**
 * A value as text, French-style: 1.5 → "1,5", vrai → "vrai", nul → "", a list → its elements joined by ", ".
 * Objects have no meaningful text and give "".
 */
export function enTexte(valeur: ValeurExpression): string {
  if (valeur === null) return '';
  switch (typeof valeur) {
    case 'string':
      return valeur;
    case 'boolean':
      return valeur ? 'vrai' : 'faux';
    case 'number':
      return String(valeur).replace('.', ',');
    default:
      return Array.isArray(valeur) ? valeur.map(enTexte).join(', ') : '';
  }
}

/** nul, "", a blank text and the empty list (or object) mean "not filled in". */
export function estVide(valeur: ValeurExpression): boolean {
  if (valeur === null) return true;
  if (typeof valeur === 'string') return valeur.trim() === '';
  if (Array.isArray(valeur)) return valeur.length === 0;
  if (estObjet(valeur)) return Object.keys(valeur).length === 0;
  return false;
}

/**
 * Rounds half away from zero on the DECIMAL value (as French accounting does): `Math.round(1.005 * 100)` gives 100
 * because 1.005 is stored as 1.00499…, so the shift is done on the shortest decimal representation's exponent.
 */
export function arrondirDecimal(nombre: number, decimales: number): number {
  if (!Number.isFinite(nombre)) return nombre;
  const [mantisse = '0', exposant = '0'] = Math.abs(nombre).toExponential().split('e');
  const decale = Math.round(Number(`${mantisse}e${Number(exposant) + decimales}`));
  const [mantisse2 = '0', exposant2 = '0'] = decale.toExponential().split('e');
  const arrondi = Math.sign(nombre) * Number(`${mantisse2}e${Number(exposant2) - decimales}`);
  // -0 would read as "-0" and is not what anyone means.
  return arrondi === 0 ? 0 : arrondi;
}

/** Precision kept by + - * /: enough for any amount, few enough that 0.1 + 0.2 gives 0.3 and not 0.30000000000000004. */
const DECIMALES_CALCUL = 10;

/** Removes binary float artefacts from an arithmetic result. */
export function sansArtefact(nombre: number): number {
  // Sums of whole numbers (the common case) need no string round trip.
  if (Number.isInteger(nombre)) return nombre === 0 ? 0 : nombre;
  return arrondirDecimal(nombre, DECIMALES_CALCUL);
}
