import type { Champ } from './modele';
import { lisible, unModele, unModeleAvec } from './testing/modeles';
import { validerDonnees, type OptionsValidation } from './valider-donnees';

const BROUILLON: OptionsValidation = { mode: 'brouillon' };
const DEPOT: OptionsValidation = { mode: 'depot', piecesParChamp: { devis: 1 } };

describe('validerDonnees: brouillon and depot', () => {
  const complet = {
    nom: 'Dupont',
    commentaire: null,
    date_naissance: '1980-05-01',
    situation: 'marie',
    montant_demande: 2500,
  };

  it('accepts an empty draft: required fields are not enforced yet', () => {
    expect(validerDonnees(unModele(), {}, BROUILLON)).toEqual({ valide: true, donnees: {}, erreurs: [] });
  });

  it('still checks formats in a draft', () => {
    const resultat = validerDonnees(unModele(), { nom: 'Dupont', date_naissance: '1980-02-30' }, BROUILLON);
    expect(resultat.valide).toBe(false);
    expect(resultat.donnees).toEqual({ nom: 'Dupont' });
    expect(resultat.erreurs.map((e) => [e.champ, e.code])).toEqual([['date_naissance', 'FORMAT']]);
  });

  it('keeps emptied fields as null in a draft, so that saving clears them', () => {
    expect(validerDonnees(unModele(), { nom: '', montant_demande: null }, BROUILLON)).toEqual({
      valide: true,
      donnees: { nom: null, montant_demande: null },
      erreurs: [],
    });
  });

  it('accepts a complete deposit', () => {
    expect(validerDonnees(unModele(), complet, DEPOT)).toEqual({ valide: true, donnees: complet, erreurs: [] });
  });

  it('reports every missing required field at deposit, in form order, with a message per field type', () => {
    const resultat = validerDonnees(unModele(), { nom: '  ', commentaire: 'rien' }, { mode: 'depot' });
    expect(resultat.valide).toBe(false);
    expect(resultat.donnees).toEqual({ commentaire: 'rien' });
    expect(resultat.erreurs.map((e) => ({ ...e, message: lisible(e.message) }))).toEqual([
      { champ: 'nom', code: 'REQUIS', message: 'Renseignez « Nom ».' },
      { champ: 'date_naissance', code: 'REQUIS', message: 'Renseignez « Date de naissance ».' },
      { champ: 'situation', code: 'REQUIS', message: 'Choisissez une option pour « Situation familiale ».' },
      { champ: 'montant_demande', code: 'REQUIS', message: 'Renseignez « Montant demandé ».' },
      { champ: 'devis', code: 'REQUIS', message: 'Joignez au moins un document pour « Devis ».' },
    ]);
  });

  it.each<[string, Record<string, number> | undefined, boolean]>([
    ['no pièce count at all', undefined, false],
    ['zero pièce', { devis: 0 }, false],
    ['a pièce for another field only', { photo: 2 }, false],
    ['one pièce', { devis: 1 }, true],
    ['several pièces', { devis: 3 }, true],
  ])('requires a pièce for a required justificatif at deposit: %s', (_cas, piecesParChamp, valide) => {
    const resultat = validerDonnees(unModele(), complet, { mode: 'depot', piecesParChamp });
    expect(resultat.valide).toBe(valide);
    expect(resultat.erreurs.map((e) => e.champ)).toEqual(valide ? [] : ['devis']);
  });

  it('does not require pièces in a draft', () => {
    expect(validerDonnees(unModele(), complet, { mode: 'brouillon', piecesParChamp: {} }).valide).toBe(true);
  });

  it('reports a format error rather than REQUIS when a required field holds a bad value', () => {
    const resultat = validerDonnees(unModele(), { ...complet, montant_demande: 'beaucoup' }, DEPOT);
    expect(resultat.erreurs.map((e) => [e.champ, e.code])).toEqual([['montant_demande', 'FORMAT']]);
  });
});

describe('validerDonnees: fields outside the model', () => {
  it('reports unknown keys after the model fields and never copies them', () => {
    const resultat = validerDonnees(unModele(), { role: 'admin', nom: 123, statut: 'accepte' }, BROUILLON);
    expect(resultat.donnees).toEqual({});
    expect(resultat.erreurs.map((e) => ({ ...e, message: lisible(e.message) }))).toEqual([
      { champ: 'nom', code: 'FORMAT', message: 'Saisissez du texte pour « Nom ».' },
      { champ: 'role', code: 'CHAMP_INCONNU', message: 'Le champ « role » ne fait pas partie de ce formulaire.' },
      { champ: 'statut', code: 'CHAMP_INCONNU', message: 'Le champ « statut » ne fait pas partie de ce formulaire.' },
    ]);
  });

  it('ignores values sent for a justificatif: pièces are counted, not stored in donnees', () => {
    expect(validerDonnees(unModele(), { devis: [12, 13] }, BROUILLON)).toEqual({
      valide: true,
      donnees: {},
      erreurs: [],
    });
  });

  it('never reads inherited properties as field values', () => {
    const champ: Champ = { code: 'constructor', type: 'texte', libelle: 'Piège', requis: true };
    const resultat = validerDonnees(unModeleAvec(champ), {}, { mode: 'depot' });
    expect(resultat.erreurs.map((e) => e.code)).toEqual(['REQUIS']);
  });
});
