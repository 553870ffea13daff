import { analyserExpressionMemo } from './memo';
import { analyserExpression } from './parser';

describe('analyserExpressionMemo', () => {
  it('returns the same frozen result for the same source, equal to a fresh parse', () => {
    const premiere = analyserExpressionMemo("a = 'memo-1'");
    expect(analyserExpressionMemo("a = 'memo-1'")).toBe(premiere);
    expect(premiere).toEqual(analyserExpression("a = 'memo-1'"));
    expect(Object.isFrozen(premiere)).toBe(true);
    expect(analyserExpressionMemo("a = 'memo-2'")).not.toBe(premiere);
  });

  it('caches errors too', () => {
    const erreur = analyserExpressionMemo('sommme(memo)');
    expect(erreur).toMatchObject({ ok: false, error: { code: 'FONCTION_INCONNUE' } });
    expect(analyserExpressionMemo('sommme(memo)')).toBe(erreur);
    expect(!erreur.ok && Object.isFrozen(erreur.error)).toBe(true);
  });

  it('keeps at most 1 000 sources, dropping the least recently used first', () => {
    const ancienne = analyserExpressionMemo('ancienne + 1');
    const utilisee = analyserExpressionMemo('utilisee + 1');
    for (let i = 0; i < 998; i += 1) analyserExpressionMemo(`remplissage_${i} + 1`);
    // Both are still cached; reading `utilisee` makes it the most recently used.
    expect(analyserExpressionMemo('utilisee + 1')).toBe(utilisee);
    analyserExpressionMemo('debordement_1 + 1');
    analyserExpressionMemo('debordement_2 + 1');
    expect(analyserExpressionMemo('utilisee + 1')).toBe(utilisee);
    const relue = analyserExpressionMemo('ancienne + 1');
    expect(relue).not.toBe(ancienne);
    expect(relue).toEqual(ancienne);
  });

  it('does not keep over-long sources', () => {
    const source = `${'1 + '.repeat(600)}1`;
    const premiere = analyserExpressionMemo(source);
    expect(premiere).toMatchObject({ ok: false, error: { code: 'TROP_LONGUE' } });
    expect(analyserExpressionMemo(source)).not.toBe(premiere);
  });
});
