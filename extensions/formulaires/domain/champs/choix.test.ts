import type { Champ, ChampCasesMultiples, ChampListe, ChampListeReferentiel } from '../modele';
import { DEFINITIONS } from './index';
import { CONTEXTE, espacesOrdinaires, lire, lisibleDe, problemeDe, valeurValide, valider } from './testing/contexte';

const options = [
  { valeur: 'velo', libelle: 'Vélo' },
  { valeur: 'bus', libelle: 'Bus' },
  { valeur: 'train', libelle: 'Train' },
  { valeur: 'voiture', libelle: 'Voiture' },
];
const radio: Champ = {
  code: 'transport',
  type: 'boutons_radio',
  libelle: 'Transport principal',
  requis: false,
  options,
};
const liste: ChampListe = { code: 'transport', type: 'liste', libelle: 'Transport principal', requis: false, options };
const cases: ChampCasesMultiples = {
  code: 'transports',
  type: 'cases_multiples',
  libelle: 'Transports utilisés',
  requis: false,
  options,
  minChoix: 2,
  maxChoix: 3,
};
const commune: ChampListeReferentiel = {
  code: 'commune',
  type: 'liste_referentiel',
  libelle: 'Commune',
  requis: false,
  referentiel: 'communes_epci',
};
const referentielDisparu: Champ = { ...commune, referentiel: 'supprime' };

describe('boutons_radio, liste, liste_referentiel', () => {
  it.each<[unknown, unknown, Champ]>([
    ['bus', 'bus', radio],
    [' train ', 'train', liste],
    ['', null, liste],
    ['80021', '80021', commune],
  ])('%j → %p', (valeur, attendu, champ) => {
    expect(valeurValide(champ, valeur)).toBe(attendu);
  });

  it.each<[unknown, string, string, Champ]>([
    ['avion', 'OPTION_INCONNUE', 'Choisissez une des options proposées pour « Transport principal ».', radio],
    ['Bus', 'OPTION_INCONNUE', 'Choisissez une des options proposées pour « Transport principal ».', liste], // the label is not the key
    [['bus', 'train'], 'FORMAT', 'Choisissez une des options proposées pour « Transport principal ».', liste],
    ['75056', 'OPTION_INCONNUE', 'Choisissez une des options proposées pour « Commune ».', commune],
    ['80021', 'OPTION_INCONNUE', 'Choisissez une des options proposées pour « Commune ».', referentielDisparu],
  ])('%j is refused (%s)', (valeur, code, message, champ) => {
    expect(problemeDe(champ, valeur)).toEqual({ code, message });
  });

  it('uses the référentiels of the context it is given', () => {
    expect(valider(commune, '80001', { ...CONTEXTE, referentiels: {} }).ok).toBe(false);
  });

  it('does not read a référentiel named like an Object.prototype key', () => {
    const piege: Champ = { ...commune, referentiel: 'toString' };
    expect(valider(piege, 'x').ok).toBe(false);
  });

  it('reads labels for keys, and shows a key that is no longer offered as stored', () => {
    expect(lisibleDe(radio, 'bus')).toBe('Bus');
    expect(lisibleDe(liste, 'avion')).toBe('avion');
    expect(lisibleDe(commune, '80021')).toBe('Amiens');
    expect(DEFINITIONS.liste_referentiel.lisible(commune, '80021', { referentiels: {} })).toBe('80021');
  });

  it('reads one posted key; an unselected radio group posts nothing', () => {
    expect(lire(radio, { transport: 'bus' })).toBe('bus');
    expect(lire(radio, {})).toBeUndefined();
  });

  it('reports duplicate options', () => {
    const double: ChampListe = { ...liste, options: [...options, { valeur: 'bus', libelle: 'Autobus' }] };
    expect(DEFINITIONS.liste.problemes(double).map(espacesOrdinaires)).toEqual([
      'La liste « transport » propose plusieurs fois la valeur « bus ».',
    ]);
  });
});

describe('cases_multiples', () => {
  it.each<[unknown, unknown]>([
    [
      ['bus', 'velo'],
      ['velo', 'bus'],
    ], // stored in the options' order
    [
      ['train', 'bus', 'train'],
      ['bus', 'train'],
    ], // duplicates merged
    [
      [' bus ', 'velo', ''],
      ['velo', 'bus'],
    ],
    [[], null], // nothing checked is empty, whatever minChoix says
    [null, null],
  ])('%j → %j', (valeur, attendu) => {
    expect(valeurValide(cases, valeur)).toEqual(attendu);
  });

  it.each<[unknown, string, string]>([
    [['bus'], 'PAS_ASSEZ_DE_CHOIX', 'Cochez au moins 2 cases pour « Transports utilisés ».'],
    [
      ['bus', 'velo', 'train', 'voiture'],
      'TROP_DE_CHOIX',
      'Cochez au plus 3 cases pour « Transports utilisés » (vous en avez coché 4).',
    ],
    [['bus', 'avion'], 'OPTION_INCONNUE', 'Cochez uniquement des options proposées pour « Transports utilisés ».'],
    [['bus', 3], 'FORMAT', 'Cochez uniquement des options proposées pour « Transports utilisés ».'],
    [{ bus: true }, 'FORMAT', 'Cochez uniquement des options proposées pour « Transports utilisés ».'],
  ])('%j is refused', (valeur, code, message) => {
    expect(problemeDe(cases, valeur)).toEqual({ code, message });
  });

  it('accepts a single key as a one-element list', () => {
    const unSeul: Champ = { ...cases, minChoix: undefined };
    expect(valeurValide(unSeul, 'bus')).toEqual(['bus']);
  });

  it.each<[string, Record<string, string | string[]>, unknown]>([
    ['several boxes', { transports: ['bus', 'velo'], transports__present: '1' }, ['bus', 'velo']],
    ['one box', { transports: 'bus', transports__present: '1' }, ['bus']],
    ['nothing checked: the marker alone', { transports__present: '1' }, []],
    ['not on the page', {}, undefined],
  ])('lire: %s', (_cas, saisie, attendu) => {
    expect(lire(cases, saisie)).toEqual(attendu);
  });

  it('reads as labels joined by commas', () => {
    expect(lisibleDe(cases, ['velo', 'bus'])).toBe('Vélo, Bus');
    expect(lisibleDe(cases, [])).toBeNull();
  });

  it.each<[Partial<ChampCasesMultiples>, string[]]>([
    [
      { minChoix: 3, maxChoix: 2 },
      [
        'Le champ « transports » demande au moins 3 choix et au plus 2 : le minimum doit être inférieur ou égal au maximum.',
      ],
    ],
    [
      { minChoix: 5, maxChoix: undefined },
      ['Le champ « transports » demande au moins 5 choix mais ne propose que 4 options.'],
    ],
    [{ minChoix: 1, maxChoix: 4 }, []],
  ])('problemes %j', (surcharge, attendus) => {
    const champ = { ...cases, ...surcharge };
    expect(DEFINITIONS.cases_multiples.problemes(champ).map(espacesOrdinaires)).toEqual(attendus);
  });
});
