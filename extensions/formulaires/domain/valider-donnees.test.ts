import type { Champ } from './modele';
import { lisible, unModeleAvec } from './testing/modeles';
import { validerDonnees, type CodeErreurChamp, type OptionsValidation } from './valider-donnees';

const BROUILLON: OptionsValidation = { mode: 'brouillon' };

const texte: Champ = { code: 'v', type: 'texte', libelle: 'Nom', requis: false, longueurMax: 5 };
const texteSansLimite: Champ = { code: 'v', type: 'texte', libelle: 'Commentaire', requis: false };
const date: Champ = {
  code: 'v',
  type: 'date',
  libelle: 'Date de naissance',
  requis: false,
  min: '2000-01-01',
  max: '2026-12-31',
};
const dateSansBorne: Champ = { code: 'v', type: 'date', libelle: 'Date', requis: false };
const montant: Champ = { code: 'v', type: 'montant', libelle: 'Montant demandé', requis: false, min: 0, max: 10000 };
const montantLibre: Champ = { code: 'v', type: 'montant', libelle: 'Solde', requis: false };
const liste: Champ = {
  code: 'v',
  type: 'liste',
  libelle: 'Situation',
  requis: false,
  options: [
    { valeur: 'celibataire', libelle: 'Célibataire' },
    { valeur: 'marie', libelle: 'Marié·e' },
  ],
};

/** Validates one value of one field in draft mode: formats are checked whatever the mode. */
function validerUn(champ: Champ, valeur: unknown): ReturnType<typeof validerDonnees> {
  return validerDonnees(unModeleAvec(champ), { v: valeur }, BROUILLON);
}

describe('validerDonnees: valid values are normalised', () => {
  it.each<[string, Champ, unknown, unknown]>([
    ['texte', texte, 'Alice', 'Alice'],
    ['texte trimmed', texte, '  Alice ', 'Alice'],
    ['texte at its maximum length', texte, 'abcde', 'abcde'],
    ['texte length counted in characters, not UTF-16 units', texte, '😀😀😀😀😀', '😀😀😀😀😀'],
    ['texte with decomposed accents normalised (NFC)', texte, 'e\u0301te\u0301', 'été'],
    ['texte CRLF becomes LF', texteSansLimite, 'a\r\nb', 'a\nb'],
    ['texte under the default limit', texteSansLimite, 'x'.repeat(2000), 'x'.repeat(2000)],
    ['date', date, '2010-06-15', '2010-06-15'],
    ['date on the min bound (inclusive)', date, '2000-01-01', '2000-01-01'],
    ['date on the max bound (inclusive)', date, '2026-12-31', '2026-12-31'],
    ['leap day', dateSansBorne, '2024-02-29', '2024-02-29'],
    ['montant', montant, 1234.5, 1234.5],
    ['montant rounded to cents', montant, 1234.567, 1234.57],
    ['montant rounded half up on the decimal value', montant, 1.005, 1.01],
    ['montant on the min bound', montant, 0, 0],
    ['montant on the max bound', montant, 10000, 10000],
    ['montant rounded onto the max bound', montant, 10000.004, 10000],
    ['negative montant without bounds', montantLibre, -12.5, -12.5],
    ['liste option', liste, 'marie', 'marie'],
    ['empty texte is null', texte, '   ', null],
    ['null is kept as an emptied value', date, null, null],
    ['empty date string is null', date, '', null],
    ['empty montant string is null', montant, '', null],
    ['empty liste is null', liste, '', null],
  ])('%s', (_cas, champ, valeur, attendu) => {
    expect(validerUn(champ, valeur)).toEqual({ valide: true, donnees: { v: attendu }, erreurs: [] });
  });
});

describe('validerDonnees: invalid values are reported with a precise French message', () => {
  it.each<[string, Champ, unknown, CodeErreurChamp, string]>([
    [
      'texte too long',
      texte,
      'abcdef',
      'TROP_LONG',
      '« Nom » ne doit pas dépasser 5 caractères (vous en avez saisi 6).',
    ],
    [
      'texte over the default limit',
      texteSansLimite,
      'x'.repeat(2345),
      'TROP_LONG',
      '« Commentaire » ne doit pas dépasser 2 000 caractères (vous en avez saisi 2 345).',
    ],
    ['texte given a number', texte, 12, 'FORMAT', 'Saisissez du texte pour « Nom ».'],
    [
      'date that does not exist',
      date,
      '2026-02-30',
      'FORMAT',
      'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.',
    ],
    [
      'date in French format (lireSaisie converts it)',
      date,
      '15/06/2010',
      'FORMAT',
      'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.',
    ],
    [
      'date as a timestamp',
      date,
      '2010-06-15T00:00:00Z',
      'FORMAT',
      'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.',
    ],
    [
      'date given a number',
      date,
      20100615,
      'FORMAT',
      'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.',
    ],
    [
      'date before min',
      date,
      '1999-12-31',
      'HORS_BORNES',
      'Indiquez une date comprise entre le 01/01/2000 et le 31/12/2026 pour « Date de naissance ».',
    ],
    [
      'date after max',
      date,
      '2027-01-01',
      'HORS_BORNES',
      'Indiquez une date comprise entre le 01/01/2000 et le 31/12/2026 pour « Date de naissance ».',
    ],
    [
      'date with only a min',
      { ...dateSansBorne, min: '2026-01-01' },
      '2025-12-31',
      'HORS_BORNES',
      'Indiquez une date à partir du 01/01/2026 pour « Date ».',
    ],
    [
      'date with only a max',
      { ...dateSansBorne, max: '2026-01-01' },
      '2026-01-02',
      'HORS_BORNES',
      'Indiquez une date au plus tard le 01/01/2026 pour « Date ».',
    ],
    [
      'montant left as an unreadable string',
      montant,
      'douze',
      'FORMAT',
      'Indiquez un montant en euros pour « Montant demandé », par exemple 1 234,50 (deux chiffres après la virgule au plus).',
    ],
    [
      'montant as a numeric string (lireSaisie converts it)',
      montant,
      '12',
      'FORMAT',
      'Indiquez un montant en euros pour « Montant demandé », par exemple 1 234,50 (deux chiffres après la virgule au plus).',
    ],
    [
      'montant NaN',
      montant,
      Number.NaN,
      'FORMAT',
      'Indiquez un montant en euros pour « Montant demandé », par exemple 1 234,50 (deux chiffres après la virgule au plus).',
    ],
    [
      'montant Infinity',
      montant,
      Number.POSITIVE_INFINITY,
      'FORMAT',
      'Indiquez un montant en euros pour « Montant demandé », par exemple 1 234,50 (deux chiffres après la virgule au plus).',
    ],
    [
      'montant below min',
      montant,
      -0.01,
      'HORS_BORNES',
      'Indiquez un montant compris entre 0 € et 10 000 € pour « Montant demandé ».',
    ],
    [
      'montant above max',
      montant,
      10000.01,
      'HORS_BORNES',
      'Indiquez un montant compris entre 0 € et 10 000 € pour « Montant demandé ».',
    ],
    [
      'montant rounded above max',
      montant,
      10000.005,
      'HORS_BORNES',
      'Indiquez un montant compris entre 0 € et 10 000 € pour « Montant demandé ».',
    ],
    [
      'montant with only a min',
      { ...montantLibre, min: 1.5 },
      1,
      'HORS_BORNES',
      'Indiquez un montant supérieur ou égal à 1,50 € pour « Solde ».',
    ],
    [
      'montant with only a max',
      { ...montantLibre, max: 1500 },
      2000,
      'HORS_BORNES',
      'Indiquez un montant inférieur ou égal à 1 500 € pour « Solde ».',
    ],
    [
      'liste value not offered',
      liste,
      'pacse',
      'OPTION_INCONNUE',
      'Choisissez une des options proposées pour « Situation ».',
    ],
    [
      'liste value is an option libelle, not its valeur',
      liste,
      'Célibataire',
      'OPTION_INCONNUE',
      'Choisissez une des options proposées pour « Situation ».',
    ],
    [
      'liste given several values',
      liste,
      ['celibataire', 'marie'],
      'FORMAT',
      'Choisissez une des options proposées pour « Situation ».',
    ],
  ])('%s', (_cas, champ, valeur, code, message) => {
    const resultat = validerUn(champ, valeur);
    expect(resultat.valide).toBe(false);
    expect(resultat.donnees).toEqual({});
    expect(resultat.erreurs.map((e) => ({ ...e, message: lisible(e.message) }))).toEqual([
      { champ: 'v', code, message },
    ]);
  });
});
