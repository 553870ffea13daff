/**
 * Every French sentence of the package, in one place so that wording stays consistent and reviewable.
 * Citizen messages follow the error-summary pattern (DSFR / GOV.UK): they name the field by its label and say what
 * to do, in the imperative, so they read the same next to the field and in the summary at the top of the page.
 * Guillemets and amounts carry no-break spaces so a line never starts with « » or €.
 */
import type { Champ } from './modele';
import { ESPACE_INSECABLE, formaterDate, formaterMontant, grouperMilliers } from './format';

/** « texte » with the no-break spaces French typography requires inside guillemets. */
export function entreGuillemets(texte: string): string {
  return `«${ESPACE_INSECABLE}${texte}${ESPACE_INSECABLE}»`;
}

const nom = (champ: Champ): string => entreGuillemets(champ.libelle);

/** Messages shown to the citizen (and to the agent reading a dossier), keyed by error code. */
export const messagesChamp = {
  requis(champ: Champ): string {
    switch (champ.type) {
      case 'liste':
        return `Choisissez une option pour ${nom(champ)}.`;
      case 'justificatif':
        return `Joignez au moins un document pour ${nom(champ)}.`;
      default:
        return `Renseignez ${nom(champ)}.`;
    }
  },

  format(champ: Champ): string {
    switch (champ.type) {
      case 'date':
        return `Indiquez une date valide pour ${nom(champ)}, au format JJ/MM/AAAA.`;
      case 'montant':
        return `Indiquez un montant en euros pour ${nom(champ)}, par exemple 1${ESPACE_INSECABLE}234,50 (deux chiffres après la virgule au plus).`;
      case 'liste':
        return `Choisissez une des options proposées pour ${nom(champ)}.`;
      default:
        return `Saisissez du texte pour ${nom(champ)}.`;
    }
  },

  tropLong(champ: Champ, longueurMax: number, longueur: number): string {
    return `${nom(champ)} ne doit pas dépasser ${grouperMilliers(longueurMax)} caractères (vous en avez saisi ${grouperMilliers(longueur)}).`;
  },

  /** "montant compris entre" keeps the agreement right whatever the gender of the label. */
  montantHorsBornes(champ: Champ, min: number | undefined, max: number | undefined): string {
    const intervalle =
      min !== undefined && max !== undefined
        ? `compris entre ${formaterMontant(min)} et ${formaterMontant(max)}`
        : min !== undefined
          ? `supérieur ou égal à ${formaterMontant(min)}`
          : `inférieur ou égal à ${formaterMontant(max ?? 0)}`;
    return `Indiquez un montant ${intervalle} pour ${nom(champ)}.`;
  },

  dateHorsBornes(champ: Champ, min: string | undefined, max: string | undefined): string {
    const intervalle =
      min !== undefined && max !== undefined
        ? `comprise entre le ${formaterDate(min)} et le ${formaterDate(max)}`
        : min !== undefined
          ? `à partir du ${formaterDate(min)}`
          : `au plus tard le ${formaterDate(max ?? '')}`;
    return `Indiquez une date ${intervalle} pour ${nom(champ)}.`;
  },

  optionInconnue(champ: Champ): string {
    return `Choisissez une des options proposées pour ${nom(champ)}.`;
  },

  /** Unknown fields have no label: the code is all we know, and it usually means a stale or forged form. */
  champInconnu(code: string): string {
    return `Le champ ${entreGuillemets(code)} ne fait pas partie de ce formulaire.`;
  },
} as const;

/** Problems found in a dossier model, shown to the functional administrator who builds it. */
export const messagesModele = {
  codeInvalide:
    'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
  texteVide: 'ne doit pas être vide',
  typeInconnu: 'type de champ inconnu (attendu : texte, date, liste, montant ou justificatif)',
  dateInvalide: 'date attendue au format AAAA-MM-JJ (une vraie date du calendrier)',
  entierPositif: 'nombre entier supérieur à 0 attendu',
  listeSansOption: 'une liste doit proposer au moins une option',
  sansFormat: 'indiquez au moins un format de fichier accepté',
  formatMime: 'indiquez un type MIME, par exemple application/pdf ou image/jpeg',
  codeChampEnDouble: (code: string, fois: number): string =>
    `Le code de champ ${entreGuillemets(code)} est utilisé ${fois} fois : chaque champ du modèle doit avoir un code unique.`,
  codeSectionEnDouble: (code: string, fois: number): string =>
    `Le code de section ${entreGuillemets(code)} est utilisé ${fois} fois : chaque section doit avoir un code unique.`,
  optionEnDouble: (champ: string, valeur: string): string =>
    `La liste ${entreGuillemets(champ)} propose plusieurs fois la valeur ${entreGuillemets(valeur)}.`,
  bornesInversees: (champ: string, min: string, max: string): string =>
    `Le champ ${entreGuillemets(champ)} a un minimum (${min}) supérieur à son maximum (${max}).`,
  /** Prefixes a problem with where it is, e.g. "section 1 › champ 3 › code : …". */
  aLEmplacement: (emplacement: string, probleme: string): string =>
    emplacement === '' ? `Modèle : ${probleme}` : `${emplacement} : ${probleme}`,
} as const;
