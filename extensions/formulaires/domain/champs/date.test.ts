import type { Champ } from '../modele';
import { DEFINITIONS } from './index';
import { espacesOrdinaires, lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const naissance: Champ = {
  code: 'date_naissance',
  type: 'date',
  libelle: 'Date de naissance',
  requis: false,
  min: '1900-01-01',
  max: '2026-12-31',
};
const depuis: Champ = { code: 'debut', type: 'date', libelle: 'Début des travaux', requis: false, min: '2026-01-01' };
const jusqua: Champ = { code: 'fin', type: 'date', libelle: 'Fin des travaux', requis: false, max: '2026-12-31' };
const consentement: Champ = {
  code: 'accord',
  type: 'case_a_cocher',
  libelle: "J'accepte les conditions",
  requis: true,
};

describe('date', () => {
  it.each<[unknown, unknown]>([
    ['2010-06-15', '2010-06-15'],
    [' 2010-06-15 ', '2010-06-15'],
    ['1900-01-01', '1900-01-01'], // bounds are inclusive
    ['2026-12-31', '2026-12-31'],
    ['2024-02-29', '2024-02-29'],
    ['', null],
    [null, null],
  ])('%j → %p', (valeur, attendu) => {
    expect(valeurValide(naissance, valeur)).toBe(attendu);
  });

  it.each<[unknown, string, string, Champ]>([
    ['2025-02-29', 'FORMAT', 'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.', naissance],
    ['15/06/2010', 'FORMAT', 'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.', naissance],
    [20100615, 'FORMAT', 'Indiquez une date valide pour « Date de naissance », au format JJ/MM/AAAA.', naissance],
    [
      '1899-12-31',
      'HORS_BORNES',
      'Indiquez une date comprise entre le 01/01/1900 et le 31/12/2026 pour « Date de naissance ».',
      naissance,
    ],
    ['2025-12-31', 'HORS_BORNES', 'Indiquez une date à partir du 01/01/2026 pour « Début des travaux ».', depuis],
    ['2027-01-01', 'HORS_BORNES', 'Indiquez une date au plus tard le 31/12/2026 pour « Fin des travaux ».', jusqua],
  ])('%j is refused (%s)', (valeur, code, message, champ) => {
    expect(problemeDe(champ, valeur)).toEqual({ code, message });
  });

  it.each<[string, unknown]>([
    ['2010-06-15', '2010-06-15'],
    ['15/06/2010', '2010-06-15'],
    ['5/6/2010', '2010-06-05'],
    ['15 juin 2010', '15 juin 2010'], // kept for validation to refuse
    ['', null],
  ])('lire %j → %p', (texte, attendu) => {
    expect(lire(naissance, { date_naissance: texte })).toBe(attendu);
  });

  it('reads as JJ/MM/AAAA', () => {
    expect(lisibleDe(naissance, '2010-06-15')).toBe('15/06/2010');
  });

  it('reports bounds the wrong way round', () => {
    const champ = {
      code: 'd',
      type: 'date',
      libelle: 'D',
      requis: false,
      min: '2026-12-31',
      max: '2026-01-01',
    } as const;
    expect(DEFINITIONS.date.problemes(champ).map(espacesOrdinaires)).toEqual([
      'Le champ « d » a un minimum (2026-12-31) supérieur à son maximum (2026-01-01).',
    ]);
  });
});

describe('case_a_cocher', () => {
  it.each<[unknown, unknown]>([
    [true, true],
    [false, false],
    [null, null],
  ])('%p → %p', (valeur, attendu) => {
    expect(valeurValide(consentement, valeur)).toBe(attendu);
  });

  it.each([['oui'], [1], [['oui', 'oui']]])('%j is refused', (valeur) => {
    expect(problemeDe(consentement, valeur)).toEqual({
      code: 'FORMAT',
      message: "Cochez la case « J'accepte les conditions » ou laissez-la décochée.",
    });
  });

  it.each<[string, Record<string, string | string[]>, unknown]>([
    ['checked', { accord: 'oui', accord__present: '1' }, true],
    ['checked, marker missing', { accord: 'oui' }, true],
    ['unchecked: only the marker', { accord__present: '1' }, false],
    ['not on the page', {}, undefined],
    ['another value kept for validation to refuse', { accord: 'vrai', accord__present: '1' }, 'vrai'],
  ])('lire: %s', (_cas, saisie, attendu) => {
    expect(lire(consentement, saisie)).toBe(attendu);
  });

  it('reads as Oui / Non', () => {
    expect(lisibleDe(consentement, true)).toBe('Oui');
    expect(lisibleDe(consentement, false)).toBe('Non');
  });
});
