/**
 * Formatted text (texte_riche) is the one value the portal renders as HTML (`set:html`). The server stores it
 * sanitised; the portal sanitises it again with the domain's own definition before rendering, so that a value
 * written by anything else (an older version, a direct database edit) cannot carry a script into a page.
 */
import { definition, type Champ, type Valeur } from '@guichet/formulaires';

export function htmlSur(
  champ: Extract<Champ, { type: 'texte_riche' }>,
  valeur: Valeur | undefined,
  aujourdhui: string,
): string | null {
  if (typeof valeur !== 'string' || valeur.trim() === '') return null;
  // The length limit is the model's business, not the display's: a text longer than today's limit still shows.
  const sansLimite = { ...champ, longueurMax: Number.MAX_SAFE_INTEGER };
  const verdict = definition(sansLimite).valider(sansLimite, valeur, {
    referentiels: {},
    aujourdhui,
    calculer: () => null,
  });
  return verdict.ok && typeof verdict.value === 'string' ? verdict.value : null;
}
