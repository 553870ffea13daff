/** Test fixtures for the edit operations: a small frozen model (any mutation throws) and a compact view summary. */
import { dispositionDeVue, type Champ, type Modele, type Vue } from '../modele';

const CHAMPS: Champ[] = [
  { code: 'nom', type: 'texte', libelle: 'Nom', requis: true },
  { code: 'prenom', type: 'texte', libelle: 'Prénom', requis: true },
  { code: 'date_naissance', type: 'date', libelle: 'Date de naissance', requis: true },
  { code: 'age_demandeur', type: 'age', libelle: 'Âge', requis: false, champDate: 'date_naissance' },
  { code: 'email', type: 'email', libelle: 'Courriel', requis: false, condition: "nom != ''" },
  {
    code: 'situation',
    type: 'liste',
    libelle: 'Situation',
    requis: true,
    options: [
      { valeur: 'seul', libelle: 'Seul·e' },
      { valeur: 'couple', libelle: 'En couple' },
    ],
  },
  { code: 'montant', type: 'montant', libelle: 'Montant demandé', requis: true, min: 0, max: 5000 },
  {
    code: 'total',
    type: 'calcul',
    libelle: 'Total',
    requis: false,
    formule: 'montant * 2 + somme(montant)',
    decimales: 2,
    unite: 'euros',
  },
  { code: 'note_agent', type: 'texte_long', libelle: 'Note de l’agent', requis: false },
];

/**
 * Usager: onglet `demandeur` (sections `identite`: nom+prenom | date_naissance, `contact`: email | situation) and
 * onglet `projet` (section `budget`: montant | total). Agent: one onglet `instruction` (section `avis`: note_agent).
 */
export function unModele(): Modele {
  return geler({
    champs: CHAMPS,
    vues: {
      usager: {
        onglets: [
          {
            code: 'demandeur',
            titre: 'Demandeur',
            sections: [
              {
                code: 'identite',
                titre: 'Identité',
                lignes: [{ champs: ['nom', 'prenom'] }, { champs: ['date_naissance'] }],
              },
              {
                code: 'contact',
                titre: 'Contact',
                condition: "situation = 'couple'",
                lignes: [{ champs: ['email'] }, { champs: ['situation'] }],
              },
            ],
          },
          {
            code: 'projet',
            titre: 'Projet',
            sections: [{ code: 'budget', titre: 'Budget', lignes: [{ champs: ['montant'] }, { champs: ['total'] }] }],
          },
        ],
      },
      agent: {
        onglets: [
          {
            code: 'instruction',
            titre: 'Instruction',
            sections: [{ code: 'avis', titre: 'Avis', lignes: [{ champs: ['note_agent'] }] }],
          },
        ],
      },
    },
  });
}

/** "onglet/section: a+b | c" per section, in order; an onglet without sections reads "onglet/". */
export function plan(modele: Modele, vue: Vue = 'usager'): string[] {
  return dispositionDeVue(modele, vue).onglets.flatMap((onglet) =>
    onglet.sections.length === 0
      ? [`${onglet.code}/`]
      : onglet.sections.map(
          (section) => `${onglet.code}/${section.code}: ${section.lignes.map((l) => l.champs.join('+')).join(' | ')}`,
        ),
  );
}

export function geler<T>(valeur: T): T {
  if (valeur !== null && typeof valeur === 'object' && !Object.isFrozen(valeur)) {
    for (const cle of Object.keys(valeur)) geler((valeur as Record<string, unknown>)[cle]);
    Object.freeze(valeur);
  }
  return valeur;
}
