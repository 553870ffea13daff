/** Codes d'erreur stables de l'éditique : les appelants (jobs, contrôleurs) décident sur le code, jamais sur le message. */
export type CodeErreurEditique =
  | 'MODELE_INTROUVABLE'
  | 'GENERATION_ECHEC'
  | 'CONVERSION_ECHEC'
  | 'CONVERSION_DELAI'
  | 'COURRIEL_INVALIDE'
  | 'COURRIEL_ECHEC'
  | 'CONFIGURATION_INVALIDE';

export class ErreurEditique extends Error {
  override readonly name = 'ErreurEditique';

  constructor(
    readonly code: CodeErreurEditique,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function estErreurEditique(e: unknown, code?: CodeErreurEditique): e is ErreurEditique {
  return e instanceof ErreurEditique && (code === undefined || e.code === code);
}
