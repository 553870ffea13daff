/**
 * Amounts in euros: reading what citizens type and rounding to cents. Kept apart from display (format.ts) because the
 * server validates with these rules while only the portal displays.
 */

/**
 * "1 234,50", "1234.5", "-12", "1 234,50 €": spaces of any kind (browsers and copy-paste from spreadsheets bring
 * non-breaking and narrow non-breaking spaces) are thousands separators; `,` or `.` is the decimal mark.
 * Two decimals at most, so that "1.234" (a thousands dot, in French habits) is refused rather than read as 1,23 €.
 */
const MOTIF_MONTANT = /^([+-]?)(\d+)(?:[.,](\d{1,2}))?$/;

/** The number typed by the citizen, or null when it is not an amount (the caller then reports a FORMAT error). */
export function parserMontant(texte: string): number | null {
  // \s covers U+00A0 and U+202F; U+2212 is the typographic minus that word processors insert.
  const compact = texte
    .replace(/\s+/g, '')
    .replace(/€$/, '')
    .replace(/^\u2212/, '-');
  const morceaux = MOTIF_MONTANT.exec(compact);
  if (!morceaux) return null;
  const [, signe = '', entiers = '', decimales = '0'] = morceaux;
  const montant = Number(`${signe}${entiers}.${decimales}`);
  return Number.isFinite(montant) ? montant : null;
}

/**
 * Rounds half away from zero on the DECIMAL value: `Math.round(1.005 * 100)` gives 100 because 1.005 is stored as
 * 1.00499…; shifting the exponent of the shortest decimal representation avoids that binary artefact.
 */
export function arrondirCentimes(montant: number): number {
  if (!Number.isFinite(montant)) return montant;
  const [mantisse = '0', exposant = '0'] = Math.abs(montant).toExponential().split('e');
  const centimes = Math.round(Number(`${mantisse}e${Number(exposant) + 2}`));
  const arrondi = (Math.sign(montant) * centimes) / 100;
  // -0 would print as "-0 €" and fail equality checks against 0.
  return arrondi === 0 ? 0 : arrondi;
}
