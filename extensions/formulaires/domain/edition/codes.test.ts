import { codeDepuisLibelle, codeUnique, estCodeValide } from './codes';

describe('codes techniques', () => {
  it.each([
    ['Nom', 'nom'],
    ['Date de naissance', 'date_de_naissance'],
    ["Âge de l'enfant", 'age_de_l_enfant'],
    ['Nombre d’œuvres', 'nombre_d_oeuvres'],
    ['  Montant (€) demandé  ', 'montant_demande'],
    ['2e adresse', 'e_adresse'],
    ['€€€', 'champ'],
    ['', 'champ'],
  ])('codeDepuisLibelle(%j) = %j', (libelle, attendu) => {
    expect(codeDepuisLibelle(libelle)).toBe(attendu);
    expect(estCodeValide(codeDepuisLibelle(libelle))).toBe(true);
  });

  it('garde la valeur par défaut demandée', () => {
    expect(codeDepuisLibelle('!!', 'onglet')).toBe('onglet');
  });

  it('tronque les libellés très longs à 60 caractères sans tiret bas final', () => {
    const code = codeDepuisLibelle('mot '.repeat(40));
    expect(code.length).toBeLessThanOrEqual(60);
    expect(code.endsWith('_')).toBe(false);
  });

  it.each([
    ['libre', [], 'nom', 'nom'],
    ['pris', ['nom'], 'nom', 'nom_2'],
    ['pris deux fois', ['nom', 'nom_2'], 'nom', 'nom_3'],
    ['trou dans la suite', ['nom', 'nom_3'], 'nom', 'nom_2'],
  ])('codeUnique %s', (_cas, pris, base, attendu) => {
    expect(codeUnique(base, new Set(pris))).toBe(attendu);
  });

  it.each([
    ['nom', true],
    ['nom_2', true],
    ['Nom', false],
    ['2nom', false],
    ['_nom', false],
    ['nom-prenom', false],
    ['', false],
  ])('estCodeValide(%j) = %s', (code, attendu) => {
    expect(estCodeValide(code)).toBe(attendu);
  });
});
