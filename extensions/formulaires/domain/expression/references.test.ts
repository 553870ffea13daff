import { analyserExpression } from './parser';
import { referencesExpression } from './references';

describe('referencesExpression', () => {
  it.each<[string, string[]]>([
    ['1 + 2', []],
    ["'texte'", []],
    ['@profil', []],
    ["@profil = 'association' et @vue = 'agent'", []],
    ['a', ['a']],
    ['a + a * a', ['a']],
    ['z + a + m', ['a', 'm', 'z']],
    ['tableau.colonne', ['tableau']],
    ['adresse.commune.x + tableau.montant', ['adresse', 'tableau']],
    ['somme(lignes.montant, bonus)', ['bonus', 'lignes']],
    ['si(c, alors_x, sinon_y)', ['alors_x', 'c', 'sinon_y']],
    ["x dans [y, 'z', 1]", ['x', 'y']],
    ["x dans ['y', 'z']", ['x']],
    ['non a et -b ou c', ['a', 'b', 'c']],
    ['age(naissance, @aujourdhui) >= 18', ['naissance']],
    ["(a = 'x' et (b > 3 ou non c)) ou @profil = 'association'", ['a', 'b', 'c']],
    ['code_2 + code_10 + Code', ['Code', 'code_10', 'code_2']],
  ])('%s → %j', (source, attendu) => {
    const analyse = analyserExpression(source);
    expect(analyse.ok && referencesExpression(analyse.value)).toEqual(attendu);
  });
});
