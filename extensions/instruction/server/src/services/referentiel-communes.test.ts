import { referentielCommunes } from './referentiel-communes';

/** The fixture rows of domain/sectorisation.test.ts are the packages' real data. */
describe('referentielCommunes (codes-postaux, @etalab/decoupage-administratif)', () => {
  const ref = referentielCommunes();

  it('73700 serves exactly Bourg-Saint-Maurice, Les Chapelles, Montvalezan and Séez', () => {
    expect(ref.communesDuCodePostal('73700').map((c) => [c.codeCommune, c.nomCommune])).toEqual([
      ['73054', 'Bourg-Saint-Maurice'],
      ['73077', 'Les Chapelles'],
      ['73176', 'Montvalezan'],
      ['73285', 'Séez'],
    ]);
    expect(ref.communesDuCodePostal('80000').map((c) => c.codeCommune)).toEqual(['80021']);
    expect(ref.communesDuCodePostal('00000')).toEqual([]);
  });

  it('knows communes, arrondissements and their parents', () => {
    expect(ref.nomCommune('80021')).toBe('Amiens');
    expect(ref.nomCommune('2A004')).toBe('Ajaccio');
    expect(ref.nomCommune('99999')).toBeNull();
    expect(ref.communeParente('75101')).toBe('75056');
    expect(ref.communeParente('80021')).toBeNull();
  });
});
