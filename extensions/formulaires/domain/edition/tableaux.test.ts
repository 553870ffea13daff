import { deplacerA, insererA, remplacerA, retirerA } from './tableaux';

const abc = Object.freeze(['a', 'b', 'c']) as string[];

describe('tableaux immuables', () => {
  it.each([
    ['au début', 0, ['x', 'a', 'b', 'c']],
    ['au milieu', 1, ['a', 'x', 'b', 'c']],
    ['à la fin', 3, ['a', 'b', 'c', 'x']],
    ['au-delà de la fin (ramené à la fin)', 9, ['a', 'b', 'c', 'x']],
    ['avant le début (ramené au début)', -2, ['x', 'a', 'b', 'c']],
  ])('insererA %s', (_cas, index, attendu) => {
    expect(insererA(abc, index, 'x')).toEqual(attendu);
  });

  it.each([
    ['vers le haut', 2, 1, ['a', 'c', 'b']],
    ['vers le bas', 0, 1, ['b', 'a', 'c']],
    ['vers la fin', 0, 2, ['b', 'c', 'a']],
    ['au-delà de la fin', 0, 7, ['b', 'c', 'a']],
  ])('deplacerA %s', (_cas, de, vers, attendu) => {
    expect(deplacerA(abc, de, vers)).toEqual(attendu);
  });

  it.each([
    ['deplacerA sur place', () => deplacerA(abc, 1, 1)],
    ['deplacerA hors bornes', () => deplacerA(abc, 5, 0)],
    ['deplacerA premier vers le haut', () => deplacerA(abc, 0, -1)],
    ['retirerA hors bornes', () => retirerA(abc, 3)],
    ['remplacerA hors bornes', () => remplacerA(abc, -1, () => 'z')],
    ['remplacerA sans changement', () => remplacerA(abc, 1, (x) => x)],
  ])('%s rend le même tableau', (_cas, operation) => {
    expect(operation()).toBe(abc);
  });

  it('retirerA et remplacerA', () => {
    expect(retirerA(abc, 1)).toEqual(['a', 'c']);
    expect(remplacerA(abc, 1, (x) => x.toUpperCase())).toEqual(['a', 'B', 'c']);
  });
});
