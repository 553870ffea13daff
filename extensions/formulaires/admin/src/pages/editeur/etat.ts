/**
 * The builder's state: one reducer holds the server's last answer (`detail`, whose `contenu` is what is saved), the
 * working copy (`modele`) and the selection. Edits are the pure operations of domain/edition, so a keystroke copies
 * only the path to what changed; unsaved changes are reference comparisons between `modele` and `detail.contenu`.
 */
import { egauxEnJson } from '../../utils/egalite';
import type { ModeleDetail } from '../../../../contracts/admin-api';
import { dispositionDeVue, VUES, type Champ, type Disposition, type Modele, type Vue } from '../../../../domain/modele';
import type { CheminLigne, CheminOnglet, CheminSection } from '../../../../domain/edition/chemins';

export type Selection =
  | { nature: 'champ'; code: string }
  | { nature: 'onglet'; chemin: CheminOnglet }
  | { nature: 'section'; chemin: CheminSection }
  | { nature: 'ligne'; chemin: CheminLigne }
  | null;

export type Mode = 'construction' | 'apercu';

export interface EtatEditeur {
  detail: ModeleDetail;
  modele: Modele;
  vue: Vue;
  mode: Mode;
  selection: Selection;
}

export type Action =
  | { type: 'charge'; detail: ModeleDetail }
  /** A pure edit (domain/edition); `selection` gives what to select afterwards. */
  | { type: 'edite'; operation: (modele: Modele) => Modele; selection?: (modele: Modele) => Selection }
  | { type: 'selectionne'; selection: Selection }
  | { type: 'vue'; vue: Vue }
  | { type: 'mode'; mode: Mode }
  /** `base`: the working copy's part when the request left, to tell whether it was edited during the request. */
  | { type: 'champsEnregistres'; detail: ModeleDetail; base: Champ[] }
  | { type: 'vueEnregistree'; detail: ModeleDetail; vue: Vue; base: Disposition | undefined }
  /** The whole draft saved at once (« Tout enregistrer »). */
  | { type: 'contenuEnregistre'; detail: ModeleDetail; base: Modele }
  /** Publishing or another write that changes the header only (revision, versions) but not the working copy. */
  | { type: 'entete'; detail: ModeleDetail };

export function etatInitial(detail: ModeleDetail): EtatEditeur {
  return { detail, modele: detail.contenu, vue: 'usager', mode: 'construction', selection: null };
}

export function reducteur(etat: EtatEditeur, action: Action): EtatEditeur {
  switch (action.type) {
    case 'charge':
      return { ...etatInitial(action.detail), vue: etat.vue, mode: etat.mode };
    case 'edite': {
      const modele = action.operation(etat.modele);
      const selection = action.selection ? action.selection(modele) : etat.selection;
      if (modele === etat.modele && selection === etat.selection) return etat;
      return { ...etat, modele, selection: selectionValide(modele, etat.vue, selection) };
    }
    case 'selectionne':
      return { ...etat, selection: action.selection };
    case 'vue':
      return etat.vue === action.vue ? etat : { ...etat, vue: action.vue, selection: selectionDeChamp(etat.selection) };
    case 'mode':
      return { ...etat, mode: action.mode };
    case 'champsEnregistres': {
      // The server's copy becomes the reference; the working copy takes it unless it was edited during the request.
      const enregistres = action.detail.contenu.champs;
      const contenu = { ...etat.detail.contenu, champs: enregistres };
      const champs = etat.modele.champs === action.base ? enregistres : etat.modele.champs;
      return { ...etat, detail: { ...action.detail, contenu }, modele: { ...etat.modele, champs } };
    }
    case 'vueEnregistree': {
      const enregistree = action.detail.contenu.vues[action.vue];
      const contenu = { ...etat.detail.contenu, vues: { ...etat.detail.contenu.vues, [action.vue]: enregistree } };
      const locale = etat.modele.vues[action.vue];
      const vues = locale === action.base ? { ...etat.modele.vues, [action.vue]: enregistree } : etat.modele.vues;
      return {
        ...etat,
        detail: { ...action.detail, contenu },
        modele: { ...etat.modele, vues: vues as Modele['vues'] },
      };
    }
    case 'contenuEnregistre': {
      // The server stores what it was sent: keep our objects then, so that no row of a 200-field model re-renders.
      const identique = egauxEnJson(action.detail.contenu, action.base);
      const enregistre = identique ? action.base : action.detail.contenu;
      // As above: a working copy edited during the request keeps the edits.
      const modele = etat.modele === action.base ? enregistre : etat.modele;
      return { ...etat, detail: { ...action.detail, contenu: enregistre }, modele };
    }
    case 'entete':
      return { ...etat, detail: { ...action.detail, contenu: etat.detail.contenu } };
  }
}

/** A selection that still designates something after an edit, or nothing. */
function selectionValide(modele: Modele, vue: Vue, selection: Selection): Selection {
  if (!selection) return null;
  if (selection.nature === 'champ') return modele.champs.some((c) => c.code === selection.code) ? selection : null;
  const onglet = dispositionDeVue(modele, vue).onglets[selection.chemin.onglet];
  if (!onglet) return null;
  if (selection.nature === 'onglet') return selection;
  const section = onglet.sections[selection.chemin.section];
  if (!section) return null;
  if (selection.nature === 'ligne' && !section.lignes[selection.chemin.ligne]) return null;
  return selection;
}

/** Switching views keeps a selected field (it is the same definition) but not an onglet or section position. */
function selectionDeChamp(selection: Selection): Selection {
  return selection?.nature === 'champ' ? selection : null;
}

export interface Modifications {
  champs: boolean;
  vues: Record<Vue, boolean>;
  total: number;
}

/** What differs from the saved model, by part (each is saved separately). */
export function modifications(etat: EtatEditeur): Modifications {
  const enregistre = etat.detail.contenu;
  const champs = etat.modele.champs !== enregistre.champs;
  const vues = Object.fromEntries(VUES.map((vue) => [vue, etat.modele.vues[vue] !== enregistre.vues[vue]])) as Record<
    Vue,
    boolean
  >;
  return { champs, vues, total: Number(champs) + VUES.filter((vue) => vues[vue]).length };
}
