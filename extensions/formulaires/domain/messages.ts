/**
 * Every French sentence of the package, in one place so that wording stays consistent and reviewable.
 * Citizen messages follow the error-summary pattern (DSFR / GOV.UK): they name the field by its label and say what
 * to do, in the imperative, so they read the same next to the field and in the summary at the top of the page.
 * The field types' own sentences live with them (champs/messages.ts); this file adds what spans a whole model.
 */
import { messages as messagesDesChamps } from './champs/messages';
import { entreGuillemets } from './champs/typographie';

export { entreGuillemets };

/** Messages shown to the citizen (and to the agent reading a dossier), keyed by error code. */
export const messagesChamp = {
  ...messagesDesChamps,
  /** Unknown fields have no label: the code is all we know, and it usually means a stale or forged form. */
  champInconnu(code: string): string {
    return `Le champ ${entreGuillemets(code)} ne fait pas partie de ce formulaire.`;
  },
};

/** Problems found in a dossier model, shown to the functional administrator who builds it. */
export const messagesModele = {
  codeInvalide:
    'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
  codeTropLong: 'le code ne doit pas dépasser 60 caractères',
  texteVide: 'ne doit pas être vide',
  texteTropLong: 'texte trop long',
  typeInconnu:
    'type de champ inconnu (attendu : texte, texte_long, nombre, montant, calcul, date, age, case_a_cocher, boutons_radio, cases_multiples, liste, liste_referentiel, telephone, email, adresse, nir, iban, bic, siret, tableau, note, texte_riche, justificatif, api_particulier ou api_r2p)',
  prechargementInconnu: 'source de préchargement inconnue',
  dateInvalide: 'date attendue au format AAAA-MM-JJ (une vraie date du calendrier)',
  entierPositif: 'nombre entier supérieur à 0 attendu',
  listeSansOption: 'une liste doit proposer au moins une option',
  sansFormat: 'indiquez au moins un format de fichier accepté',
  formatMime: 'indiquez un type MIME, par exemple application/pdf ou image/jpeg',
  optionEnDouble: (champ: string, valeur: string): string =>
    `La liste ${entreGuillemets(champ)} propose plusieurs fois la valeur ${entreGuillemets(valeur)}.`,
  bornesInversees: (champ: string, min: string, max: string): string =>
    `Le champ ${entreGuillemets(champ)} a un minimum (${min}) supérieur à son maximum (${max}).`,
  ligneVide: 'une ligne contient au moins un champ',
  ligneTropLarge: 'une ligne contient au plus deux champs (deux colonnes)',
  tropDeChamps: 'un modèle contient au plus 1 000 champs',
  codeChampEnDouble: (code: string, fois: number): string =>
    `Le code de champ ${entreGuillemets(code)} est utilisé ${fois} fois : chaque champ du modèle doit avoir un code unique.`,
  codeReserve: (code: string): string =>
    `Le code de champ ${entreGuillemets(code)} est un mot réservé des conditions et des calculs : choisissez-en un autre.`,
  ongletEnDouble: (vue: string, code: string, fois: number): string =>
    `Vue ${vue} : le code d'onglet ${entreGuillemets(code)} est utilisé ${fois} fois.`,
  sectionEnDouble: (vue: string, code: string, fois: number): string =>
    `Vue ${vue} : le code de section ${entreGuillemets(code)} est utilisé ${fois} fois.`,
  champPlaceEnDouble: (vue: string, code: string, fois: number): string =>
    `Vue ${vue} : le champ ${entreGuillemets(code)} est placé ${fois} fois ; placez chaque champ une seule fois par vue.`,
  champPlaceInconnu: (vue: string, code: string): string =>
    `Vue ${vue} : le champ ${entreGuillemets(code)} est placé dans la vue mais n'existe pas dans le modèle.`,
  expressionInvalide: (ou: string, probleme: string): string =>
    `La condition ou la formule de ${ou} est invalide : ${probleme}`,
  expressionChampInconnu: (ou: string, code: string): string =>
    `La condition ou la formule de ${ou} utilise le champ ${entreGuillemets(code)}, qui n'existe pas.`,
  formuleManquante: (ou: string): string => `Indiquez la formule de ${ou}.`,
  calculCirculaire: (code: string): string =>
    `Le calcul ${entreGuillemets(code)} dépend de lui-même, directement ou par d'autres calculs.`,
  ageSansDate: (code: string, champDate: string): string =>
    `Le champ âge ${entreGuillemets(code)} doit se calculer à partir d'un champ date : ${entreGuillemets(champDate)} n'en est pas un.`,
  /** Prefixes a problem with where it is, e.g. "vues › usager › onglet 1 › section 2 › titre : …". */
  aLEmplacement: (emplacement: string, probleme: string): string =>
    emplacement === '' ? `Modèle : ${probleme}` : `${emplacement} : ${probleme}`,
} as const;
