import type { Champ } from '../modele';
import { ajouterDepuisReferentiel, champDepuisReferentiel } from './referentiel';
import { geler, unModele } from './testing';

const modele = unModele();
const entree = (code: string): Champ =>
  geler({ code, type: 'iban', libelle: 'IBAN', requis: true, etranger: false, aide: 'Le RIB du demandeur' });

describe('référentiel des champs', () => {
  it.each([
    ['code libre', 'iban', 'iban'],
    ['code pris', 'nom', 'nom_2'],
  ])('champDepuisReferentiel, %s', (_cas, code, attendu) => {
    expect(champDepuisReferentiel(modele, entree(code))).toEqual({ ...entree(code), code: attendu, origine: code });
  });

  it('ajouterDepuisReferentiel deux fois donne _2 puis _3', () => {
    const une = ajouterDepuisReferentiel(modele, entree('nom'));
    const deux = ajouterDepuisReferentiel(une, entree('nom'));
    expect(deux.champs.slice(-2).map((c) => [c.code, c.origine])).toEqual([
      ['nom_2', 'nom'],
      ['nom_3', 'nom'],
    ]);
    expect(deux.vues).toBe(modele.vues);
  });
});
