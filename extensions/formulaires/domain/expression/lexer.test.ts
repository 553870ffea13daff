import { decouperEnJetons, MOTS_RESERVES, type Jeton } from './lexer';

function genres(source: string): string[] {
  const jetons = decouperEnJetons(source);
  if (!jetons.ok) throw new Error(jetons.error.message);
  return jetons.value.map((jeton: Jeton) =>
    jeton.genre === 'fin' ? 'fin' : `${jeton.genre}:${String(jeton.valeur)}@${jeton.position}`,
  );
}

describe('decouperEnJetons', () => {
  it.each<[string, string[]]>([
    ['a<=b', ['identifiant:a@0', 'symbole:<=@1', 'identifiant:b@3', 'fin']],
    ['a <> b', ['identifiant:a@0', 'symbole:<>@2', 'identifiant:b@5', 'fin']],
    ['a!=b', ['identifiant:a@0', 'symbole:!=@1', 'identifiant:b@3', 'fin']],
    ['!a', ['symbole:!@0', 'identifiant:a@1', 'fin']],
    ['a==b', ['identifiant:a@0', 'symbole:==@1', 'identifiant:b@3', 'fin']],
    ['a&&b||c', ['identifiant:a@0', 'symbole:&&@1', 'identifiant:b@3', 'symbole:||@4', 'identifiant:c@6', 'fin']],
    ['12.50', ['nombre:12.5@0', 'fin']],
    ['-3', ['symbole:-@0', 'nombre:3@1', 'fin']],
    ['t.col_1', ['identifiant:t@0', 'symbole:.@1', 'identifiant:col_1@2', 'fin']],
    ['@Profil', ['variable:profil@0', 'fin']],
    ["'l\\'eau'", ["texte:l'eau@0", 'fin']],
    ['"dit \\"oui\\""', ['texte:dit "oui"@0', 'fin']],
    ["'a\\\\b'", ['texte:a\\b@0', 'fin']],
    ["'(' ", ['texte:(@0', 'fin']],
    ["''", ['texte:@0', 'fin']],
    ['a\u00A0+\tb\n', ['identifiant:a@0', 'symbole:+@2', 'identifiant:b@4', 'fin']],
    ['max(1,5)', ['identifiant:max@0', 'symbole:(@3', 'nombre:1@4', 'symbole:,@5', 'nombre:5@6', 'symbole:)@7', 'fin']],
    ['[x]%2', ['symbole:[@0', 'identifiant:x@1', 'symbole:]@2', 'symbole:%@3', 'nombre:2@4', 'fin']],
  ])('%j → %j', (source, attendu) => {
    expect(genres(source)).toEqual(attendu);
  });

  it.each([
    ['a 👍', '«\u00A0👍\u00A0»', 2],
    ['a ; b', '«\u00A0;\u00A0»', 2],
    ['a $', '«\u00A0$\u00A0»', 2],
  ])('%j → unexpected character quoted whole', (source, cite, position) => {
    const jetons = decouperEnJetons(source);
    expect(jetons).toMatchObject({ ok: false, error: { code: 'SYNTAXE', position } });
    expect(jetons.ok ? '' : jetons.error.message).toContain(cite);
  });

  it('reserves the French keywords and their English counterparts', () => {
    expect(MOTS_RESERVES).toEqual(
      expect.arrayContaining(['et', 'ou', 'non', 'dans', 'vrai', 'faux', 'nul', 'si', 'true', 'and']),
    );
    expect(MOTS_RESERVES).not.toContain('somme');
    expect(MOTS_RESERVES).not.toContain('age');
  });
});
