/** Test fixtures: a small model with onglets, a two-column ligne, conditions and calculations. */
import type { Champ, Modele } from '../modele';

export const CHAMPS_BASE: Champ[] = [
  { code: 'nom', type: 'texte', libelle: 'Nom', requis: true, longueurMax: 50 },
  { code: 'naissance', type: 'date', libelle: 'Date de naissance', requis: true, min: '1900-01-01' },
  { code: 'age', type: 'age', libelle: 'Âge', requis: false, champDate: 'naissance' },
  {
    code: 'situation',
    type: 'boutons_radio',
    libelle: 'Situation',
    requis: true,
    options: [
      { valeur: 'seul', libelle: 'Seul·e' },
      { valeur: 'couple', libelle: 'En couple' },
    ],
  },
  { code: 'conjoint', type: 'texte', libelle: 'Nom du conjoint', requis: true, condition: "situation = 'couple'" },
  { code: 'revenus', type: 'montant', libelle: 'Revenus', requis: true, min: 0 },
  { code: 'charges', type: 'montant', libelle: 'Charges', requis: false },
  {
    code: 'reste',
    type: 'calcul',
    libelle: 'Reste à vivre',
    requis: false,
    formule: 'revenus - charges',
    decimales: 2,
  },
  { code: 'siret', type: 'siret', libelle: 'SIRET', requis: true },
  {
    code: 'devis',
    type: 'justificatif',
    libelle: 'Devis',
    requis: true,
    formats: ['application/pdf'],
    tailleMax: 1000,
  },
  { code: 'avis', type: 'texte_long', libelle: 'Avis de l’instructeur', requis: false },
];

export function unModele(champs: Champ[] = CHAMPS_BASE): Modele {
  return {
    champs: copie(champs),
    vues: {
      usager: {
        onglets: [
          {
            code: 'foyer',
            titre: 'Votre foyer',
            sections: [
              {
                code: 'identite',
                titre: 'Identité',
                lignes: [
                  { champs: ['nom'] },
                  { champs: ['naissance', 'age'] },
                  { champs: ['situation'] },
                  { champs: ['conjoint'] },
                ],
              },
              {
                code: 'budget',
                titre: 'Budget',
                lignes: [{ champs: ['revenus', 'charges'] }, { champs: ['reste'] }, { champs: ['devis'] }],
              },
            ],
          },
          {
            code: 'entreprise',
            titre: 'Votre entreprise',
            condition: "@profil = 'entreprise'",
            sections: [{ code: 'societe', titre: 'Société', lignes: [{ champs: ['siret'] }] }],
          },
        ],
      },
      agent: {
        onglets: [
          {
            code: 'instruction',
            titre: 'Instruction',
            sections: [{ code: 'avis', titre: 'Avis', lignes: [{ champs: ['nom', 'revenus'] }, { champs: ['avis'] }] }],
          },
        ],
      },
    },
  };
}

export const AUJOURDHUI = '2026-11-27';

/** Messages carry no-break spaces; tests read better with plain ones. */
export function lisible(texte: string): string {
  return texte.replace(/[\u00A0\u202F]/g, ' ');
}

/** A deep copy (JSON values only; the domain has no structuredClone in its type library). */
export function copie<T>(valeur: T): T {
  return JSON.parse(JSON.stringify(valeur)) as T;
}
