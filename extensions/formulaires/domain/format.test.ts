import { formaterDate, formaterMontant, grouperMilliers } from './format';

const FINE = '\u202F';
const INSECABLE = '\u00A0';

describe('formaterMontant', () => {
  it.each([
    [1234.5, `1${FINE}234,50${INSECABLE}€`],
    [10000, `10${FINE}000${INSECABLE}€`],
    [0, `0${INSECABLE}€`],
    [0.5, `0,50${INSECABLE}€`],
    [0.05, `0,05${INSECABLE}€`],
    [-12, `-12${INSECABLE}€`],
    [-1234.56, `-1${FINE}234,56${INSECABLE}€`],
    [1234567.891, `1${FINE}234${FINE}567,89${INSECABLE}€`],
    [1.005, `1,01${INSECABLE}€`],
    [-0.001, `0${INSECABLE}€`], // rounds to zero: no minus sign
    [999.999, `1${FINE}000${INSECABLE}€`],
  ])('%d → %j', (montant, attendu) => {
    expect(formaterMontant(montant)).toBe(attendu);
  });

  it('shows a non-finite amount as is instead of throwing during a page render', () => {
    expect(formaterMontant(Number.NaN)).toBe('NaN');
  });
});

describe('grouperMilliers', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, `1${FINE}000`],
    [2000, `2${FINE}000`],
    [-1234567, `-1${FINE}234${FINE}567`],
  ])('%d → %j', (n, attendu) => {
    expect(grouperMilliers(n)).toBe(attendu);
  });
});

describe('formaterDate', () => {
  it.each([
    ['2026-01-31', '31/01/2026'],
    ['2024-02-29', '29/02/2024'],
    ['2026-02-30', '2026-02-30'], // not a date: unchanged
    ['n’importe quoi', 'n’importe quoi'],
    ['', ''],
  ])('%s → %s', (iso, attendu) => {
    expect(formaterDate(iso)).toBe(attendu);
  });
});
