import { analyserExpression } from './parser';
import { evaluerExpression } from './evaluer';
import type { Expression } from './ast';
import { environnementDe, erreurDe, g, valeurDe } from './testing';
import type { ValeurExpression } from './valeurs';

type Cas = [string, Record<string, ValeurExpression>, ValeurExpression];

describe('evaluerExpression: arithmetic', () => {
  it.each<Cas>([
    ['1 + 2 * 3', {}, 7],
    ['(1 + 2) * 3', {}, 9],
    ['10 - 3 - 2', {}, 5],
    ['8 / 4 / 2', {}, 1],
    ['7 % 3', {}, 1],
    ['-7 % 3', {}, -1],
    ['2 * 3 % 4', {}, 2],
    ['-2 * 3', {}, -6],
    ['-(2 + 3)', {}, -5],
    ['- -2', {}, 2],
    ['-a', { a: 4 }, -4],
    ['-a', { a: 0 }, 0],
    ['a * b', { a: 12.5, b: 4 }, 50],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it.each<Cas>([
    ['0.1 + 0.2', {}, 0.3],
    ['0.3 - 0.1', {}, 0.2],
    ['1.1 * 3', {}, 3.3],
    ['0.7 / 0.1', {}, 7],
    ['1 / 3', {}, 0.3333333333],
    ['2 / 3', {}, 0.6666666667],
    ['1.15 * 100', {}, 115],
    ['a + b + c', { a: 0.1, b: 0.2, c: 0.3 }, 0.6],
    ['a * 0.2', { a: '1234,56' }, 246.912],
    ['5.3 % 1', {}, 0.3],
  ])('float artefacts are rounded away: %s → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it.each<Cas>([
    ['nb * 10', { nb: '2' }, 20],
    ['a + 1', { a: '1,5' }, 2.5],
    ['a + 1', { a: '1.5' }, 2.5],
    ['a * 2', { a: '1 234,50' }, 2469],
    ['a * 2', { a: '1\u202F234,50' }, 2469],
    ['a - 1', { a: '\u22123' }, -4],
    ['a + b', { a: '2', b: '3' }, 5],
    ["'2' + '3'", {}, 5],
    ['a + 1', { a: ' 12 ' }, 13],
  ])('numeric option keys count as numbers: %s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it.each<Cas>([
    ['absent + 1', {}, 1],
    ['a + 2', { a: null }, 2],
    ['a * 3', { a: '' }, 0],
    ['a + b + c', { a: 10, b: null, c: '' }, 10],
    ['c + 1', { c: true }, 2],
    ['vrai * 5', {}, 5],
    ['faux + 7', {}, 7],
    ['-vrai', {}, -1],
  ])('nul, "" and booleans in arithmetic: %s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it.each<Cas>([
    ["'a' + 'b'", {}, 'ab'],
    ["'Total : ' + 3", {}, 'Total : 3'],
    ["'x' + 1.5", {}, 'x1,5'],
    ["nul + 'a'", {}, 'a'],
    ["'a' + vrai", {}, 'avrai'],
    ["code + ' ' + ville", { code: '80000', ville: 'Amiens' }, '80000 Amiens'],
    ["'liste : ' + l", { l: ['a', 'b'] }, 'liste : a, b'],
  ])('+ concatenates when a side is a non-numeric text: %s → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  it.each([
    ['1 / 0', {}, 2],
    ['5 % 0', {}, 2],
    ['a / b', { a: 1, b: null }, 2],
    ['a / b', { a: 1, b: '' }, 2],
    ['a / (b - 2)', { a: 1, b: '2' }, 2],
    ['0 / 0', {}, 2],
  ])('%s with %j → DIVISION_PAR_ZERO at the operator', (source, valeurs, position) => {
    expect(erreurDe(source, valeurs)).toEqual({
      code: 'DIVISION_PAR_ZERO',
      position,
      message: `Division par zéro (position ${position}).`,
    });
  });

  it.each<[string, Record<string, ValeurExpression>, number, string]>([
    ["'abc' * 2", {}, 6, `${g('abc')} n'est pas un nombre (opérateur ${g('*')})`],
    ["'abc' - 1", {}, 6, `${g('abc')} n'est pas un nombre (opérateur ${g('-')})`],
    ["-'abc'", {}, 0, `${g('abc')} n'est pas un nombre (opérateur ${g('-')})`],
    ['a / 2', { a: 'douze' }, 2, `${g('douze')} n'est pas un nombre (opérateur ${g('/')})`],
    [
      'l + 1',
      { l: [1, 2] },
      2,
      `une liste (utilisez somme, min, max ou moyenne) n'est pas un nombre (opérateur ${g('+')})`,
    ],
    ['adresse * 2', { adresse: { commune: 'Amiens' } }, 8, `un objet n'est pas un nombre (opérateur ${g('*')})`],
    ['1 % a', { a: '1.234,5' }, 2, `${g('1.234,5')} n'est pas un nombre (opérateur ${g('%')})`],
  ])('%s → TYPE', (source, valeurs, position, detail) => {
    expect(erreurDe(source, valeurs)).toEqual({
      code: 'TYPE',
      position,
      message: `Calcul impossible : ${detail} (position ${position}).`,
    });
  });

  it('cuts long texts in TYPE messages', () => {
    expect(erreurDe('a * 2', { a: 'x'.repeat(100) }).message).toContain(g(`${'x'.repeat(40)}…`));
  });

  it('refuses a result too large to represent rather than returning Infinity', () => {
    const grand = `1${'0'.repeat(300)}`;
    expect(erreurDe(`${grand} * ${grand}`)).toMatchObject({ code: 'TYPE', position: 302 });
  });
});

describe('evaluerExpression: comparisons', () => {
  it.each<Cas>([
    ['1 < 2', {}, true],
    ['2 <= 2', {}, true],
    ['3 > 2', {}, true],
    ['2 >= 3', {}, false],
    ['1 = 1', {}, true],
    ['1 == 1', {}, true],
    ['1 != 2', {}, true],
    ['1 <> 1', {}, false],
    ["'abc' < 'abd'", {}, true],
    ["'abc' = 'ABC'", {}, false],
    ["'2026-01-31' < '2026-02-01'", {}, true],
    ["d >= '2026-01-01' et d <= '2026-12-31'", { d: '2026-06-15' }, true],
    ["d >= '2026-01-01'", { d: '2025-12-31' }, false],
    ["'a' < 1", {}, false],
    ['a = 2', { a: '2' }, true],
    ['a = 1.5', { a: '1,5' }, true],
    ['a > 9', { a: '10' }, true],
    ['a > b', { a: '10', b: '9' }, true],
    ["a = '01'", { a: '1' }, false],
    ['c = vrai', { c: true }, true],
    ['c = 1', { c: true }, true],
    ['c = faux', { c: false }, true],
    ["c = 'vrai'", { c: true }, false],
    ['a = 0', { a: null }, false],
    ['a = 0', {}, false],
    ['a = nul', { a: null }, true],
    ['a = nul', {}, true],
    ["a = ''", { a: null }, true],
    ['a = nul', { a: '' }, true],
    ['a != 0', { a: null }, true],
    ['a > 0', { a: null }, false],
    ['a < 1', { a: null }, false],
    ['a <= 0', { a: null }, false],
    ['0 = faux', {}, true],
    ['l = [1, 2]', { l: [1, 2] }, true],
    ['l = [2, 1]', { l: [1, 2] }, false],
    ['o = o2', { o: { a: 1 }, o2: { a: 1 } }, true],
    ['o = o2', { o: { a: 1 }, o2: { a: 2 } }, false],
    ['l > 1', { l: [2, 3] }, false],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });
});

describe('evaluerExpression: lists and membership', () => {
  const coches: Record<string, ValeurExpression> = { equipements: ['velo', 'auto'], vide: [] };
  it.each<Cas>([
    ["equipements = 'velo'", coches, true],
    ["'velo' = equipements", coches, true],
    ["equipements = 'train'", coches, false],
    ["equipements != 'train'", coches, true],
    ["equipements != 'velo'", coches, false],
    ["'velo' dans equipements", coches, true],
    ["equipements dans ['velo', 'train']", coches, true],
    ["equipements dans ['train']", coches, false],
    ["vide dans ['train']", coches, false],
    ["vide = 'velo'", coches, false],
    ["x dans ['a', 'b']", { x: 'b' }, true],
    ["x dans ['a', 'b']", { x: 'c' }, false],
    ["x dans ['a', 'b']", {}, false],
    ["2 dans ['1', '2']", {}, true],
    ["x dans ['1', '2']", { x: 2 }, true],
    ["x dans 'a'", { x: 'a' }, true],
    ['x dans [a, b]', { x: 3, a: 1, b: 3 }, true],
    ["non x dans ['a']", { x: 'b' }, true],
    ['[1, a]', { a: 'x' }, [1, 'x']],
  ])('%s with %j → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toEqual(attendu);
  });

  const tableau: Record<string, ValeurExpression> = {
    lignes: [{ montant: '10' }, { montant: 20 }, { autre: 1 }],
    adresse: { commune: 'Amiens' },
  };
  it.each<Cas>([
    ['lignes.montant', tableau, ['10', 20, null]],
    ['somme(lignes.montant)', tableau, 30],
    ["lignes.montant = '10'", tableau, true],
    ["adresse.commune = 'Amiens'", tableau, true],
    ['adresse.absente', tableau, null],
    ['adresse.commune.x', tableau, null],
    ['n.x', { n: 3 }, null],
    ['absent.x', {}, null],
    ['l.x', { l: [1, 'a'] }, [null, null]],
  ])('member access %s → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toEqual(attendu);
  });
});

describe('evaluerExpression: logic and nested conditions', () => {
  it.each<Cas>([
    ['vrai et faux', {}, false],
    ['vrai ou faux', {}, true],
    ['non vrai', {}, false],
    ['!faux', {}, true],
    ['vrai && vrai', {}, true],
    ['faux || vrai', {}, true],
    ['1 et 2', {}, true],
    ['nul ou 0', {}, false],
    ["'' ou []", {}, false],
    ['faux et 1 / 0 > 1', {}, false],
    ['vrai ou 1 / 0 > 1', {}, true],
    ['b != 0 et a / b > 2', { a: 1, b: 0 }, false],
  ])('%s → %j', (source, valeurs, attendu) => {
    expect(valeurDe(source, valeurs)).toBe(attendu);
  });

  const condition = "(a = 'x' et (b > 3 ou non c)) ou @profil = 'association'";
  it.each<[Record<string, ValeurExpression>, string, boolean]>([
    [{ a: 'x', b: 4, c: true }, 'particulier', true],
    [{ a: 'x', b: 2, c: true }, 'particulier', false],
    [{ a: 'x', b: 2, c: false }, 'particulier', true],
    [{ a: 'x', b: '5', c: true }, 'particulier', true],
    [{ a: 'y', b: 4, c: false }, 'particulier', false],
    [{ a: 'y', b: 4, c: false }, 'association', true],
    [{}, 'particulier', false],
    [{ a: 'x' }, 'particulier', true],
    [{}, 'entreprise', false],
  ])('%j with @profil %s → %j', (valeurs, profil, attendu) => {
    expect(valeurDe(condition, valeurs, { profil, aujourdhui: '2026-03-15', vue: 'usager' })).toBe(attendu);
  });
});

describe('evaluerExpression: variables', () => {
  it.each<[string, ValeurExpression]>([
    ['@profil', 'particulier'],
    ['@PROFIL', 'particulier'],
    ['@aujourdhui', '2026-03-15'],
    ['@vue', 'usager'],
    ["@vue = 'agent'", false],
  ])('%s → %j', (source, attendu) => {
    expect(valeurDe(source)).toBe(attendu);
  });

  it('reports a variable the environment does not provide, with its position', () => {
    expect(erreurDe("1 = 1 et @vue = 'agent'", {}, { profil: 'particulier' })).toEqual({
      code: 'VARIABLE_INCONNUE',
      position: 9,
      message: `La variable ${g('@vue')} n'est pas disponible ici (position 9).`,
    });
  });

  it('reads variables as own properties only', () => {
    const variables: Record<string, ValeurExpression> = Object.create({ profil: 'association' });
    expect(erreurDe('@profil', {}, variables).code).toBe('VARIABLE_INCONNUE');
  });
});

describe('evaluerExpression: trees built without the parser', () => {
  it.each<[Expression, string]>([
    [{ type: 'appel', fonction: 'inconnue', arguments: [], position: 3 }, 'FONCTION_INCONNUE'],
    [{ type: 'appel', fonction: 'abs', arguments: [], position: 3 }, 'ARITE'],
  ])('%j → %s', (arbre, code) => {
    const resultat = evaluerExpression(arbre, environnementDe());
    expect(resultat).toMatchObject({ ok: false, error: { code, position: 3 } });
  });
});

describe('evaluerExpression: performance', () => {
  it('evaluates a cached tree many times quickly (a 200-field model runs hundreds per validation)', () => {
    const analyse = analyserExpression("(a = 'x' et (b > 3 ou non c)) ou somme(l.m) * 1.2 > 100");
    if (!analyse.ok) throw new Error(analyse.error.message);
    const env = environnementDe({ a: 'x', b: '2', c: false, l: [{ m: '10' }, { m: 20 }] });
    const debut = Date.now();
    let vrais = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const resultat = evaluerExpression(analyse.value, env);
      if (resultat.ok && resultat.value === true) vrais += 1;
    }
    expect(vrais).toBe(100_000);
    // Typically ~50 ms; the bound only catches an accidental quadratic or a re-parse per evaluation.
    expect(Date.now() - debut).toBeLessThan(2000);
  });
});
