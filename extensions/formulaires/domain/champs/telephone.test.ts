import type { Champ } from '../modele';
import { formaterTelephone, normaliserTelephone } from './telephone';
import { lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const telephone: Champ = { code: 'tel', type: 'telephone', libelle: 'Téléphone', requis: false };
const standard: Champ = { code: 'poste', type: 'telephone', libelle: 'Poste interne', requis: false, masque: '99-99' };

describe('telephone without a mask: stored in E.164', () => {
  it.each<[string, string]>([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33 06 12 34 56 78', '+33612345678'], // the national 0 kept by habit
    ['0033 6 12 34 56 78', '+33612345678'],
    ['01 23 45 67 89', '+33123456789'],
    ['09 70 12 34 56', '+33970123456'],
    ['0590 12 34 56', '+590590123456'], // Guadeloupe
    ['0692 12 34 56', '+262692123456'], // La Réunion (mobile)
    ['0269 61 23 45', '+262269612345'], // Mayotte
    ['0594 12 34 56', '+594594123456'], // Guyane
    ['0696 12 34 56', '+596696123456'], // Martinique
    ['0508 41 23 45', '+508412345'], // Saint-Pierre-et-Miquelon
    ['+33 6 92 12 34 56', '+262692123456'], // a Réunion number written with +33 is stored with its own code
    ['+262 692 12 34 56', '+262692123456'],
    ['+687 12 34 56', '+687123456'], // Nouvelle-Calédonie: its own numbering
    ['+44 20 7946 0958', '+442079460958'],
    ['0049 30 1234567', '+49301234567'],
  ])('%j → %s', (saisie, attendu) => {
    expect(valeurValide(telephone, saisie)).toBe(attendu);
  });

  it.each([
    ['06 12 34 56'], // too short
    ['06 12 34 56 78 90'],
    ['6 12 34 56 78'],
    ['00 12 34'], // an international prefix, but too few digits
    ['+33 6 12 34 56'], // a French number of the wrong length is not taken for a foreign one
    ['+1234567'], // 7 digits: under E.164's range
    ['+1234567890123456'], // 16 digits
    ['+0612345678'],
    ['06 12 AB 56 78'],
  ])('%j is refused', (saisie) => {
    expect(problemeDe(telephone, saisie)).toEqual({
      code: 'FORMAT',
      message:
        'Indiquez un numéro de téléphone valide pour « Téléphone », par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
    });
  });

  it.each<[string, string]>([
    ['+33612345678', '06 12 34 56 78'],
    ['+262692123456', '06 92 12 34 56'],
    ['+590590123456', '05 90 12 34 56'],
    ['+508412345', '05 08 41 23 45'],
    ['+442079460958', '+442079460958'],
    ['+262123', '+262123'],
  ])('reads %s as %s', (e164, attendu) => {
    expect(lisibleDe(telephone, e164)).toBe(attendu);
    expect(formaterTelephone(e164)).toBe(attendu);
  });

  it('normalises every accepted writing to one number', () => {
    expect(new Set(['0612345678', '+33 6 12 34 56 78', '0033612345678'].map(normaliserTelephone))).toEqual(
      new Set(['+33612345678']),
    );
  });
});

describe('telephone with a mask', () => {
  it('follows the mask instead of the French rules', () => {
    expect(valeurValide(standard, '1234')).toBe('12-34');
    expect(lisibleDe(standard, '12-34')).toBe('12-34');
    expect(problemeDe(standard, '06 12 34 56 78')).toEqual({
      code: 'FORMAT',
      message: 'Saisissez « Poste interne » au format 99-99, par exemple 12-34.',
    });
  });

  it('reads the posted text', () => {
    expect(lire(telephone, { tel: ' 06 12 34 56 78 ' })).toBe('06 12 34 56 78');
  });
});
