import type { z } from 'zod';
import { ErreurGuichet } from '../erreurs';
export { valider } from './valider';

/**
 * zod for a form an agent fills in (an individu, a search): the problems are French messages on fields, 422 like
 * the dossier forms' errors, so that the admin page shows them next to each field.
 */
export function validerSaisie<T extends z.ZodType>(schema: T, valeur: unknown): z.infer<T> {
  const resultat = schema.safeParse(valeur);
  if (resultat.success) return resultat.data;
  const erreurs = resultat.error.issues.map((i) => ({
    champ: i.path.join('.') || 'corps',
    code: 'SAISIE_INVALIDE',
    message: i.code === 'invalid_type' && i.input === undefined ? 'Ce champ est obligatoire.' : frMessage(i.message),
  }));
  return throwSaisie(erreurs);
}

/** zod's own English messages (unknown keys, wrong types) get a French equivalent; ours are already French. */
function frMessage(message: string): string {
  if (/^Unrecognized key/i.test(message)) return 'Champ inconnu.';
  if (/^Invalid/i.test(message)) return 'Valeur invalide.';
  return message;
}

function throwSaisie(erreurs: { champ: string; code: string; message: string }[]): never {
  throw new ErreurGuichet(422, 'SAISIE_INVALIDE', 'Certaines informations sont à corriger.', { erreurs });
}
