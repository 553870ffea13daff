/**
 * Where the dossier form goes after a POST (post/redirect/get), and what that URL asks of the form: « Ajouter une
 * ligne » comes back as `?tableau=<code>&lignes=<n>#<first cell of the new row>`, so that the new row is there and
 * focused after the redirect, with no JavaScript.
 */
import { champsDeVue, type ChampTableau, type Modele } from '@guichet/formulaires';
import type { Redirection } from './resultat-soumission';
import { lignesAffichees, lignesMax, type SourceSaisie } from './saisie-affichee';

export function urlApresSoumission(base: string, redirection: Redirection): string {
  const chemin = redirection.vers === 'dossier' ? base : `${base}/modifier`;
  const requete = redirection.lignes
    ? `?${new URLSearchParams({ tableau: redirection.lignes.champ, lignes: String(redirection.lignes.nombre) })}`
    : '';
  return `${chemin}${requete}${redirection.ancre ? `#${redirection.ancre}` : ''}`;
}

/** A table of the citizen's view that lets citizens add rows. */
function tableauLibre(modele: Modele, code: string): ChampTableau | undefined {
  const champ = champsDeVue(modele, 'usager').find((c) => c.code === code);
  return champ?.type === 'tableau' && !champ.lignes ? champ : undefined;
}

/**
 * « Ajouter une ligne » on table `code`: the table and the rows to show, one more than the post showed, within the
 * model's maximum; undefined when `code` is not a table citizens add rows to.
 */
export function ajoutDeLigne(
  modele: Modele,
  code: string,
  source: SourceSaisie,
): { champ: ChampTableau; nombre: number } | undefined {
  const champ = tableauLibre(modele, code);
  if (!champ) return undefined;
  return { champ, nombre: Math.min(lignesMax(champ), lignesAffichees(champ, source).length + 1) };
}

/** The rows a table should show, read from the URL (bounded by the model; anything else is ignored). */
export function lignesDemandeesDans(modele: Modele, recherche: URLSearchParams): Record<string, number> {
  const code = recherche.get('tableau');
  const nombre = Number(recherche.get('lignes'));
  if (!code || !Number.isSafeInteger(nombre) || nombre < 1) return {};
  const champ = tableauLibre(modele, code);
  return champ ? { [code]: Math.min(nombre, lignesMax(champ)) } : {};
}
