import type { z } from 'zod';
import { ErreurGuichet } from '../erreurs';

/** zod at the boundary: a malformed request is a 400 with the problems listed, never a 500. */
export function valider<T extends z.ZodType>(schema: T, valeur: unknown): z.infer<T> {
  const resultat = schema.safeParse(valeur);
  if (resultat.success) return resultat.data;
  throw new ErreurGuichet(400, 'REQUETE_INVALIDE', 'La requête est invalide.', {
    problemes: resultat.error.issues.map((i) => ({ chemin: i.path.join('.'), message: i.message })),
  });
}
