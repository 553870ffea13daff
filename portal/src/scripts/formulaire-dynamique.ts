/**
 * Progressive enhancement of the dossier form: while the citizen types, display conditions and computed values are
 * worked out again with the domain's own code (src/lib/apercu.ts) and the page follows: `hidden` toggled on the
 * onglets, sections and fields (their values stay in the page; the server drops hidden ones), <output> elements
 * updated (politely announced). Without JavaScript, « Enregistrer le brouillon » does the same through the server.
 * The page hands over the citizen's view of the model in the form's `data-formulaire` attribute (no inline script:
 * the CSP forbids them).
 */
import { lireSaisie, type Champ, type ChampTableau, type LigneTableau, type SaisieBrute } from '@guichet/formulaires';
import { apercu, type DonneesScript } from '../lib/apercu';
import { lignesAffichees } from '../lib/saisie-affichee';
import { alignerLignes, lignesCalculees, valeurCalculee, valeurCellule } from '../lib/valeurs-calculees';

const DELAI_MS = 120;

/** The form's text values as a post would carry them (files are not read). */
function saisieDu(formulaire: HTMLFormElement): SaisieBrute {
  const brut: Record<string, string[]> = {};
  for (const [nom, valeur] of new FormData(formulaire)) {
    if (typeof valeur === 'string') (brut[nom] ??= []).push(valeur);
  }
  const saisie: SaisieBrute = {};
  for (const [nom, valeurs] of Object.entries(brut)) saisie[nom] = valeurs.length === 1 ? valeurs[0] : valeurs;
  return saisie;
}

/** The post as name/value pairs, for the helpers that read a URLSearchParams. */
function parametres(saisie: SaisieBrute): [string, string][] {
  return Object.entries(saisie).flatMap(([nom, valeur]) =>
    (Array.isArray(valeur) ? valeur : valeur === undefined ? [] : [valeur]).map((v): [string, string] => [nom, v]),
  );
}

function basculer(elements: NodeListOf<HTMLElement>, attribut: string, visibles: Set<string>): void {
  for (const element of elements) {
    const code = element.getAttribute(attribut) ?? '';
    const cache = !visibles.has(code);
    if (element.hidden !== cache) element.hidden = cache;
  }
}

function ecrire(element: Element, texte: string): void {
  // Only real changes: a live region re-announces whatever is written into it.
  if (element.textContent !== texte) element.textContent = texte;
}

function demarrer(formulaire: HTMLFormElement, donnees: DonneesScript): void {
  const contexte = {
    modele: donnees.modele,
    referentiels: donnees.referentiels,
    profil: donnees.profil,
    aujourdhui: donnees.aujourdhui,
  };
  const parCode = new Map<string, Champ>(donnees.modele.champs.map((champ) => [champ.code, champ]));

  const evaluer = () => {
    const saisie = saisieDu(formulaire);
    const candidats = lireSaisie(donnees.modele, saisie, 'usager');
    const { visibilite, calcules } = apercu(contexte, candidats, donnees.existantes);
    basculer(formulaire.querySelectorAll('[data-onglet]'), 'data-onglet', visibilite.onglets);
    basculer(document.querySelectorAll('[data-onglet-lien]'), 'data-onglet-lien', visibilite.onglets);
    basculer(formulaire.querySelectorAll('[data-section]'), 'data-section', visibilite.sections);
    basculer(formulaire.querySelectorAll('[data-champ]'), 'data-champ', visibilite.champs);
    for (const sortie of formulaire.querySelectorAll<HTMLElement>('[data-calcul]')) {
      const champ = parCode.get(sortie.dataset.calcul ?? '');
      if (!champ) continue;
      const texte = valeurCalculee(champ, calcules[champ.code], donnees.referentiels);
      ecrire(sortie, texte ?? sortie.dataset.vide ?? '');
    }
    const lignesParTableau = new Map<string, (LigneTableau | undefined)[]>();
    const lignesDe = (champ: ChampTableau) => {
      let lignes = lignesParTableau.get(champ.code);
      if (!lignes) {
        const affichees = lignesAffichees(champ, { donnees: {}, saisie: new URLSearchParams(parametres(saisie)) });
        lignes = alignerLignes(champ, affichees, lignesCalculees(calcules[champ.code]));
        lignesParTableau.set(champ.code, lignes);
      }
      return lignes;
    };
    for (const sortie of formulaire.querySelectorAll<HTMLElement>('[data-calcul-cellule]')) {
      const [code = '', ligne = '', colonne = ''] = (sortie.dataset.calculCellule ?? '').split('.');
      const champ = parCode.get(code);
      if (champ?.type !== 'tableau') continue;
      const definition = champ.colonnes.find((c) => c.code === colonne);
      if (!definition) continue;
      ecrire(sortie, valeurCellule(definition, lignesDe(champ)[Number(ligne)]?.[colonne]));
    }
  };

  let minuteur: ReturnType<typeof setTimeout> | undefined;
  const planifier = () => {
    clearTimeout(minuteur);
    minuteur = setTimeout(evaluer, DELAI_MS);
  };
  formulaire.addEventListener('input', planifier);
  formulaire.addEventListener('change', planifier);
  // A page restored from the back/forward cache, or whose fields the browser refilled, may not show what the server
  // rendered.
  window.addEventListener('pageshow', planifier);
  evaluer();
}

const formulaire = document.querySelector<HTMLFormElement>('form[data-formulaire]');
if (formulaire?.dataset.formulaire) {
  demarrer(formulaire, JSON.parse(formulaire.dataset.formulaire) as DonneesScript);
}
