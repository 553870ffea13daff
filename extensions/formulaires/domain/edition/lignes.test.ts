import type { Modele } from '../modele';
import { ajouterLigne, deplacerLigne, inverserColonnes, supprimerLigne } from './lignes';
import { plan, unModele } from './testing';

const modele = unModele();
const identite = { onglet: 0, section: 0 };
const contact = { onglet: 0, section: 1 };
const budget = { onglet: 1, section: 0 };

describe('lignes', () => {
  it.each<[string, (m: Modele) => Modele, string[]]>([
    [
      'ajouter une ligne vide à la fin',
      (m) => ajouterLigne(m, 'usager', identite),
      [
        'demandeur/identite: nom+prenom | date_naissance | ',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'ajouter une ligne de deux champs en tête (au plus deux)',
      (m) => ajouterLigne(m, 'usager', budget, ['note_agent', 'age_demandeur', 'email'], 0),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: note_agent+age_demandeur | montant | total',
      ],
    ],
    [
      'monter une ligne',
      (m) => deplacerLigne(m, 'usager', { ...identite, ligne: 1 }, { ...identite, index: 0 }),
      [
        'demandeur/identite: date_naissance | nom+prenom',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'vers une autre section',
      (m) => deplacerLigne(m, 'usager', { ...identite, ligne: 0 }, { ...budget, index: 1 }),
      [
        'demandeur/identite: date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | nom+prenom | total',
      ],
    ],
    [
      'supprimer une ligne',
      (m) => supprimerLigne(m, 'usager', { ...contact, ligne: 0 }),
      [
        'demandeur/identite: nom+prenom | date_naissance',
        'demandeur/contact: situation',
        'projet/budget: montant | total',
      ],
    ],
    [
      'inverser les colonnes',
      (m) => inverserColonnes(m, 'usager', { ...identite, ligne: 0 }),
      [
        'demandeur/identite: prenom+nom | date_naissance',
        'demandeur/contact: email | situation',
        'projet/budget: montant | total',
      ],
    ],
  ])('%s', (_cas, operation, attendu) => {
    expect(plan(operation(modele))).toEqual(attendu);
  });

  it.each<[string, (m: Modele) => Modele]>([
    ['première vers le haut', (m) => deplacerLigne(m, 'usager', { ...identite, ligne: 0 }, { ...identite, index: -1 })],
    ['ligne inconnue', (m) => deplacerLigne(m, 'usager', { ...identite, ligne: 9 }, { ...budget, index: 0 })],
    [
      'section cible inconnue',
      (m) => deplacerLigne(m, 'usager', { ...identite, ligne: 0 }, { onglet: 1, section: 3, index: 0 }),
    ],
    ['inverser une ligne d’un champ', (m) => inverserColonnes(m, 'usager', { ...identite, ligne: 1 })],
  ])('%s : même modèle', (_cas, operation) => {
    expect(operation(modele)).toBe(modele);
  });

  it('déplacer entre sections ne recrée que les sections concernées', () => {
    const resultat = deplacerLigne(modele, 'usager', { ...identite, ligne: 0 }, { ...contact, index: 0 });
    expect(resultat.vues.usager.onglets[1]).toBe(modele.vues.usager.onglets[1]);
    expect(resultat.vues.usager.onglets[0]?.sections[1]?.lignes[1]).toBe(
      modele.vues.usager.onglets[0]?.sections[1]?.lignes[0],
    );
  });
});
