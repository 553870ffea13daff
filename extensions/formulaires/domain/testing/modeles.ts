/** Test fixtures: a small but complete model, one field of each type, so each test changes only what it is about. */
import type { Champ, Modele } from '../modele';

export function unModele(surcharges: Partial<Modele> = {}): Modele {
  return {
    sections: [
      {
        code: 'demandeur',
        titre: 'Le demandeur',
        champs: [
          { code: 'nom', type: 'texte', libelle: 'Nom', requis: true, longueurMax: 50 },
          { code: 'commentaire', type: 'texte', libelle: 'Commentaire', requis: false },
          {
            code: 'date_naissance',
            type: 'date',
            libelle: 'Date de naissance',
            requis: true,
            min: '1900-01-01',
            max: '2026-12-31',
          },
          {
            code: 'situation',
            type: 'liste',
            libelle: 'Situation familiale',
            requis: true,
            options: [
              { valeur: 'celibataire', libelle: 'Célibataire' },
              { valeur: 'marie', libelle: 'Marié·e' },
            ],
          },
        ],
      },
      {
        code: 'projet',
        titre: 'Le projet',
        champs: [
          { code: 'montant_demande', type: 'montant', libelle: 'Montant demandé', requis: true, min: 0, max: 10000 },
          { code: 'apport', type: 'montant', libelle: 'Apport', requis: false },
          {
            code: 'devis',
            type: 'justificatif',
            libelle: 'Devis',
            requis: true,
            formats: ['application/pdf'],
            tailleMax: 5_000_000,
          },
          {
            code: 'photo',
            type: 'justificatif',
            libelle: 'Photo',
            requis: false,
            formats: ['image/jpeg'],
            tailleMax: 1_000_000,
          },
        ],
      },
    ],
    ...surcharges,
  };
}

/** A model with a single field: the shortest way to test one field type. */
export function unModeleAvec(champ: Champ): Modele {
  return { sections: [{ code: 'section', titre: 'Section', champs: [champ] }] };
}

/** Messages carry no-break spaces; tests read better with plain ones. */
export function lisible(texte: string): string {
  return texte.replace(/[\u00A0\u202F]/g, ' ');
}
