/**
 * Immutable edits of a guide for the editor: each returns a new guide, the components never mutate the one in state.
 * New items get a free code (« etape_4 », « statut_7 ») that the administrator renames; codes are what dossiers
 * store, so the editor never renames them behind the administrator's back.
 */
import type { Action, TypeAction } from '../../../../domain/action';
import type { Etape, Guide, Statut } from '../../../../domain/guide';
import { focaliser } from './ResumeProblemes';

export function deplacer<T>(liste: readonly T[], de: number, vers: number): T[] {
  if (vers < 0 || vers >= liste.length) return [...liste];
  const copie = [...liste];
  const [element] = copie.splice(de, 1);
  copie.splice(vers, 0, element as T);
  return copie;
}

export const remplacer = <T>(liste: readonly T[], index: number, valeur: T): T[] =>
  liste.map((element, i) => (i === index ? valeur : element));

export const retirer = <T>(liste: readonly T[], index: number): T[] => liste.filter((_, i) => i !== index);

export function codeLibre(prefixe: string, pris: Iterable<string>): string {
  const existants = new Set(pris);
  let n = 1;
  while (existants.has(`${prefixe}_${n}`)) n += 1;
  return `${prefixe}_${n}`;
}

export const codesDesStatuts = (guide: Guide): string[] =>
  guide.etapes.flatMap((etape) => etape.statuts.map((statut) => statut.code));

export function nouveauStatut(guide: Guide): Statut {
  return {
    code: codeLibre('statut', codesDesStatuts(guide)),
    libelle: 'Nouveau statut',
    visibleUsager: true,
    cloture: false,
    transitions: [],
    actions: [],
  };
}

export function nouvelleEtape(guide: Guide): Etape {
  return {
    code: codeLibre(
      'etape',
      guide.etapes.map((etape) => etape.code),
    ),
    libelle: 'Nouvelle étape',
    statuts: [nouveauStatut(guide)],
  };
}

/** The action a type starts from when it is added or its type changed: empty where the administrator must choose. */
export function actionParDefaut(type: TypeAction): Action {
  switch (type) {
    case 'courriel':
      return { type, modele: '', destinataires: ['usager'] };
    case 'sms':
      return { type, modele: '', destinataires: ['usager'] };
    case 'modifier_champs':
      return { type, champs: [{ champ: '', valeur: '' }] };
    case 'affecter':
      return { type, mode: 'territoire' };
    case 'sauter_etapes':
      return { type, vers: '' };
    case 'onglet':
      return { type, onglet: '', vue: 'usager', etat: 'visible' };
    case 'statut_dossier_lie':
      return { type, lien: 'parent', statut: '' };
    case 'demander_justificatif':
      return { type, typeDocument: '', message: '' };
    case 'document':
      return { type, modele: '', nomFichier: '' };
    case 'detecter_doublon':
      return { type, critere: 'demandeur' };
    case 'creer_individu':
      return { type, correspondances: {} };
    case 'creer_profil':
      return { type, correspondances: {} };
    case 'conversation':
      return { type, etat: 'ouverte' };
    case 'webhook':
      return { type, url: '', secret: 'WEBHOOK_' };
  }
}

/** Moves focus to a control after React re-rendered (a moved item's button, a new item's first field). */
export function focaliserApres(id: string): void {
  window.setTimeout(() => focaliser(id), 0);
}

/** After a move, focus follows the moved item: its button for the same direction, or the other one at an end. */
export function focaliserDeplacement(idElement: string, versLeHaut: boolean): void {
  window.setTimeout(() => {
    const meme = document.getElementById(`${idElement}-${versLeHaut ? 'monter' : 'descendre'}`);
    const autre = document.getElementById(`${idElement}-${versLeHaut ? 'descendre' : 'monter'}`);
    (meme && !(meme as HTMLButtonElement).disabled ? meme : autre)?.focus();
  }, 0);
}
