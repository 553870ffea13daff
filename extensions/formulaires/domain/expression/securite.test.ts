import type { EnvironnementExpression } from './environnement';
import { evaluerExpression } from './evaluer';
import { analyserExpression } from './parser';
import { referencesExpression } from './references';
import { valeurDe, VARIABLES_TEST } from './testing';
import type { ValeurExpression } from './valeurs';

/** An environment written carelessly: `donnees[code]` answers from the prototype for `constructor` or `__proto__`. */
function environnementNaif(donnees: Record<string, ValeurExpression>): EnvironnementExpression {
  return { valeur: (code) => Reflect.get(donnees, code) as ValeurExpression | undefined, variables: VARIABLES_TEST };
}

function evaluerNaif(source: string, donnees: Record<string, ValeurExpression>): ValeurExpression {
  const analyse = analyserExpression(source);
  if (!analyse.ok) throw new Error(analyse.error.message);
  const resultat = evaluerExpression(analyse.value, environnementNaif(donnees));
  if (!resultat.ok) throw new Error(resultat.error.message);
  return resultat.value;
}

const PIEGES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__defineGetter__'];

describe('prototype-pollution identifiers are just unknown fields', () => {
  it.each(PIEGES)('%s reads nul, even from a careless environment', (code) => {
    expect(valeurDe(code, { a: 1 })).toBeNull();
    expect(evaluerNaif(code, { a: 1 })).toBeNull();
  });

  it.each(PIEGES)('%s → nul in member access on objects, rows and the careless environment', (cle) => {
    expect(valeurDe(`o.${cle}`, { o: { a: 1 } })).toBeNull();
    expect(valeurDe(`t.${cle}`, { t: [{ a: 1 }] })).toEqual([null]);
    expect(valeurDe(`s.${cle}`, { s: 'texte' })).toBeNull();
    expect(evaluerNaif(`o.${cle}.${cle}`, { o: { a: 1 } })).toBeNull();
    expect(evaluerNaif(`${cle}.${cle}`, {})).toBeNull();
  });

  it.each([
    ["constructor = ''", true],
    ["texte(__proto__) = ''", true],
    ['vide(toString)', true],
    ['longueur(constructor)', 0],
    ["__proto__.polluee = 'oui'", false],
  ])('%s → %j with a careless environment', (source, attendu) => {
    expect(evaluerNaif(source, {})).toBe(attendu);
  });

  it('never reads an inherited property, only own ones', () => {
    const herite = Object.create({ secret: 'x' }) as Record<string, ValeurExpression>;
    expect(valeurDe('o.secret', { o: herite })).toBeNull();
    expect(valeurDe('t.secret', { t: [herite] })).toEqual([null]);
  });

  it('reads an own "__proto__" key of parsed JSON as the data it is', () => {
    const donnees = JSON.parse('{"o": {"__proto__": {"x": 1}}}') as Record<string, ValeurExpression>;
    expect(valeurDe('o.__proto__.x', donnees)).toBe(1);
    expect(valeurDe('o.x', donnees)).toBeNull();
  });

  it('leaves Object.prototype untouched', () => {
    const avant = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const piege of PIEGES) evaluerNaif(`${piege} = 1 ou o.${piege}.${piege} = 1`, { o: {} });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(avant);
    expect(Reflect.get({}, 'polluee')).toBeUndefined();
  });

  it('keeps them as field references, so the model check reports them as unknown fields', () => {
    const analyse = analyserExpression('constructor + __proto__.x + toString');
    expect(analyse.ok && referencesExpression(analyse.value)).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('turns functions and non-finite numbers handed by an environment into nul', () => {
    const env: EnvironnementExpression = {
      valeur: (code) =>
        ({ f: (() => 1) as unknown as ValeurExpression, n: Number.NaN, i: Number.POSITIVE_INFINITY })[code],
      variables: {},
    };
    for (const code of ['f', 'n', 'i']) {
      const analyse = analyserExpression(`${code}`);
      expect(analyse.ok && evaluerExpression(analyse.value, env)).toEqual({ ok: true, value: null });
    }
  });
});
