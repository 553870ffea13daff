import type { Modele } from '@guichet/formulaires';
import type { Guide } from '../../../domain';

/** The demo dispositif seeded by `npm run dev`: one model, one guide, two templated actions on a status change. */
export const MODELE_DEMO: Modele = {
  sections: [
    {
      code: 'projet',
      titre: 'Votre projet',
      champs: [
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
        {
          code: 'montant_demande',
          type: 'montant',
          libelle: 'Montant demandé',
          aide: 'Entre 100 € et 10 000 €.',
          requis: true,
          min: 100,
          max: 10000,
        },
      ],
    },
    {
      code: 'pieces',
      titre: 'Pièces justificatives',
      champs: [
        {
          code: 'budget',
          type: 'justificatif',
          libelle: 'Budget prévisionnel',
          aide: 'Format PDF, JPEG ou PNG, 5 Mo au maximum.',
          requis: true,
          formats: ['application/pdf', 'image/jpeg', 'image/png'],
          tailleMax: 5 * 1024 * 1024,
        },
      ],
    },
  ],
};

export const GUIDE_DEMO: Guide = {
  statutDepot: 'recu',
  etapes: [
    {
      code: 'depot',
      libelle: 'Dépôt',
      aide: 'Vérifiez que le dossier est complet avant de le prendre en charge.',
      statuts: [
        {
          code: 'recu',
          libelle: 'Reçu',
          visibleUsager: true,
          cloture: false,
          transitions: [{ vers: 'en_instruction', libelle: 'Prendre en charge' }],
          actions: [{ type: 'courriel', modele: 'depot_confirme', destinataires: ['usager'] }],
        },
      ],
    },
    {
      code: 'instruction',
      libelle: 'Instruction',
      aide: 'Étudiez le projet et le budget.',
      statuts: [
        {
          code: 'en_instruction',
          libelle: 'En cours d’instruction',
          visibleUsager: true,
          cloture: false,
          transitions: [
            { vers: 'accepte', libelle: 'Accepter' },
            { vers: 'refuse', libelle: 'Refuser' },
          ],
          actions: [
            { type: 'courriel', modele: 'statut_change', destinataires: ['usager'] },
            { type: 'document', modele: 'accuse_reception', nomFichier: 'accuse-de-reception.pdf' },
          ],
        },
      ],
    },
    {
      code: 'decision',
      libelle: 'Décision',
      statuts: [
        {
          code: 'accepte',
          libelle: 'Accepté',
          visibleUsager: true,
          cloture: true,
          transitions: [],
          actions: [{ type: 'courriel', modele: 'statut_change', destinataires: ['usager'] }],
        },
        {
          code: 'refuse',
          libelle: 'Refusé',
          visibleUsager: true,
          cloture: true,
          transitions: [],
          actions: [{ type: 'courriel', modele: 'statut_change', destinataires: ['usager'] }],
        },
      ],
    },
  ],
};

export const DISPOSITIF_DEMO = {
  slug: 'aide-projets-associatifs',
  titre: 'Aide aux projets associatifs',
  resume:
    'Une subvention de 100 € à 10 000 € pour les projets culturels, sportifs ou solidaires des associations du territoire.',
  description:
    'Le Département soutient les projets portés par les associations du territoire. Déposez votre demande en ligne : ' +
    'décrivez votre projet, indiquez le montant demandé et joignez votre budget prévisionnel. Vous suivez ensuite ' +
    'l’avancement de votre dossier depuis votre espace.',
  modele: MODELE_DEMO,
  guide: GUIDE_DEMO,
};
