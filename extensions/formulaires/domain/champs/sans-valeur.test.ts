import type { Champ, ChampJustificatif } from '../modele';
import { DEFINITIONS } from './index';
import { espacesOrdinaires, lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const note: Champ = { code: 'info', type: 'note', libelle: 'À savoir', requis: false, contenu: 'Lisez bien.' };
const devis: ChampJustificatif = {
  code: 'devis',
  type: 'justificatif',
  libelle: 'Devis',
  requis: true,
  formats: ['application/pdf', 'image/jpeg'],
  tailleMax: 5_000_000,
};
const quotient: Champ = {
  code: 'qf',
  type: 'api_particulier',
  libelle: 'Quotient familial',
  requis: false,
  service: 'quotient_familial',
};
const r2p: Champ = { code: 'identite', type: 'api_r2p', libelle: 'Identité', requis: false };

describe('note', () => {
  it.each([['texte'], [{ a: 1 }], [null]])('has no value: %j → null', (valeur) => {
    expect(valeurValide(note, valeur)).toBeNull();
  });

  it('is never read nor displayed', () => {
    expect(lire(note, { info: 'x' })).toBeUndefined();
    expect(lisibleDe(note, 'x')).toBeNull();
  });
});

describe('justificatif', () => {
  it('has no value in the data: files are uploaded separately', () => {
    expect(valeurValide(devis, null)).toBeNull();
    expect(problemeDe(devis, 'devis.pdf')).toEqual({
      code: 'FORMAT',
      message: "Joignez les documents de « Devis » avec le bouton d'ajout de fichier.",
    });
    expect(lire(devis, { devis: 'devis.pdf' })).toBeUndefined();
    expect(lisibleDe(devis, 'x')).toBeNull();
  });

  it('reports a format listed twice', () => {
    const champ = {
      ...devis,
      formats: ['application/pdf', 'APPLICATION/PDF'],
    };
    expect(DEFINITIONS.justificatif.problemes(champ).map(espacesOrdinaires)).toEqual([
      'Le justificatif « devis » accepte plusieurs fois le format application/pdf.',
    ]);
  });
});

describe('api_particulier and api_r2p: connector data', () => {
  it.each<[unknown, unknown, Champ]>([
    [
      { quotient_familial: 850, annee: 2025, allocataire: 'Martin', mois: null },
      { quotient_familial: 850, annee: 2025, allocataire: 'Martin', mois: null },
      quotient,
    ],
    [{ nom_naissance: 'MARTIN', est_vivant: true }, { nom_naissance: 'MARTIN', est_vivant: true }, r2p],
    [{}, null, quotient],
    [null, null, quotient],
  ])('%j is kept as read', (valeur, attendu, champ) => {
    expect(valeurValide(champ, valeur)).toEqual(attendu);
  });

  it.each<[string, unknown]>([
    ['a nested object', { adresse: { ville: 'Amiens' } }],
    ['an array value', { enfants: ['a'] }],
    ['a key with a dash', { 'quotient-familial': 1 }],
    ['a key with an accent', { année: 2025 }],
    ['a non-finite number', { qf: Number.POSITIVE_INFINITY }],
    ['a string over 1 000 characters', { texte: 'x'.repeat(1001) }],
    ['more than 50 keys', Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))],
    ['an array', [1, 2]],
    ['a text', 'QF 850'],
  ])('refuses %s', (_cas, valeur) => {
    expect(problemeDe(quotient, valeur)).toEqual({
      code: 'FORMAT',
      message: 'Les informations reçues pour « Quotient familial » sont illisibles : récupérez-les à nouveau.',
    });
  });

  it('is never read from a post', () => {
    expect(lire(quotient, { qf: '850' })).toBeUndefined();
    expect(lire(r2p, { identite: 'x' })).toBeUndefined();
  });

  it('reads as "key : value" pairs, empty values left out', () => {
    expect(lisibleDe(quotient, { quotient_familial: 1250.5, allocataire: true, mois: null, nom: 'Martin' })).toBe(
      'quotient_familial : 1 250,5 ; allocataire : Oui ; nom : Martin',
    );
    expect(lisibleDe(r2p, { a: null })).toBeNull();
  });
});
