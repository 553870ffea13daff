import {
  indexerTerritoires,
  normaliserNomCommune,
  sectoriser,
  type AdresseASectoriser,
  type CommunePostale,
  type Referentiel,
  type ResultatSectorisation,
} from './sectorisation';

/**
 * Real data (codes-postaux 4.1.2, @etalab/decoupage-administratif 6.0.0): 73700 serves four communes of
 * Haute-Tarentaise; 80000 serves Amiens alone; 75001 is Paris 1er (an arrondissement municipal of 75056).
 * server/src/services/referentiel-communes.test.ts checks these rows against the packages themselves.
 */
const CODES_POSTAUX: Record<string, CommunePostale[]> = {
  '73700': [
    { codeCommune: '73054', nomCommune: 'Bourg-Saint-Maurice', libelleAcheminement: 'BOURG-SAINT-MAURICE' },
    { codeCommune: '73077', nomCommune: 'Les Chapelles', libelleAcheminement: 'LES CHAPELLES' },
    { codeCommune: '73176', nomCommune: 'Montvalezan', libelleAcheminement: 'MONTVALEZAN' },
    { codeCommune: '73285', nomCommune: 'Séez', libelleAcheminement: 'SEEZ' },
  ],
  '80000': [{ codeCommune: '80021', nomCommune: 'Amiens', libelleAcheminement: 'AMIENS' }],
  '75001': [{ codeCommune: '75101', nomCommune: 'Paris 1er Arrondissement', libelleAcheminement: 'PARIS' }],
};
const PARENTS: Record<string, string> = { '75101': '75056' };

const referentiel: Referentiel = {
  communesDuCodePostal: (cp) => CODES_POSTAUX[cp] ?? [],
  communeParente: (code) => PARENTS[code] ?? null,
};

// Territoires: 1 = Bourg-Saint-Maurice and Séez, 2 = Les Chapelles and Montvalezan, 3 = Amiens, 4 = Paris (whole).
const TERRITOIRES = [
  { id: 1, communes: ['73054', '73285'] },
  { id: 2, communes: ['73077', '73176'] },
  { id: 3, communes: ['80021'] },
  { id: 4, communes: ['75056'] },
];
const SECTEURS = [
  { id: 10, territoireId: 1, communes: ['73285'] },
  { id: 30, territoireId: 3, communes: ['80021'] },
];
const index = indexerTerritoires(TERRITOIRES, SECTEURS);
// One territoire holding all four communes of 73700, two secteurs inside it.
const HAUTE_TARENTAISE = indexerTerritoires(
  [{ id: 7, communes: ['73054', '73077', '73176', '73285'] }],
  [
    { id: 71, territoireId: 7, communes: ['73054', '73285'] },
    { id: 72, territoireId: 7, communes: ['73077', '73176'] },
  ],
);

const ok = (territoireId: number, secteurId: number | null, commune: string | null): ResultatSectorisation => ({
  ok: true,
  territoireId,
  secteurId,
  commune,
});
const ko = (raison: string, territoireIds: number[] = []) => ({ ok: false, raison, territoireIds });

describe('sectoriser: address → territoire and secteur', () => {
  it.each<[string, AdresseASectoriser, ReturnType<typeof indexerTerritoires>, unknown]>([
    ['an INSEE code decides, with its secteur', { codeInsee: '73285' }, index, ok(1, 10, '73285')],
    ['an INSEE code without secteur', { codeInsee: '73054', codePostal: '73700' }, index, ok(1, null, '73054')],
    [
      'the INSEE code wins over a contradicting postal code',
      { codeInsee: '80021', codePostal: '73700' },
      index,
      ok(3, 30, '80021'),
    ],
    ['an arrondissement falls back to its commune', { codeInsee: '75101' }, index, ok(4, null, '75101')],
    ['a commune in no territoire', { codeInsee: '01001' }, index, ko('commune_hors_territoires')],
    ['a postal code with one commune', { codePostal: '80000' }, index, ok(3, 30, null)],
    [
      'a shared postal code over two territoires is ambiguous',
      { codePostal: '73700' },
      index,
      ko('code_postal_ambigu', [1, 2]),
    ],
    [
      'the commune name settles a shared postal code',
      { codePostal: '73700', commune: 'Séez' },
      index,
      ok(1, 10, '73285'),
    ],
    [
      'the name is compared without accents nor case',
      { codePostal: '73700', commune: 'SEEZ' },
      index,
      ok(1, 10, '73285'),
    ],
    [
      'another commune of the same code',
      { codePostal: '73700', commune: 'les chapelles' },
      index,
      ok(2, null, '73077'),
    ],
    [
      'an unknown name leaves it ambiguous',
      { codePostal: '73700', commune: 'Tignes' },
      index,
      ko('code_postal_ambigu', [1, 2]),
    ],
    ['a shared postal code inside one territoire', { codePostal: '73700' }, HAUTE_TARENTAISE, ok(7, null, null)],
    [
      '… the name then also finds the secteur',
      { codePostal: '73700', commune: 'Montvalezan' },
      HAUTE_TARENTAISE,
      ok(7, 72, '73176'),
    ],
    ['an unknown postal code', { codePostal: '99999' }, index, ko('code_postal_inconnu')],
    ['no commune nor postal code', { commune: 'Séez' }, index, ko('adresse_sans_commune')],
    [
      'a postal code outside every territoire',
      { codePostal: '73700' },
      indexerTerritoires([], []),
      ko('commune_hors_territoires'),
    ],
  ])('%s', (_cas, adresse, idx, attendu) => {
    expect(sectoriser(adresse, idx, referentiel)).toEqual(attendu);
  });

  it('reports a commune listed by two territoires instead of choosing one', () => {
    const chevauchement = indexerTerritoires(
      [
        { id: 1, communes: ['73285'] },
        { id: 2, communes: ['73285', '73054'] },
      ],
      [],
    );
    expect(sectoriser({ codeInsee: '73285' }, chevauchement, referentiel)).toEqual(
      ko('commune_dans_plusieurs_territoires', [1, 2]),
    );
  });

  it('a postal code whose communes are partly outside the territoires is ambiguous', () => {
    const partiel = indexerTerritoires([{ id: 1, communes: ['73054', '73285'] }], []);
    expect(sectoriser({ codePostal: '73700' }, partiel, referentiel)).toEqual(ko('code_postal_ambigu', [1]));
  });
});

describe('normaliserNomCommune', () => {
  it.each([
    ['Bourg-Saint-Maurice', 'bourg saint maurice'],
    ['BOURG ST MAURICE', 'bourg saint maurice'],
    ["L'Abergement-Clémenciat", 'l abergement clemenciat'],
    ['Ste-Foy-Tarentaise', 'sainte foy tarentaise'],
  ])('%s → %s', (nom, attendu) => expect(normaliserNomCommune(nom)).toBe(attendu));
});
