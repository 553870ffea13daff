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
    selonSituation: 'selon votre situation',
  },
  /** « Déposer un dossier » for one of the citizen's profils (association, famille, entreprise). */
  profils: {
    pourQui: `Pour qui déposez-vous ce dossier${NBSP}?`,
    enMonNom: 'En mon nom',
    types: { famille: 'Famille', association: 'Association', entreprise: 'Entreprise' },
    choixInvalide: 'Choisissez pour qui vous déposez ce dossier.',
    creationRefusee: 'Le dossier n’a pas pu être créé. Rechargez la page, puis essayez à nouveau.',
    /** Under the dispositif in « Mes dossiers », and in the dossier's details: who it is filed for. */
    deposePour: 'Déposé pour',
    pour: (libelle: string) => `Pour ${libelle}`,
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
    oui: 'Oui',
    non: 'Non',
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
    intro: 'Vous pouvez enregistrer un brouillon à tout moment et revenir le compléter plus tard.',
    obligatoires: 'Les champs marqués d’un astérisque * sont obligatoires.',
    /** The visible mark of a required field, explained once by `obligatoires`. */
    asterisque: '*',
    /** Read by screen readers where the control itself cannot say it is required (groups of checkboxes, files). */
    obligatoire: '(obligatoire)',
    sommaire: 'Sommaire du formulaire',
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
    masqueAide: (masque: string) => `Format attendu : ${masque} (9 pour un chiffre, A pour une lettre).`,
    emailAide: 'Par exemple prenom.nom@exemple.fr.',
    telephoneAide: `Par exemple 06${NBSP}12${NBSP}34${NBSP}56${NBSP}78 ou +33${NBSP}6${NBSP}12${NBSP}34${NBSP}56${NBSP}78.`,
    nirAide:
      'Votre numéro de sécurité sociale : 13 chiffres puis la clé de 2 chiffres, par exemple 2 84 05 2A 123 456 78.',
    ibanAide: 'Par exemple FR76 3000 6000 0112 3456 7890 189.',
    bicAide: '8 ou 11 caractères, par exemple BNPAFRPP.',
    siretAide: '14 chiffres, par exemple 123 456 789 00012.',
    nombreEntierAide: 'Un nombre entier.',
    nombreDecimalAide: (decimales: number) =>
      `Un nombre, avec ${decimales}${NBSP}chiffre${decimales > 1 ? 's' : ''} après la virgule au plus.`,
    entre: (min: string, max: string) => `Entre ${min} et ${max}.`,
    auMoins: (min: string) => `Au moins ${min}.`,
    auPlus: (max: string) => `Au plus ${max}.`,
    adresseAide:
      'Saisissez l’adresse : des suggestions s’affichent pendant la saisie, choisissez-en une si elle convient.',
    suggestionsAdresse: 'Suggestions d’adresses',
    nombreSuggestions: (n: number) =>
      n === 0
        ? 'Aucune suggestion.'
        : n === 1
          ? '1 suggestion. Flèche bas pour la choisir.'
          : `${n} suggestions. Flèches haut et bas pour les parcourir.`,
    voirCarte: 'Voir sur une carte',
    voirCarteDetail: (adresse: string) => `${adresse} sur OpenStreetMap`,
    texteRicheAide:
      'Vous pouvez mettre en forme votre texte avec des balises HTML : <p> paragraphe, <strong> gras, <em> italique, <u> souligné, <ul>, <ol> et <li> listes, <a href="https://…"> lien, <h3> et <h4> intertitres, <blockquote> citation. Les autres balises sont retirées.',
    apercuDe: (libelle: string) => `Aperçu de ${g(libelle)} tel qu’enregistré`,
    apercu: 'Aperçu',
    calculAide: 'Calculé automatiquement à partir de vos réponses.',
    ageAide: 'Calculé automatiquement à partir de la date indiquée.',
    pasEncoreCalcule: 'Pas encore calculé',
    documentAttendu: (type: string) => `Document attendu : ${type}.`,
    ajouterLigne: 'Ajouter une ligne',
    ajouterLigneA: (libelle: string) => `au tableau ${g(libelle)}`,
    ligneNumero: (n: number) => `Ligne ${n}`,
    ligneAjoutee: 'Une ligne a été ajoutée au tableau. Vos réponses ont été enregistrées.',
    lignesMaxAtteint: (max: number) => `Ce tableau compte déjà ${max}${NBSP}lignes, le nombre maximal.`,
    erreursCellules: 'Erreurs dans le tableau',
    recupererInformations: 'Récupérer mes informations',
    recupererInformationsPour: (libelle: string) => `pour ${g(libelle)}`,
    connecteurAide: 'Ces informations sont transmises directement par l’administration qui les détient.',
    connecteurVide: 'Aucune information récupérée pour le moment.',
    connecteurReussi: 'Vos informations ont été récupérées. Vos réponses ont été enregistrées.',
    connecteurIndisponible:
      'Le service qui fournit ces informations ne répond pas pour le moment. Réessayez dans quelques minutes.',
  },
  /** Justificatifs asked by the administration after deposit (« Pièces demandées » on the dossier page). */
  demandes: {
    titre: 'Pièces demandées',
    intro:
      'Le service qui instruit votre dossier vous demande les pièces suivantes. Envoyez chacune d’elles ci-dessous.',
    document: (type: string) => `Document demandé : ${type}`,
    demandeeLe: 'Demandée le',
    fichierLibelle: (type: string) => `Fichier à envoyer pour ${g(type)}`,
    envoyer: 'Envoyer la pièce',
    envoyee: (nom: string) => `Votre pièce ${g(nom)} a bien été envoyée au service instructeur.`,
    fichierManquant: (type: string) => `Choisissez un fichier à envoyer pour ${g(type)}.`,
    plusOuverte: `Cette demande n’attend plus de pièce${NBSP}: elle a déjà reçu un fichier ou a été annulée.`,
  },
  /** The dossier's conversation with the agents (…/messages) and its link on the dossier page. */
  messages: {
    lien: 'Messages',
    lienNonLus: (n: number) => ` (${n}${NBSP}non lu${n > 1 ? 's' : ''})`,
    titre: (numero: string) => `Messages du dossier ${numero}`,
    titrePrefixe: 'Messages du dossier',
    intro: 'Échangez ici avec le service qui instruit votre dossier. Vous recevrez ses réponses sur cette page.',
    ecrire: 'Écrire un message',
    fil: 'Échanges avec le service instructeur',
    aucun: 'Aucun message pour le moment.',
    vous: 'Vous',
    serviceInstructeur: 'Le service instructeur',
    luLe: (date: string) => `Lu par le service ${date}.`,
    nouveau: 'Écrire au service instructeur',
    libelle: 'Votre message',
    aide: `5${NBSP}000${NBSP}caractères au plus. Pour envoyer une pièce demandée, utilisez la page du dossier.`,
    envoyer: 'Envoyer',
    envoye: 'Votre message a été envoyé au service instructeur.',
    vide: 'Écrivez votre message avant de l’envoyer.',
    tropLong: (n: number) =>
      `Votre message compte ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)}${NBSP}caractères : il doit en compter 5${NBSP}000 au plus.`,
    refuse: 'Votre message n’a pas pu être envoyé. Vérifiez-le, puis envoyez-le à nouveau.',
    envoiInvalide: 'L’envoi du message n’a pas abouti. Rechargez la page, puis envoyez votre message à nouveau.',
    tropDEnvois: (secondes: number) =>
      `Vous avez envoyé trop de messages en peu de temps. Patientez ${secondes}${NBSP}secondes, puis envoyez votre message à nouveau.`,
    fermee:
      'La conversation sur ce dossier est fermée : vous ne pouvez plus envoyer de message. Les messages échangés restent consultables sur cette page.',
    nonEnvoye: 'Votre message non envoyé',
    nonEnvoyeAide: 'Copiez-le si vous souhaitez le conserver : il n’a pas été transmis au service.',
    nonDepose: 'Vous pourrez échanger des messages avec le service instructeur une fois votre dossier déposé.',
    retourDossier: (numero: string) => `Retour au dossier ${numero}`,
    mois: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    dateHeure: (jour: string, mois: string, annee: string, heure: string, minute: string) =>
      `le ${jour}${NBSP}${mois} ${annee} à ${heure}${NBSP}h${NBSP}${minute}`,
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
