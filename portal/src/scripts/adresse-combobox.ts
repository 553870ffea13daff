/**
 * Progressive enhancement of the `adresse` fields (components/champs/ChampAdresse.astro): the text input becomes an
 * ARIA 1.2 combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/):
 * suggestions from GET /api/adresse while typing, Up/Down to move through them (aria-activedescendant: focus stays in
 * the input), Enter to choose, Escape to close, a polite live region announcing how many there are. Choosing fills
 * the hidden `code__json`; typing again empties it (the text no longer is that suggestion). Without this script the
 * input is a plain text field and the server reads the text alone.
 */
import type { Adresse } from '@guichet/formulaires';
import { fr } from '../i18n/fr';
import { lienCarte } from '../lib/carte';

const DELAI_MS = 250;
const LONGUEUR_MIN = 3;

function estAdresse(valeur: unknown): valeur is Adresse {
  return typeof valeur === 'object' && valeur !== null && typeof (valeur as Adresse).libelle === 'string';
}

async function suggestions(q: string, signal: AbortSignal): Promise<Adresse[]> {
  const reponse = await fetch(`/api/adresse?q=${encodeURIComponent(q)}`, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  if (!reponse.ok) return [];
  const corps: unknown = await reponse.json();
  const liste = (corps as { suggestions?: unknown }).suggestions;
  return Array.isArray(liste) ? liste.filter(estAdresse) : [];
}

function ameliorer(racine: HTMLElement): void {
  const saisie = racine.querySelector<HTMLInputElement>('[data-adresse-saisie]');
  const liste = racine.querySelector<HTMLUListElement>('[data-adresse-liste]');
  const json = racine.querySelector<HTMLInputElement>('[data-adresse-json]');
  const annonce = racine.querySelector<HTMLElement>('[data-adresse-annonce]');
  if (!saisie || !liste || !json || !annonce) return;
  const carte = racine.querySelector<HTMLElement>('[data-adresse-carte]');
  const lien = carte?.querySelector('a');
  const detailCarte = carte?.querySelector<HTMLElement>('[data-adresse-carte-detail]');

  saisie.setAttribute('role', 'combobox');
  saisie.setAttribute('aria-autocomplete', 'list');
  saisie.setAttribute('aria-expanded', 'false');
  saisie.setAttribute('aria-controls', liste.id);
  // The browser's own address autofill would open a second list over ours.
  saisie.setAttribute('autocomplete', 'off');

  let proposees: Adresse[] = [];
  let active = -1;
  let minuteur: ReturnType<typeof setTimeout> | undefined;
  let requete: AbortController | undefined;

  const ouverte = () => !liste.hidden;

  const fermer = () => {
    liste.hidden = true;
    saisie.setAttribute('aria-expanded', 'false');
    saisie.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const activer = (index: number) => {
    active = index;
    liste.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        saisie.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
    if (index < 0) saisie.removeAttribute('aria-activedescendant');
  };

  const afficherCarte = (adresse: Adresse | null) => {
    if (!carte || !lien) return;
    const href = lienCarte(adresse);
    carte.hidden = href === null;
    if (href) lien.href = href;
    if (detailCarte && adresse) detailCarte.textContent = ` : ${fr.formulaire.voirCarteDetail(adresse.libelle)}`;
  };

  const choisir = (index: number) => {
    const adresse = proposees[index];
    if (!adresse) return;
    saisie.value = adresse.libelle;
    json.value = JSON.stringify(adresse);
    fermer();
    afficherCarte(adresse);
    // Conditions and formulas may read the address (src/scripts/formulaire-dynamique.ts listens to `change`).
    saisie.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const montrer = (adresses: Adresse[]) => {
    proposees = adresses;
    liste.replaceChildren(
      ...adresses.map((adresse, index) => {
        const option = document.createElement('li');
        option.id = `${liste.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'combobox__option';
        option.textContent = adresse.libelle;
        // mousedown would move the focus out of the input before click.
        option.addEventListener('mousedown', (evenement) => evenement.preventDefault());
        option.addEventListener('click', () => choisir(index));
        return option;
      }),
    );
    active = -1;
    saisie.removeAttribute('aria-activedescendant');
    if (adresses.length > 0 && document.activeElement === saisie) {
      liste.hidden = false;
      saisie.setAttribute('aria-expanded', 'true');
    } else fermer();
    annonce.textContent = fr.formulaire.nombreSuggestions(adresses.length);
  };

  const chercher = () => {
    const q = saisie.value.trim();
    requete?.abort();
    if (q.length < LONGUEUR_MIN) {
      proposees = [];
      fermer();
      return;
    }
    requete = new AbortController();
    suggestions(q, requete.signal).then(montrer, (erreur: unknown) => {
      if ((erreur as Error).name !== 'AbortError') montrer([]);
    });
  };

  saisie.addEventListener('input', () => {
    json.value = '';
    afficherCarte(null);
    clearTimeout(minuteur);
    minuteur = setTimeout(chercher, DELAI_MS);
  });

  saisie.addEventListener('keydown', (evenement) => {
    const nombre = proposees.length;
    switch (evenement.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (nombre === 0) return;
        evenement.preventDefault();
        if (!ouverte()) {
          liste.hidden = false;
          saisie.setAttribute('aria-expanded', 'true');
        }
        const pas = evenement.key === 'ArrowDown' ? 1 : -1;
        activer(active < 0 && pas < 0 ? nombre - 1 : (active + pas + nombre) % nombre);
        return;
      }
      case 'Enter':
        // Enter chooses the highlighted suggestion instead of submitting the form.
        if (ouverte() && active >= 0) {
          evenement.preventDefault();
          choisir(active);
        }
        return;
      case 'Escape':
        if (ouverte()) {
          evenement.preventDefault();
          fermer();
        }
        return;
      default:
    }
  });

  saisie.addEventListener('blur', () => fermer());
}

document.querySelectorAll<HTMLElement>('[data-adresse]').forEach(ameliorer);
