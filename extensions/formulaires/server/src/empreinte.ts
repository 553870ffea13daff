import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level (arrays keep their order): equal content, equal text. */
export function jsonCanonique(valeur: unknown): string {
  return JSON.stringify(trier(valeur));
}

function trier(valeur: unknown): unknown {
  if (Array.isArray(valeur)) return valeur.map(trier);
  if (valeur === null || typeof valeur !== 'object') return valeur;
  const objet = valeur as Record<string, unknown>;
  const resultat: Record<string, unknown> = {};
  for (const cle of Object.keys(objet).sort()) {
    if (objet[cle] !== undefined) resultat[cle] = trier(objet[cle]);
  }
  return resultat;
}

/** SHA-256 (hex) of the canonical JSON: what tells a draft from its last published version. */
export function empreinte(valeur: unknown): string {
  return createHash('sha256').update(jsonCanonique(valeur)).digest('hex');
}
