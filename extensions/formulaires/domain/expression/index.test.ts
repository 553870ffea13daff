import * as api from './index';

describe('public API of the expression language', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'FONCTIONS_EXPRESSION',
      'MOTS_RESERVES',
      'analyserExpression',
      'analyserExpressionMemo',
      'enNombre',
      'estVrai',
      'evaluerExpression',
      'referencesExpression',
    ]);
  });

  it('parses once and evaluates against an environment, end to end', () => {
    const analyse = api.analyserExpression("somme(lignes.montant) * 0.2 + si(@profil = 'association', 100, 0)");
    if (!analyse.ok) throw new Error(analyse.error.message);
    expect(api.referencesExpression(analyse.value)).toEqual(['lignes']);
    const env = {
      valeur: (code: string) => (code === 'lignes' ? [{ montant: '1 000,50' }, { montant: 499.5 }] : undefined),
      variables: { profil: 'association', aujourdhui: '2026-03-15', vue: 'agent' },
    };
    expect(api.evaluerExpression(analyse.value, env)).toEqual({ ok: true, value: 400 });
  });
});
