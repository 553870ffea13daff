import type { Modele } from '../modele';
import { ajouterOnglet, deplacerOnglet, modifierOnglet, supprimerOnglet } from './onglets';
import { ajouterSection, deplacerSection, modifierSection, supprimerSection } from './sections';
import { plan, unModele } from './testing';

const modele = unModele();

describe('onglets', () => {
  it.each<[string, (m: Modele) => Modele, string[]]>([
    [
      'ajouter à la fin',
      (m) => ajouterOnglet(m, 'usager', 'Pièces à fournir'),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
        'pieces_a_fournir/',
      ],
    ],
    [
      'ajouter en tête, code déjà pris',
      (m) => ajouterOnglet(m, 'usager', 'Projet', 0),
      [
        'projet_2/',
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'monter le second',
      (m) => deplacerOnglet(m, 'usager', 1, 0),
      [
        'projet/budget: montant | total',
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
      ],
    ],
    ['supprimer le premier', (m) => supprimerOnglet(m, 'usager', 0), ['projet/budget: montant | total']],
    [
      'renommer le code',
      (m) => modifierOnglet(m, 'usager', 1, { code: 'dossier' }),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'dossier/budget: montant | total',
      ],
    ],
  ])('%s', (_cas, operation, attendu) => {
    const resultat = operation(modele);
    expect(plan(resultat)).toEqual(attendu);
    expect(resultat.vues.agent).toBe(modele.vues.agent);
  });

  it('modifie titre et condition, et retire une condition vidée', () => {
    const avecCondition = modifierOnglet(modele, 'usager', 0, { titre: 'Vous', condition: "@profil = 'association'" });
    expect(avecCondition.vues.usager.onglets[0]).toMatchObject({ titre: 'Vous', condition: "@profil = 'association'" });
    const sansCondition = modifierOnglet(avecCondition, 'usager', 0, { condition: '  ' });
    expect(sansCondition.vues.usager.onglets[0]).not.toHaveProperty('condition');
  });

  it.each<[string, (m: Modele) => Modele]>([
    ['sans changement', (m) => modifierOnglet(m, 'usager', 0, { titre: 'Demandeur' })],
    ['hors bornes', (m) => supprimerOnglet(m, 'usager', 7)],
    ['premier vers le haut', (m) => deplacerOnglet(m, 'usager', 0, -1)],
  ])('%s : même modèle', (_cas, operation) => {
    expect(operation(modele)).toBe(modele);
  });

  it('les onglets non touchés gardent leur référence', () => {
    const resultat = modifierOnglet(modele, 'usager', 1, { titre: 'Le projet' });
    expect(resultat.vues.usager.onglets[0]).toBe(modele.vues.usager.onglets[0]);
    expect(resultat.champs).toBe(modele.champs);
  });

  it('modifier la vue partenaire absente part d’une copie de la vue usager', () => {
    const resultat = ajouterOnglet(modele, 'partenaire', 'Suivi');
    expect(plan(resultat, 'partenaire')).toEqual([...plan(modele, 'usager'), 'suivi/']);
    expect(resultat.vues.usager).toBe(modele.vues.usager);
  });
});

describe('sections', () => {
  it.each<[string, (m: Modele) => Modele, string[]]>([
    [
      'ajouter dans un onglet, code pris dans un autre onglet',
      (m) => ajouterSection(m, 'usager', 0, 'Budget'),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'demandeur/budget_2: ',
        'projet/budget: montant | total',
      ],
    ],
    [
      'ajouter en tête',
      (m) => ajouterSection(m, 'usager', 1, 'Calendrier', 0),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/calendrier: ',
        'projet/budget: montant | total',
      ],
    ],
    [
      'descendre dans le même onglet',
      (m) => deplacerSection(m, 'usager', { onglet: 0, section: 0 }, { onglet: 0, index: 1 }),
      [
        'demandeur/contact: email | situation',
        'demandeur/identite: nom+prenom | date_naissance',
        'projet/budget: montant | total',
      ],
    ],
    [
      'vers un autre onglet, en tête',
      (m) => deplacerSection(m, 'usager', { onglet: 0, section: 1 }, { onglet: 1, index: 0 }),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'projet/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'vers un autre onglet, à la fin',
      (m) => deplacerSection(m, 'usager', { onglet: 1, section: 0 }, { onglet: 0, index: 99 }),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'demandeur/budget: montant | total',
        'projet/',
      ],
    ],
    [
      'supprimer',
      (m) => supprimerSection(m, 'usager', { onglet: 0, section: 0 }),
      ['demandeur/contact: email | situation', 'projet/budget: montant | total'],
    ],
  ])('%s', (_cas, operation, attendu) => {
    expect(plan(operation(modele))).toEqual(attendu);
  });

  it.each<[string, (m: Modele) => Modele]>([
    ['section inconnue', (m) => deplacerSection(m, 'usager', { onglet: 0, section: 5 }, { onglet: 1, index: 0 })],
    ['onglet cible inconnu', (m) => deplacerSection(m, 'usager', { onglet: 0, section: 0 }, { onglet: 4, index: 0 })],
    ['dernière vers le bas', (m) => deplacerSection(m, 'usager', { onglet: 0, section: 1 }, { onglet: 0, index: 2 })],
    ['titre inchangé', (m) => modifierSection(m, 'usager', { onglet: 0, section: 0 }, { titre: 'Identité' })],
  ])('%s : même modèle', (_cas, operation) => {
    expect(operation(modele)).toBe(modele);
  });

  it('modifie titre, code et condition', () => {
    const resultat = modifierSection(
      modele,
      'usager',
      { onglet: 0, section: 1 },
      { titre: 'Joindre', code: 'joindre', condition: '' },
    );
    expect(resultat.vues.usager.onglets[0]?.sections[1]).toEqual({
      code: 'joindre',
      titre: 'Joindre',
      lignes: [{ champs: ['email'] }, { champs: ['situation'] }],
    });
    expect(resultat.vues.usager.onglets[1]).toBe(modele.vues.usager.onglets[1]);
  });
});
