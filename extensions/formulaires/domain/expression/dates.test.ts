import { ageRevolu, estBissextile, joursDansLeMois, joursEntre, lireDate, type DateCalendrier } from './dates';
import type { ValeurExpression } from './valeurs';

const d = (annee: number, mois: number, jour: number): DateCalendrier => ({ annee, mois, jour });

describe('lireDate', () => {
  it.each<[ValeurExpression, DateCalendrier | null]>([
    ['2026-03-15', d(2026, 3, 15)],
    [' 2026-03-15 ', d(2026, 3, 15)],
    ['2024-02-29', d(2024, 2, 29)],
    ['2026-03-15T10:00:00Z', d(2026, 3, 15)],
    ['2026-03-15T10:00:00.123+01:00', d(2026, 3, 15)],
    ['15/03/2026', d(2026, 3, 15)],
    ['1/2/2026', d(2026, 2, 1)],
    ['0099-01-01', d(99, 1, 1)],
    ['2026-02-29', null],
    ['1900-02-29', null],
    ['2026-02-30', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['0000-01-01', null],
    ['30/02/2026', null],
    ['2026-3-15', null],
    ['2026-03-15T', null],
    ['abc', null],
    ['', null],
    [20260315, null],
    [null, null],
    [['2026-03-15'], null],
  ])('%j → %j', (valeur, attendu) => {
    expect(lireDate(valeur)).toEqual(attendu);
  });
});

describe('calendar', () => {
  it.each([
    [2024, true],
    [2026, false],
    [1900, false],
    [2000, true],
  ])('estBissextile(%d) → %j', (annee, attendu) => {
    expect(estBissextile(annee)).toBe(attendu);
  });

  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('joursDansLeMois(%d, %d) → %d', (annee, mois, attendu) => {
    expect(joursDansLeMois(annee, mois)).toBe(attendu);
  });
});

describe('ageRevolu', () => {
  it.each<[DateCalendrier, DateCalendrier, number | null]>([
    [d(2000, 3, 15), d(2026, 3, 14), 25],
    [d(2000, 3, 15), d(2026, 3, 15), 26],
    [d(2000, 3, 15), d(2026, 3, 16), 26],
    [d(2000, 12, 31), d(2001, 12, 30), 0],
    [d(2000, 12, 31), d(2001, 12, 31), 1],
    [d(2008, 2, 29), d(2026, 2, 27), 17],
    [d(2008, 2, 29), d(2026, 2, 28), 18],
    [d(2008, 2, 29), d(2026, 3, 1), 18],
    [d(2008, 2, 29), d(2028, 2, 28), 19],
    [d(2008, 2, 29), d(2028, 2, 29), 20],
    [d(2008, 2, 28), d(2026, 2, 28), 18],
    [d(2008, 2, 28), d(2026, 2, 27), 17],
    [d(2026, 3, 15), d(2026, 3, 15), 0],
    [d(2026, 3, 16), d(2026, 3, 15), null],
  ])('%j at %j → %j', (naissance, date, attendu) => {
    expect(ageRevolu(naissance, date)).toBe(attendu);
  });
});

describe('joursEntre', () => {
  /** Date.UTC is exact for years >= 100 and serves as the reference for the hand-written calendar. */
  const parUtc = (a: DateCalendrier, b: DateCalendrier): number =>
    (Date.UTC(b.annee, b.mois - 1, b.jour) - Date.UTC(a.annee, a.mois - 1, a.jour)) / 86_400_000;

  it.each<[DateCalendrier, DateCalendrier]>([
    [d(2026, 1, 1), d(2026, 3, 1)],
    [d(2024, 1, 1), d(2024, 3, 1)],
    [d(1999, 12, 31), d(2000, 1, 1)],
    [d(1900, 2, 28), d(1900, 3, 1)],
    [d(2000, 2, 28), d(2000, 3, 1)],
    [d(2026, 3, 15), d(1970, 1, 1)],
    [d(100, 1, 1), d(9999, 12, 31)],
  ])('%j → %j agrees with Date.UTC', (debut, fin) => {
    expect(joursEntre(debut, fin)).toBe(parUtc(debut, fin));
  });

  it('counts a leap year as 366 days and is antisymmetric', () => {
    expect(joursEntre(d(2024, 1, 1), d(2025, 1, 1))).toBe(366);
    expect(joursEntre(d(2025, 1, 1), d(2024, 1, 1))).toBe(-366);
  });
});
