import { lireClassification, schemaClassification, verifierClassement } from './classification';

const ARBRE = [
  {
    code: 'culture',
    libelle: 'Culture',
    enfants: [{ code: 'musique', libelle: 'Musique', enfants: [{ code: 'jazz', libelle: 'Jazz' }] }],
  },
  { code: 'sport', libelle: 'Sport' },
];

describe('classification', () => {
  it('accepts a prefix of any branch and returns its libellés', () => {
    expect(verifierClassement(ARBRE, ['culture', 'musique', 'jazz'])).toEqual({
      ok: true,
      libelles: ['Culture', 'Musique', 'Jazz'],
    });
    expect(verifierClassement(ARBRE, ['culture'])).toEqual({ ok: true, libelles: ['Culture'] });
    expect(verifierClassement(ARBRE, [])).toEqual({ ok: true, libelles: [] });
  });

  it('names the first wrong level in French', () => {
    expect(verifierClassement(ARBRE, ['danse'])).toEqual({
      ok: false,
      niveau: 0,
      message: '« danse » n’est pas une rubrique de la classification de ce dispositif.',
    });
    expect(verifierClassement(ARBRE, ['sport', 'musique'])).toEqual({
      ok: false,
      niveau: 1,
      message: '« musique » n’est pas une sous-rubrique de « Sport ».',
    });
    expect(verifierClassement(ARBRE, ['a', 'b', 'c', 'd', 'e'])).toMatchObject({ ok: false, niveau: 4 });
  });

  it('refuses a fifth level, duplicate codes and blank libellés; a malformed stored tree reads as empty', () => {
    const niveau = (profondeur: number): unknown =>
      profondeur === 1
        ? [{ code: 'feuille', libelle: 'Feuille' }]
        : [{ code: `n${profondeur}`, libelle: 'N', enfants: niveau(profondeur - 1) }];
    expect(schemaClassification.safeParse(niveau(4)).success).toBe(true);
    expect(schemaClassification.safeParse(niveau(5)).success).toBe(false);
    expect(
      schemaClassification.safeParse([
        { code: 'a', libelle: 'A' },
        { code: 'a', libelle: 'B' },
      ]).success,
    ).toBe(false);
    expect(schemaClassification.safeParse([{ code: 'a', libelle: '  ' }]).success).toBe(false);
    expect(lireClassification({ pas: 'un arbre' })).toEqual([]);
    expect(lireClassification(null)).toEqual([]);
    expect(lireClassification(ARBRE)).toEqual(ARBRE);
  });
});
