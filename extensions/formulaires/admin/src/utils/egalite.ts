/** Deep equality of JSON values, whatever the key order (Postgres jsonb returns objects with its own key order). */
export function egauxEnJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((element, i) => egauxEnJson(element, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const cles = Object.keys(x).filter((cle) => x[cle] !== undefined);
  if (cles.length !== Object.keys(y).filter((cle) => y[cle] !== undefined).length) return false;
  return cles.every((cle) => Object.hasOwn(y, cle) && egauxEnJson(x[cle], y[cle]));
}
