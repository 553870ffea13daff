import {
  arrondirDecimal,
  enNombre,
  enTexte,
  estVide,
  estVrai,
  normaliserValeur,
  sansArtefact,
  texteEnNombre,
  type ValeurExpression,
} from './valeurs';

describe('enNombre', () => {
  it.each<[ValeurExpression, number | null]>([
    [12, 12],
    [-3.5, -3.5],
    ['2', 2],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['+2', 2],
    ['-2', -2],
    ['\u22122', -2],
    ['1 234,50', 1234.5],
    ['1\u00A0234', 1234],
    [' 7 ', 7],
    ['007', 7],
    [null, 0],
    ['', 0],
    [true, 1],
    [false, 0],
    ['abc', null],
    ['   ', null],
    ['1e3', null],
    ['1.234,5', null],
    ['1,', null],
    [',5', null],
    ['12 euros', null],
    [[1], null],
    [{ a: 1 }, null],
    [Number.NaN, null],
  ])('%j → %j', (valeur, attendu) => {
    expect(enNombre(valeur)).toBe(attendu);
  });

  it('reads "" as 0 but texteEnNombre does not, so + can tell an empty field from a word', () => {
    expect(texteEnNombre('')).toBeNull();
    expect(texteEnNombre('9'.repeat(400))).toBeNull();
  });
});

describe('estVrai', () => {
  it.each<[ValeurExpression, boolean]>([
    [true, true],
    [false, false],
    [null, false],
    [0, false],
    [1, true],
    [-1, true],
    ['', false],
    ['0', true],
    ['faux', true],
    [[], false],
    [[false], true],
    [{}, true],
    [Number.NaN, false],
  ])('%j → %j', (valeur, attendu) => {
    expect(estVrai(valeur)).toBe(attendu);
  });
});

describe('enTexte and estVide', () => {
  it.each<[ValeurExpression, string]>([
    ['a', 'a'],
    [1.5, '1,5'],
    [-2, '-2'],
    [true, 'vrai'],
    [false, 'faux'],
    [null, ''],
    [['a', 1.5, null], 'a, 1,5, '],
    [{ a: 1 }, ''],
  ])('enTexte(%j) → %j', (valeur, attendu) => {
    expect(enTexte(valeur)).toBe(attendu);
  });

  it.each<[ValeurExpression, boolean]>([
    [null, true],
    ['', true],
    [' \u00A0', true],
    [[], true],
    [{}, true],
    [0, false],
    [false, false],
    ['x', false],
    [[null], false],
    [{ a: null }, false],
  ])('estVide(%j) → %j', (valeur, attendu) => {
    expect(estVide(valeur)).toBe(attendu);
  });
});

describe('arrondirDecimal and sansArtefact', () => {
  it.each<[number, number, number]>([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [1.45, 1, 1.5],
    [1250, -2, 1300],
    [-0.4, 0, 0],
    [123456789.98765, 3, 123456789.988],
    [1e-12, 10, 0],
  ])('arrondirDecimal(%d, %d) → %d', (nombre, decimales, attendu) => {
    expect(arrondirDecimal(nombre, decimales)).toBe(attendu);
  });

  it.each<[number, number]>([
    [0.1 + 0.2, 0.3],
    [0.7 / 0.1, 7],
    [1 / 3, 0.3333333333],
    [42, 42],
    [-0, 0],
    [1e20 + 0.5, 1e20],
  ])('sansArtefact(%d) → %d', (nombre, attendu) => {
    expect(sansArtefact(nombre)).toBe(attendu);
  });
});

describe('normaliserValeur', () => {
  it.each<[string, unknown, ValeurExpression]>([
    ['a function', () => 1, null],
    ['Object.prototype', Object.prototype, null],
    ['Array.prototype', Array.prototype, null],
    ['undefined', undefined, null],
    ['a symbol', Symbol('x'), null],
    ['a bigint', BigInt(1), null],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
    ['a number', 3, 3],
    ['a text', 'x', 'x'],
    ['a boolean', false, false],
    ['a list', [1], [1]],
  ])('%s', (_cas, valeur, attendu) => {
    expect(normaliserValeur(valeur)).toEqual(attendu);
  });
});
