import type { Champ } from '../modele';
import { lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const adresse: Champ = { code: 'adresse', type: 'adresse', libelle: 'Adresse du logement', requis: false, carte: true };
const SUGGESTION = {
  libelle: '8 Boulevard du Port 80000 Amiens',
  codePostal: '80000',
  commune: 'Amiens',
  codeInsee: '80021',
  longitude: 2.290084,
  latitude: 49.897443,
};

describe('adresse', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a plain text becomes {libelle}',
      ' 8 Boulevard du Port\n80000 Amiens ',
      { libelle: '8 Boulevard du Port 80000 Amiens' },
    ],
    ['a chosen suggestion', SUGGESTION, SUGGESTION],
    ['null sub-fields are left out', { libelle: 'Mairie', codePostal: null, latitude: null }, { libelle: 'Mairie' }],
    [
      'a Corsican INSEE code',
      { libelle: 'Place du Diamant 20000 Ajaccio', codeInsee: '2a004' },
      { libelle: 'Place du Diamant 20000 Ajaccio', codeInsee: '2A004' },
    ],
    ['blank text is empty', '  ', null],
    ['an object without text is empty', { libelle: '' }, null],
  ])('%s', (_cas, valeur, attendu) => {
    expect(valeurValide(adresse, valeur)).toEqual(attendu);
  });

  it.each<[string, unknown]>([
    ['a postcode of 4 digits', { ...SUGGESTION, codePostal: '8000' }],
    ['an INSEE code that is not one', { ...SUGGESTION, codeInsee: '2C004' }],
    ['a longitude out of range', { ...SUGGESTION, longitude: 200 }],
    ['a latitude out of range', { ...SUGGESTION, latitude: -91 }],
    ['a coordinate as text', { ...SUGGESTION, latitude: '49.8' }],
    ['an unknown key', { ...SUGGESTION, pays: 'France' }],
    ['no libelle', { codePostal: '80000' }],
    ['a number', 80000],
    ['an array', ['8 Boulevard du Port']],
  ])('refuses %s', (_cas, valeur) => {
    expect(problemeDe(adresse, valeur)).toEqual({
      code: 'FORMAT',
      message:
        'Indiquez une adresse valide pour « Adresse du logement », par exemple 8 boulevard du Port 80000 Amiens.',
    });
  });

  it('limits the text to 300 characters', () => {
    expect(problemeDe(adresse, 'x'.repeat(301))).toEqual({
      code: 'TROP_LONG',
      message: '« Adresse du logement » ne doit pas dépasser 300 caractères (vous en avez saisi 301).',
    });
  });

  it.each<[string, Record<string, string>, unknown]>([
    [
      'the text alone',
      { adresse: '8 Boulevard du Port 80000 Amiens' },
      { libelle: '8 Boulevard du Port 80000 Amiens' },
    ],
    [
      'the text and its suggestion',
      { adresse: SUGGESTION.libelle, adresse__json: JSON.stringify(SUGGESTION) },
      SUGGESTION,
    ],
    [
      'a suggestion whose libelle differs by spaces only',
      { adresse: ' 8 Boulevard du Port  80000 Amiens', adresse__json: JSON.stringify(SUGGESTION) },
      SUGGESTION,
    ],
    [
      'a suggestion the citizen edited afterwards',
      { adresse: '10 Boulevard du Port 80000 Amiens', adresse__json: JSON.stringify(SUGGESTION) },
      { libelle: '10 Boulevard du Port 80000 Amiens' },
    ],
    ['invalid JSON', { adresse: 'Mairie', adresse__json: '{libelle:' }, { libelle: 'Mairie' }],
    ['JSON that is not an object', { adresse: 'Mairie', adresse__json: '"Mairie"' }, { libelle: 'Mairie' }],
    [
      'unknown keys of the suggestion are not read',
      { adresse: 'Mairie', adresse__json: JSON.stringify({ libelle: 'Mairie', score: 0.9, __proto__: null }) },
      { libelle: 'Mairie' },
    ],
    ['emptied', { adresse: ' ', adresse__json: JSON.stringify(SUGGESTION) }, null],
    ['not on the page', {}, undefined],
  ])('lire: %s', (_cas, saisie, attendu) => {
    expect(lire(adresse, saisie)).toEqual(attendu);
  });

  it('reads a posted suggestion into a valid value', () => {
    const candidat = lire(adresse, { adresse: SUGGESTION.libelle, adresse__json: JSON.stringify(SUGGESTION) });
    expect(valeurValide(adresse, candidat)).toEqual(SUGGESTION);
  });

  it('reads as its text', () => {
    expect(lisibleDe(adresse, SUGGESTION)).toBe('8 Boulevard du Port 80000 Amiens');
  });
});
