import type { z } from 'zod';
import { emplacement, messageZodParDefaut } from '../../../domain/problemes-zod';
import { erreurs } from '../messages';

/** French wording of a request-shape problem; unknown keys are named (strict objects refuse them). */
const messageRequete: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') return `clé inconnue : ${issue.keys.join(', ')}`;
  return messageZodParDefaut(issue);
};

/** "champs 3 › options : valeur manquante" — problems of a request, as French sentences. */
export function problemesRequete(erreur: z.ZodError): string[] {
  return erreur.issues.map((issue) => {
    const ou = emplacement(issue.path, {});
    return ou === '' ? `Requête : ${issue.message}` : `${ou} : ${issue.message}`;
  });
}

/** zod at the boundary: a malformed request (shape, unknown keys) is a 400 with its problems, never a 500. */
export function valider<T extends z.ZodType>(schema: T, valeur: unknown): z.infer<T> {
  const resultat = schema.safeParse(valeur, { error: messageRequete });
  if (resultat.success) return resultat.data;
  throw erreurs.requeteInvalide(problemesRequete(resultat.error));
}
