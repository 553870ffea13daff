/**
 * The demo dispositif's model: 21 field types over two onglets, display conditions (on a field's value and on the
 * profil type) and calculations, so that a new instance shows what the form generator does. The five required
 * fields (intitulé, date, domaine, montant, budget) are the only ones a deposit needs.
 */
import type { Champ, Modele } from '@guichet/formulaires';

const PDF_IMAGES = ['application/pdf', 'image/jpeg', 'image/png'];

const champs: Champ[] = [
  {
    code: 'presentation',
    type: 'note',
    libelle: 'Avant de commencer',
    requis: false,
    contenu:
      'Ce formulaire prend une quinzaine de minutes. Vous pouvez l’enregistrer et y revenir.\n\nPréparez votre budget prévisionnel (PDF, JPEG ou PNG).',
  },
  {
    code: 'intitule',
    type: 'texte',
    libelle: 'Intitulé du projet',
    aide: 'En une phrase, par exemple « Festival de musique de la vallée ».',
    requis: true,
    longueurMax: 200,
  },
  {
    code: 'date_debut',
    type: 'date',
    libelle: 'Date de début du projet',
    requis: true,
    min: '2026-01-01',
    max: '2030-12-31',
  },
  {
    code: 'categorie',
    type: 'liste',
    libelle: 'Domaine du projet',
    requis: true,
    options: [
      { valeur: 'culture', libelle: 'Culture' },
      { valeur: 'sport', libelle: 'Sport' },
      { valeur: 'solidarite', libelle: 'Solidarité' },
    ],
  },
  { code: 'description', type: 'texte_long', libelle: 'Description du projet', requis: false, longueurMax: 4000 },
  {
    code: 'publics',
    type: 'cases_multiples',
    libelle: 'Publics visés',
    requis: false,
    options: [
      { valeur: 'jeunes', libelle: 'Jeunes' },
      { valeur: 'familles', libelle: 'Familles' },
      { valeur: 'seniors', libelle: 'Personnes âgées' },
      { valeur: 'handicap', libelle: 'Personnes en situation de handicap' },
    ],
  },
  {
    code: 'canton',
    type: 'liste_referentiel',
    libelle: 'Canton où se déroule le projet',
    requis: false,
    referentiel: 'cantons',
  },
  {
    code: 'lieu',
    type: 'adresse',
    libelle: 'Lieu des représentations',
    requis: false,
    carte: true,
    condition: "categorie = 'culture'",
  },
  {
    code: 'spectateurs',
    type: 'nombre',
    libelle: 'Nombre de spectateurs attendus',
    requis: false,
    min: 0,
    max: 100000,
    condition: "categorie = 'culture'",
  },
  {
    code: 'montant_demande',
    type: 'montant',
    libelle: 'Montant demandé',
    aide: 'Entre 100 € et 10 000 €.',
    requis: true,
    min: 100,
    max: 10000,
  },
  {
    code: 'depenses',
    type: 'tableau',
    libelle: 'Dépenses prévues',
    requis: false,
    lignesMax: 20,
    colonnes: [
      { code: 'poste', libelle: 'Poste de dépense', type: 'texte', requis: true },
      { code: 'quantite', libelle: 'Quantité', type: 'nombre', requis: true },
      { code: 'prix', libelle: 'Prix unitaire', type: 'montant', requis: true },
      { code: 'total', libelle: 'Total', type: 'calcul', requis: false, formule: 'quantite * prix', decimales: 2 },
    ],
  },
  {
    code: 'cout_total',
    type: 'calcul',
    libelle: 'Coût total du projet',
    requis: false,
    formule: 'si(vide(depenses), nul, somme(depenses.total))',
    decimales: 2,
    unite: 'euros',
  },
  {
    code: 'taux_aide',
    type: 'calcul',
    libelle: 'Part du projet financée par le Département (%)',
    requis: false,
    formule: 'si(cout_total > 0, montant_demande / cout_total * 100, nul)',
    decimales: 1,
  },
  {
    code: 'premiere_demande',
    type: 'boutons_radio',
    libelle: 'Est-ce votre première demande ?',
    requis: false,
    options: [
      { valeur: 'oui', libelle: 'Oui' },
      { valeur: 'non', libelle: 'Non' },
    ],
  },
  {
    code: 'aide_precedente',
    type: 'montant',
    libelle: 'Montant de l’aide reçue l’an dernier',
    requis: false,
    condition: "premiere_demande = 'non'",
  },
  { code: 'siret', type: 'siret', libelle: 'SIRET de l’association', requis: false },
  { code: 'telephone', type: 'telephone', libelle: 'Téléphone', requis: false },
  { code: 'courriel', type: 'email', libelle: 'Courriel de contact', requis: false, prechargement: 'individu.email' },
  {
    code: 'naissance_president',
    type: 'date',
    libelle: 'Date de naissance du président ou de la présidente',
    requis: false,
  },
  {
    code: 'age_president',
    type: 'age',
    libelle: 'Âge du président ou de la présidente',
    requis: false,
    champDate: 'naissance_president',
  },
  {
    code: 'note_association',
    type: 'note',
    libelle: 'Association',
    requis: false,
    contenu: 'Votre association doit être déclarée en préfecture depuis au moins un an.',
    condition: "@profil = 'association'",
  },
  { code: 'iban', type: 'iban', libelle: 'IBAN du compte de l’association', requis: false, etranger: false },
  { code: 'bic', type: 'bic', libelle: 'BIC', requis: false },
  {
    code: 'budget',
    type: 'justificatif',
    libelle: 'Budget prévisionnel',
    aide: 'Format PDF, JPEG ou PNG, 5 Mo au maximum.',
    requis: true,
    typeDocument: 'Budget prévisionnel',
    formats: PDF_IMAGES,
    tailleMax: 5 * 1024 * 1024,
  },
  {
    code: 'attestation',
    type: 'case_a_cocher',
    libelle: 'Je certifie sur l’honneur l’exactitude des informations fournies',
    requis: false,
  },
];

const ligne = (...codes: string[]) => ({ champs: codes });

export const MODELE_DEMO: Modele = {
  champs,
  vues: {
    usager: {
      onglets: [
        {
          code: 'projet',
          titre: 'Votre projet',
          sections: [
            {
              code: 'projet',
              titre: 'Votre projet',
              lignes: [
                ligne('presentation'),
                ligne('intitule'),
                ligne('date_debut', 'categorie'),
                ligne('description'),
                ligne('publics'),
                ligne('canton'),
              ],
            },
            {
              code: 'culture',
              titre: 'Projet culturel',
              condition: "categorie = 'culture'",
              lignes: [ligne('lieu'), ligne('spectateurs')],
            },
            {
              code: 'financement',
              titre: 'Financement',
              lignes: [
                ligne('montant_demande'),
                ligne('depenses'),
                ligne('cout_total', 'taux_aide'),
                ligne('premiere_demande'),
                ligne('aide_precedente'),
              ],
            },
          ],
        },
        {
          code: 'association',
          titre: 'L’association',
          sections: [
            {
              code: 'association',
              titre: 'L’association',
              lignes: [
                ligne('note_association'),
                ligne('siret'),
                ligne('telephone', 'courriel'),
                ligne('naissance_president', 'age_president'),
                ligne('iban', 'bic'),
              ],
            },
            { code: 'pieces', titre: 'Pièces justificatives', lignes: [ligne('budget')] },
            { code: 'engagement', titre: 'Engagement', lignes: [ligne('attestation')] },
          ],
        },
      ],
    },
  },
};

export const REFERENTIEL_CANTONS = {
  code: 'cantons',
  titre: 'Cantons du département',
  options: [
    { valeur: 'amiens-1', libelle: 'Amiens 1' },
    { valeur: 'abbeville-1', libelle: 'Abbeville 1' },
    { valeur: 'peronne', libelle: 'Péronne' },
  ],
};
