/**
 * The form as the current values make it: which onglets, sections and fields are shown (display conditions) and
 * the computed values (calcul, âge, calcul columns). It is the domain's own validation in draft mode, so the portal
 * shows and hides exactly what the server keeps and drops. Shared by the page (server render, from the stored data
 * and what was just typed) and the form script (live, from the form's controls): no Node dependency.
 */
import {
  champsDeVue,
  dispositionDeVue,
  TYPES_CONNECTEUR,
  validerDonnees,
  type Donnees,
  type Modele,
  type OptionListe,
  type Visibilite,
} from '@guichet/formulaires';
import type { ContexteFormulaire } from './formulaire';

export interface Apercu {
  visibilite: Visibilite;
  /** Normalised values of the shown fields, computed ones included. */
  calcules: Donnees;
}

export function apercu(contexte: ContexteFormulaire, candidats: Record<string, unknown>, existantes: Donnees): Apercu {
  const { visibilite, donnees } = validerDonnees(contexte.modele, candidats, {
    mode: 'brouillon',
    vue: 'usager',
    aujourdhui: contexte.aujourdhui,
    profil: contexte.profil,
    referentiels: contexte.referentiels,
    donneesExistantes: existantes,
  });
  return { visibilite, calcules: donnees };
}

/** What the form script receives (a data attribute of the form): the citizen's view only, never agent-only fields. */
export interface DonneesScript {
  modele: Modele;
  referentiels: Record<string, OptionListe[]>;
  profil: ContexteFormulaire['profil'];
  aujourdhui: string;
  /** Stored values the form does not post but conditions and formulas may read (connector data). */
  existantes: Donnees;
}

export function donneesScript(contexte: ContexteFormulaire, donnees: Donnees): DonneesScript {
  const champs = champsDeVue(contexte.modele, 'usager');
  const referentiels: Record<string, OptionListe[]> = {};
  const existantes: Donnees = {};
  for (const champ of champs) {
    if (champ.type === 'liste_referentiel' && Object.hasOwn(contexte.referentiels, champ.referentiel))
      referentiels[champ.referentiel] = contexte.referentiels[champ.referentiel] ?? [];
    if (TYPES_CONNECTEUR.includes(champ.type) && Object.hasOwn(donnees, champ.code))
      existantes[champ.code] = donnees[champ.code]!;
  }
  return {
    modele: { champs, vues: { usager: dispositionDeVue(contexte.modele, 'usager') } },
    referentiels,
    profil: contexte.profil,
    aujourdhui: contexte.aujourdhui,
    existantes,
  };
}
