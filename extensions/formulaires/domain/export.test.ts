import { construireExport, lireExport, schemaJsonExport, serialiserExport, type DocumentExport } from './export';
import type { Champ } from './modele';
import { unModele } from './testing/modeles';

const liste = { code: 'communes', titre: 'Communes', options: [{ valeur: '80021', libelle: 'Amiens' }] };
const entree = {
  categorie: 'Identité',
  section: 'Demandeur',
  champ: { code: 'nom', type: 'texte', libelle: 'Nom', requis: true, longueurMax: 50 } as Champ,
};

function documentDeTest(): DocumentExport {
  const modele = unModele();
  modele.champs[0] = { ...modele.champs[0]!, origine: 'nom' } as Champ;
  modele.champs.push({
    code: 'commune',
    type: 'liste_referentiel',
    libelle: 'Commune',
    requis: false,
    referentiel: 'communes',
  });
  modele.vues.usager.onglets[0]!.sections[0]!.lignes.push({ champs: ['commune'] });
  const autreListe = { code: 'inutile', titre: 'Inutile', options: [] };
  return construireExport({ code: 'aide', titre: 'Aide', contenu: modele }, [entree], [autreListe, liste]);
}

describe('export de modèle', () => {
  it('ne garde que les listes et entrées utilisées', () => {
    const document = documentDeTest();
    expect(document.referentiels.map((l) => l.code)).toEqual(['communes']);
    expect(document.referentielChamps.map((e) => e.champ.code)).toEqual(['nom']);
  });

  it('export → lecture → export donne les mêmes octets, même si les clés arrivent dans un autre ordre', () => {
    const texte = serialiserExport(documentDeTest());
    const melange = JSON.parse(texte, (_cle, valeur: unknown) =>
      valeur !== null && typeof valeur === 'object' && !Array.isArray(valeur)
        ? Object.fromEntries(Object.entries(valeur).reverse())
        : valeur,
    );
    const relu = lireExport(melange);
    expect(relu.ok ? [] : relu.error).toEqual([]);
    if (relu.ok) expect(serialiserExport(relu.value)).toBe(texte);
  });

  it.each<[string, (d: DocumentExport) => unknown, RegExp]>([
    ['format inconnu', (d) => ({ ...d, format: 'autre' }), /n’est pas un export de modèle Guichet/],
    [
      'liste absente',
      (d) => ({ ...d, referentiels: [] }),
      /utilise la liste «\u00A0communes\u00A0», absente du fichier/,
    ],
    ['entrée absente', (d) => ({ ...d, referentielChamps: [] }), /provient de l’entrée «\u00A0nom\u00A0»/],
    [
      'modèle invalide',
      (d) => ({ ...d, modele: { ...d.modele, contenu: { ...d.modele.contenu, champs: [] } } }),
      /Modèle : Vue usager/,
    ],
  ])('refuse un document invalide : %s', (_cas, casser, attendu) => {
    const verdict = lireExport(casser(documentDeTest()));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.error.join('\n')).toMatch(attendu);
  });

  it('publie un JSON Schema 2020-12', () => {
    const schema = schemaJsonExport();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toHaveProperty('properties.modele');
  });
});
