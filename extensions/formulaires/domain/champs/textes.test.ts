import type { Champ } from '../modele';
import { espacesOrdinaires, lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';
import { DEFINITIONS } from './index';

const texte: Champ = { code: 'nom', type: 'texte', libelle: 'Nom', requis: false, longueurMax: 5 };
const texteLibre: Champ = { code: 'commentaire', type: 'texte', libelle: 'Commentaire', requis: false };
const plaque: Champ = { code: 'plaque', type: 'texte', libelle: 'Immatriculation', requis: false, masque: 'AA-999-AA' };
const texteLong: Champ = { code: 'projet', type: 'texte_long', libelle: 'Votre projet', requis: false };
const email: Champ = { code: 'courriel', type: 'email', libelle: 'Adresse électronique', requis: false };

describe('texte and texte_long: valid values are normalised', () => {
  it.each<[string, Champ, unknown, unknown]>([
    ['trimmed', texte, '  Alice ', 'Alice'],
    ['at its maximum length', texte, 'abcde', 'abcde'],
    ['length in characters, not UTF-16 units', texte, '😀😀😀😀😀', '😀😀😀😀😀'],
    ['decomposed accents composed (NFC)', texte, 'e\u0301te\u0301', 'été'],
    ['CRLF becomes LF', texteLibre, 'a\r\nb', 'a\nb'],
    ['up to 2 000 characters by default', texteLibre, 'x'.repeat(2000), 'x'.repeat(2000)],
    ['masked form from input without separators', plaque, 'ab123cd', 'AB-123-CD'],
    ['texte_long keeps paragraphs', texteLong, 'Premier.\r\n\r\nSecond.', 'Premier.\n\nSecond.'],
    ['texte_long up to 10 000 characters by default', texteLong, 'x'.repeat(10_000), 'x'.repeat(10_000)],
    ['blank is empty', texte, '   ', null],
    ['null is empty', texte, null, null],
  ])('%s', (_cas, champ, valeur, attendu) => {
    expect(valeurValide(champ, valeur)).toEqual(attendu);
  });
});

describe('texte and texte_long: invalid values', () => {
  it.each<[string, Champ, unknown, string, string]>([
    ['too long', texte, 'abcdef', 'TROP_LONG', '« Nom » ne doit pas dépasser 5 caractères (vous en avez saisi 6).'],
    [
      'over the default limit',
      texteLibre,
      'x'.repeat(2001),
      'TROP_LONG',
      '« Commentaire » ne doit pas dépasser 2 000 caractères (vous en avez saisi 2 001).',
    ],
    ['not text', texte, 12, 'FORMAT', 'Saisissez du texte pour « Nom ».'],
    ['several values', texte, ['a', 'b'], 'FORMAT', 'Saisissez du texte pour « Nom ».'],
    [
      'does not fit the mask',
      plaque,
      'AB-1234-CD',
      'FORMAT',
      'Saisissez « Immatriculation » au format AA-999-AA, par exemple AB-123-CD.',
    ],
    [
      'texte_long over 10 000',
      texteLong,
      'x'.repeat(10_001),
      'TROP_LONG',
      '« Votre projet » ne doit pas dépasser 10 000 caractères (vous en avez saisi 10 001).',
    ],
  ])('%s', (_cas, champ, valeur, code, message) => {
    expect(problemeDe(champ, valeur)).toEqual({ code, message });
  });
});

describe('email', () => {
  it.each<[unknown, string | null]>([
    ['alice@exemple.fr', 'alice@exemple.fr'],
    ['  Alice.Martin@Exemple.FR ', 'Alice.Martin@exemple.fr'], // only the domain is lowercased
    ['prenom+dossier@sous.domaine.gouv.fr', 'prenom+dossier@sous.domaine.gouv.fr'],
    ['contact@mairie-amiens.fr', 'contact@mairie-amiens.fr'],
    ['', null],
  ])('%j → %p', (valeur, attendu) => {
    expect(valeurValide(email, valeur)).toBe(attendu);
  });

  it.each([
    ['alice'],
    ['alice@exemple'], // no dot in the domain
    ['alice@@exemple.fr'],
    ['alice@exemple@autre.fr'],
    ['alice martin@exemple.fr'],
    ['alice@exemple..fr'],
    ['.alice@exemple.fr'],
    ['alice@-exemple.fr'],
    ['alice@exemple.f'],
    ['alice@exemple.123'],
    ['<alice@exemple.fr>'],
    ['alice@exemple.fr, bob@exemple.fr'],
  ])('%j is refused', (valeur) => {
    expect(problemeDe(email, valeur)).toEqual({
      code: 'FORMAT',
      message:
        'Indiquez une adresse électronique valide pour « Adresse électronique », par exemple prenom.nom@exemple.fr.',
    });
  });

  it('limits an address to 254 characters', () => {
    expect(problemeDe(email, `${'a'.repeat(60)}@${'b'.repeat(200)}.fr`).code).toBe('TROP_LONG');
  });
});

describe('lire', () => {
  it.each<[string, Champ, Record<string, string | string[] | undefined>, unknown]>([
    ['a posted value, trimmed', texte, { nom: ' Alice ' }, 'Alice'],
    ['absent: not on the page', texte, {}, undefined],
    ['emptied', texte, { nom: '  ' }, null],
    ['one value in an array', texte, { nom: ['Alice'] }, 'Alice'],
    ['several values kept for validation to refuse', texte, { nom: ['a', 'b'] }, ['a', 'b']],
    [
      'a code that is an Object.prototype key is not read from the prototype',
      { ...texte, code: 'constructor' },
      {},
      undefined,
    ],
    ['email', email, { courriel: 'a@b.fr' }, 'a@b.fr'],
  ])('%s', (_cas, champ, saisie, attendu) => {
    expect(lire(champ, saisie)).toEqual(attendu);
  });
});

describe('lisible', () => {
  it('shows texts as stored', () => {
    expect(lisibleDe(texteLong, 'a\nb')).toBe('a\nb');
    expect(lisibleDe(email, 'a@b.fr')).toBe('a@b.fr');
    expect(lisibleDe(texte, '')).toBeNull();
  });
});

describe('problemes', () => {
  it('reports a maximum length shorter than the mask', () => {
    const champ = {
      code: 'plaque',
      type: 'texte',
      libelle: 'Immatriculation',
      requis: false,
      masque: 'AA-999-AA',
      longueurMax: 5,
    } as const;
    expect(DEFINITIONS.texte.problemes(champ).map(espacesOrdinaires)).toEqual([
      'Le champ « plaque » a une longueur maximale (5) inférieure à celle de son masque (9 caractères) : aucune saisie ne pourrait être acceptée.',
    ]);
  });
});
