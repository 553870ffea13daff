/**
 * Every string shown by the portal. Components and pages never contain literal French text: they read it here, so
 * wording is reviewed in one file and another language (or an organisation's own vocabulary) can follow.
 * French typography: no-break space before « : ; ! ? » and inside guillemets.
 */
const NBSP = '\u00A0';
const g = (texte: string) => `«${NBSP}${texte}${NBSP}»`;

export const fr = {
  site: {
    nom: 'Guichet',
    sousTitre: 'Démarches en ligne',
    titre: (page: string) => `${page} – Guichet`,
    allerAuContenu: 'Aller au contenu',
    navigationPrincipale: 'Menu principal',
    catalogue: 'Démarches',
    mesDossiers: 'Mes dossiers',
    seConnecter: 'Se connecter',
    seDeconnecter: 'Se déconnecter',
    connecteEnTantQue: 'Connecté ou connectée en tant que',
    piedDePage: (organisation: string) => `${organisation} – démarches en ligne`,
    propulsePar: 'Service propulsé par Guichet, logiciel libre.',
    filAriane: 'Vous êtes ici',
    accueil: 'Accueil',
  },
  catalogue: {
    titre: 'Démarches en ligne',
    intro:
      'Consultez les aides et services proposés par votre collectivité, puis déposez votre demande en ligne et suivez-la depuis votre espace.',
    vide: 'Aucune démarche n’est ouverte pour le moment.',
    listeLibelle: 'Démarches disponibles',
  },
  dispositif: {
    deposer: 'Déposer un dossier',
    seConnecterPourDeposer: 'Se connecter pour déposer un dossier',
    connexionRequise:
      'Vous devez vous connecter pour déposer un dossier. Vous pourrez ensuite enregistrer un brouillon et le compléter plus tard.',
    commencer: 'Faire une demande',
    description: 'Description',
    piecesATitre: 'Pièces à fournir',
    aucunePiece: 'Aucune pièce justificative n’est demandée.',
  },
  compte: {
    titre: 'Mes dossiers',
    intro: 'Retrouvez vos demandes en cours et passées.',
    legende: 'Vos dossiers, du plus récent au plus ancien',
    vide: 'Vous n’avez pas encore de dossier.',
    voirCatalogue: 'Voir les démarches en ligne',
    colonnes: {
      numero: 'Numéro',
      dispositif: 'Démarche',
      etat: 'État',
      creeLe: 'Créé le',
      deposeLe: 'Déposé le',
      actions: 'Actions',
    },
    consulter: 'Consulter',
    consulterDossier: (numero: string) => `Consulter le dossier ${numero}`,
    pasDepose: 'Pas encore déposé',
  },
  etats: {
    brouillon: 'Brouillon',
    depose: 'Déposé',
    cloture: 'Clôturé',
  },
  dossier: {
    titre: (numero: string) => `Dossier ${numero}`,
    /** The visible h1 is split so that the number never breaks at its hyphens. */
    titrePrefixe: 'Dossier',
    sousTitre: (dispositif: string) => dispositif,
    statut: 'Statut',
    creeLe: 'Créé le',
    deposeLe: 'Déposé le',
    completer: 'Compléter mon dossier',
    brouillonInfo: 'Ce dossier est un brouillon : il n’a pas encore été transmis. Complétez-le puis déposez-le.',
    ligneDeVie: 'Suivi de votre dossier',
    etapeEnCours: 'étape en cours',
    etapePassee: 'étape terminée',
    etapeAVenir: 'étape à venir',
    aucuneEtape: 'Le suivi sera disponible après le dépôt du dossier.',
    donnees: 'Vos réponses',
    nonRenseigne: 'Non renseigné',
    justificatifs: 'Pièces justificatives',
    aucunJustificatif: 'Aucune pièce jointe.',
    documentsRecus: 'Documents reçus',
    aucunDocument: 'Aucun document reçu pour le moment.',
    telechargerPrefixe: 'Télécharger',
    infosFichier: (type: string, taille: string, date: string) => `${type}, ${taille}, ajouté le ${date}`,
    retourListe: 'Retour à mes dossiers',
    depotReussi: (numero: string) =>
      `Votre dossier ${numero} a bien été déposé. Vous pouvez suivre son avancement sur cette page.`,
  },
  formulaire: {
    titre: (dispositif: string) => `Compléter ma demande : ${dispositif}`,
    titrePage: (numero: string) => `Compléter le dossier ${numero}`,
    titrePrefixe: 'Compléter le dossier',
    intro:
      'Les champs marqués (obligatoire) doivent être remplis avant le dépôt. Vous pouvez enregistrer un brouillon à tout moment.',
    obligatoire: '(obligatoire)',
    enregistrer: 'Enregistrer le brouillon',
    deposer: 'Déposer mon dossier',
    brouillonEnregistre: 'Votre brouillon a été enregistré.',
    reponsesEnregistrees: 'Vos réponses ont été enregistrées.',
    choisir: 'Choisir une option',
    montantAide: `En euros (€), par exemple 1${NBSP}234,50.`,
    symboleEuro: '€',
    dateAide: 'Par exemple 31/01/2026.',
    fichierAide: (formats: string, tailleMax: string) =>
      `Formats acceptés : ${formats}. Taille maximale : ${tailleMax}.`,
    /** Added to a justificatif's own hint when the portal accepts less than the model says. */
    fichierTailleMaxPortail: (tailleMax: string) => `Sur ce site, la taille maximale d’un fichier est ${tailleMax}.`,
    fichierLibelle: (libelle: string) => `Ajouter un fichier pour ${g(libelle)}`,
    envoyerFichier: 'Envoyer le fichier',
    supprimerFichier: (nom: string) => `Supprimer ${nom}`,
    supprimer: 'Supprimer',
    fichiersJoints: 'Fichiers joints',
    aucunFichier: 'Aucun fichier joint.',
    pasModifiable: 'Ce dossier a déjà été déposé : il ne peut plus être modifié.',
    conflit:
      'Ce dossier a été modifié entre-temps, peut-être depuis un autre onglet ou un autre appareil. Vos dernières saisies n’ont pas été enregistrées.',
    recharger: 'Recharger le dossier',
    fichierAjoute: (nom: string) => `Le fichier ${g(nom)} a été ajouté.`,
    fichierSupprime: (nom: string) => `Le fichier ${g(nom)} a été supprimé.`,
    fichierManquant: (libelle: string) => `Choisissez un fichier à joindre pour ${g(libelle)}.`,
    fichierVide: (libelle: string) => `Le fichier choisi pour ${g(libelle)} est vide.`,
    fichierIntrouvable: 'Ce fichier n’est plus joint au dossier.',
    tropDEnvois: (secondes: number) =>
      `Vous avez envoyé trop de fichiers en peu de temps. Patientez ${secondes}${NBSP}secondes, puis envoyez ce fichier à nouveau.`,
    fichierTropGros: (libelle: string, tailleMax: string) =>
      `Le fichier pour ${g(libelle)} doit faire ${tailleMax} au plus.`,
    fichierRefuse: (libelle: string, formats: string) =>
      `Le fichier pour ${g(libelle)} n’est pas accepté. Formats acceptés : ${formats}.`,
    champFichierInconnu: 'Ce justificatif ne fait pas partie du formulaire. Rechargez la page.',
    envoiInvalide: 'L’envoi du fichier n’a pas abouti. Réessayez.',
    depotImpossible: 'Le dossier n’a pas pu être déposé. Réessayez dans quelques instants.',
  },
  resumeErreurs: {
    titre: 'Il y a un problème',
    intro: 'Corrigez les points suivants :',
  },
  erreurs: {
    prefixe: 'Erreur :',
    introuvable: {
      titre: 'Page introuvable',
      texte:
        'La page que vous cherchez n’existe pas ou n’est plus disponible. Si vous avez saisi l’adresse, vérifiez-la.',
    },
    serveur: {
      titre: 'Le service rencontre un problème',
      texte:
        'Une erreur est survenue de notre côté. Vos données déjà enregistrées ne sont pas perdues. Réessayez dans quelques minutes.',
    },
    indisponible: {
      titre: 'Service momentanément indisponible',
      texte: 'Nous ne parvenons pas à joindre le service pour le moment. Réessayez dans quelques minutes.',
    },
    csrf: {
      titre: 'Formulaire expiré',
      texte:
        'Ce formulaire n’est plus valide, par exemple parce que votre session a expiré. Revenez à la page précédente, rechargez-la et recommencez.',
    },
    tropDeRequetes: {
      titre: 'Trop de tentatives',
      texte: (secondes: number) =>
        `Vous avez fait trop de demandes en peu de temps. Patientez ${secondes}${NBSP}secondes avant de réessayer.`,
    },
    connexion: {
      titre: 'La connexion n’a pas abouti',
      texte: 'Nous n’avons pas pu vous connecter. Recommencez ; si le problème persiste, réessayez plus tard.',
      recommencer: 'Se connecter à nouveau',
    },
    sessionExpiree: 'Votre session a expiré. Connectez-vous à nouveau pour continuer.',
    retourAccueil: 'Retour à l’accueil',
  },
  fichiers: {
    formats: {
      'application/pdf': 'PDF',
      'image/jpeg': 'JPEG',
      'image/png': 'PNG',
      'image/webp': 'WebP',
      'image/heic': 'HEIC',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
      'application/msword': 'Word (DOC)',
      'application/vnd.oasis.opendocument.text': 'OpenDocument (ODT)',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
      'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument (ODS)',
      'text/plain': 'texte',
      'text/csv': 'CSV',
    } as Record<string, string>,
    ou: 'ou',
    octets: (n: string) => `${n}${NBSP}octets`,
    ko: (n: string) => `${n}${NBSP}Ko`,
    mo: (n: string) => `${n}${NBSP}Mo`,
  },
} as const;

export type Textes = typeof fr;
