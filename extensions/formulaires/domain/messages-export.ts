/** Problems found in an imported model document, shown to the administrator who imports it. */
import { entreGuillemets as g } from './messages';

export const messagesExport = {
  texteVide: 'ne doit pas être vide',
  texteTropLong: 'texte trop long (200 caractères au plus)',
  formatInconnu: 'ce fichier n’est pas un export de modèle Guichet (attendu : format « guichet.modele »)',
  versionInconnue: 'version de format inconnue (attendu : 1)',
  dansLeModele: 'Modèle :',
  listeAbsente: (code: string): string =>
    `Le modèle utilise la liste ${g(code)}, absente du fichier : exportez-le à nouveau avec ses listes.`,
  entreeAbsente: (champ: string, origine: string): string =>
    `Le champ ${g(champ)} provient de l’entrée ${g(origine)} du référentiel des champs, absente du fichier.`,
  listeEnDouble: (code: string): string => `La liste ${g(code)} figure plusieurs fois dans le fichier.`,
  entreeEnDouble: (code: string): string => `L’entrée ${g(code)} du référentiel des champs figure plusieurs fois.`,
  optionEnDouble: (valeur: string): string => `la valeur ${g(valeur)} figure plusieurs fois`,
} as const;
