import type { Champ, ChampCalcul } from '../modele';
import { DEFINITIONS } from './index';
import { arrondir, formaterMontant, formaterNombre, nombreDeDecimales, parserNombre } from './nombres';
import { espacesOrdinaires, lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const enfants: Champ = { code: 'enfants', type: 'nombre', libelle: "Nombre d'enfants", requis: false, min: 0, max: 20 };
const surface: Champ = {
  code: 'surface',
  type: 'nombre',
  libelle: 'Surface (m²)',
  requis: false,
  decimales: 2,
  min: 1,
};
const temperature: Champ = { code: 't', type: 'nombre', libelle: 'Température', requis: false, decimales: 1, max: 50 };
const montant: Champ = { code: 'm', type: 'montant', libelle: 'Montant demandé', requis: false, min: 0, max: 10000 };
const solde: Champ = { code: 's', type: 'montant', libelle: 'Solde', requis: false };
const total: ChampCalcul = {
  code: 'total',
  type: 'calcul',
  libelle: 'Total',
  requis: false,
  formule: 'a + b',
  decimales: 2,
};
const totalEuros: ChampCalcul = { ...total, unite: 'euros' };
const age: Champ = { code: 'age', type: 'age', libelle: 'Âge', requis: false, champDate: 'date_naissance' };

describe('nombre, montant, calcul, age: valid values are normalised', () => {
  it.each<[string, Champ, unknown, unknown]>([
    ['whole number', enfants, 3, 3],
    ['on the min bound', enfants, 0, 0],
    ['decimals within decimales', surface, 12.25, 12.25],
    ['fewer decimals than allowed', surface, 12.5, 12.5],
    ['negative number', temperature, -12.5, -12.5],
    ['blank string is empty', enfants, ' ', null],
    ['montant', montant, 1234.5, 1234.5],
    ['montant rounded to cents', montant, 1234.567, 1234.57],
    ['montant rounded half up on the decimal value', montant, 1.005, 1.01],
    ['montant rounded onto the max bound', montant, 10000.004, 10000],
    ['negative montant without bounds', solde, -12.5, -12.5],
    ['calcul rounded to its decimales', total, 10 / 3, 3.33],
    ['calcul rounded half away from zero', total, -2.675, -2.68],
    ['age', age, 42, 42],
    ['age 0', age, 0, 0],
  ])('%s', (_cas, champ, valeur, attendu) => {
    expect(valeurValide(champ, valeur)).toBe(attendu);
  });
});

describe('nombre, montant, calcul, age: invalid values', () => {
  it.each<[string, Champ, unknown, string, string]>([
    [
      'decimals for a whole number',
      enfants,
      2.5,
      'FORMAT',
      "Indiquez un nombre entier pour « Nombre d'enfants », sans virgule.",
    ],
    [
      'text that lire could not read',
      enfants,
      'deux',
      'FORMAT',
      "Indiquez un nombre entier pour « Nombre d'enfants », sans virgule.",
    ],
    [
      'too many decimals',
      surface,
      12.345,
      'FORMAT',
      'Indiquez un nombre pour « Surface (m²) », avec 2 chiffres après la virgule au plus.',
    ],
    [
      'one decimal allowed',
      temperature,
      1.25,
      'FORMAT',
      'Indiquez un nombre pour « Température », avec 1 chiffre après la virgule au plus.',
    ],
    ['Infinity', enfants, Infinity, 'FORMAT', "Indiquez un nombre entier pour « Nombre d'enfants », sans virgule."],
    ['over the max', enfants, 21, 'HORS_BORNES', "Indiquez un nombre compris entre 0 et 20 pour « Nombre d'enfants »."],
    ['under the min', surface, 0.5, 'HORS_BORNES', 'Indiquez un nombre supérieur ou égal à 1 pour « Surface (m²) ».'],
    [
      'over a max alone',
      temperature,
      50.5,
      'HORS_BORNES',
      'Indiquez un nombre inférieur ou égal à 50 pour « Température ».',
    ],
    [
      'montant as text',
      montant,
      '12 euros',
      'FORMAT',
      'Indiquez un montant en euros pour « Montant demandé », par exemple 1 234,50 (deux chiffres après la virgule au plus).',
    ],
    [
      'montant over the max',
      montant,
      10000.01,
      'HORS_BORNES',
      'Indiquez un montant compris entre 0 € et 10 000 € pour « Montant demandé ».',
    ],
    [
      'negative montant under a 0 min',
      montant,
      -1,
      'HORS_BORNES',
      'Indiquez un montant compris entre 0 € et 10 000 € pour « Montant demandé ».',
    ],
    [
      'calcul not computable',
      total,
      Number.NaN,
      'FORMAT',
      "Le calcul « Total » n'a pas pu être effectué : vérifiez les champs dont il dépend.",
    ],
    [
      'age not a whole number',
      age,
      41.5,
      'FORMAT',
      "L'âge « Âge » n'a pas pu être calculé : vérifiez la date dont il dépend.",
    ],
    [
      'age over 150',
      age,
      151,
      'HORS_BORNES',
      "L'âge « Âge » doit être compris entre 0 et 150 ans : vérifiez la date dont il dépend.",
    ],
    [
      'negative age',
      age,
      -1,
      'HORS_BORNES',
      "L'âge « Âge » doit être compris entre 0 et 150 ans : vérifiez la date dont il dépend.",
    ],
  ])('%s', (_cas, champ, valeur, code, message) => {
    expect(problemeDe(champ, valeur)).toEqual({ code, message });
  });
});

describe('lire: French input', () => {
  it.each<[string, string, unknown, Champ]>([
    ['nombre with thousands spaces', '1 234', 1234, enfants],
    ['nombre with a decimal comma', '12,25', 12.25, surface],
    ['nombre with more decimals than a montant allows', '1,234', 1.234, surface], // refused later, with the right message
    ['nombre with narrow no-break spaces', '1\u202F234,5', 1234.5, surface],
    ['negative nombre', '-12', -12, temperature],
    ['typographic minus', '\u221212,5', -12.5, temperature],
    ['unreadable text kept for validation', 'deux', 'deux', enfants],
    ['montant in French format', '1 234,50', 1234.5, montant],
    ['montant with the euro sign', '1 234,50 €', 1234.5, montant],
    ['negative montant', '-12', -12, solde],
    ['montant with three decimals kept as text', '12,345', '12,345', montant],
  ])('%s: %j', (_cas, texte, attendu, champ) => {
    expect(lire(champ, { [champ.code]: texte })).toBe(attendu);
  });

  it.each([
    ['calcul', total],
    ['age', age],
  ])('%s is never read from a post', (_type, champ) => {
    expect(lire(champ, { [champ.code]: '12' })).toBeUndefined();
  });
});

describe('lisible', () => {
  it.each<[number, string, Champ]>([
    [1234, '1 234', enfants],
    [12.5, '12,5', surface],
    [-3.5, '-3,5', temperature],
    [1234.5, '1 234,50 €', montant],
    [10000, '10 000 €', montant],
    [-12.5, '-12,50 €', solde],
    [12.5, '12,50', total], // shown with its decimales
    [12.5, '12,50 €', totalEuros],
    [42, '42 ans', age],
    [1, '1 an', age],
  ])('%p → %s', (valeur, attendu, champ) => {
    expect(lisibleDe(champ, valeur)).toBe(attendu);
  });
});

describe('problemes', () => {
  it('reports bounds the wrong way round', () => {
    const champ = { code: 'enfants', type: 'nombre', libelle: 'Enfants', requis: false, min: 10, max: 2 } as const;
    expect(DEFINITIONS.nombre.problemes(champ).map(espacesOrdinaires)).toEqual([
      'Le champ « enfants » a un minimum (10) supérieur à son maximum (2).',
    ]);
  });
});

describe('number helpers', () => {
  it.each<[string, number | null]>([
    ['12', 12],
    ['-0', 0],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['1e3', null],
    ['', null],
    ['1,2,3', null],
    ['9'.repeat(400), null],
  ])('parserNombre(%j) → %p', (texte, attendu) => {
    expect(parserNombre(texte)).toBe(attendu);
  });

  it.each<[number, number]>([
    [1, 0],
    [1.5, 1],
    [0.125, 3],
    [1e-7, 7],
    [123.45, 2],
  ])('nombreDeDecimales(%p) → %p', (nombre, attendu) => {
    expect(nombreDeDecimales(nombre)).toBe(attendu);
  });

  it.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.23456, 3, 1.235],
    [-0.0001, 2, 0],
  ])('arrondir(%p, %p) → %p', (nombre, decimales, attendu) => {
    expect(arrondir(nombre, decimales)).toBe(attendu);
  });

  it.each<[number, number | undefined, string]>([
    [1234567.5, undefined, '1 234 567,5'],
    [0.1, undefined, '0,1'],
    [-1234, 0, '-1 234'],
    [2, 2, '2,00'],
    [1e-7, undefined, '0,0000001'],
  ])('formaterNombre(%p, %p) → %s', (nombre, decimales, attendu) => {
    expect(espacesOrdinaires(formaterNombre(nombre, decimales))).toBe(attendu);
  });

  it.each<[number, string]>([
    [1234.5, '1 234,50 €'],
    [10000, '10 000 €'],
    [-0.001, '0 €'],
    [1.005, '1,01 €'],
  ])('formaterMontant(%p) → %s', (montantEnEuros, attendu) => {
    expect(espacesOrdinaires(formaterMontant(montantEnEuros))).toBe(attendu);
  });
});
