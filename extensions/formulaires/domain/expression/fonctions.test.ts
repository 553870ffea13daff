import { aritesAttendues, definitionFonction, FONCTIONS_EXPRESSION } from './fonctions';
import { erreurDe, valeurDe, VARIABLES_TEST } from './testing';
import type { ValeurExpression } from './valeurs';

type Cas = [string, Record<string, ValeurExpression>, ValeurExpression];
const lignes: Record<string, ValeurExpression> = { lignes: [{ montant: '10,5' }, { montant: null }, { montant: 20 }] };

describe('FONCTIONS_EXPRESSION', () => {
  it('lists every function, in alphabetical order, for the builder help', () => {
    expect(FONCTIONS_EXPRESSION).toEqual([
      'abs',
      'age',
      'annee',
      'arrondi',
      'concatener',
      'contient',
      'jours_entre',
      'longueur',
      'max',
      'min',
      'moyenne',
      'nombre',
      'plafond',
      'plancher',
      'si',
      'somme',
      'texte',
      'vide',
    ]);
  });

  it.each([
    ['abs', '1 argument'],
    ['si', '2 ou 3 arguments'],
    ['somme', 'au moins 1 argument'],
    ['jours_entre', '2 arguments'],
  ])('%s expects %s', (nom, attendu) => {
    const definition = definitionFonction(nom);
    expect(definition && aritesAttendues(definition)).toBe(attendu);
  });

  it('looks names up case-insensitively and never on a prototype', () => {
    expect(definitionFonction('SOMME')?.signature).toBe('somme(liste ou x, y, …)');
    expect(definitionFonction('constructor')).toBeUndefined();
    expect(definitionFonction('__proto__')).toBeUndefined();
  });
});

describe('si', () => {
  it.each<Cas>([
    ['si(vrai, 1, 2)', {}, 1],
    ['si(faux, 1, 2)', {}, 2],
    ['si(nul, 1, 2)', {}, 2],
    ["si('', 1, 2)", {}, 2],
    ['si(faux, 1)', {}, null],
    ['si(b = 0, 0, a / b)', { a: 1, b: 0 }, 0],
    ['si(b = 0, 0, a / b)', { a: 6, b: 3 }, 2],
    ["si(vrai, 'ok', 1 / 0)", {}, 'ok'],
    ["si(faux, 'abc' * 2, 'ok')", {}, 'ok'],
    ["si(a > 10, 'grand', si(a > 5, 'moyen', 'petit'))", { a: 7 }, 'moyen'],
    ["SI(VRAI, 'x', 'y')", {}, 'x'],
  ])('%s with %j → %j (only the chosen branch runs)', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it('still reports an error in the chosen branch', () => {
    expect(erreurDe('si(vrai, 1 / 0, 1)').code).toBe('DIVISION_PAR_ZERO');
  });
});

describe('numeric functions', () => {
  it.each<Cas>([
    ['arrondi(2.5)', {}, 3],
    ['arrondi(-2.5)', {}, -3],
    ['arrondi(2.4)', {}, 2],
    ['arrondi(-0.4)', {}, 0],
    ['arrondi(1.005, 2)', {}, 1.01],
    ['arrondi(2.675, 2)', {}, 2.68],
    ['arrondi(-1.005, 2)', {}, -1.01],
    ['arrondi(1234.5678, 1)', {}, 1234.6],
    ['arrondi(1250, -2)', {}, 1300],
    ['arrondi(x, 2)', { x: '12,345' }, 12.35],
    ['arrondi(1.23456, 2.9)', {}, 1.23],
    ['arrondi(nul)', {}, 0],
    ["arrondi('abc')", {}, null],
    ["arrondi(1.5, 'x')", {}, null],
    ['Arrondi(2.5)', {}, 3],
    ['plancher(2.7)', {}, 2],
    ['plancher(-2.1)', {}, -3],
    ["plancher('2,5')", {}, 2],
    ['plafond(2.1)', {}, 3],
    ['plafond(-2.7)', {}, -2],
    ['plafond(-0.5)', {}, 0],
    ["plafond('x')", {}, null],
    ['abs(-3)', {}, 3],
    ["abs('\u22124')", {}, 4],
    ["abs('x')", {}, null],
    ['abs(l)', { l: [1] }, null],
    ['nombre(x)', { x: '12,5' }, 12.5],
    ["nombre('abc')", {}, null],
    ['nombre(vrai)', {}, 1],
    ['nombre(nul)', {}, 0],
    ['nombre([1])', {}, null],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });
});

describe('aggregates', () => {
  it.each<Cas>([
    ['min(3, 1, 2)', {}, 1],
    ['max(3, 1, 2)', {}, 3],
    ['min([4, 2], 3)', {}, 2],
    ['max(lignes.montant)', lignes, 20],
    ['min(lignes.montant)', lignes, 10.5],
    ['min(3, nul)', {}, 3],
    ["max('10', '9')", {}, 10],
    ['max(-1, -5)', {}, -1],
    ["min('a', 1)", {}, null],
    ['max(nul)', {}, null],
    ['min([])', {}, null],
    ['min(vrai, 2)', {}, 1],
    ['somme(1, 2, 3)', {}, 6],
    ['somme([1, 2], 3)', {}, 6],
    ['somme(lignes.montant)', lignes, 30.5],
    ["somme(['0,1', '0,2'])", {}, 0.3],
    ['somme([])', {}, 0],
    ['somme(nul)', {}, 0],
    ["somme('a')", {}, null],
    ['somme([[1]])', {}, null],
    ['moyenne(1, 2, 3, 4)', {}, 2.5],
    ['moyenne([10, nul, 20])', {}, 15],
    ['moyenne(lignes.montant)', lignes, 15.25],
    ['moyenne(1, 1, 2)', {}, 1.3333333333],
    ['moyenne(nul)', {}, null],
    ["moyenne('a', 1)", {}, null],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });
});

describe('texts and lists', () => {
  it.each<Cas>([
    ['texte(1.5)', {}, '1,5'],
    ['texte(12)', {}, '12'],
    ['texte(vrai)', {}, 'vrai'],
    ['texte(nul)', {}, ''],
    ["texte(['a', 'b'])", {}, 'a, b'],
    ['texte(o)', { o: { a: 1 } }, ''],
    ["longueur('abc')", {}, 3],
    ["longueur('été')", {}, 3],
    ["longueur('e\u0301')", {}, 2],
    ["longueur('👍')", {}, 1],
    ["longueur(['a', 'b'])", {}, 2],
    ['longueur(nul)', {}, 0],
    ['longueur(12)', {}, null],
    ['vide(nul)', {}, true],
    ['vide(absent)', {}, true],
    ["vide('')", {}, true],
    ["vide('  ')", {}, true],
    ['vide([])', {}, true],
    ['vide(o)', { o: {} }, true],
    ['vide(0)', {}, false],
    ['vide(faux)', {}, false],
    ["vide('a')", {}, false],
    ['vide(l)', { l: [null] }, false],
    ["contient(['a', 'b'], 'b')", {}, true],
    ["contient(['a'], 'z')", {}, false],
    ["contient(['1', '2'], 2)", {}, true],
    ["contient(equipements, 'velo')", { equipements: ['velo'] }, true],
    ["contient('Amiens', 'mie')", {}, true],
    ["contient('Amiens', 'MIE')", {}, false],
    ["contient('Amiens', 'x')", {}, false],
    ["contient('a1,5', 1.5)", {}, true],
    ["contient(nul, 'a')", {}, false],
    ["contient(12, '1')", {}, false],
    ["contient('abc', nul)", {}, false],
    ["concatener('80', '000')", {}, '80000'],
    ["concatener(code, ' ', ville)", { code: '80000', ville: 'Amiens' }, '80000 Amiens'],
    ['concatener(1.5, vrai, nul)', {}, '1,5vrai'],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });
});

describe('dates', () => {
  it.each<Cas>([
    ["age('2000-03-15')", {}, 26],
    ["age('2000-03-16')", {}, 25],
    ["age('2000-03-14')", {}, 26],
    ["age('2000-12-31')", {}, 25],
    ["age('15/03/2000')", {}, 26],
    ['age(naissance)', { naissance: '2008-03-16' }, 17],
    ["age('2008-02-29', '2026-02-27')", {}, 17],
    ["age('2008-02-29', '2026-02-28')", {}, 18],
    ["age('2008-02-29', '2026-03-01')", {}, 18],
    ["age('2008-02-29', '2028-02-28')", {}, 19],
    ["age('2008-02-29', '2028-02-29')", {}, 20],
    ["age('2000-01-01', '2000-01-01')", {}, 0],
    ["age('2000-01-01', '2026-01-01T08:30:00Z')", {}, 26],
    ["age('abc')", {}, null],
    ['age(nul)', {}, null],
    ['age(12)', {}, null],
    ["age('2026-02-30')", {}, null],
    ["age('2000-13-01')", {}, null],
    ["age('2030-01-01')", {}, null],
    ["age('2000-01-01', 'xyz')", {}, null],
    ["annee('2026-03-15')", {}, 2026],
    ["annee('31/12/1999')", {}, 1999],
    ["annee('x')", {}, null],
    ['annee(nul)', {}, null],
    ["jours_entre('2026-01-01', '2026-03-01')", {}, 59],
    ["jours_entre('2024-01-01', '2024-03-01')", {}, 60],
    ["jours_entre('2026-03-01', '2026-01-01')", {}, -59],
    ["jours_entre('1999-12-31', '2000-01-01')", {}, 1],
    ["jours_entre('2026-01-01', '2026-01-01')", {}, 0],
    ["jours_entre('x', '2026-01-01')", {}, null],
    ["jours_entre(@aujourdhui, '2026-04-14')", {}, 30],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it('computes age at @aujourdhui, and gives nul when the context has no date', () => {
    expect(valeurDe("age('2000-03-15')", {}, { ...VARIABLES_TEST, aujourdhui: '2026-03-14' })).toBe(25);
    expect(valeurDe("age('2000-03-15')", {}, { profil: 'particulier' })).toBeNull();
  });
});
