import type { Modele, Vue } from '../modele';
import { ajouterLigne } from './lignes';
import { ajouterChamp } from './champs';
import { champsNonPlaces, copierVue, retirerVue, sansLignesVides, vueDefinie } from './vues';
import { plan, unModele } from './testing';

const modele = unModele();

describe('vues', () => {
  it.each<[Vue, Vue, Vue, string[]]>([
    ['usager', 'agent', 'agent', plan(modele, 'usager')],
    ['usager', 'partenaire', 'partenaire', plan(modele, 'usager')],
    ['agent', 'usager', 'usager', ['instruction/avis: note_agent']],
    ['partenaire', 'agent', 'agent', plan(modele, 'usager')],
  ])('copierVue(%s → %s)', (de, vers, lue, attendu) => {
    const resultat = copierVue(modele, de, vers);
    expect(plan(resultat, lue)).toEqual(attendu);
    expect(vueDefinie(resultat, vers)).toBe(true);
  });

  it('la copie est indépendante : modifier la cible laisse la source', () => {
    const copie = copierVue(modele, 'usager', 'partenaire');
    const modifiee = ajouterLigne(copie, 'partenaire', { onglet: 0, section: 0 }, ['note_agent']);
    expect(plan(modifiee, 'usager')).toEqual(plan(modele, 'usager'));
    expect(plan(modifiee, 'partenaire')[0]).toBe('demandeur/identite: nom+prenom | date_naissance | note_agent');
  });

  it.each<[string, (m: Modele) => Modele]>([
    ['copier une vue sur elle-même', (m) => copierVue(m, 'agent', 'agent')],
    ['copier la vue partenaire absente sur la vue usager', (m) => copierVue(m, 'partenaire', 'usager')],
    ['retirer une vue absente', (m) => retirerVue(m, 'partenaire')],
  ])('%s : même modèle', (_cas, operation) => {
    expect(operation(modele)).toBe(modele);
  });

  it('retirerVue : la vue agent reprend la vue usager', () => {
    const resultat = retirerVue(modele, 'agent');
    expect(vueDefinie(resultat, 'agent')).toBe(false);
    expect(plan(resultat, 'agent')).toEqual(plan(modele, 'usager'));
  });

  it.each<[Vue, string[]]>([
    ['usager', ['age_demandeur', 'note_agent']],
    ['agent', ['nom', 'prenom', 'date_naissance', 'age_demandeur', 'email', 'situation', 'montant', 'total']],
    ['partenaire', ['age_demandeur', 'note_agent']],
  ])('champsNonPlaces(%s)', (vue, attendu) => {
    expect(champsNonPlaces(modele, vue).map((c) => c.code)).toEqual(attendu);
  });

  it('champsNonPlaces voit un champ ajouté', () => {
    const resultat = ajouterChamp(modele, {
      code: 'iban',
      type: 'iban',
      libelle: 'IBAN',
      requis: true,
      etranger: false,
    });
    expect(champsNonPlaces(resultat, 'usager').map((c) => c.code)).toContain('iban');
  });

  it('sansLignesVides retire les lignes vides, et rend la même disposition s’il n’y en a pas', () => {
    expect(sansLignesVides(modele.vues.usager)).toBe(modele.vues.usager);
    const avecVide = ajouterLigne(modele, 'usager', { onglet: 1, section: 0 }, [], 1);
    expect(sansLignesVides(avecVide.vues.usager)).toEqual(modele.vues.usager);
  });
});
