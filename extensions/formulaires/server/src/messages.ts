/** Every French sentence the formulaires admin API answers with, in one place. */
import { entreGuillemets as g } from '../../domain/messages';
import { ErreurGuichet } from './erreurs';

export const messages = {
  requeteInvalide: 'La requête est invalide.',
  modeleInvalide: 'Le modèle contient des erreurs : corrigez-les avant d’enregistrer.',
  publicationImpossible: 'Le modèle ne peut pas être publié : corrigez les erreurs signalées.',
  importImpossible: 'Le fichier ne peut pas être importé : rien n’a été modifié.',
  exportImpossible: 'Le modèle ne peut pas être exporté tel quel : corrigez les erreurs signalées.',
  saisieInvalide: 'La saisie contient des erreurs.',
  revisionPerimee: "Ce modèle a été modifié par quelqu'un d'autre : rechargez la page.",
  rienAPublier: 'Le brouillon est identique à la dernière version publiée : il n’y a rien à publier.',
  modeleIntrouvable: 'Ce modèle est introuvable.',
  versionIntrouvable: 'Cette version du modèle est introuvable.',
  entreeIntrouvable: 'Cette entrée du référentiel des champs est introuvable.',
  referentielIntrouvable: 'Cette liste est introuvable.',
  codeModelePris: (code: string) => `Le code ${g(code)} est déjà utilisé par un autre modèle.`,
  codeEntreePris: (code: string) =>
    `Le code ${g(code)} est déjà utilisé par une autre entrée du référentiel des champs.`,
  codeListePris: (code: string) => `Le code ${g(code)} est déjà utilisé par une autre liste.`,
  vueUsagerObligatoire:
    'vues › usager : la vue de l’usager ne peut pas être supprimée (les autres vues la reprennent).',
  listeInexistante: (champ: string, liste: string) =>
    `Le champ ${g(champ)} utilise la liste ${g(liste)}, qui n’existe pas : créez-la dans les référentiels avant de publier.`,
  entreeExportAbsente: (champ: string, origine: string) =>
    `Le champ ${g(champ)} provient de l’entrée ${g(origine)} du référentiel des champs, qui n’existe plus.`,
} as const;

export const erreurs = {
  modeleIntrouvable: () => new ErreurGuichet(404, 'INTROUVABLE', messages.modeleIntrouvable),
  versionIntrouvable: () => new ErreurGuichet(404, 'VERSION_INTROUVABLE', messages.versionIntrouvable),
  entreeIntrouvable: () => new ErreurGuichet(404, 'INTROUVABLE', messages.entreeIntrouvable),
  referentielIntrouvable: () => new ErreurGuichet(404, 'INTROUVABLE', messages.referentielIntrouvable),
  revisionPerimee: () => new ErreurGuichet(409, 'REVISION_PERIMEE', messages.revisionPerimee),
  rienAPublier: () => new ErreurGuichet(409, 'RIEN_A_PUBLIER', messages.rienAPublier),
  codePris: (message: string) => new ErreurGuichet(409, 'CODE_PRIS', message),
  modeleInvalide: (problemes: string[], message: string = messages.modeleInvalide) =>
    new ErreurGuichet(422, 'MODELE_INVALIDE', message, { problemes }),
  importInvalide: (problemes: string[]) =>
    new ErreurGuichet(422, 'IMPORT_INVALIDE', messages.importImpossible, { problemes }),
  saisieInvalide: (problemes: string[]) =>
    new ErreurGuichet(422, 'SAISIE_INVALIDE', messages.saisieInvalide, { problemes }),
  requeteInvalide: (problemes: string[]) =>
    new ErreurGuichet(400, 'REQUETE_INVALIDE', messages.requeteInvalide, { problemes }),
};
