import {
  ajouterJours,
  compterJoursOuvres,
  dateEnFrance,
  ecartEnJours,
  estFerie,
  estOuvre,
  joursFeries,
} from './calendrier';

describe('calendrier: French public holidays', () => {
  it.each<[string, string, boolean, boolean]>([
    // day, what, holiday in metropolitan France, holiday in Alsace-Moselle
    ['2026-01-01', 'Jour de l’an', true, true],
    ['2026-04-03', 'Vendredi saint', false, true],
    ['2026-04-06', 'Lundi de Pâques', true, true],
    ['2026-05-01', '1er mai', true, true],
    ['2026-05-08', '8 mai', true, true],
    ['2026-05-14', 'Ascension', true, true],
    ['2026-05-25', 'Lundi de Pentecôte', true, true],
    ['2026-07-14', '14 juillet', true, true],
    ['2026-08-15', 'Assomption', true, true],
    ['2026-11-01', 'Toussaint', true, true],
    ['2026-11-11', '11 novembre', true, true],
    ['2026-12-25', 'Noël', true, true],
    ['2026-12-26', 'Saint-Étienne', false, true],
    ['2027-03-29', 'Lundi de Pâques 2027 (the day after the switch to summer time)', true, true],
    ['2027-05-06', 'Ascension 2027', true, true],
    ['2027-05-17', 'Lundi de Pentecôte 2027', true, true],
    ['2026-05-13', 'the eve of Ascension', false, false],
    ['2026-07-13', 'the eve of 14 juillet', false, false],
  ])('%s (%s)', (jour, _quoi, metropole, alsace) => {
    expect(estFerie(jour)).toBe(metropole);
    expect(estFerie(jour, { alsaceMoselle: true })).toBe(alsace);
  });

  it('has 11 days in metropolitan France and 13 in Alsace-Moselle, every year', () => {
    for (const annee of [2024, 2025, 2026, 2027, 2030]) {
      expect([annee, joursFeries(annee).size, joursFeries(annee, { alsaceMoselle: true }).size]).toEqual([
        annee,
        11,
        13,
      ]);
    }
  });

  it.each<[string, boolean]>([
    ['2026-03-06', true],
    ['2026-03-07', false],
    ['2026-03-08', false],
    ['2026-05-01', false],
    ['2026-05-04', true],
  ])('%s is a working day: %s', (jour, attendu) => {
    expect(estOuvre(jour)).toBe(attendu);
  });
});

describe('calendrier: day arithmetic', () => {
  it.each<[string, number, string]>([
    ['2026-03-02', 30, '2026-04-01'],
    ['2026-12-20', 15, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-01-10', -10, '2025-12-31'],
  ])('%s + %i days = %s', (jour, n, attendu) => {
    expect(ajouterJours(jour, n)).toBe(attendu);
    expect(ecartEnJours(jour, attendu)).toBe(n);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['26-03-01'], ['2026-3-1'], ['']])('refuses %j', (jour) => {
    expect(() => ajouterJours(jour, 1)).toThrow(RangeError);
  });

  it.each<[string, string, number]>([
    ['2026-03-02', '2026-03-09', 5],
    ['2026-03-06', '2026-03-09', 1],
    ['2026-04-30', '2026-05-11', 5],
    ['2026-03-09', '2026-03-09', 0],
    ['2026-03-09', '2026-03-02', 0],
  ])('working days in ]%s, %s]: %i', (de, a, attendu) => {
    expect(compterJoursOuvres(de, a)).toBe(attendu);
  });

  it.each<[string, string]>([
    ['2026-03-01T22:59:59.000Z', '2026-03-01'],
    ['2026-03-01T23:00:00.000Z', '2026-03-02'],
    ['2026-07-13T21:59:59.000Z', '2026-07-13'],
    ['2026-07-13T22:00:00.000Z', '2026-07-14'],
    ['2026-12-31T23:30:00.000Z', '2027-01-01'],
  ])('the instant %s is %s in France', (instant, jour) => {
    expect(dateEnFrance(new Date(instant))).toBe(jour);
  });
});
