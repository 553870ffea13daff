import { arrondir } from './champs/nombres';
import { elementsVisibles, evaluerFormulaire } from './evaluation';
import type { Champ, Modele } from './modele';
import { trierCalculs } from './ordre-calculs';
import { AUJOURDHUI, unModele } from './testing/modeles';

const contexte = { vue: 'usager' as const, aujourdhui: AUJOURDHUI };

function modeleAvec(champs: Champ[]): Modele {
  return {
    champs,
    vues: {
      usager: {
        onglets: [
          {
            code: 'o',
            titre: 'O',
            sections: [{ code: 's', titre: 'S', lignes: champs.map((c) => ({ champs: [c.code] })) }],
          },
        ],
      },
    },
  };
}

describe('conditions d’affichage', () => {
  it.each([
    [{ situation: 'seul' }, false],
    [{ situation: 'couple' }, true],
    [{}, false],
  ])('conjoint affiché pour %j : %s', (valeurs, attendu) => {
    expect(elementsVisibles(unModele(), 'usager', valeurs, { aujourdhui: AUJOURDHUI }).champs.has('conjoint')).toBe(
      attendu,
    );
  });

  it('les conditions en chaîne se propagent : masquer a masque b qui dépend de a', () => {
    const modele = modeleAvec([
      { code: 'a', type: 'case_a_cocher', libelle: 'A', requis: false },
      { code: 'b', type: 'texte', libelle: 'B', requis: false, condition: 'a' },
      { code: 'c', type: 'texte', libelle: 'C', requis: false, condition: "b = 'oui'" },
    ]);
    const affiche = evaluerFormulaire(modele, { a: true, b: 'oui' }, contexte);
    expect([...affiche.visibilite.champs]).toEqual(['a', 'b', 'c']);
    const masque = evaluerFormulaire(modele, { a: false, b: 'oui' }, contexte);
    expect([...masque.visibilite.champs]).toEqual(['a']);
    expect(masque.valeurs).toEqual({ a: false });
  });

  it('une condition illisible affiche l’élément plutôt que de perdre une réponse', () => {
    const modele = modeleAvec([{ code: 'x', type: 'texte', libelle: 'X', requis: false, condition: '((' }]);
    expect(evaluerFormulaire(modele, {}, contexte).visibilite.champs.has('x')).toBe(true);
  });
});

describe('calculs', () => {
  it('calcule en ordre de dépendance, avec décimales et négatifs', () => {
    const modele = modeleAvec([
      { code: 'total', type: 'calcul', libelle: 'T', requis: false, formule: 'sous_total * 2', decimales: 2 },
      { code: 'sous_total', type: 'calcul', libelle: 'S', requis: false, formule: 'a - b', decimales: 2 },
      { code: 'a', type: 'montant', libelle: 'A', requis: false },
      { code: 'b', type: 'montant', libelle: 'B', requis: false },
    ]);
    expect(evaluerFormulaire(modele, { a: 10.1, b: 20.2 }, contexte).valeurs).toMatchObject({
      sous_total: -10.1,
      total: -20.2,
    });
  });

  it('utilise les clés numériques des listes', () => {
    const modele = modeleAvec([
      {
        code: 'enfants',
        type: 'liste',
        libelle: 'Enfants',
        requis: false,
        options: [
          { valeur: '1', libelle: 'Un' },
          { valeur: '2', libelle: 'Deux' },
        ],
      },
      { code: 'parts', type: 'calcul', libelle: 'Parts', requis: false, formule: '1 + enfants * 0.5', decimales: 1 },
    ]);
    expect(evaluerFormulaire(modele, { enfants: '2' }, contexte).valeurs.parts).toBe(2);
  });

  it('détecte les cycles et écarte les calculs qui en dépendent', () => {
    const modele = modeleAvec([
      { code: 'x', type: 'calcul', libelle: 'X', requis: false, formule: 'y + 1', decimales: 0 },
      { code: 'y', type: 'calcul', libelle: 'Y', requis: false, formule: 'x + 1', decimales: 0 },
      { code: 'z', type: 'calcul', libelle: 'Z', requis: false, formule: 'x + 1', decimales: 0 },
      { code: 'w', type: 'calcul', libelle: 'W', requis: false, formule: '2', decimales: 0 },
    ]);
    const { ordre, cycles } = trierCalculs(modele);
    expect(cycles.sort()).toEqual(['x', 'y', 'z']);
    expect(ordre.map((c) => c.code)).toEqual(['w']);
  });

  it.each([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.001, 2, 0],
  ])('arrondir(%s, %s) = %s', (nombre, decimales, attendu) => {
    expect(arrondir(nombre, decimales)).toBe(attendu);
  });
});
