import { arrondirCentimes, parserMontant } from './montant';

describe('parserMontant', () => {
  it.each([
    ['1234', 1234],
    ['1 234,50', 1234.5],
    ['1234.5', 1234.5],
    ['1234,05', 1234.05],
    ['-12', -12],
    ['+12', 12],
    ['\u221212,5', -12.5], // typographic minus
    ['1\u00A0234,50', 1234.5], // no-break space
    ['1\u202F234,50', 1234.5], // narrow no-break space (what Intl fr-FR produces)
    ['1 234 567', 1234567],
    ['1 234,50 €', 1234.5],
    ['1234,50€', 1234.5],
    ['0,5', 0.5],
    ['007', 7],
  ])('%j → %d', (texte, attendu) => {
    expect(parserMontant(texte)).toBe(attendu);
  });

  it.each([
    ['abc'],
    [''],
    ['12,345'], // three decimals: likely a thousands dot/comma, refused rather than misread
    ['1.234'],
    ['1.234,50'],
    ['1,234.50'],
    [',5'],
    ['12,'],
    ['1e3'],
    ['€12'],
    ['12 euros'],
    ['--12'],
    ['9'.repeat(400)], // overflows to Infinity
  ])('%j → null', (texte) => {
    expect(parserMontant(texte)).toBeNull();
  });
});

describe('arrondirCentimes', () => {
  it.each([
    [1.005, 1.01], // binary 1.00499… must still round up
    [1.004, 1],
    [2.675, 2.68],
    [1234.5, 1234.5],
    [0.125, 0.13],
    [-1.005, -1.01], // half away from zero
    [-0.001, 0], // never -0
    [0.1 + 0.2, 0.3],
    [1e-7, 0],
    [10000.004, 10000],
    [123456789.999, 123456790],
  ])('%d → %d', (montant, attendu) => {
    expect(arrondirCentimes(montant)).toBe(attendu);
  });

  it('leaves non-finite numbers to the caller', () => {
    expect(arrondirCentimes(Number.NaN)).toBeNaN();
    expect(arrondirCentimes(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
