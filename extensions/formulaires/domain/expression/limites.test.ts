import { imbricationExcessive, LONGUEUR_MAX, PROFONDEUR_MAX } from './limites';
import { analyserExpression } from './parser';
import { valeurDe } from './testing';

const imbriquer = (ouvrant: string, fermant: string, niveaux: number, coeur = '1'): string =>
  ouvrant.repeat(niveaux) + coeur + fermant.repeat(niveaux);

describe('limits: length', () => {
  it('accepts 2 000 characters and refuses 2 001 with the counts in the message', () => {
    expect(LONGUEUR_MAX).toBe(2000);
    const chaine = `${'1+'.repeat(999)}1`;
    expect(chaine).toHaveLength(1999);
    expect(valeurDe(`${chaine} `)).toBe(1000);
    expect(analyserExpression(`${chaine}  `)).toEqual({
      ok: false,
      error: {
        code: 'TROP_LONGUE',
        message:
          "L'expression est trop longue : 2\u202F001 caractères pour 2\u202F000 au plus. Découpez-la en plusieurs champs calculés.",
      },
    });
  });

  it('handles a 2 000-character identifier and long chains of operators', () => {
    expect(analyserExpression('a'.repeat(2000)).ok).toBe(true);
    expect(valeurDe(`${'vrai ou '.repeat(249)}faux`)).toBe(true);
  });
});

describe('limits: nesting depth', () => {
  it.each([
    ['parentheses', (n: number) => imbriquer('(', ')', n)],
    ['lists', (n: number) => imbriquer('[', ']', n)],
    ['function calls', (n: number) => imbriquer('abs(', ')', n)],
    ['unary minus', (n: number) => `${'-'.repeat(n)}1`],
    ['non', (n: number) => `${'non '.repeat(n)}vrai`],
    ['!', (n: number) => `${'!'.repeat(n)}vrai`],
  ])('accepts 64 levels of %s and refuses 65 with TROP_PROFONDE', (_nature, source) => {
    expect(PROFONDEUR_MAX).toBe(64);
    expect(analyserExpression(source(64)).ok).toBe(true);
    const refus = analyserExpression(source(65));
    expect(refus).toMatchObject({ ok: false, error: { code: 'TROP_PROFONDE' } });
    expect(refus.ok ? '' : refus.error.message).toMatch(
      /^L'expression imbrique plus de 64 niveaux .* \(position \d+\)\.$/,
    );
  });

  it('points at the bracket that opens the 65th level', () => {
    expect(analyserExpression(`1 + ${imbriquer('(', ')', 65)}`)).toMatchObject({
      ok: false,
      error: { code: 'TROP_PROFONDE', position: 68 },
    });
  });

  it('evaluates the deepest accepted expression', () => {
    expect(valeurDe(imbriquer('(', ')', 64, '41 + 1'))).toBe(42);
    expect(valeurDe(`${'-'.repeat(64)}7`)).toBe(7);
    expect(valeurDe(imbriquer('abs(', ')', 64, '3 - 6'))).toBe(3);
  });

  it('counts mixed nesting: 32 parentheses around 33 unary minus are 65 levels', () => {
    expect(analyserExpression(imbriquer('(', ')', 32, `${'-'.repeat(33)}1`))).toMatchObject({
      ok: false,
      error: { code: 'TROP_PROFONDE' },
    });
    expect(analyserExpression(imbriquer('(', ')', 32, `${'-'.repeat(32)}1`)).ok).toBe(true);
  });

  it('refuses 100 000 nested parentheses quickly, without a RangeError', () => {
    const debut = Date.now();
    const refus = analyserExpression(imbriquer('(', ')', 100_000));
    expect(refus).toMatchObject({ ok: false, error: { code: 'TROP_PROFONDE', position: 64 } });
    expect(Date.now() - debut).toBeLessThan(50);
  });

  it.each([
    ['100 000 unary minus', `${'-'.repeat(100_000)}1`, 'TROP_LONGUE'],
    ['1 999 unary minus', `${'-'.repeat(1999)}1`, 'TROP_PROFONDE'],
    ['999 non', `${'non '.repeat(499)}vrai`, 'TROP_PROFONDE'],
    ['100 000 opening brackets', '['.repeat(100_000), 'TROP_PROFONDE'],
  ])('%s → %s, never a RangeError', (_nature, source, code) => {
    expect(analyserExpression(source)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('imbricationExcessive', () => {
  it.each<[string, string, number | null]>([
    ['64 levels', imbriquer('(', ')', 64), null],
    ['65 levels', imbriquer('(', ')', 65), 64],
    ['brackets inside a text', `'${'('.repeat(100)}'`, null],
    ['escaped quote inside a text', `'\\'${'('.repeat(100)}'`, null],
    ['double-quoted text', `"${'['.repeat(100)}"`, null],
    ['closing brackets lower the level', '()'.repeat(100), null],
    ['mixed brackets', imbriquer('([', '])', 33), 64],
    ['beyond the length limit', `${' '.repeat(LONGUEUR_MAX)}${'('.repeat(100)}`, null],
  ])('%s → %j', (_cas, source, attendu) => {
    expect(imbricationExcessive(source)).toBe(attendu);
  });
});
