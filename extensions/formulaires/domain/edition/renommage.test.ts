import { renommerChamp, remplacerIdentifiant } from './renommage';
import { plan, unModele } from './testing';

const modele = unModele();

describe('renommer un champ', () => {
  it.each([
    ['simple', 'montant * 2', 'montant', 'cout', 'cout * 2'],
    ['plusieurs fois', 'montant + montant', 'montant', 'cout', 'cout + cout'],
    [
      'pas les textes',
      'nom = \'nom\' et prenom != "nom"',
      'nom',
      'nom_famille',
      'nom_famille = \'nom\' et prenom != "nom"',
    ],
    ['pas les préfixes', 'nombre + nom', 'nom', 'n', 'nombre + n'],
    ['pas les propriétés', 'adresse.commune = commune', 'commune', 'ville', 'adresse.commune = ville'],
    ['pas les fonctions', 'age(age) > 18', 'age', 'age_enfant', 'age(age_enfant) > 18'],
    [
      'pas les variables',
      "@profil = 'association' et profil = 1",
      'profil',
      'type',
      "@profil = 'association' et type = 1",
    ],
    ['source illisible laissée telle quelle', "nom = 'ouvert", 'nom', 'x', "nom = 'ouvert"],
    ['absent', 'prenom', 'nom', 'x', 'prenom'],
  ])('remplacerIdentifiant %s', (_cas, source, ancien, nouveau, attendu) => {
    expect(remplacerIdentifiant(source, ancien, nouveau)).toBe(attendu);
  });

  it('suit le code dans les vues, conditions, formules et âges', () => {
    const avec = {
      ...modele,
      vues: {
        ...modele.vues,
        usager: {
          onglets: modele.vues.usager.onglets.map((o, i) => (i === 1 ? { ...o, condition: 'montant > 0' } : o)),
        },
      },
    };
    const resultat = renommerChamp(avec, 'montant', 'cout');
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    const m = resultat.value;
    expect(plan(m)).toEqual([
      'demandeur/identite: nom+prenom | date_naissance',
      'demandeur/contact: email | situation',
      'projet/budget: cout | total',
    ]);
    expect(m.champs.find((c) => c.code === 'total')).toMatchObject({ formule: 'cout * 2 + somme(cout)' });
    expect(m.vues.usager.onglets[1]?.condition).toBe('cout > 0');
    expect(m.vues.agent).toBe(avec.vues.agent);
    expect(m.vues.usager.onglets[0]).toBe(avec.vues.usager.onglets[0]);
  });

  it('suit les âges et les conditions de champs et de sections', () => {
    const parDate = renommerChamp(modele, 'date_naissance', 'naissance');
    expect(parDate.ok && parDate.value.champs.find((c) => c.code === 'age_demandeur')).toMatchObject({
      champDate: 'naissance',
    });
    const parNom = renommerChamp(modele, 'nom', 'nom_usage');
    expect(parNom.ok && parNom.value.champs.find((c) => c.code === 'email')).toMatchObject({
      condition: "nom_usage != ''",
    });
    const parSituation = renommerChamp(modele, 'situation', 'foyer');
    expect(parSituation.ok && parSituation.value.vues.usager.onglets[0]?.sections[1]?.condition).toBe(
      "foyer = 'couple'",
    );
  });

  it.each([
    ['code invalide', 'nom', 'Nom', 'code_invalide'],
    ['code pris', 'nom', 'prenom', 'code_pris'],
  ])('refuse : %s', (_cas, ancien, nouveau, erreur) => {
    expect(renommerChamp(modele, ancien, nouveau)).toEqual({ ok: false, error: erreur });
  });

  it.each([
    ['même code', 'nom', 'nom'],
    ['champ inconnu', 'inconnu', 'autre'],
  ])('%s : même modèle', (_cas, ancien, nouveau) => {
    expect(renommerChamp(modele, ancien, nouveau)).toEqual({ ok: true, value: modele });
  });
});
