import { donneesAEnregistrer, validerDonnees, type OptionsValidation } from './valider-donnees';
import { AUJOURDHUI, unModele } from './testing/modeles';

const depot: OptionsValidation = { mode: 'depot', aujourdhui: AUJOURDHUI, piecesParChamp: { devis: 1 } };
const brouillon: OptionsValidation = { mode: 'brouillon', aujourdhui: AUJOURDHUI };
const complet = { nom: 'Dupont', naissance: '1984-12-01', situation: 'seul', revenus: 1500, charges: 400.25 };

describe('validerDonnees — dépôt', () => {
  it('accepte un dossier complet, recalcule âge et calcul, ignore les valeurs calculées envoyées', () => {
    const resultat = validerDonnees(unModele(), { ...complet, reste: 999999, age: 3 }, depot);
    expect(resultat.erreurs).toEqual([]);
    expect(resultat.donnees).toEqual({ ...complet, age: 41, reste: 1099.75 });
  });

  it('exige les champs requis visibles, dans l’ordre du formulaire, et les justificatifs', () => {
    const resultat = validerDonnees(unModele(), {}, { ...depot, piecesParChamp: {} });
    expect(resultat.erreurs.map((e) => [e.champ, e.code])).toEqual([
      ['nom', 'REQUIS'],
      ['naissance', 'REQUIS'],
      ['situation', 'REQUIS'],
      ['revenus', 'REQUIS'],
      ['devis', 'REQUIS'],
    ]);
    expect(resultat.erreurs[2]!.message).toBe('Choisissez une option pour «\u00A0Situation\u00A0».');
  });

  it('un champ masqué n’est ni requis ni conservé ; affiché, il devient requis', () => {
    const seul = validerDonnees(unModele(), { ...complet, conjoint: 'Martin' }, depot);
    expect(seul.valide).toBe(true);
    expect(seul.donnees).not.toHaveProperty('conjoint');
    const couple = validerDonnees(unModele(), { ...complet, situation: 'couple' }, depot);
    expect(couple.erreurs).toEqual([expect.objectContaining({ champ: 'conjoint', code: 'REQUIS' })]);
  });

  it('un onglet conditionné par le type de profil n’est demandé qu’à ce profil', () => {
    expect(validerDonnees(unModele(), complet, { ...depot, profil: 'particulier' }).valide).toBe(true);
    const entreprise = validerDonnees(unModele(), complet, { ...depot, profil: 'entreprise' });
    expect(entreprise.erreurs.map((e) => e.champ)).toEqual(['siret']);
    expect(entreprise.visibilite.onglets.has('entreprise')).toBe(true);
  });

  it('une valeur mal formée d’un champ masqué est abandonnée sans erreur', () => {
    const resultat = validerDonnees(unModele(), { ...complet, conjoint: 42 }, depot);
    expect(resultat.valide).toBe(true);
  });
});

describe('validerDonnees — brouillon et vues', () => {
  it('un brouillon peut être incomplet mais pas mal formé', () => {
    expect(validerDonnees(unModele(), { nom: 'Dupont' }, brouillon).valide).toBe(true);
    const mauvais = validerDonnees(unModele(), { naissance: '2026-02-30', revenus: 'beaucoup' }, brouillon);
    expect(mauvais.erreurs.map((e) => [e.champ, e.code])).toEqual([
      ['naissance', 'FORMAT'],
      ['revenus', 'FORMAT'],
    ]);
  });

  it('refuse un champ hors de la vue (annotation d’agent envoyée par un usager) ou inconnu', () => {
    const resultat = validerDonnees(unModele(), { avis: 'Favorable', statut: 'accepte' }, brouillon);
    expect(resultat.erreurs.map((e) => [e.champ, e.code])).toEqual([
      ['avis', 'CHAMP_INCONNU'],
      ['statut', 'CHAMP_INCONNU'],
    ]);
  });

  it('la vue agent valide ses propres champs et lit les autres pour les conditions', () => {
    const resultat = validerDonnees(
      unModele(),
      { nom: 'Dupont', revenus: 10, avis: 'Favorable' },
      {
        ...brouillon,
        vue: 'agent',
      },
    );
    expect(resultat.erreurs).toEqual([]);
    expect(resultat.donnees).toEqual({ nom: 'Dupont', revenus: 10, avis: 'Favorable' });
  });
});

describe('donneesAEnregistrer', () => {
  it('remplace les champs de la vue, garde ceux des autres vues', () => {
    const existantes = { nom: 'Ancien', conjoint: 'Martin', avis: 'Favorable' };
    expect(donneesAEnregistrer(unModele(), 'usager', existantes, { nom: 'Nouveau' })).toEqual({
      nom: 'Nouveau',
      avis: 'Favorable',
    });
  });
});
