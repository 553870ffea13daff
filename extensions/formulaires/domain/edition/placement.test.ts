import type { Modele } from '../modele';
import { cheminDuChamp } from './chemins';
import { placerChamp, placerDansNouvelleLigne, retirerDeLaVue } from './placement';
import { plan, unModele } from './testing';

const modele = unModele();
const identite = { onglet: 0, section: 0 };
const contact = { onglet: 0, section: 1 };
const budget = { onglet: 1, section: 0 };

describe('placer un champ', () => {
  it.each<[string, (m: Modele) => Modele, string[]]>([
    [
      'un champ non placé à droite d’un autre',
      (m) => placerChamp(m, 'usager', 'age_demandeur', { ...identite, ligne: 1 }),
      [
        'demandeur/identite: nom+prenom | date_naissance+age_demandeur',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'un champ non placé à gauche',
      (m) => placerChamp(m, 'usager', 'age_demandeur', { ...identite, ligne: 1 }, 0),
      [
        'demandeur/identite: nom+prenom | age_demandeur+date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'un champ placé seul sur sa ligne : la ligne disparaît',
      (m) => placerChamp(m, 'usager', 'email', { ...contact, ligne: 1 }, 0),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email+situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'un champ d’une ligne de deux vers une autre section',
      (m) => placerChamp(m, 'usager', 'prenom', { ...budget, ligne: 0 }),
      [
        'demandeur/identite: nom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant+prenom | total',
      ],
    ],
    [
      'changer de colonne dans la même ligne',
      (m) => placerChamp(m, 'usager', 'prenom', { ...identite, ligne: 0 }, 0),
      [
        'demandeur/identite: prenom+nom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'dans une nouvelle ligne d’une autre section',
      (m) => placerDansNouvelleLigne(m, 'usager', 'nom', budget, 1),
      [
        'demandeur/identite: prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | nom | total',
      ],
    ],
    [
      'dans une nouvelle ligne de sa section (les positions sont celles d’avant)',
      (m) => placerDansNouvelleLigne(m, 'usager', 'email', contact, 2),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: situation | email',
        'projet/budget: montant | total',
      ],
    ],
    [
      'un champ non placé en nouvelle ligne à la fin',
      (m) => placerDansNouvelleLigne(m, 'usager', 'note_agent', contact),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation | note_agent',
        'projet/budget: montant | total',
      ],
    ],
    [
      'retirer de la vue un champ seul sur sa ligne',
      (m) => retirerDeLaVue(m, 'usager', 'total'),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant',
      ],
    ],
    [
      'retirer de la vue un champ d’une ligne de deux',
      (m) => retirerDeLaVue(m, 'usager', 'nom'),
      [
        'demandeur/identite: prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
  ])('%s', (_cas, operation, attendu) => {
    const resultat = operation(modele);
    expect(plan(resultat)).toEqual(attendu);
    expect(resultat.champs).toBe(modele.champs);
    expect(resultat.vues.agent).toBe(modele.vues.agent);
  });

  it.each<[string, (m: Modele) => Modele]>([
    ['ligne pleine', (m) => placerChamp(m, 'usager', 'email', { ...identite, ligne: 0 })],
    ['champ inconnu', (m) => placerChamp(m, 'usager', 'inconnu', { ...identite, ligne: 1 })],
    ['ligne inconnue', (m) => placerChamp(m, 'usager', 'email', { ...identite, ligne: 8 })],
    ['même place', (m) => placerChamp(m, 'usager', 'prenom', { ...identite, ligne: 0 }, 1)],
    ['section inconnue', (m) => placerDansNouvelleLigne(m, 'usager', 'email', { onglet: 3, section: 0 })],
    ['retirer un champ non placé', (m) => retirerDeLaVue(m, 'usager', 'note_agent')],
  ])('%s : même modèle', (_cas, operation) => {
    expect(operation(modele)).toBe(modele);
  });

  it('placer dans la vue agent ne touche pas la vue usager', () => {
    const resultat = placerDansNouvelleLigne(modele, 'agent', 'montant', { onglet: 0, section: 0 });
    expect(plan(resultat, 'agent')).toEqual(['instruction/avis: note_agent | montant']);
    expect(resultat.vues.usager).toBe(modele.vues.usager);
  });

  it('cheminDuChamp dit où est un champ', () => {
    expect(cheminDuChamp(modele, 'usager', 'prenom')).toEqual({ onglet: 0, section: 0, ligne: 0, colonne: 1 });
    expect(cheminDuChamp(modele, 'usager', 'note_agent')).toBeUndefined();
    expect(cheminDuChamp(modele, 'agent', 'note_agent')).toEqual({ onglet: 0, section: 0, ligne: 0, colonne: 0 });
  });
});
