import { formaterNumeroDossier } from './numero';

describe('formaterNumeroDossier', () => {
  it.each([
    [2026, 42, '2026-000042'],
    [2026, 1, '2026-000001'],
    [2027, 999999, '2027-999999'],
    [2027, 1234567, '2027-1234567'], // longer, never truncated
  ])('%d, %d → %s', (annee, sequence, attendu) => {
    expect(formaterNumeroDossier(annee, sequence)).toBe(attendu);
  });

  it.each([
    [26, 1],
    [20260, 1],
    [2026.5, 1],
    [2026, 0],
    [2026, -3],
    [2026, 1.5],
    [2026, Number.NaN],
  ])('refuses %d, %d', (annee, sequence) => {
    expect(() => formaterNumeroDossier(annee, sequence)).toThrow(RangeError);
  });
});
