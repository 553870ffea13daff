/**
 * Where the dossier form goes after a POST (post/redirect/get), and what that URL asks of the form: « Ajouter une
 * ligne » comes back as `?tableau=<code>&lignes=<n>#<first cell of the new row>`, so that the new row is there and
 * focused after the redirect, with no JavaScript.
 */
import { champsDeVue, type Modele } from '@guichet/formulaires';
import { lignesMax } from './saisie-affichee';
import type { Redirection } from './soumission';

export function urlApresSoumission(base: string, redirection: Redirection): string {
  const chemin = redirection.vers === 'dossier' ? base : `${base}/modifier`;
  const requete = redirection.lignes
    ? `?${new URLSearchParams({ tableau: redirection.lignes.champ, lignes: String(redirection.lignes.nombre) })}`
    : '';
  return `${chemin}${requete}${redirection.ancre ? `#${redirection.ancre}` : ''}`;
}

/** The rows a table should show, read from the URL (bounded by the model; anything else is ignored). */
export function lignesDemandeesDans(modele: Modele, recherche: URLSearchParams): Record<string, number> {
  const code = recherche.get('tableau');
  const nombre = Number(recherche.get('lignes'));
  if (!code || !Number.isSafeInteger(nombre) || nombre < 1) return {};
  const champ = champsDeVue(modele, 'usager').find((c) => c.code === code);
  if (champ?.type !== 'tableau' || champ.lignes) return {};
  return { [code]: Math.min(nombre, lignesMax(champ)) };
}
