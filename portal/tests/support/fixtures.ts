/** The dispositifs and dossiers stub-cms starts with (contract shapes: extensions/usagers/contracts/portail.ts). */
import type { Donnees, TypeProfil } from '@guichet/formulaires';
import type { DispositifDetail, DossierDetail } from '../../src/lib/contrat';
import { MODELE_BAFA, MODELE_INITIATIVES, MODELE_PERMIS, REFERENTIELS } from './modeles.ts';

export const DISPOSITIFS: DispositifDetail[] = [
  {
    slug: 'aide-permis',
    titre: 'Aide au permis de conduire',
    resume: 'Une aide de 500 à 1 500 € pour financer votre permis B, si vous avez entre 18 et 25 ans.',
    description:
      'Le département finance une partie du permis de conduire des jeunes de 18 à 25 ans résidant sur son territoire.\nL’aide est versée directement à l’auto-école.',
    modele: MODELE_PERMIS,
    modeleVersion: 1,
    referentiels: {},
  },
  {
    slug: 'bourse-bafa',
    titre: 'Bourse BAFA',
    resume: 'Un coup de pouce pour passer le brevet d’aptitude aux fonctions d’animateur.',
    description: 'La bourse couvre une partie du coût de la formation générale BAFA.',
    modele: MODELE_BAFA,
    modeleVersion: 1,
    referentiels: {},
  },
  {
    slug: 'initiatives-locales',
    titre: 'Soutien aux initiatives locales',
    resume: 'Une subvention pour les projets culturels, sportifs ou environnementaux portés par des habitants.',
    description: 'Le département soutient les projets qui font vivre les communes de son territoire.',
    modele: MODELE_INITIATIVES,
    modeleVersion: 3,
    referentiels: REFERENTIELS,
  },
];

const PIECES_DEPOSE: DossierDetail['pieces'] = [
  {
    id: 11,
    champ: 'devis',
    nature: 'justificatif',
    nom: 'devis-auto-ecole.pdf',
    type: 'application/pdf',
    taille: 183_450,
    creeLe: '2026-01-10T10:00:00.000Z',
  },
  {
    id: 12,
    champ: null,
    nature: 'document',
    nom: 'accuse-de-reception.pdf',
    type: 'application/pdf',
    taille: 52_100,
    creeLe: '2026-01-12T14:05:00.000Z',
  },
];

const LIGNE_DE_VIE: DossierDetail['ligneDeVie'] = [
  { code: 'depot', libelle: 'Dossier déposé', etat: 'passee' },
  { code: 'instruction', libelle: 'Instruction par nos services', etat: 'en_cours' },
  { code: 'decision', libelle: 'Décision', etat: 'a_venir' },
];

/** Answers of a deposited initiatives dossier; the texte_riche carries what a sanitiser must remove. */
export const DONNEES_INITIATIVES_DEPOSE: Donnees = {
  prenom: 'Camille',
  nom: 'Martin',
  naissance: '2001-04-12',
  age: 25,
  courriel: 'camille.martin@example.org',
  adresse: {
    libelle: '8 Boulevard du Port 80000 Amiens',
    codePostal: '80000',
    commune: 'Amiens',
    codeInsee: '80021',
    longitude: 2.290084,
    latitude: 49.897443,
  },
  situation: 'etudiant',
  etablissement: 'Université de Picardie',
  boursier: true,
  titre_projet: 'Festival de quartier',
  presentation:
    '<p>Un <strong>festival</strong> ouvert à tous.</p><script>alert(1)</script><img src=x onerror=alert(2)>',
  themes: ['culture', 'sport'],
  commune: '80021',
  depenses: [
    { poste: 'Sonorisation', quantite: 2, prix: 150, total: 300 },
    { poste: 'Affiches', quantite: 100, prix: 0.5, total: 50 },
  ],
  cout_total: 1200,
  montant_demande: 600,
  part: 50,
  iban: 'FR7630006000011234567890189',
  quotient: { quotient_familial: 620 },
  avis_agent: 'Note interne de l’instructeur',
};

function dossier(
  numero: string,
  slug: string,
  etat: DossierDetail['etat'],
  donnees: Donnees,
  typeProfil: TypeProfil = 'particulier',
): DossierDetail {
  const dispositif = DISPOSITIFS.find((d) => d.slug === slug);
  if (!dispositif) throw new Error(`fixture: ${slug}`);
  const depose = etat !== 'brouillon';
  return {
    numero,
    dispositif: { slug: dispositif.slug, titre: dispositif.titre },
    etat,
    statutLibelle: depose ? 'En cours d’instruction' : null,
    version: 1,
    creeLe: '2026-01-05T09:30:00.000Z',
    deposeLe: depose ? '2026-01-12T14:02:00.000Z' : null,
    modele: dispositif.modele,
    modeleVersion: dispositif.modeleVersion,
    referentiels: dispositif.referentiels,
    typeProfil,
    donnees,
    pieces: depose && slug === 'aide-permis' ? PIECES_DEPOSE.map((p) => ({ ...p })) : [],
    ligneDeVie: depose ? LIGNE_DE_VIE : [],
  };
}

/** A new brouillon, as POST /api/usagers/dossiers creates it (prefilled from the citizen's identity). */
export function nouveauDossier(numero: string, slug: string): DossierDetail {
  const prefill: Donnees = slug === 'initiatives-locales' ? { prenom: 'Camille', nom: 'Martin' } : {};
  return dossier(numero, slug, 'brouillon', prefill);
}

export function dossiersInitiaux(): DossierDetail[] {
  return [
    dossier('GU-2026-000123', 'aide-permis', 'brouillon', { nom: 'Martin' }),
    dossier('GU-2026-000098', 'aide-permis', 'depose', {
      nom: 'Martin',
      date_naissance: '2005-03-14',
      situation: 'etudiant',
      montant_demande: 1234.5,
    }),
    dossier('GU-2026-000300', 'initiatives-locales', 'brouillon', {
      prenom: 'Camille',
      nom: 'Martin',
      courriel: 'camille.martin@example.org',
    }),
    dossier('GU-2026-000301', 'initiatives-locales', 'brouillon', { nom: 'Les Amis du Port' }, 'association'),
    {
      ...dossier('GU-2026-000302', 'initiatives-locales', 'depose', DONNEES_INITIATIVES_DEPOSE),
      // Justificatifs asked after deposit (« Pièces demandées », tests/pages/demandes.ts).
      demandes: [
        {
          id: 41,
          typeDocument: 'RIB',
          message: 'Merci de joindre un RIB au nom de l’association.',
          demandeLe: '2026-02-03T10:00:00.000Z',
          formats: ['application/pdf', 'image/png', 'image/jpeg'],
          tailleMax: 10 * 1024 * 1024,
        },
        {
          id: 42,
          typeDocument: 'statuts signés',
          message: 'Les statuts signés de l’association.',
          demandeLe: '2026-02-03T10:00:00.000Z',
          formats: ['application/pdf'],
          tailleMax: 10 * 1024 * 1024,
        },
      ],
    },
  ];
}
