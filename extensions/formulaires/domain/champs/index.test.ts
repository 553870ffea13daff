import { TYPES_CHAMP, type Champ, type Valeur } from '../modele';
import { calculerAge, DEFINITIONS, definition, estVide } from './index';

describe('DEFINITIONS', () => {
  it('has exactly one definition per field type of the model', () => {
    expect(Object.keys(DEFINITIONS).sort()).toEqual([...TYPES_CHAMP].sort());
  });

  it.each(TYPES_CHAMP.map((type) => [type]))('%s: the definition is filed under its own type', (type) => {
    expect(DEFINITIONS[type].type).toBe(type);
  });

  it('gives the definition of a field through definition()', () => {
    const champ: Champ = { code: 'c', type: 'nir', libelle: 'NIR', requis: false };
    expect(definition(champ)).toBe(DEFINITIONS.nir);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(DEFINITIONS)).toBe(true);
  });
});

describe('schema of each type (type-specific keys)', () => {
  it.each<[string, Record<string, unknown>]>([
    ['texte', { type: 'texte', longueurMax: 10, masque: 'AA-999-AA' }],
    ['texte_long', { type: 'texte_long' }],
    ['nombre', { type: 'nombre', min: 0, max: 10, decimales: 2 }],
    ['montant', { type: 'montant', min: -100 }],
    ['calcul', { type: 'calcul', formule: 'a + b', decimales: 2, unite: 'euros' }],
    ['date', { type: 'date', min: '2020-01-01' }],
    ['age', { type: 'age', champDate: 'date_naissance' }],
    ['case_a_cocher', { type: 'case_a_cocher' }],
    ['boutons_radio', { type: 'boutons_radio', options: [{ valeur: 'a', libelle: 'A' }] }],
    ['cases_multiples', { type: 'cases_multiples', options: [{ valeur: 'a', libelle: 'A' }], minChoix: 1 }],
    ['liste', { type: 'liste', options: [{ valeur: 'a', libelle: 'A' }] }],
    ['liste_referentiel', { type: 'liste_referentiel', referentiel: 'communes_epci' }],
    ['telephone', { type: 'telephone' }],
    ['email', { type: 'email' }],
    ['adresse', { type: 'adresse', carte: true }],
    ['nir', { type: 'nir' }],
    ['iban', { type: 'iban', etranger: false }],
    ['bic', { type: 'bic' }],
    ['siret', { type: 'siret' }],
    ['tableau', { type: 'tableau', colonnes: [{ code: 'a', libelle: 'A', type: 'texte', requis: false }] }],
    ['note', { type: 'note', contenu: 'À lire.' }],
    ['texte_riche', { type: 'texte_riche', longueurMax: 5000 }],
    ['justificatif', { type: 'justificatif', formats: ['application/pdf'], tailleMax: 1000 }],
    ['api_particulier', { type: 'api_particulier', service: 'quotient_familial' }],
    ['api_r2p', { type: 'api_r2p' }],
  ])('%s accepts a valid definition', (type, cles) => {
    expect(DEFINITIONS[type as Champ['type']].schema.safeParse(cles).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['texte', { type: 'texte', longueurMax: 0 }, 'nombre entier supérieur à 0 attendu'],
    [
      'texte',
      { type: 'texte', masque: '--' },
      'le masque doit contenir au moins un caractère à saisir : 9 (un chiffre), A (une lettre) ou * (une lettre ou un chiffre)',
    ],
    ['nombre', { type: 'nombre', decimales: 11 }, 'nombre entier de 0 à 10 attendu'],
    ['calcul', { type: 'calcul', formule: ' ', decimales: 0 }, 'ne doit pas être vide'],
    [
      'calcul',
      { type: 'calcul', formule: 'a', decimales: 0, unite: 'kg' },
      'unité inconnue (attendu : nombre ou euros)',
    ],
    ['date', { type: 'date', max: '2026-02-30' }, 'date attendue au format AAAA-MM-JJ (une vraie date du calendrier)'],
    ['liste', { type: 'liste', options: [] }, 'une liste doit proposer au moins une option'],
    [
      'justificatif',
      { type: 'justificatif', formats: ['pdf'], tailleMax: 1 },
      'indiquez un type MIME, par exemple application/pdf ou image/jpeg',
    ],
    [
      'api_particulier',
      { type: 'api_particulier', service: 'impots' },
      'service inconnu (attendu : quotient_familial, statut_etudiant ou statut_demandeur_emploi)',
    ],
    ['tableau', { type: 'tableau', colonnes: [] }, 'un tableau doit avoir au moins une colonne'],
    [
      'tableau',
      { type: 'tableau', colonnes: [{ code: 'a', libelle: 'A', type: 'fichier', requis: false }] },
      'type de colonne inconnu (attendu : texte, nombre, montant, date, liste, case_a_cocher ou calcul)',
    ],
    [
      'tableau',
      { type: 'tableau', colonnes: [{ code: 'A b', libelle: 'A', type: 'texte', requis: false }] },
      'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
    ],
  ])('%s refuses %j with a French message', (type, cles, message) => {
    const analyse = DEFINITIONS[type as Champ['type']].schema.safeParse(cles);
    expect(analyse.success).toBe(false);
    expect(analyse.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});

describe('estVide', () => {
  const champ = (type: Champ['type']): Pick<Champ, 'type'> => ({ type });
  it.each<[Champ['type'], Valeur | null | undefined, boolean]>([
    ['texte', null, true],
    ['texte', undefined, true],
    ['texte', '', true],
    ['texte', '  ', true],
    ['texte', 'a', false],
    ['nombre', 0, false],
    ['cases_multiples', [], true],
    ['cases_multiples', ['a'], false],
    ['case_a_cocher', false, true],
    ['case_a_cocher', true, false],
    ['tableau', [], true],
    ['tableau', [{ a: null, b: '' }], true],
    ['tableau', [{ a: null, b: 'x' }], false],
    ['adresse', { libelle: '' }, true],
    ['adresse', { libelle: '8 boulevard du Port 80000 Amiens' }, false],
    ['api_particulier', {}, true],
    ['api_particulier', { quotient_familial: 850 }, false],
  ])('%s %j → %s', (type, valeur, vide) => {
    expect(estVide(champ(type), valeur)).toBe(vide);
  });
});

describe('calculerAge', () => {
  it.each<[string, string, number | null]>([
    ['1984-12-07', '2026-03-15', 41],
    ['1984-03-15', '2026-03-15', 42], // birthday today
    ['1984-03-16', '2026-03-15', 41], // birthday tomorrow
    ['2026-03-15', '2026-03-15', 0],
    ['2008-02-29', '2026-02-28', 17], // born 29 February: not yet 18 on 28 February of a non-leap year…
    ['2008-02-29', '2026-03-01', 18], // …but on 1 March
    ['2008-02-29', '2028-02-29', 20], // on the day itself in a leap year
    ['2026-03-16', '2026-03-15', null], // born tomorrow
    ['1984-02-30', '2026-03-15', null],
    ['15/03/1984', '2026-03-15', null],
  ])('born %s, on %s → %p', (naissance, aujourdhui, age) => {
    expect(calculerAge(naissance, aujourdhui)).toBe(age);
  });
});

describe('module loading', () => {
  // Whatever file a program imports first, every definition must be ready: no import cycle through this folder.
  it.each([
    './adresse',
    './bancaire',
    './calculs',
    './case-a-cocher',
    './choix',
    './colonnes',
    './commun',
    './connecteurs',
    './date',
    './masque',
    './messages',
    './nir',
    './nombre',
    './nombres',
    './sans-valeur',
    './siret',
    './tableau',
    './telephone',
    './texte-riche',
    './textes',
    './typographie',
    './vide',
  ])('%s can be loaded first', (chemin) => {
    jest.isolateModules(() => {
      expect(() => jest.requireActual(chemin)).not.toThrow();
      const registre: { DEFINITIONS: Record<string, { type: string }> } = jest.requireActual('./index');
      expect(Object.values(registre.DEFINITIONS).every((definition) => definition !== undefined)).toBe(true);
    });
  });
});
