import type { Guide } from '../../../domain';

/** The demo dispositif seeded by `npm run dev`: its model (modele-demo.ts), one guide, templated actions on a status change. */
export const GUIDE_DEMO: Guide = {
  statutDepot: 'recu',
  etapes: [
    {
      code: 'depot',
      libelle: 'Dépôt',
      aide: 'Vérifiez que le dossier est complet avant de le prendre en charge.',
      delai: { jours: 5, ouvres: true },
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
            // Deciding is the « décider » right's: an agent who only instructs prepares the decision.
            { vers: 'accepte', libelle: 'Accepter', droits: ['decider'] },
            { vers: 'refuse', libelle: 'Refuser', droits: ['decider'] },
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
  modeleCode: 'aide_projets_associatifs',
  guide: GUIDE_DEMO,
};
