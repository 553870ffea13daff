import { TYPES_ACTION } from './action';
import {
  construireDocumentGuide,
  lireDocumentGuide,
  lireTexteGuide,
  schemaJsonGuide,
  serialiserGuide,
} from './export-guide';
import type { Guide } from './guide';
import { copie, lisible, unGuide } from './testing/builders';
import { unGuideRiche } from './testing/guide-riche';

/** The same JSON value with every object's keys in reverse order. */
function clesInversees(valeur: unknown): unknown {
  if (Array.isArray(valeur)) return valeur.map(clesInversees);
  if (typeof valeur !== 'object' || valeur === null) return valeur;
  return Object.fromEntries(
    Object.entries(valeur)
      .reverse()
      .map(([cle, contenu]) => [cle, clesInversees(contenu)]),
  );
}

function problemesImport(document: unknown): string[] {
  const resultat = lireDocumentGuide(document);
  return resultat.ok ? [] : resultat.error.map(lisible);
}

describe('export and import of a guide', () => {
  it.each<[string, Guide]>([
    ['the rich guide', unGuideRiche()],
    ['a guide written before the new keys', unGuide()],
  ])('export → import → export gives the same bytes: %s', (_cas, guide) => {
    const texte = serialiserGuide(guide);
    const relu = lireTexteGuide(texte);
    if (!relu.ok) throw new Error(relu.error.join('\n'));
    expect(relu.value.guide).toEqual(guide);
    expect(serialiserGuide(relu.value.guide)).toBe(texte);
  });

  it('is canonical: keys in schema order whatever order they come in, lists in the guide’s order', () => {
    const texte = serialiserGuide(unGuideRiche());
    const desordre = lireDocumentGuide(clesInversees(JSON.parse(texte)));
    if (!desordre.ok) throw new Error(desordre.error.join('\n'));
    expect(serialiserGuide(desordre.value.guide)).toBe(texte);
    expect(
      texte.startsWith('{\n  "format": "guichet.guide",\n  "versionFormat": 1,\n  "guide": {\n    "statutDepot"'),
    ).toBe(true);
    expect(texte.endsWith('}\n')).toBe(true);
  });

  it('sorts correspondances by field code', () => {
    const guide = unGuideRiche();
    const texte = serialiserGuide(guide);
    expect(texte.indexOf('"raison_sociale"')).toBeLessThan(texte.indexOf('"siret": "siret"'));
  });

  it('leaves out keys a stored guide carries from elsewhere', () => {
    const guide = copie(unGuide());
    Object.assign(guide.etapes[0]!, { ancienneCle: 1 });
    expect(serialiserGuide(guide)).toBe(serialiserGuide(unGuide()));
  });

  it('refuses to export an invalid guide', () => {
    expect(() => serialiserGuide({ ...unGuide(), statutDepot: 'absent' })).toThrow(
      /Guide invalide, export impossible : Le statut de dépôt/,
    );
  });

  it.each<[string, (document: Record<string, unknown>) => unknown, string[]]>([
    [
      'an unknown key, with where it is (a typo must not be lost silently)',
      (d) => {
        const guide = d.guide as Guide;
        Object.assign(guide.etapes[1]!.statuts[0]!, { masqueAgent: true });
        return d;
      },
      ['guide › étape 2 › statut 1 : clé inconnue : « masqueAgent »'],
    ],
    [
      'unknown keys at the top and in an action',
      (d) => {
        const guide = d.guide as Guide;
        Object.assign(guide.etapes[0]!.statuts[0]!.actions[0]!, { copie: 'chef@example.fr', cci: 'x' });
        return { ...d, auteur: 'moi' };
      },
      [
        'Guide : clé inconnue : « auteur »',
        'guide › étape 1 › statut 1 › action 1 : clés inconnues : « copie », « cci »',
      ],
    ],
    [
      'another kind of document',
      (d) => ({ ...d, format: 'guichet.modele' }),
      ['format : ce fichier n’est pas un export de guide Guichet (attendu : format « guichet.guide »)'],
    ],
    [
      'a later format version',
      (d) => ({ ...d, versionFormat: 2 }),
      ['versionFormat : version de format inconnue (attendu : 1)'],
    ],
    [
      'a shape problem inside the guide',
      (d) => {
        const guide = d.guide as Guide;
        Object.assign(guide.etapes[0]!, { delai: { jours: -3, ouvres: true } });
        return d;
      },
      ['guide › étape 1 › delai › jours : nombre entier de jours attendu, entre 1 et 999'],
    ],
    [
      'a coherence problem inside the guide',
      (d) => {
        const guide = d.guide as Guide;
        guide.statutDepot = 'nulle_part';
        return d;
      },
      ['Le statut de dépôt « nulle_part » n’existe dans aucune étape.'],
    ],
  ])('refuses %s', (_cas, casser, attendu) => {
    const document = JSON.parse(JSON.stringify(construireDocumentGuide(unGuideRiche()))) as Record<string, unknown>;
    expect(problemesImport(casser(document))).toEqual(attendu);
  });

  it('refuses a file that is not JSON', () => {
    expect(lireTexteGuide('{ "format": ')).toEqual({
      ok: false,
      error: ['Le fichier n’est pas un document JSON lisible.'],
    });
  });
});

describe('schemaJsonGuide: the published JSON Schema', () => {
  const schema = schemaJsonGuide();
  const texte = JSON.stringify(schema);

  it('is a draft 2020-12 schema with its identity', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://guichet.example/schemas/guide-export.schema.json',
      title: 'Export de guide d’instruction Guichet',
      additionalProperties: false,
      required: ['format', 'versionFormat', 'guide'],
    });
  });

  it('describes every action type', () => {
    for (const type of TYPES_ACTION) expect(texte).toContain(`"const":"${type}"`);
  });

  it('closes every object except the correspondances maps, like the import', () => {
    const ouverts: string[] = [];
    const parcourir = (noeud: unknown, chemin: string): void => {
      if (Array.isArray(noeud)) return noeud.forEach((n, i) => parcourir(n, `${chemin}/${i}`));
      if (typeof noeud !== 'object' || noeud === null) return;
      const objet = noeud as Record<string, unknown>;
      if (objet.type === 'object' && objet.additionalProperties !== false && objet.properties) ouverts.push(chemin);
      for (const [cle, valeur] of Object.entries(objet)) parcourir(valeur, `${chemin}/${cle}`);
    };
    parcourir(schema, '');
    expect(ouverts).toEqual([]);
  });

  it('publishes the patterns that keep secrets out of guides', () => {
    expect(texte).toContain(JSON.stringify('^WEBHOOK_[A-Z0-9_]{1,64}$').slice(1, -1));
  });
});
