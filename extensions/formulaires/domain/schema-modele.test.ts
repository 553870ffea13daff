import type { Champ, Modele } from './modele';
import { validerModele } from './schema-modele';
import { lisible, unModele, unModeleAvec } from './testing/modeles';

/** The problems of a model, as plain-space strings; fails loudly when the model is unexpectedly valid. */
function problemes(input: unknown): string[] {
  const resultat = validerModele(input);
  if (resultat.ok) throw new Error('le modèle aurait dû être refusé');
  return resultat.error.map(lisible);
}

const texte = (surcharges: Record<string, unknown> = {}): Record<string, unknown> => ({
  code: 'nom',
  type: 'texte',
  libelle: 'Nom',
  requis: true,
  ...surcharges,
});
const modeleAvecChamp = (champ: Record<string, unknown>): unknown => ({
  sections: [{ code: 'section', titre: 'Section', champs: [champ] }],
});

describe('validerModele', () => {
  it('accepts a complete model and returns it', () => {
    const modele = unModele();
    expect(validerModele(modele)).toEqual({ ok: true, value: modele });
  });

  it('accepts an empty model (an administrator builds it step by step)', () => {
    expect(validerModele({ sections: [] })).toEqual({ ok: true, value: { sections: [] } });
  });

  it('trims labels and drops unknown keys', () => {
    const resultat = validerModele(modeleAvecChamp(texte({ libelle: '  Nom  ', couleur: 'rouge' })));
    expect(resultat).toEqual({
      ok: true,
      value: unModeleAvec({ code: 'nom', type: 'texte', libelle: 'Nom', requis: true }),
    });
  });

  it.each([
    ['nom'],
    ['date_naissance'],
    ['a1'],
    ['x'],
    ['constructor'], // a legal code: readers must use own properties only
  ])('accepts the code %j', (code) => {
    expect(validerModele(modeleAvecChamp(texte({ code }))).ok).toBe(true);
  });

  it.each([['Nom'], ['1nom'], ['_nom'], ['nom-famille'], ['prénom'], ['nom famille'], ['']])(
    'refuses the code %j and says where and why',
    (code) => {
      expect(problemes(modeleAvecChamp(texte({ code })))).toEqual([
        'section 1 › champ 1 › code : le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
      ]);
    },
  );

  it.each<[string, unknown, string]>([
    ['not an object', 'modèle', 'Modèle : valeur de type objet attendue'],
    ['sections missing', {}, 'sections : valeur manquante'],
    ['sections not an array', { sections: {} }, 'sections : valeur de type liste attendue'],
    ['section without titre', { sections: [{ code: 's', champs: [] }] }, 'section 1 › titre : valeur manquante'],
    [
      'blank titre',
      { sections: [{ code: 's', titre: '  ', champs: [] }] },
      'section 1 › titre : ne doit pas être vide',
    ],
    [
      'unknown field type',
      modeleAvecChamp(texte({ type: 'couleur' })),
      'section 1 › champ 1 › type : type de champ inconnu (attendu : texte, date, liste, montant ou justificatif)',
    ],
    [
      'requis not a boolean',
      modeleAvecChamp(texte({ requis: 'oui' })),
      'section 1 › champ 1 › requis : valeur de type vrai/faux attendue',
    ],
    ['blank libelle', modeleAvecChamp(texte({ libelle: '' })), 'section 1 › champ 1 › libelle : ne doit pas être vide'],
    [
      'longueurMax zero',
      modeleAvecChamp(texte({ longueurMax: 0 })),
      'section 1 › champ 1 › longueurMax : nombre entier supérieur à 0 attendu',
    ],
    [
      'longueurMax decimal',
      modeleAvecChamp(texte({ longueurMax: 1.5 })),
      'section 1 › champ 1 › longueurMax : nombre entier supérieur à 0 attendu',
    ],
    [
      'impossible date bound',
      modeleAvecChamp({ code: 'd', type: 'date', libelle: 'D', requis: false, min: '2026-02-30' }),
      'section 1 › champ 1 › min : date attendue au format AAAA-MM-JJ (une vraie date du calendrier)',
    ],
    [
      'liste without option',
      modeleAvecChamp({ code: 'l', type: 'liste', libelle: 'L', requis: false, options: [] }),
      'section 1 › champ 1 › options : une liste doit proposer au moins une option',
    ],
    [
      'option without valeur',
      modeleAvecChamp({ code: 'l', type: 'liste', libelle: 'L', requis: false, options: [{ libelle: 'A' }] }),
      'section 1 › champ 1 › option 1 › valeur : valeur manquante',
    ],
    [
      'montant bound not a number',
      modeleAvecChamp({ code: 'm', type: 'montant', libelle: 'M', requis: false, max: '10' }),
      'section 1 › champ 1 › max : valeur de type nombre attendue',
    ],
    [
      'justificatif without format',
      modeleAvecChamp({ code: 'j', type: 'justificatif', libelle: 'J', requis: false, formats: [], tailleMax: 1 }),
      'section 1 › champ 1 › formats : indiquez au moins un format de fichier accepté',
    ],
    [
      'justificatif with a file extension instead of a MIME type',
      modeleAvecChamp({ code: 'j', type: 'justificatif', libelle: 'J', requis: false, formats: ['pdf'], tailleMax: 1 }),
      'section 1 › champ 1 › format 1 : indiquez un type MIME, par exemple application/pdf ou image/jpeg',
    ],
    [
      'justificatif tailleMax zero',
      modeleAvecChamp({
        code: 'j',
        type: 'justificatif',
        libelle: 'J',
        requis: false,
        formats: ['application/pdf'],
        tailleMax: 0,
      }),
      'section 1 › champ 1 › tailleMax : nombre entier supérieur à 0 attendu',
    ],
    [
      'justificatif tailleMax negative',
      modeleAvecChamp({
        code: 'j',
        type: 'justificatif',
        libelle: 'J',
        requis: false,
        formats: ['application/pdf'],
        tailleMax: -5,
      }),
      'section 1 › champ 1 › tailleMax : nombre entier supérieur à 0 attendu',
    ],
  ])('refuses a model with %s', (_cas, input, attendu) => {
    expect(problemes(input)).toEqual([attendu]);
  });

  it('reports a field code used twice, even across sections', () => {
    const modele = unModele();
    const [premiere, seconde] = modele.sections;
    seconde?.champs.push({ ...(premiere?.champs[0] as Champ) });
    expect(problemes(modele)).toEqual([
      'Le code de champ « nom » est utilisé 2 fois : chaque champ du modèle doit avoir un code unique.',
    ]);
  });

  it('reports a section code used twice', () => {
    const modele: Modele = {
      sections: [
        { code: 's', titre: 'A', champs: [] },
        { code: 's', titre: 'B', champs: [] },
      ],
    };
    expect(problemes(modele)).toEqual([
      'Le code de section « s » est utilisé 2 fois : chaque section doit avoir un code unique.',
    ]);
  });

  it('reports a list offering the same valeur twice', () => {
    const modele = unModeleAvec({
      code: 'situation',
      type: 'liste',
      libelle: 'Situation',
      requis: true,
      options: [
        { valeur: 'a', libelle: 'A' },
        { valeur: 'a', libelle: 'A bis' },
        { valeur: 'b', libelle: 'B' },
      ],
    });
    expect(problemes(modele)).toEqual(['La liste « situation » propose plusieurs fois la valeur « a ».']);
  });

  it.each<[string, Champ]>([
    ['montant', { code: 'm', type: 'montant', libelle: 'M', requis: false, min: 100, max: 10 }],
    ['date', { code: 'm', type: 'date', libelle: 'M', requis: false, min: '2026-12-31', max: '2026-01-01' }],
  ])('reports a %s field whose min is above its max', (_type, champ) => {
    const min = 'min' in champ ? String(champ.min) : '';
    const max = 'max' in champ ? String(champ.max) : '';
    expect(problemes(unModeleAvec(champ))).toEqual([
      `Le champ « m » a un minimum (${min}) supérieur à son maximum (${max}).`,
    ]);
  });

  it.each<[string, Champ]>([
    ['montant', { code: 'm', type: 'montant', libelle: 'M', requis: false, min: 10, max: 10 }],
    ['date', { code: 'd', type: 'date', libelle: 'D', requis: false, min: '2026-01-01', max: '2026-01-01' }],
    ['montant, negative bounds', { code: 'm', type: 'montant', libelle: 'M', requis: false, min: -100, max: -10 }],
  ])('accepts equal or ordered bounds (%s)', (_type, champ) => {
    expect(validerModele(unModeleAvec(champ)).ok).toBe(true);
  });

  it('lists every problem at once, so the administrator fixes them in one pass', () => {
    const input = {
      sections: [{ code: 'Section', titre: '', champs: [texte({ code: 'Nom' }), texte({ type: 'inconnu' })] }],
    };
    expect(problemes(input)).toHaveLength(4);
  });
});
