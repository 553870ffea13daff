import { TYPES_CHAMP, type Champ, type Modele } from '../modele';
import { ajouterChamp, changerTypeChamp, modifierChamp, prochainCode, supprimerChamp } from './champs';
import { copierVue } from './vues';
import { champParDefaut, convertirChamp } from './nouveau-champ';
import { plan, unModele } from './testing';

const modele = unModele();
const champ = (m: Modele, code: string) => m.champs.find((c) => c.code === code);

describe('définitions de champs', () => {
  it.each([
    ['code libre', 'commune', 'commune'],
    ['code pris', 'nom', 'nom_2'],
  ])('ajouterChamp, %s', (_cas, code, attendu) => {
    const resultat = ajouterChamp(modele, { code, type: 'texte', libelle: 'X', requis: false });
    expect(resultat.champs.at(-1)?.code).toBe(attendu);
    expect(resultat.vues).toBe(modele.vues);
    expect(prochainCode(modele, code)).toBe(attendu);
  });

  it('ajouterChamp à une position', () => {
    const resultat = ajouterChamp(modele, { code: 'civilite', type: 'texte', libelle: 'Civilité', requis: false }, 0);
    expect(resultat.champs.map((c) => c.code).slice(0, 2)).toEqual(['civilite', 'nom']);
  });

  it.each<[string, Parameters<typeof modifierChamp>[2], Partial<Champ>]>([
    [
      'libellé et aide',
      { libelle: 'Nom de naissance', aide: 'En majuscules' },
      { libelle: 'Nom de naissance', aide: 'En majuscules' },
    ],
    ['requis', { requis: false }, { requis: false }],
    ['type et code ignorés', { type: 'email', code: 'x' } as never, { type: 'texte', code: 'nom' }],
  ])('modifierChamp : %s', (_cas, proprietes, attendu) => {
    const resultat = modifierChamp(modele, 'nom', proprietes);
    expect(champ(resultat, 'nom')).toMatchObject(attendu);
    expect(resultat.champs[1]).toBe(modele.champs[1]);
  });

  it('modifierChamp retire une propriété passée à undefined', () => {
    const resultat = modifierChamp(modele, 'montant', { max: undefined });
    expect(champ(resultat, 'montant')).toEqual({
      code: 'montant',
      type: 'montant',
      libelle: 'Montant demandé',
      requis: true,
      min: 0,
    });
  });

  it.each<[string, (m: Modele) => Modele]>([
    ['valeur identique', (m) => modifierChamp(m, 'nom', { libelle: 'Nom' })],
    ['champ inconnu', (m) => modifierChamp(m, 'inconnu', { libelle: 'X' })],
    ['même type', (m) => changerTypeChamp(m, 'nom', 'texte')],
    ['supprimer un champ inconnu', (m) => supprimerChamp(m, 'inconnu')],
  ])('%s : même modèle', (_cas, operation) => {
    expect(operation(modele)).toBe(modele);
  });

  it('supprimerChamp l’enlève de la définition et de chaque vue', () => {
    const avecVueAgent = copierVue(modele, 'usager', 'partenaire');
    const resultat = supprimerChamp(avecVueAgent, 'email');
    expect(champ(resultat, 'email')).toBeUndefined();
    expect(plan(resultat)).toEqual([
      'demandeur/identite: nom+prenom | date_naissance',
      'demandeur/contact: situation',
      'projet/budget: montant | total',
    ]);
    expect(plan(resultat, 'partenaire')).toEqual(plan(resultat));
    expect(resultat.vues.agent).toBe(modele.vues.agent);
  });

  it('supprimerChamp ne crée pas les vues absentes', () => {
    const resultat = supprimerChamp(modele, 'nom');
    expect(resultat.vues.partenaire).toBeUndefined();
  });

  it.each([
    [
      'liste → boutons radio : options gardées',
      'situation',
      'boutons_radio',
      {
        type: 'boutons_radio',
        requis: true,
        options: [
          { valeur: 'seul', libelle: 'Seul·e' },
          { valeur: 'couple', libelle: 'En couple' },
        ],
      },
    ],
    ['texte → calcul : plus requis', 'nom', 'calcul', { type: 'calcul', requis: false, formule: '', decimales: 0 }],
    [
      'email → note : condition gardée',
      'email',
      'note',
      { type: 'note', requis: false, contenu: '', condition: "nom != ''" },
    ],
    ['liste → nombre : options perdues', 'situation', 'nombre', { type: 'nombre', libelle: 'Situation' }],
  ] as const)('changerTypeChamp %s', (_cas, code, type, attendu) => {
    const resultat = champ(changerTypeChamp(modele, code, type), code);
    expect(resultat).toMatchObject(attendu);
    if (type === 'nombre') expect(resultat).not.toHaveProperty('options');
  });

  it.each(TYPES_CHAMP.map((type) => [type]))('champParDefaut(%s) a le type et le code demandés', (type) => {
    const nouveau = champParDefaut(type, 'code', 'Libellé');
    expect(nouveau).toMatchObject({ type, code: 'code', libelle: 'Libellé', requis: false });
    expect(convertirChamp(nouveau, type)).toBe(nouveau);
  });
});
