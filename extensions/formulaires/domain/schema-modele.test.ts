import type { Champ, Modele } from './modele';
import { validerModele } from './schema-modele';
import { CHAMPS_BASE, copie, unModele } from './testing/modeles';

function problemes(modele: unknown): string[] {
  const verdict = validerModele(modele);
  return verdict.ok ? [] : verdict.error;
}

function avecChamps(...champs: Champ[]): Modele {
  const modele = unModele();
  return { ...modele, champs: [...modele.champs, ...champs] };
}

describe('validerModele', () => {
  it('accepte le modèle de référence et le rend tel quel', () => {
    const verdict = validerModele(unModele());
    expect(verdict).toEqual({ ok: true, value: unModele() });
  });

  it.each<[string, unknown, RegExp]>([
    ['clé inconnue', { ...unModele(), extra: 1 }, /Modèle : /],
    [
      'type inconnu',
      avecChamps({ code: 'x', type: 'carte', libelle: 'X', requis: false } as unknown as Champ),
      /type de champ inconnu/,
    ],
    ['code en double', avecChamps(CHAMPS_BASE[0]!), /«\u00A0nom\u00A0» est utilisé 2 fois/],
    ['mot réservé', avecChamps({ code: 'et', type: 'texte', libelle: 'Et', requis: false }), /mot réservé/],
    [
      'condition illisible',
      avecChamps({ code: 'x', type: 'texte', libelle: 'X', requis: false, condition: "a = 'b" }),
      /La condition ou la formule de le champ « x » est invalide/,
    ],
    [
      'condition sur un champ inconnu',
      avecChamps({ code: 'x', type: 'texte', libelle: 'X', requis: false, condition: "fantome = 'b'" }),
      /utilise le champ «\u00A0fantome\u00A0», qui n'existe pas/,
    ],
    [
      'calcul circulaire',
      avecChamps({ code: 'x', type: 'calcul', libelle: 'X', requis: false, formule: 'x + 1', decimales: 0 }),
      /dépend de lui-même/,
    ],
    [
      'âge sans date',
      avecChamps({ code: 'x', type: 'age', libelle: 'X', requis: false, champDate: 'nom' }),
      /doit se calculer à partir d'un champ date/,
    ],
  ])('refuse : %s', (_cas, modele, attendu) => {
    expect(problemes(modele).join('\n')).toMatch(attendu);
  });

  it('vérifie les vues : champ inconnu, champ placé deux fois, ligne de trois colonnes, section en double', () => {
    const modele = unModele();
    const section = modele.vues.usager.onglets[0]!.sections[0]!;
    const casse: Modele = {
      ...modele,
      vues: {
        usager: {
          onglets: [
            {
              ...modele.vues.usager.onglets[0]!,
              sections: [
                { ...section, lignes: [...section.lignes, { champs: ['fantome'] }, { champs: ['nom'] }] },
                { ...section, lignes: [] },
              ],
            },
          ],
        },
      },
    };
    expect(problemes(casse)).toEqual([
      expect.stringMatching(/Vue usager : le code de section «\u00A0identite\u00A0» est utilisé 2 fois/),
      expect.stringMatching(/Vue usager : le champ «\u00A0nom\u00A0» est placé 2 fois/),
      expect.stringMatching(/«\u00A0fantome\u00A0» est placé dans la vue mais n'existe pas/),
    ]);
    const large = copie(modele);
    large.vues.usager.onglets[0]!.sections[0]!.lignes[0] = { champs: ['nom', 'naissance', 'age'] };
    expect(problemes(large)).toEqual([
      expect.stringMatching(/onglet 1 › section 1 › ligne 1 › champs : une ligne contient au plus deux champs/),
    ]);
  });
});
