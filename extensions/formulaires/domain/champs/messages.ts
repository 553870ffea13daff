/**
 * French sentences of the field types. Citizen messages follow the error-summary pattern of ../messages.ts (the
 * label in guillemets, the imperative, so they read the same next to the field and in the summary at the top of the
 * page), and repeat its wording word for word for the types it already covered.
 *
 * They are not imported from ../messages.ts: it imports ../format.ts, which imports this folder's registry, and that
 * cycle lets a module be read before it has loaded (zod schemas read these strings at load time). ../messages.ts
 * may delegate to these instead.
 */
import type { Champ } from '../modele';
import { formaterMontant, formaterNombre } from './nombres';
import { entreGuillemets, ESPACE_INSECABLE, formaterDate } from './typographie';

const nom = (champ: Pick<Champ, 'libelle'>): string => entreGuillemets(champ.libelle);
/** Examples never break across lines: "06 12 34 56 78" stays whole. */
const exemple = (texte: string): string => texte.replaceAll(' ', ESPACE_INSECABLE);
const pluriel = (nombre: number, singulier: string, plurielForme: string): string =>
  `${formaterNombre(nombre)} ${nombre > 1 ? plurielForme : singulier}`;

/** "compris entre" agrees with "un nombre" / "un montant", whatever the gender of the label. */
function intervalle(min: string | undefined, max: string | undefined): string {
  if (min !== undefined && max !== undefined) return `compris entre ${min} et ${max}`;
  return min !== undefined ? `supérieur ou égal à ${min}` : `inférieur ou égal à ${max ?? ''}`;
}

function intervalleDeDates(min: string | undefined, max: string | undefined): string {
  if (min !== undefined && max !== undefined)
    return `comprise entre le ${formaterDate(min)} et le ${formaterDate(max)}`;
  return min !== undefined ? `à partir du ${formaterDate(min)}` : `au plus tard le ${formaterDate(max ?? '')}`;
}

const enNombre = (valeur: number | undefined): string | undefined =>
  valeur === undefined ? undefined : formaterNombre(valeur);
const enMontant = (valeur: number | undefined): string | undefined =>
  valeur === undefined ? undefined : formaterMontant(valeur);

const choisissezUneOption = (champ: Champ): string => `Choisissez une des options proposées pour ${nom(champ)}.`;

/** Messages shown to the citizen (and to the agent reading a dossier). */
export const messages = {
  /** An empty required field (an unchecked required box: it must be checked). */
  requis(champ: Champ): string {
    switch (champ.type) {
      case 'liste':
      case 'liste_referentiel':
      case 'boutons_radio':
        return `Choisissez une option pour ${nom(champ)}.`;
      case 'cases_multiples':
        return `Cochez au moins une case pour ${nom(champ)}.`;
      case 'case_a_cocher':
        return `Cochez la case ${nom(champ)} pour continuer.`;
      case 'justificatif':
        return `Joignez au moins un document pour ${nom(champ)}.`;
      case 'tableau':
        return `Remplissez au moins une ligne du tableau ${nom(champ)}.`;
      case 'api_particulier':
      case 'api_r2p':
        return `Récupérez vos informations pour ${nom(champ)}.`;
      default:
        return `Renseignez ${nom(champ)}.`;
    }
  },

  format(champ: Champ): string {
    switch (champ.type) {
      case 'nombre':
        return (champ.decimales ?? 0) === 0
          ? `Indiquez un nombre entier pour ${nom(champ)}, sans virgule.`
          : `Indiquez un nombre pour ${nom(champ)}, avec ${pluriel(champ.decimales ?? 0, 'chiffre', 'chiffres')} après la virgule au plus.`;
      case 'calcul':
        return `Le calcul ${nom(champ)} n'a pas pu être effectué : vérifiez les champs dont il dépend.`;
      case 'age':
        return `L'âge ${nom(champ)} n'a pas pu être calculé : vérifiez la date dont il dépend.`;
      case 'case_a_cocher':
        return `Cochez la case ${nom(champ)} ou laissez-la décochée.`;
      case 'date':
        return `Indiquez une date valide pour ${nom(champ)}, au format JJ/MM/AAAA.`;
      case 'montant':
        return `Indiquez un montant en euros pour ${nom(champ)}, par exemple 1${ESPACE_INSECABLE}234,50 (deux chiffres après la virgule au plus).`;
      case 'liste':
      case 'boutons_radio':
      case 'liste_referentiel':
        return choisissezUneOption(champ);
      case 'cases_multiples':
        return `Cochez uniquement des options proposées pour ${nom(champ)}.`;
      case 'telephone':
        return `Indiquez un numéro de téléphone valide pour ${nom(champ)}, par exemple ${exemple('06 12 34 56 78')} ou ${exemple('+33 6 12 34 56 78')}.`;
      case 'email':
        return `Indiquez une adresse électronique valide pour ${nom(champ)}, par exemple prenom.nom@exemple.fr.`;
      case 'adresse':
        return `Indiquez une adresse valide pour ${nom(champ)}, par exemple ${exemple('8 boulevard du Port 80000 Amiens')}.`;
      case 'nir':
        return `Indiquez les 15 caractères du numéro de sécurité sociale pour ${nom(champ)}, par exemple ${exemple('2 69 05 49 588 157 80')}.`;
      case 'iban':
        return `Indiquez un IBAN valide pour ${nom(champ)}, par exemple ${exemple('FR76 3000 6000 0112 3456 7890 189')}.`;
      case 'bic':
        return `Indiquez un BIC valide pour ${nom(champ)} : 8 ou 11 lettres et chiffres, par exemple BNPAFRPP.`;
      case 'siret':
        return `Indiquez les 14 chiffres du numéro SIRET pour ${nom(champ)}, par exemple ${exemple('732 829 320 00074')}.`;
      case 'tableau':
        return `Remplissez le tableau ${nom(champ)} avec les lignes et les colonnes proposées.`;
      case 'justificatif':
        return `Joignez les documents de ${nom(champ)} avec le bouton d'ajout de fichier.`;
      case 'api_particulier':
      case 'api_r2p':
        return `Les informations reçues pour ${nom(champ)} sont illisibles : récupérez-les à nouveau.`;
      default:
        // texte, texte_long, texte_riche, note
        return `Saisissez du texte pour ${nom(champ)}.`;
    }
  },

  masque: (champ: Champ, masque: string, exempleMasque: string): string =>
    `Saisissez ${nom(champ)} au format ${masque}, par exemple ${exempleMasque}.`,

  tropLong: (champ: Champ, longueurMax: number, longueur: number): string =>
    `${nom(champ)} ne doit pas dépasser ${formaterNombre(longueurMax)} caractères (vous en avez saisi ${formaterNombre(longueur)}).`,

  nombreHorsBornes: (champ: Champ, min: number | undefined, max: number | undefined): string =>
    `Indiquez un nombre ${intervalle(enNombre(min), enNombre(max))} pour ${nom(champ)}.`,

  montantHorsBornes: (champ: Champ, min: number | undefined, max: number | undefined): string =>
    `Indiquez un montant ${intervalle(enMontant(min), enMontant(max))} pour ${nom(champ)}.`,

  dateHorsBornes: (champ: Champ, min: string | undefined, max: string | undefined): string =>
    `Indiquez une date ${intervalleDeDates(min, max)} pour ${nom(champ)}.`,

  ageHorsBornes: (champ: Champ, max: number): string =>
    `L'âge ${nom(champ)} doit être compris entre 0 et ${max} ans : vérifiez la date dont il dépend.`,

  optionInconnue: (champ: Champ): string =>
    champ.type === 'cases_multiples'
      ? `Cochez uniquement des options proposées pour ${nom(champ)}.`
      : choisissezUneOption(champ),

  pasAssezDeChoix: (champ: Champ, min: number): string =>
    `Cochez au moins ${pluriel(min, 'case', 'cases')} pour ${nom(champ)}.`,

  tropDeChoix: (champ: Champ, max: number, coches: number): string =>
    `Cochez au plus ${pluriel(max, 'case', 'cases')} pour ${nom(champ)} (vous en avez coché ${formaterNombre(coches)}).`,

  cleNir: (champ: Champ): string =>
    `La clé du numéro de sécurité sociale ne correspond pas aux 13 premiers caractères : vérifiez le numéro saisi pour ${nom(champ)}.`,

  cleIban: (champ: Champ): string =>
    `Les chiffres de contrôle de l'IBAN ne correspondent pas : vérifiez l'IBAN saisi pour ${nom(champ)}.`,

  ibanEtranger: (champ: Champ): string =>
    `Indiquez l'IBAN d'un compte tenu en France pour ${nom(champ)} (il commence par FR) : les comptes à l'étranger ne sont pas acceptés.`,

  cleSiret: (champ: Champ): string =>
    `La clé de contrôle du numéro SIRET ne correspond pas : vérifiez les 14 chiffres saisis pour ${nom(champ)}.`,

  tropDeLignes: (champ: Champ, max: number, remplies: number): string =>
    `${nom(champ)} ne doit pas dépasser ${pluriel(max, 'ligne', 'lignes')} (vous en avez rempli ${formaterNombre(remplies)}).`,

  colonneInconnue: (champ: Champ, cle: string): string =>
    `Le tableau ${nom(champ)} n'a pas de colonne ${entreGuillemets(cle)} : rechargez la page, puis saisissez à nouveau le tableau.`,

  /** Where a cell is: « 2025 » for a labelled row, the row's position (counted from 1) otherwise. */
  ligne: (index: number, libelle: string | undefined): string =>
    libelle === undefined ? `ligne ${index + 1}` : `ligne ${entreGuillemets(libelle)}`,

  /** The cell's own message (naming its column), prefixed by the table and the row: « Dépenses », ligne 2 : … */
  cellule: (tableau: Champ, ligne: string, message: string): string =>
    `${nom(tableau)}, ${ligne} : ${message.charAt(0).toLocaleLowerCase('fr')}${message.slice(1)}`,

  /** "1 ligne", "3 lignes": how a table reads in a list of values. */
  nombreDeLignes: (nombre: number): string => pluriel(nombre, 'ligne', 'lignes'),

  age: (annees: number): string => pluriel(annees, 'an', 'ans'),

  oui: 'Oui',
  non: 'Non',
} as const;

/** Problems of a dossier model, for the functional administrator. Wording shared with ../messages where it exists. */
export const messagesModele = {
  codeInvalide:
    'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
  codeTropLong: 'le code ne doit pas dépasser 60 caractères',
  texteVide: 'ne doit pas être vide',
  texteTropLong: 'texte trop long',
  dateInvalide: 'date attendue au format AAAA-MM-JJ (une vraie date du calendrier)',
  entierPositif: 'nombre entier supérieur à 0 attendu',
  nombreAttendu: 'nombre attendu',
  decimales: 'nombre entier de 0 à 10 attendu',
  listeSansOption: 'une liste doit proposer au moins une option',
  sansFormat: 'indiquez au moins un format de fichier accepté',
  formatMime: 'indiquez un type MIME, par exemple application/pdf ou image/jpeg',
  masqueSansCaractereASaisir:
    'le masque doit contenir au moins un caractère à saisir : 9 (un chiffre), A (une lettre) ou * (une lettre ou un chiffre)',
  masqueTropLong: 'le masque ne doit pas dépasser 100 caractères',
  uniteInconnue: 'unité inconnue (attendu : nombre ou euros)',
  serviceInconnu: 'service inconnu (attendu : quotient_familial, statut_etudiant ou statut_demandeur_emploi)',
  typeColonneInconnu:
    'type de colonne inconnu (attendu : texte, nombre, montant, date, liste, case_a_cocher ou calcul)',
  tableauSansColonne: 'un tableau doit avoir au moins une colonne',
  tableauSansLigne: "indiquez au moins une ligne fixe, ou aucune pour laisser l'usager ajouter ses lignes",
  lignesMaxTropGrand: 'un tableau contient au plus 500 lignes',

  optionEnDouble: (champ: string, valeur: string): string =>
    `La liste ${entreGuillemets(champ)} propose plusieurs fois la valeur ${entreGuillemets(valeur)}.`,
  bornesInversees: (champ: string, min: string, max: string): string =>
    `Le champ ${entreGuillemets(champ)} a un minimum (${min}) supérieur à son maximum (${max}).`,
  choixInverses: (champ: string, min: number, max: number): string =>
    `Le champ ${entreGuillemets(champ)} demande au moins ${min} choix et au plus ${max} : le minimum doit être inférieur ou égal au maximum.`,
  choixImpossibles: (champ: string, min: number, options: number): string =>
    `Le champ ${entreGuillemets(champ)} demande au moins ${min} choix mais ne propose que ${options} option${options > 1 ? 's' : ''}.`,
  masquePlusLongQueLeMaximum: (champ: string, longueurMax: number, longueurMasque: number): string =>
    `Le champ ${entreGuillemets(champ)} a une longueur maximale (${longueurMax}) inférieure à celle de son masque (${longueurMasque} caractères) : aucune saisie ne pourrait être acceptée.`,
  colonneEnDouble: (tableau: string, colonne: string): string =>
    `Le tableau ${entreGuillemets(tableau)} utilise plusieurs fois le code de colonne ${entreGuillemets(colonne)}.`,
  ligneEnDouble: (tableau: string, ligne: string): string =>
    `Le tableau ${entreGuillemets(tableau)} utilise plusieurs fois le code de ligne ${entreGuillemets(ligne)}.`,
  colonneSansOption: (tableau: string, colonne: string): string =>
    `La colonne ${entreGuillemets(colonne)} du tableau ${entreGuillemets(tableau)} est une liste : proposez au moins une option.`,
  optionDeColonneEnDouble: (tableau: string, colonne: string, valeur: string): string =>
    `La colonne ${entreGuillemets(colonne)} du tableau ${entreGuillemets(tableau)} propose plusieurs fois la valeur ${entreGuillemets(valeur)}.`,
  formatEnDouble: (champ: string, format: string): string =>
    `Le justificatif ${entreGuillemets(champ)} accepte plusieurs fois le format ${format}.`,
} as const;
