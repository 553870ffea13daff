import { TYPES_CHAMP, type Champ, type Modele } from '../modele';
import { champParDefaut } from './nouveau-champ';
import { donneesExemple, fichierExemple, selonMasque, valeurExemple } from './exemples';
import { unModele } from './testing';

const options = { aujourdhui: '2026-03-10', referentiels: { communes: [{ valeur: '80021', libelle: 'Amiens' }] } };
const modele = unModele();
const exemple = (champ: Champ, m: Modele = modele) => valeurExemple(champ, m, options);

describe('valeurs d’exemple de l’aperçu', () => {
  it.each<[string, Champ, unknown]>([
    ['texte selon le code', { code: 'prenom_enfant', type: 'texte', libelle: 'P', requis: true }, 'Camille'],
    [
      'texte avec masque',
      { code: 'immat', type: 'texte', libelle: 'I', requis: true, masque: 'AA-999-AA' },
      'AB-123-CD',
    ],
    ['texte tronqué', { code: 'nom', type: 'texte', libelle: 'N', requis: true, longueurMax: 3 }, 'Dup'],
    ['nombre dans ses bornes', { code: 'n', type: 'nombre', libelle: 'N', requis: true, min: 100, max: 200 }, 150],
    ['nombre entier par défaut', { code: 'n', type: 'nombre', libelle: 'N', requis: true }, 13],
    ['nombre à décimales', { code: 'n', type: 'nombre', libelle: 'N', requis: true, decimales: 1 }, 12.5],
    ['montant au-dessous du maximum', { code: 'm', type: 'montant', libelle: 'M', requis: true, max: 800 }, 800],
    ['montant négatif permis', { code: 'm', type: 'montant', libelle: 'M', requis: true, min: -500, max: -100 }, -300],
    [
      'calcul en euros',
      { code: 'c', type: 'calcul', libelle: 'C', requis: false, formule: '1', decimales: 2, unite: 'euros' },
      1250.5,
    ],
    ['date de naissance', { code: 'date_naissance', type: 'date', libelle: 'D', requis: true }, '1985-06-14'],
    ['date bornée', { code: 'debut', type: 'date', libelle: 'D', requis: true, max: '2025-12-31' }, '2025-12-31'],
    [
      'cases multiples bornées',
      {
        code: 'c',
        type: 'cases_multiples',
        libelle: 'C',
        requis: true,
        maxChoix: 1,
        options: [
          { valeur: 'a', libelle: 'A' },
          { valeur: 'b', libelle: 'B' },
        ],
      },
      ['a'],
    ],
    [
      'liste sur référentiel',
      { code: 'commune', type: 'liste_referentiel', libelle: 'C', requis: true, referentiel: 'communes' },
      '80021',
    ],
    [
      'liste sur référentiel inconnu',
      { code: 'x', type: 'liste_referentiel', libelle: 'X', requis: true, referentiel: 'inconnu' },
      null,
    ],
    ['liste sans option', { code: 'x', type: 'liste', libelle: 'X', requis: true, options: [] }, null],
    [
      'tableau à lignes fixes',
      {
        code: 't',
        type: 'tableau',
        libelle: 'T',
        requis: true,
        colonnes: [{ code: 'annee', libelle: 'Année', type: 'nombre', requis: true }],
        lignes: [
          { code: 'n1', libelle: 'N-1' },
          { code: 'n2', libelle: 'N-2' },
          { code: 'n3', libelle: 'N-3' },
        ],
      },
      [{ annee: 2 }, { annee: 3 }, { annee: 4 }],
    ],
    ['note sans valeur', { code: 'n', type: 'note', libelle: 'N', requis: false, contenu: 'Lisez.' }, undefined],
  ])('%s', (_cas, champ, attendu) => {
    expect(exemple(champ)).toEqual(attendu);
  });

  it('âge calculé depuis la date de naissance d’exemple, à la date du jour donnée', () => {
    const age = modele.champs.find((c) => c.code === 'age_demandeur') as Champ;
    expect(exemple(age)).toBe(40);
    expect(valeurExemple(age, modele, { aujourdhui: '2026-06-14' })).toBe(41);
  });

  it.each(TYPES_CHAMP.map((type) => [type]))('tout type a un exemple sans erreur (%s)', (type) => {
    expect(() => exemple(champParDefaut(type, 'code', 'Libellé'))).not.toThrow();
  });

  it('donneesExemple couvre les champs qui ont une valeur', () => {
    expect(Object.keys(donneesExemple(modele, options))).toEqual(modele.champs.map((c) => c.code));
  });

  it.each([
    [['image/png', 'application/pdf'], 'avis-impot.png'],
    [['application/x-inconnu'], 'avis-impot.pdf'],
  ])('fichierExemple(%j)', (formats, attendu) => {
    expect(
      fichierExemple({ code: 'avis_impot', type: 'justificatif', libelle: 'A', requis: true, formats, tailleMax: 1 }),
    ).toBe(attendu);
  });

  it('selonMasque : lettre ou chiffre', () => {
    expect(selonMasque('**-99')).toBe('A1-23');
  });
});
