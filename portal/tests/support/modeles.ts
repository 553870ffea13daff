/**
 * Models served by stub-cms: a small one (aide-permis: one onglet, two sections, a justificatif) and a rich one
 * (initiatives-locales) with every field type a citizen fills, three onglets, two-column lignes, a section shown by
 * a radio, a section shown by the profile type (`@profil`), a calcul, an âge, a free table with a calcul column,
 * connectors and justificatifs.
 */
import type { Champ, Modele, OptionListe } from '@guichet/formulaires';

const ligne = (...champs: string[]) => ({ champs });

export const MODELE_PERMIS: Modele = {
  champs: [
    {
      code: 'nom',
      type: 'texte',
      libelle: 'Nom de famille',
      requis: true,
      longueurMax: 80,
      prechargement: 'individu.nom',
    },
    {
      code: 'date_naissance',
      type: 'date',
      libelle: 'Date de naissance',
      requis: true,
      min: '1900-01-01',
      max: '2010-12-31',
      prechargement: 'individu.date_naissance',
    },
    {
      code: 'situation',
      type: 'liste',
      libelle: 'Situation',
      aide: 'Votre situation à la date de la demande.',
      requis: true,
      options: [
        { valeur: 'etudiant', libelle: 'Étudiant ou étudiante' },
        { valeur: 'demandeur_emploi', libelle: 'Demandeur ou demandeuse d’emploi' },
        { valeur: 'salarie', libelle: 'Salarié ou salariée' },
      ],
    },
    {
      code: 'montant_demande',
      type: 'montant',
      libelle: 'Montant demandé',
      aide: 'En euros, 1 500 € au plus.',
      requis: true,
      min: 0,
      max: 1500,
    },
    {
      code: 'precisions',
      type: 'texte_long',
      libelle: 'Précisions',
      aide: 'Facultatif : tout ce qui aide à comprendre votre demande.',
      requis: false,
      longueurMax: 1000,
    },
    {
      code: 'devis',
      type: 'justificatif',
      libelle: 'Devis de l’auto-école',
      typeDocument: 'Devis',
      requis: true,
      formats: ['application/pdf', 'image/jpeg'],
      tailleMax: 5 * 1024 * 1024,
    },
  ],
  vues: {
    usager: {
      onglets: [
        {
          code: 'demande',
          titre: 'Votre demande',
          sections: [
            { code: 'demandeur', titre: 'Vous', lignes: [ligne('nom'), ligne('date_naissance'), ligne('situation')] },
            {
              code: 'projet',
              titre: 'Votre projet',
              lignes: [ligne('montant_demande'), ligne('precisions'), ligne('devis')],
            },
          ],
        },
      ],
    },
  },
};

export const MODELE_BAFA: Modele = {
  champs: [{ code: 'nom', type: 'texte', libelle: 'Nom', requis: true }],
  vues: {
    usager: {
      onglets: [
        { code: 'identite', titre: 'Identité', sections: [{ code: 'vous', titre: 'Vous', lignes: [ligne('nom')] }] },
      ],
    },
  },
};

const CHAMPS_INITIATIVES: Champ[] = [
  { code: 'prenom', type: 'texte', libelle: 'Prénom', requis: true, prechargement: 'individu.prenom' },
  { code: 'nom', type: 'texte', libelle: 'Nom', requis: true, prechargement: 'individu.nom' },
  {
    code: 'naissance',
    type: 'date',
    libelle: 'Date de naissance',
    requis: true,
    max: '2026-01-01',
    prechargement: 'individu.date_naissance',
  },
  { code: 'age', type: 'age', libelle: 'Votre âge', requis: false, champDate: 'naissance' },
  { code: 'courriel', type: 'email', libelle: 'Adresse électronique', requis: true, prechargement: 'individu.email' },
  { code: 'telephone', type: 'telephone', libelle: 'Téléphone', requis: false, prechargement: 'individu.telephone' },
  {
    code: 'adresse',
    type: 'adresse',
    libelle: 'Adresse',
    requis: true,
    carte: true,
    prechargement: 'individu.adresse',
  },
  { code: 'nir', type: 'nir', libelle: 'Numéro de sécurité sociale', requis: false },
  {
    code: 'situation',
    type: 'boutons_radio',
    libelle: 'Vous êtes',
    requis: true,
    options: [
      { valeur: 'salarie', libelle: 'Salarié ou salariée' },
      { valeur: 'etudiant', libelle: 'Étudiant ou étudiante' },
      { valeur: 'autre', libelle: 'Dans une autre situation' },
    ],
  },
  { code: 'etablissement', type: 'texte', libelle: 'Établissement', requis: true },
  { code: 'boursier', type: 'case_a_cocher', libelle: 'Je suis boursier ou boursière', requis: false },
  { code: 'titre_projet', type: 'texte', libelle: 'Titre du projet', requis: true, longueurMax: 120 },
  { code: 'resume', type: 'texte_long', libelle: 'Résumé', requis: false, longueurMax: 2000 },
  { code: 'presentation', type: 'texte_riche', libelle: 'Présentation détaillée', requis: false },
  {
    code: 'themes',
    type: 'cases_multiples',
    libelle: 'Thèmes du projet',
    requis: true,
    options: [
      { valeur: 'culture', libelle: 'Culture' },
      { valeur: 'sport', libelle: 'Sport' },
      { valeur: 'environnement', libelle: 'Environnement' },
    ],
  },
  { code: 'commune', type: 'liste_referentiel', libelle: 'Commune du projet', requis: true, referentiel: 'communes' },
  { code: 'participants', type: 'nombre', libelle: 'Participants attendus', requis: false, min: 0, max: 10000 },
  {
    code: 'public',
    type: 'liste',
    libelle: 'Public visé',
    requis: false,
    options: [
      { valeur: 'jeunes', libelle: 'Jeunes' },
      { valeur: 'familles', libelle: 'Familles' },
      { valeur: 'tous', libelle: 'Tout public' },
    ],
  },
  {
    code: 'depenses',
    type: 'tableau',
    libelle: 'Dépenses prévues',
    aide: 'Une ligne par poste de dépense.',
    requis: false,
    lignesMax: 4,
    colonnes: [
      { code: 'poste', libelle: 'Poste', type: 'texte', requis: true },
      { code: 'quantite', libelle: 'Quantité', type: 'nombre', requis: true },
      { code: 'prix', libelle: 'Prix unitaire', type: 'montant', requis: true },
      { code: 'total', libelle: 'Total', type: 'calcul', requis: false, formule: 'quantite * prix', decimales: 2 },
    ],
  },
  { code: 'cout_total', type: 'montant', libelle: 'Coût total du projet', requis: true, min: 0 },
  { code: 'montant_demande', type: 'montant', libelle: 'Montant demandé', requis: true, min: 0, max: 5000 },
  {
    code: 'part',
    type: 'calcul',
    libelle: 'Part du coût demandée (%)',
    requis: false,
    formule: 'montant_demande / cout_total * 100',
    decimales: 0,
  },
  { code: 'siret', type: 'siret', libelle: 'SIRET de l’association', requis: true },
  { code: 'iban', type: 'iban', libelle: 'IBAN', requis: true, etranger: false },
  { code: 'bic', type: 'bic', libelle: 'BIC', requis: false },
  {
    code: 'informations',
    type: 'note',
    libelle: 'Bon à savoir',
    requis: false,
    contenu: 'Le comité se réunit chaque trimestre.\n\nLa réponse vous parvient par courriel.',
  },
  {
    code: 'quotient',
    type: 'api_particulier',
    libelle: 'Quotient familial',
    requis: false,
    service: 'quotient_familial',
  },
  { code: 'identite_r2p', type: 'api_r2p', libelle: 'Identité vérifiée (INSEE)', requis: false },
  {
    code: 'rib',
    type: 'justificatif',
    libelle: 'RIB',
    typeDocument: 'Relevé d’identité bancaire',
    requis: true,
    formats: ['application/pdf'],
    tailleMax: 2 * 1024 * 1024,
  },
  {
    code: 'statuts',
    type: 'justificatif',
    libelle: 'Statuts de l’association',
    requis: false,
    condition: "@profil = 'association'",
    formats: ['application/pdf'],
    tailleMax: 2 * 1024 * 1024,
  },
  { code: 'avis_agent', type: 'texte_long', libelle: 'Avis de l’instructeur', requis: false },
];

export const MODELE_INITIATIVES: Modele = {
  champs: CHAMPS_INITIATIVES,
  vues: {
    usager: {
      onglets: [
        {
          code: 'vous',
          titre: 'Vous',
          sections: [
            {
              code: 'identite',
              titre: 'Identité',
              lignes: [
                ligne('prenom', 'nom'),
                ligne('naissance', 'age'),
                ligne('courriel', 'telephone'),
                ligne('adresse'),
                ligne('nir'),
              ],
            },
            { code: 'situation_section', titre: 'Votre situation', lignes: [ligne('situation')] },
            {
              code: 'etudes',
              titre: 'Vos études',
              condition: "situation = 'etudiant'",
              lignes: [ligne('etablissement'), ligne('boursier')],
            },
          ],
        },
        {
          code: 'projet',
          titre: 'Votre projet',
          sections: [
            {
              code: 'description',
              titre: 'Description',
              lignes: [
                ligne('titre_projet'),
                ligne('resume'),
                ligne('presentation'),
                ligne('themes'),
                ligne('commune', 'public'),
                ligne('participants'),
              ],
            },
            {
              code: 'budget',
              titre: 'Budget',
              lignes: [ligne('depenses'), ligne('cout_total', 'montant_demande'), ligne('part')],
            },
            {
              code: 'association',
              titre: 'Votre association',
              condition: "@profil = 'association'",
              lignes: [ligne('siret')],
            },
            { code: 'versement', titre: 'Versement', lignes: [ligne('iban', 'bic')] },
          ],
        },
        {
          code: 'pieces',
          titre: 'Pièces et informations',
          sections: [
            {
              code: 'infos',
              titre: 'Informations',
              lignes: [ligne('informations'), ligne('quotient'), ligne('identite_r2p')],
            },
            { code: 'justificatifs', titre: 'Justificatifs', lignes: [ligne('rib'), ligne('statuts')] },
          ],
        },
      ],
    },
    agent: {
      onglets: [
        {
          code: 'instruction',
          titre: 'Instruction',
          sections: [{ code: 'avis', titre: 'Avis', lignes: [ligne('titre_projet'), ligne('avis_agent')] }],
        },
      ],
    },
  },
};

export const REFERENTIELS: Record<string, OptionListe[]> = {
  communes: [
    { valeur: '80021', libelle: 'Amiens' },
    { valeur: '80001', libelle: 'Abbeville' },
    { valeur: '80620', libelle: 'Péronne' },
  ],
};
