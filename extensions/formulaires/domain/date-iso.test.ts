import { dateFrancaiseVersIso, estDateIso } from './date-iso';

describe('estDateIso', () => {
  it.each([
    ['2026-01-31', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2026-12-31', true],
    ['0001-01-01', true],
    ['2026-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not 400
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-31', false],
    ['31/01/2026', false],
    ['2026-01-31T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (texte, attendu) => {
    expect(estDateIso(texte)).toBe(attendu);
  });
});

describe('dateFrancaiseVersIso', () => {
  it.each([
    ['31/01/2026', '2026-01-31'],
    ['1/2/2026', '2026-02-01'],
    ['30/02/2026', '2026-02-30'], // converted; the calendar check is estDateIso's job
    ['2026-01-31', null],
    ['31-01-2026', null],
    ['31/01/26', null],
    ['', null],
  ])('%s → %s', (texte, attendu) => {
    expect(dateFrancaiseVersIso(texte)).toBe(attendu);
  });
});
