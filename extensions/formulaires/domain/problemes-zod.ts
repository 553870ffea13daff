/**
 * French wording of zod problems for administrators importing a model or a guide: where the problem is, counted as
 * a person counts ("section 1 › champ 3 › code"), and a fallback for zod's built-in issues.
 */
import type { z } from 'zod';

/** ['sections', 0, 'champs', 2, 'code'] → "section 1 › champ 3 › code"; `singulier` names one element of a list. */
export function emplacement(chemin: ReadonlyArray<PropertyKey>, singulier: Record<string, string>): string {
  const morceaux: string[] = [];
  chemin.forEach((cle, i) => {
    if (typeof cle === 'number') return;
    const suivant = chemin[i + 1];
    // "champs" names the list, "champ 3" one of its elements.
    morceaux.push(
      typeof suivant === 'number' ? `${singulier[String(cle)] ?? String(cle)} ${suivant + 1}` : String(cle),
    );
  });
  return morceaux.join(' › ');
}

const TYPES: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'vrai/faux',
  array: 'liste',
  object: 'objet',
};

export const MESSAGES_ZOD = {
  valeurManquante: 'valeur manquante',
  valeurInvalide: 'valeur invalide',
  typeAttendu: (attendu: string): string => `valeur de type ${TYPES[attendu] ?? attendu} attendue`,
};

/** French fallback for zod's built-in issues (missing keys, wrong types); specific rules carry their own message. */
export const messageZodParDefaut: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? MESSAGES_ZOD.valeurManquante : MESSAGES_ZOD.typeAttendu(issue.expected);
  }
  if (issue.code === 'invalid_value' && issue.values.length === 1) {
    return `${MESSAGES_ZOD.valeurInvalide} (attendu : ${String(issue.values[0])})`;
  }
  return MESSAGES_ZOD.valeurInvalide;
};
