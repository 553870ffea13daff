import type { Champ, ChampTableau, LigneTableau } from '../modele';
import { DEFINITIONS } from './index';
import { espacesOrdinaires, lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const depenses: ChampTableau = {
  code: 'depenses',
  type: 'tableau',
  libelle: 'Dépenses prévues',
  requis: false,
  colonnes: [
    { code: 'poste', libelle: 'Poste', type: 'texte', requis: true },
    { code: 'quantite', libelle: 'Quantité', type: 'nombre', requis: false },
    { code: 'prix', libelle: 'Prix unitaire', type: 'montant', requis: true },
    { code: 'total', libelle: 'Total', type: 'calcul', requis: false, formule: 'quantite * prix', decimales: 2 },
    { code: 'achat', libelle: "Date d'achat", type: 'date', requis: false },
    {
      code: 'nature',
      libelle: 'Nature',
      type: 'liste',
      requis: false,
      options: [
        { valeur: 'inv', libelle: 'Investissement' },
        { valeur: 'fct', libelle: 'Fonctionnement' },
      ],
    },
    { code: 'devis', libelle: 'Devis joint', type: 'case_a_cocher', requis: false },
  ],
  lignesMax: 3,
};

const budget: ChampTableau = {
  code: 'budget',
  type: 'tableau',
  libelle: 'Budget',
  requis: true,
  colonnes: [
    { code: 'recettes', libelle: 'Recettes', type: 'montant', requis: true },
    { code: 'charges', libelle: 'Charges', type: 'montant', requis: true },
    { code: 'solde', libelle: 'Solde', type: 'calcul', requis: false, formule: 'recettes - charges' },
  ],
  lignes: [
    { code: 'n', libelle: '2025' },
    { code: 'n1', libelle: '2026' },
  ],
};
const budgetFacultatif: ChampTableau = { ...budget, requis: false };

const VIDE = { poste: null, quantite: null, prix: null, total: null, achat: null, nature: null, devis: null };

describe('tableau: valid values', () => {
  it.each<[string, ChampTableau, unknown, unknown]>([
    [
      'a free row, cells normalised by their column and the calcul computed',
      depenses,
      [{ poste: ' Ordinateur ', quantite: 2, prix: 499.995, achat: '2026-01-15', nature: 'inv', devis: true }],
      [{ poste: 'Ordinateur', quantite: 2, prix: 500, total: 1000, achat: '2026-01-15', nature: 'inv', devis: true }],
    ],
    [
      'empty rows of a free table are dropped; missing cells are null',
      depenses,
      [{ poste: '', devis: false }, { poste: 'Chaises', prix: 10 }, {}],
      [{ ...VIDE, poste: 'Chaises', prix: 10 }], // no quantity: the total cannot be computed
    ],
    [
      'a posted calcul cell is ignored and recomputed',
      depenses,
      [{ poste: 'Tables', quantite: 3, prix: 2.5, total: 999 }],
      [{ ...VIDE, poste: 'Tables', quantite: 3, prix: 2.5, total: 7.5 }],
    ],
    ['a table of empty rows is empty', depenses, [{ poste: ' ' }, { devis: false }], null],
    ['no rows is empty', depenses, [], null],
    [
      'fixed rows, each with its calcul (2 decimals by default)',
      budget,
      [
        { recettes: 1000, charges: 800.5 },
        { recettes: 1200, charges: 1500 },
      ],
      [
        { recettes: 1000, charges: 800.5, solde: 199.5 },
        { recettes: 1200, charges: 1500, solde: -300 },
      ],
    ],
    [
      'an empty fixed row is kept in its place when the table is not required',
      budgetFacultatif,
      [{}, { recettes: 1200, charges: 1500 }],
      [
        { recettes: null, charges: null, solde: null },
        { recettes: 1200, charges: 1500, solde: -300 },
      ],
    ],
    ['an entirely empty required fixed table is empty (requis reports it)', budget, [{}, {}], null],
  ])('%s', (_cas, champ, valeur, attendu) => {
    expect(valeurValide(champ, valeur)).toEqual(attendu);
  });
});

describe('tableau: the first bad cell', () => {
  it.each<[string, ChampTableau, unknown, { ligne: number; colonne: string }, string]>([
    [
      'a malformed amount',
      depenses,
      [{ poste: 'Ordinateur', prix: 'abc' }],
      { ligne: 0, colonne: 'prix' },
      '« Dépenses prévues », ligne 1 : indiquez un montant en euros pour « Prix unitaire », par exemple 1 234,50 (deux chiffres après la virgule au plus).',
    ],
    [
      'a required cell left empty in a started row',
      depenses,
      [{ poste: 'Ordinateur', prix: 10 }, { quantite: 2 }],
      { ligne: 1, colonne: 'poste' },
      '« Dépenses prévues », ligne 2 : renseignez « Poste ».',
    ],
    [
      'in reading order: a missing required cell before a malformed one further right',
      depenses,
      [{ quantite: 1.5, prix: 10 }],
      { ligne: 0, colonne: 'poste' },
      '« Dépenses prévues », ligne 1 : renseignez « Poste ».',
    ],
    [
      'an unknown option',
      depenses,
      [{ poste: 'Ordinateur', prix: 10, nature: 'luxe' }],
      { ligne: 0, colonne: 'nature' },
      '« Dépenses prévues », ligne 1 : choisissez une des options proposées pour « Nature ».',
    ],
    [
      'a date in a free row counted after dropped empty rows: the posted index is kept',
      depenses,
      [{}, { poste: 'Ordinateur', prix: 10, achat: '31/02/2026' }],
      { ligne: 1, colonne: 'achat' },
      "« Dépenses prévues », ligne 2 : indiquez une date valide pour « Date d'achat », au format JJ/MM/AAAA.",
    ],
    [
      'a required fixed table: every row must be complete once one is filled',
      budget,
      [{ recettes: 1000, charges: 800 }, {}],
      { ligne: 1, colonne: 'recettes' },
      '« Budget », ligne « 2026 » : renseignez « Recettes ».',
    ],
    [
      'a fixed row names its label',
      budgetFacultatif,
      [{ recettes: 1000 }, {}],
      { ligne: 0, colonne: 'charges' },
      '« Budget », ligne « 2025 » : renseignez « Charges ».',
    ],
  ])('%s', (_cas, champ, valeur, cellule, message) => {
    expect(problemeDe(champ, valeur)).toEqual({ code: 'CELLULE', message, cellule });
  });
});

describe('tableau: malformed tables', () => {
  it.each<[string, ChampTableau, unknown, string, string]>([
    [
      'not a list of rows',
      depenses,
      { poste: 'Ordinateur' },
      'FORMAT',
      'Remplissez le tableau « Dépenses prévues » avec les lignes et les colonnes proposées.',
    ],
    [
      'a row that is not an object',
      depenses,
      ['Ordinateur'],
      'FORMAT',
      'Remplissez le tableau « Dépenses prévues » avec les lignes et les colonnes proposées.',
    ],
    [
      'a fixed table with a row too many',
      budget,
      [{}, {}, {}],
      'FORMAT',
      'Remplissez le tableau « Budget » avec les lignes et les colonnes proposées.',
    ],
    [
      'an unknown column',
      depenses,
      [{ poste: 'Ordinateur', prix: 10, remise: 5 }],
      'FORMAT',
      "Le tableau « Dépenses prévues » n'a pas de colonne « remise » : rechargez la page, puis saisissez à nouveau le tableau.",
    ],
    [
      'more filled rows than lignesMax',
      depenses,
      [1, 2, 3, 4].map((n) => ({ poste: `Poste ${n}`, prix: n })),
      'TROP_LONG',
      '« Dépenses prévues » ne doit pas dépasser 3 lignes (vous en avez rempli 4).',
    ],
  ])('%s', (_cas, champ, valeur, code, message) => {
    expect(problemeDe(champ, valeur)).toEqual({ code, message });
  });

  it('stops at 1 000 posted rows, empty ones included, before looking at any cell', () => {
    expect(
      problemeDe(
        depenses,
        Array.from({ length: 1001 }, () => ({})),
      ),
    ).toEqual({
      code: 'TROP_LONG',
      message: '« Dépenses prévues » ne doit pas dépasser 3 lignes (vous en avez rempli 1 001).',
    });
  });

  it('allows 50 free rows by default', () => {
    const libre = { ...depenses, lignesMax: undefined };
    const lignes = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ poste: `P${i}`, prix: i }));
    expect(valeurValide(libre, lignes(50))).toHaveLength(50);
    expect(problemeDe(libre, lignes(51)).code).toBe('TROP_LONG');
  });
});

describe('tableau: lire', () => {
  it('reads the announced rows, each cell through its column', () => {
    const saisie = {
      depenses__lignes: '2',
      'depenses.0.poste': 'Ordinateur',
      'depenses.0.quantite': '2',
      'depenses.0.prix': '1 499,99',
      'depenses.0.achat': '15/01/2026',
      'depenses.0.devis': 'oui',
      'depenses.0.devis__present': '1',
      'depenses.1.poste': ' ',
      'depenses.1.devis__present': '1',
      'depenses.2.poste': 'hors des lignes annoncées',
    };
    expect(lire(depenses, saisie)).toEqual([
      { poste: 'Ordinateur', quantite: 2, prix: 1499.99, achat: '2026-01-15', nature: null, devis: true },
      { poste: null, quantite: null, prix: null, achat: null, nature: null, devis: false },
    ]);
  });

  it('reads a fixed table by its rows, whatever the announced count', () => {
    const saisie = { budget__lignes: '5', 'budget.0.recettes': '1 000', 'budget.1.charges': '1 500,50' };
    expect(lire(budget, saisie)).toEqual([
      { recettes: 1000, charges: null },
      { recettes: null, charges: 1500.5 },
    ]);
  });

  it('reads a post that validation then accepts', () => {
    const saisie = {
      budget__lignes: '2',
      'budget.0.recettes': '1 000',
      'budget.0.charges': '800',
      'budget.1.recettes': '0',
      'budget.1.charges': '0',
    };
    expect(valeurValide(budget, lire(budget, saisie))).toEqual([
      { recettes: 1000, charges: 800, solde: 200 },
      { recettes: 0, charges: 0, solde: 0 },
    ]);
  });

  it.each<[string, Record<string, string>, unknown]>([
    ['not on the page', { 'depenses.0.poste': 'x' }, undefined],
    ['no rows', { depenses__lignes: '0' }, []],
    ['a count that is not one, kept for validation to refuse', { depenses__lignes: 'beaucoup' }, 'beaucoup'],
  ])('%s', (_cas, saisie, attendu) => {
    expect(lire(depenses, saisie)).toEqual(attendu);
  });

  it('does not loop on a forged row count', () => {
    expect(lire(depenses, { depenses__lignes: '999999999' })).toHaveLength(1000);
  });
});

describe('tableau: lisible and problemes', () => {
  it.each<[LigneTableau[], string | null, ChampTableau]>([
    [[{ ...VIDE, poste: 'A', prix: 1 }], '1 ligne', depenses],
    [
      [
        { ...VIDE, poste: 'A' },
        { ...VIDE, poste: 'B' },
      ],
      '2 lignes',
      depenses,
    ],
    [
      [
        { recettes: null, charges: null, solde: null },
        { recettes: 1, charges: 0, solde: 1 },
      ],
      '1 ligne',
      budgetFacultatif,
    ],
    [[], null, depenses],
  ])('%j reads as %p', (valeur, attendu, champ) => {
    expect(lisibleDe(champ, valeur)).toBe(attendu);
  });

  it('reports duplicate codes and option-less list columns', () => {
    const fautif: ChampTableau = {
      ...budget,
      colonnes: [
        { code: 'a', libelle: 'A', type: 'montant', requis: false },
        { code: 'a', libelle: 'A bis', type: 'montant', requis: false },
        { code: 'l', libelle: 'L', type: 'liste', requis: false },
        {
          code: 'm',
          libelle: 'M',
          type: 'liste',
          requis: false,
          options: [
            { valeur: 'x', libelle: 'X' },
            { valeur: 'x', libelle: 'X bis' },
          ],
        },
      ],
      lignes: [
        { code: 'n', libelle: '2025' },
        { code: 'n', libelle: '2026' },
      ],
    };
    expect(DEFINITIONS.tableau.problemes(fautif).map(espacesOrdinaires)).toEqual([
      'Le tableau « budget » utilise plusieurs fois le code de colonne « a ».',
      'Le tableau « budget » utilise plusieurs fois le code de ligne « n ».',
      'La colonne « l » du tableau « budget » est une liste : proposez au moins une option.',
      'La colonne « m » du tableau « budget » propose plusieurs fois la valeur « x ».',
    ]);
  });

  it('has no problem for a well-formed table', () => {
    expect(DEFINITIONS.tableau.problemes(depenses)).toEqual([]);
  });

  it('is a field like the others for the registry', () => {
    const champ: Champ = depenses;
    expect(valeurValide(champ, null)).toBeNull();
  });
});
