/**
 * Immutable array helpers shared by the edit operations. An index out of range leaves the array as it is (same
 * reference), so a stale click in the builder is a no-op rather than an error.
 */

/** `tableau` with `element` inserted at `index` (clamped to the ends). */
export function insererA<T>(tableau: T[], index: number, element: T): T[] {
  const position = Math.max(0, Math.min(index, tableau.length));
  return [...tableau.slice(0, position), element, ...tableau.slice(position)];
}

/** `tableau` with the element at `index` replaced by `transformer(element)`; same reference when nothing changes. */
export function remplacerA<T>(tableau: T[], index: number, transformer: (element: T) => T): T[] {
  if (!dansLesBornes(tableau, index)) return tableau;
  const ancien = tableau[index] as T;
  const nouveau = transformer(ancien);
  if (nouveau === ancien) return tableau;
  const copie = [...tableau];
  copie[index] = nouveau;
  return copie;
}

/** `tableau` without the element at `index`. */
export function retirerA<T>(tableau: T[], index: number): T[] {
  if (!dansLesBornes(tableau, index)) return tableau;
  return [...tableau.slice(0, index), ...tableau.slice(index + 1)];
}

/** `tableau` with the element at `de` moved to position `vers` (clamped); same reference when nothing moves. */
export function deplacerA<T>(tableau: T[], de: number, vers: number): T[] {
  if (!dansLesBornes(tableau, de)) return tableau;
  const cible = Math.max(0, Math.min(vers, tableau.length - 1));
  if (cible === de) return tableau;
  const element = tableau[de] as T;
  return insererA(retirerA(tableau, de), cible, element);
}

export function dansLesBornes(tableau: readonly unknown[], index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < tableau.length;
}
