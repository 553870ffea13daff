/**
 * Public dossier numbers: year and a sequence, e.g. "2026-000042". The sequence comes from the database (one counter
 * per year); this only formats it, so that the portal, emails and documents print the same reference.
 */
const CHIFFRES_SEQUENCE = 6;

/** Throws on impossible inputs: they reveal a bug in the caller, not something a user can fix. */
export function formaterNumeroDossier(annee: number, sequence: number): string {
  if (!Number.isInteger(annee) || annee < 1000 || annee > 9999) {
    throw new RangeError(`Année de numérotation invalide : ${annee}`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`Numéro de séquence invalide : ${sequence}`);
  }
  // Beyond 999 999 dossiers in a year the number simply gets longer: never truncate a reference.
  return `${annee}-${String(sequence).padStart(CHIFFRES_SEQUENCE, '0')}`;
}
