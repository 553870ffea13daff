import { differenceModeles } from './difference';
import { copie, unModele } from './testing/modeles';

describe('differenceModeles', () => {
  it('ne voit aucun changement entre deux copies', () => {
    expect(differenceModeles(unModele(), copie(unModele()))).toEqual([]);
  });

  it('décrit champs ajoutés, supprimés, modifiés, sections ajoutées et champs déplacés', () => {
    const avant = unModele();
    const apres = copie(avant);
    apres.champs = apres.champs.filter((c) => c.code !== 'charges');
    apres.champs.push({ code: 'loyer', type: 'montant', libelle: 'Loyer', requis: false });
    const nom = apres.champs.find((c) => c.code === 'nom')!;
    nom.libelle = 'Nom de naissance';
    nom.requis = false;
    const onglet = apres.vues.usager.onglets[0]!;
    onglet.sections[1]!.lignes = [{ champs: ['revenus'] }, { champs: ['reste'] }, { champs: ['devis'] }];
    onglet.sections.push({ code: 'logement', titre: 'Logement', lignes: [{ champs: ['loyer'] }] });
    onglet.sections[0]!.lignes.shift();
    onglet.sections[1]!.lignes.unshift({ champs: ['nom'] });

    const changements = differenceModeles(avant, apres);
    expect(changements.map((c) => [c.nature, c.objet, c.code])).toEqual([
      ['modifie', 'champ', 'nom'],
      ['ajoute', 'champ', 'loyer'],
      ['supprime', 'champ', 'charges'],
      ['ajoute', 'section', 'logement'],
      ['deplace', 'champ', 'nom'],
    ]);
    expect(changements[0]).toMatchObject({ proprietes: ['libelle', 'requis'] });
    expect(changements[0]!.description).toBe('Champ modifié : «\u00A0Nom de naissance\u00A0» (nom) — libelle, requis.');
  });
});
