import { comparer, dans, egal, type OperateurOrdre } from './comparaisons';
import type { ValeurExpression } from './valeurs';

describe('egal', () => {
  it.each<[ValeurExpression, ValeurExpression, boolean]>([
    [1, 1, true],
    [1, '1', true],
    ['1,5', 1.5, true],
    ['1,5', '1.5', false],
    ['a', 'a', true],
    ['a', 'A', false],
    [null, null, true],
    [null, '', true],
    [null, 0, false],
    ['', 0, false],
    [true, 1, true],
    [false, 0, true],
    [true, 'vrai', false],
    [['a', 'b'], 'a', true],
    ['b', ['a', 'b'], true],
    [['a', 'b'], 'c', false],
    [[], null, false],
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a'], ['a', 'b'], false],
    [{ a: 1 }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1 }, { b: 1 }, false],
    [{ a: 1 }, 'x', false],
    [[{ a: 1 }], { a: 1 }, true],
  ])('%j = %j → %j', (a, b, attendu) => {
    expect(egal(a, b)).toBe(attendu);
  });
});

describe('comparer', () => {
  it.each<[ValeurExpression, OperateurOrdre, ValeurExpression, boolean]>([
    [1, '<', 2, true],
    [2, '<', 2, false],
    [2, '<=', 2, true],
    [3, '>', 2, true],
    [2, '>=', 3, false],
    ['10', '>', '9', true],
    ['10', '>', 9, true],
    ['abc', '<', 'abd', true],
    ['2026-01-31', '<', '2026-02-01', true],
    ['2026-01-31', '>=', '2026-01-31', true],
    ['a', '<', 1, false],
    ['a', '>', 1, false],
    [null, '<', 1, false],
    [null, '>=', 0, false],
    [1, '>', null, false],
    [[2], '>', 1, false],
    [{ a: 1 }, '<', 2, false],
    [true, '>', 0, true],
  ])('%j %s %j → %j', (a, operateur, b, attendu) => {
    expect(comparer(a, b, operateur)).toBe(attendu);
  });
});

describe('dans', () => {
  it.each<[ValeurExpression, ValeurExpression, boolean]>([
    ['a', ['a', 'b'], true],
    ['c', ['a', 'b'], false],
    [2, ['1', '2'], true],
    [null, ['a'], false],
    [null, [null], true],
    [['x', 'b'], ['a', 'b'], true],
    [['x', 'y'], ['a', 'b'], false],
    [[], ['a'], false],
    ['a', 'a', true],
    ['a', 'ab', false],
    ['a', null, false],
    ['a', [], false],
  ])('%j dans %j → %j', (element, ensemble, attendu) => {
    expect(dans(element, ensemble)).toBe(attendu);
  });
});
