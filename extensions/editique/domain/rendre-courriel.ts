/**
 * Rendu d'un modèle de courriel : remplace les `{{ chemin.vers.valeur }}` par les variables.
 *
 * Pur et sans exécution de code : un espace réservé n'est qu'un chemin pointé (lettres, chiffres, `_`, `$`),
 * résolu sur les propriétés PROPRES des objets (jamais `constructor`, `__proto__`…). Un chemin absent, `null`,
 * `undefined` ou un objet donnent une chaîne vide. La version HTML échappe tout le texte (modèle ET valeurs).
 */

export interface ModeleCourriel {
  sujet: string;
  corps: string;
}

export interface CourrielRendu {
  sujet: string;
  texte: string;
  html: string;
}

export interface OptionsRendu {
  /**
   * Origines (ex. `https://guichet.exemple.fr`) dont les URL deviennent des liens `<a>` dans la version HTML.
   * Les autres URL restent du texte : une valeur saisie par un usager ne devient jamais un lien cliquable
   * dans un courriel officiel (hameçonnage).
   */
  liensAutorises?: readonly string[];
}

const ESPACE_RESERVE = /\{\{\s*([A-Za-z_$][\w$]*(?:\.[\w$]+)*)\s*\}\}/g;
const URL_WEB = /https?:\/\/[^\s<>"']+/g;
const PONCTUATION_FINALE = /[.,;:!?)\]»]+$/;

export function rendreCourriel(
  modele: ModeleCourriel,
  variables: Record<string, unknown>,
  options: OptionsRendu = {},
): CourrielRendu {
  const remplacer = (gabarit: string): string =>
    normaliserFinsDeLigne(gabarit).replace(ESPACE_RESERVE, (_tout, chemin: string) =>
      enTexte(resoudre(variables, chemin)),
    );

  // Un sujet est un en-tête : une seule ligne, quoi que contiennent les variables.
  const sujet = remplacer(modele.sujet)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const texte = remplacer(modele.corps).trim();
  const origines = (options.liensAutorises ?? []).map((o) => o.replace(/\/+$/, '')).filter((o) => o.length > 0);
  return { sujet, texte, html: versHtml(texte, origines) };
}

/** Les chemins `{{ … }}` qu'un modèle utilise (sujet puis corps, sans doublon) : pour valider un modèle à l'édition. */
export function variablesUtilisees(modele: ModeleCourriel): string[] {
  const vus = new Set<string>();
  for (const gabarit of [modele.sujet, modele.corps]) {
    for (const m of gabarit.matchAll(ESPACE_RESERVE)) vus.add(m[1] as string);
  }
  return [...vus];
}

export function echapperHtml(texte: string): string {
  return texte
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function resoudre(racine: unknown, chemin: string): unknown {
  let courant: unknown = racine;
  for (const cle of chemin.split('.')) {
    if (courant === null || typeof courant !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(courant, cle)) return undefined;
    courant = (courant as Record<string, unknown>)[cle];
  }
  return courant;
}

function enTexte(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '';
  if (typeof valeur === 'string') return normaliserFinsDeLigne(valeur);
  if (typeof valeur === 'number' || typeof valeur === 'bigint' || typeof valeur === 'boolean') return String(valeur);
  if (valeur instanceof Date) return Number.isNaN(valeur.getTime()) ? '' : valeur.toISOString();
  if (Array.isArray(valeur))
    return valeur
      .map(enTexte)
      .filter((v) => v !== '')
      .join(', ');
  return '';
}

function normaliserFinsDeLigne(texte: string): string {
  return texte.replace(/\r\n?/g, '\n');
}

function versHtml(texte: string, origines: readonly string[]): string {
  if (texte === '') return '';
  return texte
    .split(/\n[ \t]*\n\s*/)
    .map(
      (paragraphe) =>
        `<p>${paragraphe
          .split('\n')
          .map((ligne) => ligneHtml(ligne, origines))
          .join('<br>\n')}</p>`,
    )
    .join('\n');
}

function ligneHtml(ligne: string, origines: readonly string[]): string {
  if (origines.length === 0) return echapperHtml(ligne);
  let sortie = '';
  let position = 0;
  for (const m of ligne.matchAll(URL_WEB)) {
    const url = m[0].replace(PONCTUATION_FINALE, '');
    const debut = m.index ?? 0;
    if (!origines.some((o) => estSousOrigine(url, o))) continue;
    sortie += echapperHtml(ligne.slice(position, debut));
    sortie += `<a href="${echapperHtml(url)}">${echapperHtml(url)}</a>`;
    position = debut + url.length;
  }
  return sortie + echapperHtml(ligne.slice(position));
}

function estSousOrigine(url: string, origine: string): boolean {
  if (url === origine) return true;
  if (!url.startsWith(origine)) return false;
  const suivant = url.charAt(origine.length);
  return suivant === '/' || suivant === '?' || suivant === '#';
}
