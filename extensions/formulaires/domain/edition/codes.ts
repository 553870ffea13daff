/**
 * Technical names (codes): `[a-z][a-z0-9_]*`, unique in their scope. The builder derives them from a label so that
 * administrators rarely type one, and suffixes `_2`, `_3` … when the name is taken.
 */

/**
 * Same pattern as `MOTIF_CODE` in schema-modele.ts; repeated here so the builder's edit operations depend only on
 * the model contract (modele.ts), not on the validation module.
 */
const MOTIF_CODE = /^[a-z][a-z0-9_]*$/;

/** « Date de naissance de l'enfant » → `date_de_naissance_de_l_enfant`; a label without letters gives `champ`. */
export function codeDepuisLibelle(libelle: string, parDefaut = 'champ'): string {
  const code = libelle
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 60)
    .replace(/_+$/, '');
  return code === '' ? parDefaut : code;
}

/** `base` if free, else `base_2`, `base_3` … A base already ending in `_N` keeps it and gets another suffix. */
export function codeUnique(base: string, pris: ReadonlySet<string>): string {
  if (!pris.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidat = `${base}_${n}`;
    if (!pris.has(candidat)) return candidat;
  }
}

export function estCodeValide(code: string): boolean {
  return MOTIF_CODE.test(code);
}
